// clickstack_webhook: an alert destination (Slack, a generic HTTP endpoint, incident.io). Reads top to bottom:
// schema, validation, plan, API documents, CRUD, import.
//
// Managed ClickStack also reports services its UI makes (`slack_api`, `pagerduty_api`) that its API does not accept
// as input (api-behaviour §8.4): the schema accepts them so that such a webhook can be imported and kept, and the plan refuses only
// creating one or changing a webhook's service to one.
//
// `headers` and `query_params` are write-only: the API never returns them and Terraform never stores them (§8.2). They
// are sent on create, and on an update when `headers_version` changes; also when `url` or `service` changes, because
// the server then clears them (§8.3).
import { type ClickStackClient, ConflictError } from '../client';
import type { Alert } from '../client/models/alerts';
import type { Webhook, WebhookInput } from '../client/models/webhooks';
import type { CallContext, ResourceDefinition } from '../runtime/provider';
import type { Attribute, Attributes, TfObject } from '../runtime/types';
import { eachElement, oneOf, sizeBetween, stringLength } from '../runtime/validators';
import { fromApiObject, type ObjectMapping, toApiObject } from '../shared/api-mapping';
import { REPORTED_WEBHOOK_SERVICES, WEBHOOK_SERVICES } from '../values';
import { planWithId } from '../shared/plan';
import { callOptions, readOrGone, refreshing, reportingApiErrors } from '../shared/api-errors';
import { codeList, idAttribute, optionalString, requiredString } from '../shared/attributes';
import { nullObject } from '../shared/schema-derivation';
import { jsonTextForState } from '../shared/json-text';

// --- schema ---------------------------------------------------------------------------------------------------

const MAX_ENTRIES = 100;

/** The services the API accepts on create and update, as the descriptions and messages list them. */
const CREATABLE_SERVICES = codeList(WEBHOOK_SERVICES);

const writeOnlyMap = (what: string, keyRule: string): Attribute => ({
  type: ['map', 'string'],
  optional: true,
  sensitive: true,
  writeOnly: true,
  description:
    `${what} (up to ${MAX_ENTRIES}; ${keyRule}; values up to 4096 characters). **Write-only** (Terraform 1.11 or later): never ` +
    'stored in state, and sent only on create, when `headers_version` changes, or when `url` or `service` changes. ' +
    'Not for `slack` webhooks.',
  validators: [sizeBetween(0, MAX_ENTRIES), eachElement(stringLength(0, 4096))],
});

const webhookAttributes: Attributes = {
  id: idAttribute('webhook'),
  name: requiredString('Name of the webhook; unique per `service` within the team.', stringLength(1, 1024)),
  service: requiredString(
    `Kind of destination: ${CREATABLE_SERVICES}. Managed ClickStack also reports \`slack_api\` and ` +
      '`pagerduty_api` for webhooks made in its UI: such a webhook can be imported and kept, but its API creates neither, so ' +
      'a plan that creates one or changes `service` to one fails. Changing it clears the stored headers and query ' +
      'parameters, which are then sent again.',
    oneOf(...REPORTED_WEBHOOK_SERVICES),
  ),
  url: {
    ...optionalString(
      'URL the alert notifications are posted to (a `slack.com` URL for `slack`). Required to create a webhook. Left unset ' +
        "on an existing webhook, it keeps the server's URL: `terraform plan -generate-config-out` writes sensitive values as " +
        'null, so imported webhooks plan no changes. Changing it clears the stored headers and query parameters, which are ' +
        'then sent again.',
      stringLength(1, 2048),
    ),
    computed: true,
    sensitive: true,
  },
  description: optionalString('Description shown in the UI.', stringLength(0, 2048)),
  body: optionalString('Template of the request body, for `generic` and `incidentio` webhooks, such as `{"text": "{{title}}"}`.', stringLength(0, 16384)),
  headers: writeOnlyMap('HTTP headers sent with every notification, such as an `Authorization` token', 'names of header token characters'),
  query_params: writeOnlyMap('Query parameters added to the URL of every notification', 'names up to 1024 characters'),
  headers_version: optionalString(
    'Any value, never sent to ClickStack: change it (for example `"2"`, or a hash of the secrets) to send `headers` and ' +
      '`query_params` again. Write-only values leave no trace in state, so Terraform cannot see that they changed. ' +
      'Removing `headers` or `query_params` and changing this clears them on the server.',
  ),
};

export const webhookSchema = {
  version: 0,
  block: {
    description:
      'A ClickStack webhook: where alerts send their notifications. The URL is sensitive; headers and query parameters are ' +
      'write-only (see `headers_version`).',
    attributes: webhookAttributes,
  },
};

// --- validation -------------------------------------------------------------------------------------------------

const FIELDS_SLACK_REFUSES = ['body', 'headers', 'query_params'] as const;

function validateWebhook(config: TfObject, ctx: CallContext): void {
  if (config.service !== 'slack') return;
  for (const attribute of FIELDS_SLACK_REFUSES)
    if (config[attribute] !== null)
      ctx.diagnostics.error('Invalid webhook', `\`${attribute}\` is not supported for \`slack\` webhooks.`, [attribute]);
}

/**
 * Refuses a service the API reports but does not accept as input when the plan creates a webhook with it or changes
 * a webhook's service to it; a webhook imported with one keeps it.
 */
