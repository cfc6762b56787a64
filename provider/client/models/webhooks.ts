// Webhooks (alert destinations). Headers and query params are write-only: reads never return them.
import { id, object, optional, text } from '../response-shape';
import type { ObjectId, OpenObject } from './common';
import type { CLOUD_ONLY_WEBHOOK_SERVICES, WebhookService } from '../../values';

export interface WebhookInput extends OpenObject {
  /** Unique per service within the team. */
  name: string;
  service: WebhookService;
  url: string;
  /** Cleared by an update that omits it. */
  description?: string;
  /** Template; generic/incidentio only. Cleared by an update that omits it. */
  body?: string;
  /** Write-only. Omitted on update = kept, unless url or service changed; `{}` clears (api-behaviour §8.2, §8.3). */
  headers?: Record<string, string>;
  queryParams?: Record<string, string>;
}

export interface Webhook extends OpenObject {
  id: ObjectId;
  name: string;
  /** Cloud may also report services it does not accept on input (`slack_api`, `pagerduty_api`): api-behaviour §8.4. */
  service: WebhookService | (typeof CLOUD_ONLY_WEBHOOK_SERVICES)[number];
  url?: string;
  description?: string;
  body?: string;
  createdAt?: string;
  updatedAt?: string;
}

/** What the provider reads of a webhook. */
export const webhookShape = object({
  id,
  name: text,
  service: text,
  url: optional(text),
  description: optional(text),
  body: optional(text),
});
