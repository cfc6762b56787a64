// An alert as plain data: what it watches (a dashboard tile or a saved search), when it fires (a threshold over an
// interval), where it notifies (webhooks; email on Managed ClickStack), what ClickStack would refuse, and the
// configuration of the `clickstack_alert` resource.
import { ALERT_INTERVALS, type AlertInterval, RANGE_THRESHOLD_TYPES, THRESHOLD_TYPES, type ThresholdType } from '../../provider/values';
import { isNumberToken, isToken, lengthBetween, nonEmpty, oneOf, wholeNumber } from './checks';
import type { Flavor } from './environment-settings';
import type { Tile } from './tile';

/** When an alert fires: the value of its tile or saved search compared with a threshold. */
export interface Threshold {
  /** How the value is compared: `above`, `below`, `between`... (see the factories of `Threshold`). */
  readonly type: ThresholdType;
  /** The threshold; the lower bound for `between` and `not_between`. */
  readonly value: number;
  /**
   * The upper bound, at least `value`, for `between` and `not_between` only.
   * @default none
   */
  readonly max?: number;
}

const compare = (type: ThresholdType) => (value: number): Threshold => ({ type, value });
const range = (type: ThresholdType) => (min: number, max: number): Threshold => ({ type, value: min, max });

/** Factories of thresholds, named as ClickStack names them: `Threshold.above(100)` fires when the value is ≥ 100. */
export const Threshold = {
  /** Fires when the value is at least `value` (≥). */
  above: compare('above'),
  /** Fires when the value is more than `value` (>). */
  aboveExclusive: compare('above_exclusive'),
  /** Fires when the value is less than `value` (<). */
  below: compare('below'),
  /** Fires when the value is at most `value` (≤). */
  belowOrEqual: compare('below_or_equal'),
  /** Fires when the value equals `value`. */
  equal: compare('equal'),
  /** Fires when the value differs from `value`. */
  notEqual: compare('not_equal'),
  /** Fires when the value is from `min` to `max`, both included. */
  between: range('between'),
  /** Fires when the value is below `min` or above `max`. */
  notBetween: range('not_between'),
};

/** A webhook an alert notifies. `Webhook.fromName(...)` and `new Webhook(...)` are ones. */
export interface WebhookRef {
  /** The webhook's id (a token until Terraform plans). */
  readonly webhookId: string;
}

/** Severity labels of PagerDuty API webhooks on Managed ClickStack. */
export type AlertSeverity = 'critical' | 'error' | 'warning' | 'info';

/** Settings of a webhook channel that only Managed ClickStack has. */
export interface WebhookChannelOptions {
  /**
   * Service of the webhook as Managed ClickStack names it (such as `slack_api`). Cloud only.
   * @default none
   */
  readonly webhookService?: string;
  /**
   * Slack channel id, for Slack API webhooks. Cloud only.
   * @default none
   */
  readonly slackChannelId?: string;
  /**
   * Severity label, for PagerDuty API webhooks: `critical`, `error`, `warning` or `info`. Cloud only.
   * @default none
   */
  readonly severity?: AlertSeverity;
}

export interface AlertChannelData {
  webhookId?: string;
  emailRecipients?: string[];
  webhookService?: string;
  slackChannelId?: string;
  severity?: string;
}

/** Where an alert's notifications go: a webhook (both flavors) or email recipients (Managed ClickStack). */
export class AlertChannel {
  /** Notifies `webhook` (see `Webhook.fromName` and `new Webhook`). */
  static webhook(webhook: WebhookRef, options: WebhookChannelOptions = {}): AlertChannel {
    return new AlertChannel(webhook, undefined, options);
  }

  /** Emails `recipients`. Managed ClickStack only. */
  static email(...recipients: string[]): AlertChannel {
    return new AlertChannel(undefined, recipients, {});
  }

  private constructor(
    /** The webhook notified, for a webhook channel. */
    readonly webhook: WebhookRef | undefined,
    readonly emailRecipients: string[] | undefined,
    readonly options: WebhookChannelOptions,
  ) {}

