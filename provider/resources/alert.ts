// clickstack_alert: an alert on a dashboard tile or on a saved search, notifying webhooks (or, on Managed ClickStack,
// email recipients). Reads top to bottom: schema, validation, plan, API documents, CRUD, import.
//
// The alert PUT of both flavors is a partial `$set` with traps (api-behaviour §7.2): omitted name/message/note/num_consecutive_windows
// become null (wanted: unset means unset), but an omitted thresholdMax, scheduleOffsetMinutes, scheduleStartAt or
// groupBy keeps its stored value, thresholdMax and groupBy refuse null, and `scheduleStartAt: null` forces the offset
// to 0. `alertToApi` writes each field so that what the configuration leaves out is cleared, and the state ignores
// what the server keeps but no longer uses (a thresholdMax after a switch away from a range).
import type { ClickStackClient, FlavorName } from '../client';
import type { Alert, AlertChannel, AlertInput, WebhookChannel } from '../client/models/alerts';
import { requiresReplaceIf } from '../runtime/plan-modifiers';
import type { Diagnostics, PlanResult, ResourceDefinition } from '../runtime/provider';
import { type AttributePath, type Attributes, indexedObjects, type TfObject, type TfValue } from '../runtime/types';
import { eachElement, numberBetween, numericValue, oneOf, rfc3339Time, sizeBetween, stringLength, wholeNumber } from '../runtime/validators';
import { toNumber } from '../shared/api-mapping';
import {
  ALERT_INTERVAL_MINUTES,
  ALERT_INTERVALS,
  ALERT_SEVERITIES,
  ALERT_STATES,
  ALERTABLE_DISPLAY_TYPES,
  EXECUTION_ERROR_TYPES,
  RANGE_THRESHOLD_TYPES,
  THRESHOLD_TYPES,
} from '../values';
import { planWithId } from '../shared/plan';
import { callOptions, deleteIfPresent, refreshing, reportingApiErrors } from '../shared/api-errors';
import { codeList, computedString, idAttribute, optionalString, requiredString, serverDefault } from '../shared/attributes';
import { nullObject } from '../shared/schema-derivation';

// --- schema ---------------------------------------------------------------------------------------------------

const RANGE_TYPES: readonly string[] = RANGE_THRESHOLD_TYPES;
const MAX_CHANNELS = 10;
const cloudOnly = ' Managed ClickStack only.';

const channelAttributes: Attributes = {
  webhook_id: optionalString('Id of the webhook notified (`clickstack_webhook.x.id`). Set exactly one of `webhook_id` and `email_recipients`.', stringLength(1)),
  email_recipients: {
    type: ['list', 'string'],
    optional: true,
    description: `Email addresses notified.${cloudOnly}`,
    validators: [sizeBetween(1), eachElement(stringLength(1))],
  },
  webhook_service: optionalString(`Service of the webhook as Managed ClickStack names it (such as \`slack_api\`).${cloudOnly}`),
  slack_channel_id: optionalString(`Slack channel id, for Slack API webhooks.${cloudOnly}`),
  severity: optionalString(`Severity label for PagerDuty API webhooks: ${codeList(ALERT_SEVERITIES)}.${cloudOnly}`, oneOf(...ALERT_SEVERITIES)),
};

/**
 * A dashboard update that drops a tile (a tile renamed without a `key` gets a new id) makes ClickStack delete its alerts,
 * so an in-place update of an alert moving off that tile would find it gone. Replacing the alert instead has Terraform
 * destroy it before the dashboard update (the state records that the alert depends on the dashboard) and create it after.
 * An alert moving onto a tile is updated in place: the tile exists by then.
 */
const replacedWhenLeavingTile = requiresReplaceIf('changing it from a tile replaces the alert', (prior) => prior !== null);

