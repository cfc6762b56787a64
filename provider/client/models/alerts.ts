// Alerts on a saved search or on a dashboard tile.
import { finiteNumber, id, list, object, optional, text } from '../response-shape';
import type { ObjectId, OpenObject } from './common';
import type { AlertInterval, AlertSeverity, AlertState, ThresholdType } from '../../values';

export type AlertSource = 'saved_search' | 'tile';

export interface WebhookChannel extends OpenObject {
  type: 'webhook';
  webhookId: ObjectId;
  /** Cloud only. */
  webhookService?: string | null;
  slackChannelId?: string | null;
  severity?: AlertSeverity | null;
}

/** Cloud only. */
export interface EmailChannel extends OpenObject {
  type: 'email';
  emailRecipients: string[];
}

export type AlertChannel = WebhookChannel | EmailChannel;

/**
 * Body of create and update. Update is a partial `$set` (api-behaviour §7.2): omitted name/message/note/numConsecutiveWindows become
 * null, while omitted thresholdMax/scheduleOffsetMinutes/scheduleStartAt/groupBy keep their stored values.
 */
export interface AlertInput extends OpenObject {
  /** Effectively required on OSS (omitting it fails validation). */
  source: AlertSource;
  savedSearchId?: ObjectId | null;
  groupBy?: string | null;
  dashboardId?: ObjectId | null;
  tileId?: string | null;
  threshold: number;
  thresholdType: ThresholdType;
  thresholdMax?: number | null;
  interval: AlertInterval;
  /** 0–1439 and below the interval; must be 0/absent with scheduleStartAt. */
  scheduleOffsetMinutes?: number | null;
  scheduleStartAt?: string | null;
  /** The single (legacy) channel; both flavors. */
  channel?: AlertChannel;
  /** OSS only: 1–10 webhook channels; `channel` mirrors the first. */
  channels?: WebhookChannel[];
  name?: string | null;
  message?: string | null;
  note?: string | null;
  numConsecutiveWindows?: number | null;
}

export interface AlertSilenced extends OpenObject {
  by?: string | null;
  at: string;
  until: string;
}

export interface AlertExecutionError extends OpenObject {
  timestamp: string;
  type: string;
  message: string;
}

export interface Alert extends AlertInput {
  id: ObjectId;
  teamId?: ObjectId;
  state?: AlertState;
  silenced?: AlertSilenced | null;
  executionErrors?: AlertExecutionError[];
  createdAt?: string;
  updatedAt?: string;
}

const channelShape = object({
  type: text,
  webhookId: optional(text),
  webhookService: optional(text),
  slackChannelId: optional(text),
  severity: optional(text),
  emailRecipients: optional(list(text)),
});

/** What the provider reads of an alert. */
export const alertShape = object({
  id,
  source: text,
  savedSearchId: optional(text),
  groupBy: optional(text),
  dashboardId: optional(text),
  tileId: optional(text),
  threshold: finiteNumber,
  thresholdType: text,
  thresholdMax: optional(finiteNumber),
  interval: text,
  scheduleOffsetMinutes: optional(finiteNumber),
  scheduleStartAt: optional(text),
  channel: optional(channelShape),
  channels: optional(list(channelShape)),
  name: optional(text),
  message: optional(text),
  note: optional(text),
  numConsecutiveWindows: optional(finiteNumber),
  state: optional(text),
  silenced: optional(object({ by: optional(text), at: text, until: text })),
  executionErrors: optional(list(object({ timestamp: text, type: text, message: text }))),
});
