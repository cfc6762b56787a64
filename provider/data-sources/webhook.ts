// data "clickstack_webhook": one webhook (an alert destination) by id, or by name and optionally service. Its headers and
// query parameters are write-only in the API and so cannot be reported.
import type { ClickStackClient } from '../client';
import type { Webhook } from '../client/models/webhooks';
import { fromApiObject } from '../shared/api-mapping';
import type { DataSourceDefinition } from '../runtime/provider';
import type { Attributes, TfObject } from '../runtime/types';
import { oneOf } from '../runtime/validators';
import { type Lookup, lookUp, lookupAttributes, validateLookup } from './lookup';
import { CLOUD_ONLY_WEBHOOK_SERVICES, REPORTED_WEBHOOK_SERVICES, WEBHOOK_SERVICES } from '../values';
import { codeList, computedString } from '../shared/attributes';

// --- schema ---------------------------------------------------------------------------------------------------

/** The services a lookup can filter on. */
export const webhookServiceValidator = oneOf(...REPORTED_WEBHOOK_SERVICES);
const serviceList = `${codeList(WEBHOOK_SERVICES)}; Managed ClickStack also reports ${codeList(CLOUD_ONLY_WEBHOOK_SERVICES, ' and ')}`;

/** A webhook as the data sources report it. */
export const reportedWebhookAttributes: Attributes = {
  id: computedString('Id of the webhook.'),
  name: computedString('Name of the webhook, unique per service.'),
  service: computedString(`Service the webhook posts to: ${serviceList}.`),
  url: { ...computedString('URL the webhook posts to. It often carries a token, so it is sensitive.'), sensitive: true },
  description: computedString('Description of the webhook.'),
  body: computedString('Template of the request body (`generic` webhooks).'),
  created_at: computedString('When the webhook was created (RFC 3339).'),
  updated_at: computedString('When the webhook was last updated (RFC 3339).'),
};

export function reportedWebhookFromApi(webhook: Webhook): TfObject {
  return fromApiObject(reportedWebhookAttributes, webhook);
}

// --- data source ------------------------------------------------------------------------------------------------

const webhookLookup: Lookup<Webhook> = { noun: 'webhook', narrowing: [{ attribute: 'service', valueOf: (webhook) => webhook.service }] };

export const webhookDataSource: DataSourceDefinition<ClickStackClient> = {
  schema: {
    version: 0,
    block: {
      description: 'Looks up a ClickStack webhook (an alert destination) by id, or by name and optionally service.',
      attributes: {
        ...reportedWebhookAttributes,
        ...lookupAttributes(webhookLookup),
        service: {
          ...reportedWebhookAttributes.service,
          optional: true,
          description: `${reportedWebhookAttributes.service.description} Set it to narrow a lookup by \`name\`.`,
          validators: [webhookServiceValidator],
        },
      },
    },
  },

  validate(config, ctx) {
    validateLookup(webhookLookup, config, ctx.diagnostics);
  },

  async read({ config, client }, ctx) {
    const found = await lookUp(webhookLookup, config, client.webhooks.cached, ctx);
    return found && reportedWebhookFromApi(found);
  },
};