const alertAttributes: Attributes = {
  id: idAttribute('alert'),
  dashboard_id: {
    ...optionalString('Dashboard of the tile watched, for a tile alert: `clickstack_dashboard.x.id`. Needs `tile_id`.'),
    planModifiers: [replacedWhenLeavingTile],
  },
  tile_id: {
    ...optionalString(
      'Server id of the tile watched, for a tile alert: `clickstack_dashboard.x.tile_ids["Errors"]`. The tile must show a ' +
        `${codeList(ALERTABLE_DISPLAY_TYPES, ', ', ' or ')} chart. A change (such as the new id of a tile renamed without a \`key\`, or a move to a saved ` +
        'search) replaces the alert: Terraform destroys it before the dashboard update, in which ClickStack deletes the alerts ' +
        'of tiles that lose their id, and creates it afterwards. An alert whose tile is removed outside Terraform is deleted ' +
        'with it, and the next plan creates it again.',
    ),
    planModifiers: [replacedWhenLeavingTile],
  },
  saved_search_id: optionalString('Saved search watched, for a saved-search alert: `clickstack_saved_search.x.id`. Set it, or `dashboard_id` and `tile_id`.'),
  group_by: optionalString('Expression grouping the saved search results, one alert per group. Saved-search alerts only.', stringLength(1)),
  threshold: { type: 'number', required: true, description: 'Threshold compared with the value; the lower bound for `between` and `not_between`.' },
  threshold_type: requiredString(`How the value is compared with the threshold: ${codeList(THRESHOLD_TYPES)}.`, oneOf(...THRESHOLD_TYPES)),
  threshold_max: {
    type: 'number',
    optional: true,
    description: 'Upper bound, at least `threshold`; required for `between` and `not_between`, and only for them.',
  },
  interval: requiredString(`Length of the evaluated window: ${codeList(ALERT_INTERVALS)}.`, oneOf(...ALERT_INTERVALS)),
  schedule_offset_minutes: serverDefault(
    {
      type: 'number',
      description: 'Minutes after each interval boundary (UTC) at which windows start, below the interval length. 0 when `schedule_start_at` is set.',
      validators: [wholeNumber, numberBetween(0, 1439)],
    },
    0,
  ),
  schedule_start_at: optionalString(
    'RFC 3339 time windows are anchored at, repeating every `interval` (at most a year ahead, at most 10 years back). Not with a `schedule_offset_minutes` other than 0.',
    rfc3339Time,
  ),
  channels: {
    required: true,
    description: `Where notifications go: 1 to ${MAX_CHANNELS} webhooks on ClickStack OSS; exactly one webhook or email channel on Managed ClickStack.`,
    validators: [sizeBetween(1, MAX_CHANNELS)],
    nested: { nesting: 'list', attributes: channelAttributes },
  },
  name: optionalString('Name of the alert.', stringLength(1, 512)),
  message: optionalString('Message sent with each notification.', stringLength(1, 4096)),
  note: optionalString('Markdown note for whoever handles the alert.', stringLength(1, 4096)),
  num_consecutive_windows: { type: 'number', optional: true, description: 'Windows in a row that must breach the threshold before the alert fires.', validators: [wholeNumber, numberBetween(1)] },
  state: computedString(`State reported by ClickStack: ${codeList(ALERT_STATES, ', ', ' or ')}.`),
  silenced: {
    computed: true,
    description: 'Whether and until when the alert is silenced (silencing is done in the UI); null when it is not.',
    nested: {
      nesting: 'single',
      attributes: {
        by: computedString('User who silenced the alert.'),
        at: computedString('When the alert was silenced.'),
        until: computedString('When the silence ends.'),
      },
    },
  },
  execution_errors: {
    computed: true,
    description: 'Errors of recent evaluations, as ClickStack reports them.',
    nested: {
      nesting: 'list',
      attributes: {
        timestamp: computedString('When the error happened.'),
        type: computedString(`Kind of error: ${codeList(EXECUTION_ERROR_TYPES, ', ', ' or ')}.`),
        message: computedString('What went wrong.'),
      },
    },
  },
};

/** Attributes the server owns; unknown in a plan that changes the alert. */
const SERVER_OWNED = ['state', 'silenced', 'execution_errors'];

export const alertSchema = {
  version: 0,
  block: {
    description:
      'A ClickStack alert on a dashboard tile (`dashboard_id` and `tile_id`) or on a saved search (`saved_search_id`). ' +
      'Its state, silence and evaluation errors are read-only attributes.',
    attributes: alertAttributes,
  },
};

// --- validation -------------------------------------------------------------------------------------------------

const isSet = (value: TfValue | undefined) => value !== null && value !== undefined;