  /** What ClickStack would refuse, naming this channel as `prop`; `flavor` (when known) adds the checks of one API. */
  validate(prop: string, flavor: Flavor | undefined): string[] {
    const cloudOnly = [
      ...(this.emailRecipients ? ['email'] : []),
      ...(['webhookService', 'slackChannelId', 'severity'] as const).filter((option) => this.options[option] !== undefined),
    ];
    return [
      ...(this.emailRecipients?.length === 0 ? [`\`${prop}\` emails nobody; give at least one recipient.`] : []),
      ...(this.emailRecipients ?? []).flatMap((recipient, i) => nonEmpty(`${prop}.emailRecipients[${i}]`, recipient)),
      ...oneOf(`${prop}.severity`, this.options.severity, ['critical', 'error', 'warning', 'info']),
      ...(flavor === 'oss' ? cloudOnly.map((setting) => `\`${prop}\` uses \`${setting}\`, which exists only on Managed ClickStack; ClickStack OSS alerts notify webhooks.`) : []),
    ];
  }

  /** The channel in the bindings' shape. */
  toConfig(): AlertChannelData {
    const { webhookService, slackChannelId, severity } = this.options;
    return { webhookId: this.webhook?.webhookId, emailRecipients: this.emailRecipients, webhookService, slackChannelId, severity };
  }
}

/** When an alert fires, where it notifies, and how it is named and scheduled. */
export interface AlertDefinitionProps {
  /** When the alert fires: `Threshold.above(100)`, `Threshold.between(1, 5)`... */
  readonly threshold: Threshold;
  /** Length of the window evaluated: `1m`, `5m`, `15m`, `30m`, `1h`, `6h`, `12h` or `1d`. */
  readonly interval: AlertInterval;
  /** Where notifications go: 1 to 10 webhooks on ClickStack OSS; exactly one channel on Managed ClickStack. */
  readonly channels: AlertChannel[];
  /**
   * Name of the alert.
   * @default none
   */
  readonly name?: string;
  /**
   * Message sent with each notification.
   * @default ClickStack's message
   */
  readonly message?: string;
  /**
   * Markdown note for whoever handles the alert.
   * @default none
   */
  readonly note?: string;
  /**
   * Windows in a row that must breach the threshold before the alert fires.
   * @default 1
   */
  readonly consecutiveWindows?: number;
  /**
   * Minutes after each interval boundary (UTC) at which windows start, below the interval's length.
   * @default 0
   */
  readonly scheduleOffsetMinutes?: number;
  /**
   * RFC 3339 time windows are anchored at, repeating every `interval`. Not with a `scheduleOffsetMinutes` other than 0.
   * @default windows start at interval boundaries
   */
  readonly scheduleStartAt?: string;
  /**
   * Expression grouping a saved search's results: one alert per group. Saved-search alerts only.
   * @default one alert for all results
   */
  readonly groupBy?: string;
}

/** What the alert watches, as the definition needs to know it. */
export interface AlertTarget {
  /** The tile watched, for a tile alert. */
  readonly tile?: Tile;
  /** Whether a saved search is watched. */
  readonly savedSearch: boolean;
}

/** The ids of what the alert watches (tokens until Terraform plans). */
export type AlertTargetIds = { dashboardId: string; tileId: string } | { savedSearchId: string };

/** The `clickstack_alert` configuration, in the shape of the bindings' AlertConfig. */
export interface AlertConfigData {
  dashboardId?: string;
  tileId?: string;
  savedSearchId?: string;
  groupBy?: string;
  threshold: number;
  thresholdType: string;
  thresholdMax?: number;
  interval: string;
  scheduleOffsetMinutes?: number;
  scheduleStartAt?: string;
  channels: AlertChannelData[];
  name?: string;
  message?: string;
  note?: string;
  numConsecutiveWindows?: number;
}

const MAX_CHANNELS = 10;
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

/** Whether `text` is an RFC 3339 time of a day that exists (Date.parse takes February 30th). */
function isRfc3339Time(text: string): boolean {
  const match = RFC3339.exec(text);
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour < 24 && minute < 60 && second < 60;
}

/** Length of an interval (`5m`, `1h`, `1d`) in minutes. */
const minutesOf = (interval: string): number | undefined => {
  const match = /^(\d+)([mhd])$/.exec(interval);
  return match ? Number(match[1]) * { m: 1, h: 60, d: 1440 }[match[2] as 'm' | 'h' | 'd'] : undefined;
};

export class AlertDefinition {
  constructor(
    readonly props: AlertDefinitionProps,
    readonly target: AlertTarget,
    /** The API of the environment, when known: settings of the other API are refused. */
    readonly flavor?: Flavor,
  ) {}

