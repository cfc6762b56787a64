// Alert request bodies (RULES §6): the shared fields, intersected with one of the two targets (saved search or
// tile), then the channel, schedule and threshold rules. Managed ClickStack has its own channel shapes and no
// `channels` list (RULES §12).
import type { Flavor } from '../context';
import { canonicalJson } from '../json';
import { arr, discriminated, enumOf, intersect, literal, nativeEnum, nullValue, num, obj, str, union, type Report, type Schema } from './schema';
import { ALERT_INTERVAL_MINUTES, RANGE_THRESHOLD_TYPES, THRESHOLD_TYPES } from './values';

export type AlertBody = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- validated JSON

const YEAR_MS = 365 * 24 * 3600 * 1000;

function channelSchema(flavor: Flavor): Schema<AlertBody> {
  const webhookId = str().min(1, "Webhook ID can't be empty");
  if (flavor === 'oss') return obj({ type: literal('webhook'), webhookId });
  return discriminated('type', {
    webhook: obj({
      type: literal('webhook'), webhookId, webhookService: str().nullish(), slackChannelId: str().nullish(),
      severity: enumOf(['critical', 'error', 'warning', 'info'] as const).nullish(),
    }),
    email: obj({ type: literal('email'), emailRecipients: arr(str().min(1)).min(1) }),
  });
}

const scheduleStartAt = union<string | null>(str().datetime(), nullValue())
  .optional()
  .refine((at) => at == null || Date.parse(at) <= Date.now() + YEAR_MS, 'scheduleStartAt must be within 1 year from now')
  .refine((at) => at == null || Date.parse(at) >= Date.now() - 10 * YEAR_MS, 'scheduleStartAt must be within 10 years in the past');

/** `channel`, `channels`, or both when `channel` is `channels[0]`; no channel twice. */
function channelRule(alert: AlertBody, report: Report): void {
  const channels: unknown[] | undefined = alert.channels ?? undefined;
  if (alert.channel == null && channels == null) return report('Provide either "channel" or "channels"', ['channels']);
  if (alert.channel != null && channels != null && (channels[0] == null || canonicalJson(alert.channel) !== canonicalJson(channels[0]))) {
    return report('When both "channel" and "channels" are provided, "channel" must match the first entry of "channels"', ['channels']);
  }
  const keys = (channels ?? []).map(canonicalJson);
  if (new Set(keys).size !== keys.length) report('Duplicate notification channels are not allowed', ['channels']);
}

function scheduleRule(alert: AlertBody, report: Report): void {
  const offset = alert.scheduleOffsetMinutes ?? 0;
  const minutes = ALERT_INTERVAL_MINUTES[alert.interval];
  if (alert.scheduleStartAt != null && offset > 0) report('scheduleOffsetMinutes must be 0 when scheduleStartAt is provided', ['scheduleOffsetMinutes']);
  if (offset >= minutes) report(`scheduleOffsetMinutes must be less than ${minutes} minute${minutes === 1 ? '' : 's'}`, ['scheduleOffsetMinutes']);
}

function thresholdRule(alert: AlertBody, report: Report): void {
  if (!RANGE_THRESHOLD_TYPES.includes(alert.thresholdType)) return;
  if (alert.thresholdMax == null) report('thresholdMax is required for between/not_between threshold types', ['thresholdMax']);
  else if (alert.thresholdMax < alert.threshold) report('thresholdMax must be greater than or equal to threshold', ['thresholdMax']);
}

/**
 * The body of a create or (`update`) an update. The default `source` of the shared fields never reaches the target
 * union, which reads the body as sent: an alert without `source` fails as "Invalid input" (RULES §6.1).
 */
export function alertSchema(flavor: Flavor, update: boolean): Schema<AlertBody> {
  const channel = channelSchema(flavor);
  const shared = obj({
    channel: channel.optional(),
    ...(flavor === 'oss'
      ? { channels: arr(channel).min(1, 'At least one notification channel is required').max(10, 'An alert supports at most 10 notification channels').optional() }
      : {}),
    interval: enumOf(Object.keys(ALERT_INTERVAL_MINUTES)),
    scheduleOffsetMinutes: num().int().min(0).max(1439).optional(),
    scheduleStartAt,
    threshold: num(),
    thresholdType: nativeEnum(THRESHOLD_TYPES),
    thresholdMax: num().optional(),
    source: nativeEnum(['saved_search', 'tile'] as const).default('saved_search'),
    name: str().min(1).max(512).nullish(),
    message: str().min(1).max(4096).nullish(),
    note: str().min(1).max(4096).nullish(),
    numConsecutiveWindows: num().int().min(1).nullish(),
  });
  // Managed ClickStack refuses an explicit null groupBy on update (RULES §12.4).
  const groupBy = flavor === 'cloud' && update ? str().optional() : str().nullish();
  const target = union<AlertBody>(
    obj({ source: literal('saved_search'), groupBy, savedSearchId: str().min(1) }),
    obj({ source: literal('tile'), tileId: str().min(1), dashboardId: str().min(1) }),
  );
  return intersect(shared, target).superRefine(channelRule).superRefine(scheduleRule).superRefine(thresholdRule);
}