function validateTarget(config: TfObject, diagnostics: Diagnostics): void {
  const summary = 'Invalid alert target';
  const tile = isSet(config.dashboard_id) || isSet(config.tile_id);
  if (tile && isSet(config.saved_search_id))
    diagnostics.error(summary, 'An alert watches a tile (`dashboard_id` and `tile_id`) or a saved search (`saved_search_id`), not both.', ['saved_search_id']);
  else if (!tile && !isSet(config.saved_search_id))
    diagnostics.error(summary, 'Set `saved_search_id`, or `dashboard_id` and `tile_id`.');
  else if (tile)
    for (const [attribute, other] of [['dashboard_id', 'tile_id'], ['tile_id', 'dashboard_id']])
      if (!isSet(config[attribute])) diagnostics.error(summary, `A tile alert needs \`${attribute}\` with \`${other}\`.`, [attribute]);
  if (isSet(config.group_by) && tile) diagnostics.error(summary, '`group_by` is for saved-search alerts only.', ['group_by']);
}

function validateThreshold(config: TfObject, diagnostics: Diagnostics): void {
  const type = config.threshold_type;
  if (typeof type !== 'string') return;
  const range = RANGE_TYPES.includes(type);
  const [low, high] = [numericValue(config.threshold), numericValue(config.threshold_max)];
  if (range && config.threshold_max === null)
    diagnostics.error('Invalid threshold', `\`threshold_max\` is required with \`threshold_type = "${type}"\`.`, ['threshold_max']);
  if (!range && isSet(config.threshold_max))
    diagnostics.error('Invalid threshold', '`threshold_max` is only for `between` and `not_between` thresholds.', ['threshold_max']);
  if (range && low !== undefined && high !== undefined && high < low)
    diagnostics.error('Invalid threshold', `\`threshold_max\` (${high}) must be at least \`threshold\` (${low}).`, ['threshold_max']);
}

function validateSchedule(config: TfObject, diagnostics: Diagnostics): void {
  const offset = numericValue(config.schedule_offset_minutes);
  const minutes = typeof config.interval === 'string' ? (ALERT_INTERVAL_MINUTES as Record<string, number>)[config.interval] : undefined;
  if (offset !== undefined && minutes !== undefined && offset >= minutes)
    diagnostics.error('Invalid schedule', `\`schedule_offset_minutes\` must be less than the interval (${minutes} minutes).`, ['schedule_offset_minutes']);
  if (isSet(config.schedule_start_at) && offset !== undefined && offset !== 0)
    diagnostics.error('Invalid schedule', 'Set `schedule_start_at` or a non-zero `schedule_offset_minutes`, not both.', ['schedule_offset_minutes']);
}

function validateChannels(config: TfObject, diagnostics: Diagnostics): void {
  const seen = new Map<string, number>();
  for (const [channel, i] of indexedObjects(config.channels)) {
    const at = (attribute: string): AttributePath => ['channels', i, attribute];
    const [webhook, email] = [isSet(channel.webhook_id), isSet(channel.email_recipients)];
    if (webhook === email)
      diagnostics.error('Invalid channel', 'Set exactly one of `webhook_id` and `email_recipients`.', webhook ? at('email_recipients') : ['channels', i]);
    if (email)
      for (const attribute of ['webhook_service', 'slack_channel_id', 'severity'])
        if (isSet(channel[attribute])) diagnostics.error('Invalid channel', `\`${attribute}\` is for webhook channels only.`, at(attribute));
    if (typeof channel.webhook_id === 'string') {
      const earlier = seen.get(channel.webhook_id);
      if (earlier !== undefined) diagnostics.error('Invalid channel', `Webhook ${channel.webhook_id} is already channel ${earlier}.`, at('webhook_id'));
      else seen.set(channel.webhook_id, i);
    }
  }
}

/** Channel settings of one flavor only: set on the other, they would be refused or dropped, so they are refused here. */
function refuseOtherFlavor(config: TfObject, flavor: FlavorName, diagnostics: Diagnostics): void {
  const channels = indexedObjects(config.channels);
  if (flavor === 'cloud') {
    if (channels.length > 1)
      diagnostics.error('Not available on Managed ClickStack', `Managed ClickStack alerts have exactly one channel; ${channels.length} are set.`, ['channels']);
    return;
  }
  for (const [channel, i] of channels)
    for (const attribute of ['email_recipients', 'webhook_service', 'slack_channel_id', 'severity'])
      if (isSet(channel[attribute]))
        diagnostics.error('Not available on ClickStack OSS', `\`${attribute}\` exists only on Managed ClickStack; ClickStack OSS alerts notify webhooks.`, ['channels', i, attribute]);
}