function checkServiceCreatable(prior: TfObject | null, proposed: TfObject, ctx: CallContext): void {
  const service = proposed.service;
  if (typeof service !== 'string' || (WEBHOOK_SERVICES as readonly string[]).includes(service) || prior?.service === service) return;
  ctx.diagnostics.error(
    'Webhook service not creatable',
    `\`${service}\` webhooks are made in the Managed ClickStack UI: the API can neither create one nor change a webhook's ` +
      `service to \`${service}\`. Create it in the UI and import it, or use one of ${CREATABLE_SERVICES}.`,
    ['service'],
  );
}

// --- API documents ----------------------------------------------------------------------------------------------

const mapping: ObjectMapping = { names: { id: null, headers_version: null } };

/** The create or update body; the write-only maps come from the configuration (they are null in plans). */
export function webhookToApi(planned: TfObject, writeOnly: { headers: TfObject | null; query_params: TfObject | null } | undefined): WebhookInput {
  return toApiObject(webhookAttributes, { ...planned, headers: null, query_params: null, ...writeOnly }, mapping) as WebhookInput;
}

/**
 * The state for a server document. What the API does not return comes from `known` (the plan or the prior state):
 * `headers_version`, and `body` of services whose body the API hides (incidentio).
 */
export function webhookFromApi(webhook: Webhook, known: TfObject): TfObject {
  const state = fromApiObject(webhookAttributes, webhook, mapping);
  return {
    ...state,
    id: webhook.id,
    body: jsonTextForState(known.body ?? null, state.body) ?? (webhook.service === 'generic' ? null : (known.body ?? null)),
    headers: null,
    query_params: null,
    headers_version: known.headers_version ?? null,
  };
}

/** Whether an update must send the write-only maps: their version changed, or the server is about to clear them. */
export function mustSendWriteOnly(prior: TfObject, planned: TfObject): boolean {
  return prior.headers_version !== planned.headers_version || prior.url !== planned.url || prior.service !== planned.service;
}

/** The write-only maps to send: what is configured; on update, an empty map clears one no longer configured. */
function writeOnlyValues(config: TfObject, clearUnset: boolean) {
  if (config.service === 'slack') return undefined;
  const value = (attribute: 'headers' | 'query_params') => (config[attribute] as TfObject | null) ?? (clearUnset ? {} : null);
  return { headers: value('headers'), query_params: value('query_params') };
}

// --- delete -----------------------------------------------------------------------------------------------------

const usesWebhook = (alert: Alert, id: string) =>
  (alert.channel?.type === 'webhook' && alert.channel.webhookId === id) || (alert.channels ?? []).some((channel) => channel.webhookId === id);

/** A 409 on delete: alerts still send to the webhook (api-behaviour §8.5). Names them when the alert list can be read. */
async function reportReferencingAlerts(client: ClickStackClient, id: string, error: ConflictError, ctx: CallContext): Promise<void> {
  const alerts = await client.alerts.list(callOptions(ctx)).catch((): Alert[] => []);
  const users = alerts.filter((alert) => usesWebhook(alert, id));
  const named = users.map((alert) => `${alert.name ? JSON.stringify(alert.name) : 'unnamed alert'} (id ${alert.id})`).join(', ');
  ctx.diagnostics.error(
    'Webhook still used by alerts',
    `ClickStack refuses to delete webhook ${id}: ${error.serverMessage}` +
      (named ? ` Alerts using it: ${named}.` : '') +
      ' Delete those alerts or move them to another webhook first (in Terraform: make the alerts depend on this webhook, so they are destroyed before it).',
  );
}

// --- the resource -----------------------------------------------------------------------------------------------

export const webhookResource: ResourceDefinition<ClickStackClient> = {
  schema: webhookSchema,

  validate(config, ctx) {
    validateWebhook(config, ctx);
  },

  plan({ prior, proposed, config }, ctx) {
    if (prior === null && config.url === null)
      ctx.diagnostics.error('Missing webhook URL', '`url` is required to create a webhook.', ['url']);
    checkServiceCreatable(prior, proposed, ctx);
    // Write-only values never reach the plan.
    return { planned: planWithId(prior, { ...proposed, headers: null, query_params: null }) };
  },

  async create({ planned, config, client }, ctx) {
    const created = await reportingApiErrors('Could not create webhook', ctx.diagnostics, () =>
      client.webhooks.create(webhookToApi(planned, writeOnlyValues(config, false)), callOptions(ctx)),
    );
    return created && webhookFromApi(created, planned);
  },

  async read({ state, client }, ctx) {
    return refreshing('Could not read webhook', ctx, state, async () => webhookFromApi(await client.webhooks.cached.get(String(state.id), callOptions(ctx)), state));
  },

  async update({ prior, planned, config, client }, ctx) {
    const writeOnly = mustSendWriteOnly(prior, planned) ? writeOnlyValues(config, true) : undefined;
    const updated = await reportingApiErrors('Could not update webhook', ctx.diagnostics, () =>
      client.webhooks.update(String(prior.id), webhookToApi(planned, writeOnly), callOptions(ctx)),
    );
    return updated ? webhookFromApi(updated, planned) : prior;
  },

  async delete({ state, client }, ctx) {
    const id = String(state.id);
    await reportingApiErrors('Could not delete webhook', ctx.diagnostics, async () => {
      try {
        await readOrGone(() => client.webhooks.delete(id, callOptions(ctx)));
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        await reportReferencingAlerts(client, id, error, ctx);
      }
    });
  },

  importState(id) {
    return { ...nullObject(webhookAttributes), id };
  },
};

export { webhookAttributes };
