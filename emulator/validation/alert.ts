// Alert request schema (OSS notes §3; Cloud notes §3 "Alerts" and §4.5–4.6).
import type { Flavor } from '../context';
import { arr, enumOf, literal, nullable, num, obj, optional, refine, str, discriminated, type Parser, type Path, type Issue } from './schema';

export const INTERVAL_MINUTES: Record<string, number> = { '1m': 1, '5m': 5, '15m': 15, '30m': 30, '1h': 60, '6h': 360, '12h': 720, '1d': 1440 };
const THRESHOLD_TYPES = ['above', 'below', 'above_exclusive', 'below_or_equal', 'equal', 'not_equal', 'between', 'not_between'] as const;
const RANGE_TYPES = ['between', 'not_between'];
const YEAR_MS = 365 * 24 * 3600 * 1000;

export type AlertBody = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- validated JSON

function channelSchema(flavor: Flavor): Parser<Record<string, unknown>> {
  if (flavor === 'oss') return obj({ type: literal('webhook'), webhookId: str({ min: 1 }) });
  return discriminated('type', {
    webhook: obj({ type: literal('webhook'), webhookId: str({ min: 1 }), webhookService: optional(nullable(str())), slackChannelId: optional(nullable(str())), severity: optional(nullable(enumOf(['critical', 'error', 'warning', 'info'] as const))) }),
    email: obj({ type: literal('email'), emailRecipients: arr(str({ min: 1 }), { min: 1 }) }),
  });
}

const isoDate: Parser<string> = (value, path, issues) => {
  const parsed = str()(value, path, issues);
  if (typeof parsed === 'string' && Number.isNaN(Date.parse(parsed))) {
    issues.push({ path, message: 'Invalid datetime' });
  }
  return parsed;
};

/** `update` rejects an explicit null for groupBy (Cloud notes §4.5). */
export function alertSchema(flavor: Flavor, update: boolean): Parser<AlertBody> {
  const shape = {
    source: optional(enumOf(['saved_search', 'tile'] as const)),
    savedSearchId: optional(str({ min: 1 })),
    groupBy: optional(update ? str() : nullable(str())),
    dashboardId: optional(str({ min: 1 })),
    tileId: optional(str({ min: 1 })),
    threshold: num(),
    thresholdType: enumOf(THRESHOLD_TYPES),
    thresholdMax: optional(num()),
    interval: enumOf(Object.keys(INTERVAL_MINUTES)),
    scheduleOffsetMinutes: optional(num({ int: true, min: 0, max: 1439 })),
    scheduleStartAt: optional(nullable(isoDate)),
    channel: optional(channelSchema(flavor)),
    ...(flavor === 'oss' ? { channels: optional(arr(channelSchema(flavor), { min: 1, max: 10 })) } : {}),
    name: optional(nullable(str({ min: 1, max: 512 }))),
    message: optional(nullable(str({ min: 1, max: 4096 }))),
    note: optional(nullable(str({ min: 1, max: 4096 }))),
    numConsecutiveWindows: optional(nullable(num({ int: true, min: 1 }))),
  };
  return refine(obj<AlertBody>(shape), (body: AlertBody, path: Path, issues: Issue[]) => {
    // OSS notes §3: the base default of `source` does not reach the union, so omitting it fails as a union.
    if (body.source === undefined) return void issues.push({ path, message: 'Invalid input' });
    if (body.source === 'saved_search' && body.savedSearchId === undefined) issues.push({ path: [...path, 'savedSearchId'], message: 'Required' });
    if (body.source === 'tile') {
      if (body.dashboardId === undefined) issues.push({ path: [...path, 'dashboardId'], message: 'Required' });
      if (body.tileId === undefined) issues.push({ path: [...path, 'tileId'], message: 'Required' });
    }
    if (RANGE_TYPES.includes(body.thresholdType)) {
      if (body.thresholdMax === undefined) issues.push({ path: [...path, 'thresholdMax'], message: 'thresholdMax is required for between and not_between threshold types' });
      else if (body.thresholdMax < body.threshold) issues.push({ path: [...path, 'thresholdMax'], message: 'thresholdMax must be greater than or equal to threshold' });
    }
    if (body.scheduleOffsetMinutes !== undefined && body.scheduleOffsetMinutes >= INTERVAL_MINUTES[body.interval]) {
      issues.push({ path: [...path, 'scheduleOffsetMinutes'], message: 'scheduleOffsetMinutes must be less than the alert interval in minutes' });
    }
    if (body.scheduleStartAt) {
      if (body.scheduleOffsetMinutes) issues.push({ path: [...path, 'scheduleOffsetMinutes'], message: 'scheduleOffsetMinutes must be 0 when scheduleStartAt is set' });
      const at = Date.parse(body.scheduleStartAt);
      if (at > Date.now() + YEAR_MS) issues.push({ path: [...path, 'scheduleStartAt'], message: 'scheduleStartAt must be no more than 1 year in the future' });
      if (at < Date.now() - 10 * YEAR_MS) issues.push({ path: [...path, 'scheduleStartAt'], message: 'scheduleStartAt must be no more than 10 years in the past' });
    }
    if (body.channels) {
      const keys = body.channels.map((channel: unknown) => JSON.stringify(channel));
      if (new Set(keys).size !== keys.length) issues.push({ path: [...path, 'channels'], message: 'Duplicate channels are not allowed' });
      if (body.channel && JSON.stringify(body.channel) !== keys[0]) issues.push({ path: [...path, 'channel'], message: 'channel must equal channels[0]' });
    }
  });
}