// --- plan -------------------------------------------------------------------------------------------------------

/** Whether two times are the same instant (the server writes `2026-01-01T00:00:00.000Z` for `2026-01-01T00:00:00Z`). */
export function sameInstant(a: TfValue | undefined, b: TfValue | undefined): boolean {
  return typeof a === 'string' && typeof b === 'string' && Date.parse(a) === Date.parse(b) && !Number.isNaN(Date.parse(a));
}

/** The configured start time, or the prior state's spelling of the same instant (no diff for a reformatting). */
function planStartAt(configured: TfValue, prior: TfValue | undefined): TfValue {
  return sameInstant(configured, prior) ? prior! : configured;
}

// --- API documents ----------------------------------------------------------------------------------------------

const text = (value: TfValue): string | undefined => (typeof value === 'string' ? value : undefined);
const number = (value: TfValue): number | undefined => (value === null ? undefined : toNumber(value));

function channelToApi(channel: TfObject): AlertChannel {
  if (isSet(channel.email_recipients)) return { type: 'email', emailRecipients: channel.email_recipients as string[] };
  const webhook: WebhookChannel = { type: 'webhook', webhookId: String(channel.webhook_id) };
  if (isSet(channel.webhook_service)) webhook.webhookService = text(channel.webhook_service);
  if (isSet(channel.slack_channel_id)) webhook.slackChannelId = text(channel.slack_channel_id);
  if (isSet(channel.severity)) webhook.severity = text(channel.severity) as WebhookChannel['severity'];
  return webhook;
}

/**
 * The create body (`current` undefined) or the update body for a planned alert. On update, `current` (the server's
 * alert) decides what must be cleared explicitly: a groupBy (sent as "", since null is refused), a start time (null),
 * a stale offset (0). Clearing a start time forces the offset to 0, so a plan that also sets an offset takes a second
 * PUT: see `needsOffsetAfterClearing`.
 */
export function alertToApi(planned: TfObject, flavor: FlavorName, current?: Alert): AlertInput {
  const onSavedSearch = isSet(planned.saved_search_id);
  const thresholdType = String(planned.threshold_type) as AlertInput['thresholdType'];
  const channels = indexedObjects(planned.channels).map(([channel]) => channelToApi(channel));
  const body: AlertInput = {
    source: onSavedSearch ? 'saved_search' : 'tile',
    threshold: toNumber(planned.threshold),
    thresholdType,
    interval: String(planned.interval) as AlertInput['interval'],
    channel: channels[0],
    ...(flavor === 'oss' ? { channels: channels as WebhookChannel[] } : {}),
    name: text(planned.name),
    message: text(planned.message),
    note: text(planned.note),
    numConsecutiveWindows: number(planned.num_consecutive_windows),
  };
  if (onSavedSearch) {
    body.savedSearchId = String(planned.saved_search_id);
    body.groupBy = text(planned.group_by) ?? (current?.groupBy ? '' : undefined);
  } else {
    body.dashboardId = String(planned.dashboard_id);
    body.tileId = String(planned.tile_id);
  }
  if (RANGE_TYPES.includes(thresholdType)) body.thresholdMax = number(planned.threshold_max);

  const startAt = text(planned.schedule_start_at);
  const offset = number(planned.schedule_offset_minutes) ?? 0;
  if (startAt !== undefined) {
    body.scheduleStartAt = startAt;
    if (current?.scheduleOffsetMinutes) body.scheduleOffsetMinutes = 0;
  } else if (current?.scheduleStartAt) {
    body.scheduleStartAt = null;
  } else if (current || offset !== 0) {
    body.scheduleOffsetMinutes = offset;
  }
  for (const key of Object.keys(body) as (keyof AlertInput)[]) if (body[key] === undefined) delete body[key];
  return body;
}

/** Whether a second PUT must set the planned offset, because the body clears the start time (which forces it to 0). */
export function needsOffsetAfterClearing(body: AlertInput, planned: TfObject): boolean {
  return body.scheduleStartAt === null && (number(planned.schedule_offset_minutes) ?? 0) !== 0;
}