  validate(): string[] {
    const { props, target, flavor } = this;
    return [
      ...targetProblems(target, props.groupBy),
      ...thresholdProblems(props.threshold),
      ...oneOf('interval', props.interval, ALERT_INTERVALS),
      ...scheduleProblems(props),
      ...channelProblems(props.channels, flavor),
      ...lengthBetween('name', props.name, 1, 512),
      ...lengthBetween('message', props.message, 1, 4096),
      ...lengthBetween('note', props.note, 1, 4096),
      ...wholeNumber('consecutiveWindows', props.consecutiveWindows, 1),
      ...nonEmpty('groupBy', props.groupBy),
    ];
  }

  toConfig(ids: AlertTargetIds): AlertConfigData {
    const { threshold, interval, channels, name, message, note, consecutiveWindows, scheduleOffsetMinutes, scheduleStartAt, groupBy } = this.props;
    return {
      ...ids,
      groupBy,
      threshold: threshold.value,
      thresholdType: threshold.type,
      thresholdMax: threshold.max,
      interval,
      scheduleOffsetMinutes,
      scheduleStartAt,
      channels: channels.map((channel) => channel.toConfig()),
      name,
      message,
      note,
      numConsecutiveWindows: consecutiveWindows,
    };
  }
}

function targetProblems(target: AlertTarget, groupBy: string | undefined): string[] {
  const { tile, savedSearch } = target;
  if (tile && savedSearch) return ['An alert watches a tile or a saved search: set `tile` or `savedSearch`, not both.'];
  if (!tile && !savedSearch) return ['An alert watches something: set `tile` (a tile of a Dashboard) or `savedSearch`.'];
  return [
    ...(tile?.alertProblems() ?? []),
    ...(tile && groupBy !== undefined ? ['`groupBy` is for saved-search alerts only.'] : []),
  ];
}

function thresholdProblems(threshold: Threshold): string[] {
  const { type, value, max } = threshold;
  const isRange = (RANGE_THRESHOLD_TYPES as readonly string[]).includes(type);
  const known = (n: number | undefined): n is number => n !== undefined && !isNumberToken(n);
  return [
    ...oneOf('threshold.type', type, THRESHOLD_TYPES),
    ...(isRange && max === undefined ? [`\`threshold\` is "${type}" and needs its upper bound \`max\` (use \`Threshold.${type === 'between' ? 'between' : 'notBetween'}(min, max)\`).`] : []),
    ...(!isRange && max !== undefined ? [`\`threshold.max\` is only for "between" and "not_between" thresholds, not "${type}".`] : []),
    ...(isRange && known(value) && known(max) && max < value ? [`\`threshold.max\` (${max}) must be at least the lower bound (${value}).`] : []),
  ];
}

function scheduleProblems({ interval, scheduleOffsetMinutes: offset, scheduleStartAt: startAt }: AlertDefinitionProps): string[] {
  const minutes = minutesOf(interval);
  return [
    ...wholeNumber('scheduleOffsetMinutes', offset, 0, 1439),
    ...(offset !== undefined && minutes !== undefined && !isNumberToken(offset) && offset >= minutes
      ? [`\`scheduleOffsetMinutes\` (${offset}) must be less than the interval (${minutes} minutes).`]
      : []),
    ...(startAt !== undefined && offset !== undefined && offset !== 0 ? ['Set `scheduleStartAt` or a non-zero `scheduleOffsetMinutes`, not both.'] : []),
    ...(startAt !== undefined && !isToken(startAt) && !isRfc3339Time(startAt)
      ? [`\`scheduleStartAt\` is "${startAt}"; expected an RFC 3339 time such as 2026-01-01T09:00:00Z.`]
      : []),
  ];
}

function channelProblems(channels: readonly AlertChannel[], flavor: Flavor | undefined): string[] {
  const webhookIds = channels.flatMap((channel) => (channel.webhook ? [channel.webhook.webhookId] : []));
  const repeated = webhookIds.filter((id, i) => webhookIds.indexOf(id) !== i);
  return [
    ...(channels.length === 0 ? ['`channels` is empty; an alert notifies at least one channel.'] : []),
    ...(channels.length > MAX_CHANNELS ? [`\`channels\` has ${channels.length} channels; at most ${MAX_CHANNELS} are allowed.`] : []),
    ...(flavor === 'cloud' && channels.length > 1 ? [`\`channels\` has ${channels.length} channels; Managed ClickStack alerts have exactly one.`] : []),
    ...(repeated.length ? ['`channels` names the same webhook more than once.'] : []),
    ...channels.flatMap((channel, i) => channel.validate(`channels[${i}]`, flavor)),
  ];
}