function channelFromApi(channel: AlertChannel): TfObject {
  const webhook = channel.type === 'webhook' ? channel : undefined;
  return {
    webhook_id: webhook?.webhookId ?? null,
    email_recipients: channel.type === 'email' ? channel.emailRecipients : null,
    webhook_service: webhook?.webhookService ?? null,
    slack_channel_id: webhook?.slackChannelId ?? null,
    severity: webhook?.severity ?? null,
  };
}

/**
 * The state for a server alert. `known` (the plan or the prior state) keeps its spelling of the start time. What the
 * server keeps but no longer uses is left out: a thresholdMax of a non-range threshold, an emptied groupBy.
 */
export function alertFromApi(alert: Alert, known: TfObject | null): TfObject {
  const channels = alert.channels ?? (alert.channel ? [alert.channel] : []);
  const startAt = alert.scheduleStartAt ?? null;
  return {
    id: alert.id,
    dashboard_id: alert.source === 'tile' ? (alert.dashboardId ?? null) : null,
    tile_id: alert.source === 'tile' ? (alert.tileId ?? null) : null,
    saved_search_id: alert.source === 'saved_search' ? (alert.savedSearchId ?? null) : null,
    group_by: alert.source === 'saved_search' && alert.groupBy ? alert.groupBy : null,
    threshold: alert.threshold,
    threshold_type: alert.thresholdType,
    threshold_max: RANGE_TYPES.includes(alert.thresholdType) ? (alert.thresholdMax ?? null) : null,
    interval: alert.interval,
    schedule_offset_minutes: alert.scheduleOffsetMinutes ?? 0,
    schedule_start_at: sameInstant(startAt, known?.schedule_start_at) ? known!.schedule_start_at : startAt,
    channels: channels.map(channelFromApi),
    name: alert.name ?? null,
    message: alert.message ?? null,
    note: alert.note ?? null,
    num_consecutive_windows: alert.numConsecutiveWindows ?? null,
    state: alert.state ?? null,
    silenced: alert.silenced ? { by: alert.silenced.by ?? null, at: alert.silenced.at, until: alert.silenced.until } : null,
    execution_errors: (alert.executionErrors ?? []).map(({ timestamp, type, message }) => ({ timestamp, type, message })),
  };
}

// --- the resource -----------------------------------------------------------------------------------------------

export const alertResource: ResourceDefinition<ClickStackClient> = {
  schema: alertSchema,

  validate(config, ctx) {
    validateTarget(config, ctx.diagnostics);
    validateThreshold(config, ctx.diagnostics);
    validateSchedule(config, ctx.diagnostics);
    validateChannels(config, ctx.diagnostics);
  },

  plan({ prior, proposed, config, client }, ctx): PlanResult {
    if (client) refuseOtherFlavor(config, client.flavor, ctx.diagnostics);
    const normalized = { ...proposed, schedule_start_at: planStartAt(proposed.schedule_start_at, prior?.schedule_start_at) };
    return { planned: planWithId(prior, normalized, SERVER_OWNED) };
  },

  async create({ planned, client }, ctx) {
    const created = await reportingApiErrors('Could not create alert', ctx.diagnostics, () =>
      client.alerts.create(alertToApi(planned, client.flavor), callOptions(ctx)),
    );
    return created && alertFromApi(created, planned);
  },

  async read({ state, client }, ctx) {
    return refreshing('Could not read alert', ctx, state, async () => alertFromApi(await client.alerts.cached.get(String(state.id), callOptions(ctx)), state));
  },

  async update({ prior, planned, client }, ctx) {
    const id = String(prior.id);
    const updated = await reportingApiErrors('Could not update alert', ctx.diagnostics, async () => {
      const current = await client.alerts.get(id, callOptions(ctx));
      const body = alertToApi(planned, client.flavor, current);
      const first = await client.alerts.update(id, body, callOptions(ctx));
      // After a stop, the state records what the first PUT left on the server; the next apply finishes the change.
      if (!needsOffsetAfterClearing(body, planned) || ctx.stop.aborted) return first;
      return client.alerts.update(id, alertToApi(planned, client.flavor, first), callOptions(ctx));
    });
    return updated ? alertFromApi(updated, planned) : prior;
  },

  async delete({ state, client }, ctx) {
    await deleteIfPresent('Could not delete alert', ctx, () => client.alerts.delete(String(state.id), callOptions(ctx)));
  },

  importState(id) {
    return { ...nullObject(alertAttributes), id };
  },
};

export { alertAttributes };
