import { type Webhook, type WebhookInput, webhookShape } from './models/webhooks';
import { ApiContext, CallOptions, Collection } from './collection';

/**
 * Webhooks. Neither API has GET /webhooks/{id} (api-behaviour §5.1): `get` walks the paged list. Deleting a webhook that alerts still
 * use gives ConflictError; so does an update racing another on OSS.
 */
export class WebhooksApi extends Collection<Webhook, WebhookInput> {
  constructor(api: ApiContext) {
    super(api, 'webhooks', '/webhooks', true, webhookShape, {
      noun: 'webhook',
      // The key the server keeps unique, with the name trimmed as the server stores it (api-behaviour §8.4).
      identity: (webhook) => JSON.stringify([webhook.service, webhook.name.trim()]),
    });
  }

  override get(id: string, options: CallOptions = {}): Promise<Webhook> {
    return this.getFromList(id, options);
  }

  override async list(options: CallOptions = {}): Promise<Webhook[]> {
    const webhooks = await super.list(options);
    for (const webhook of webhooks) this.api.redactor.addSecret(webhook.url);
    return webhooks;
  }

  override create(input: WebhookInput, options: CallOptions = {}): Promise<Webhook> {
    this.registerSecrets(input);
    return super.create(input, options);
  }

  override update(id: string, input: WebhookInput, options: CallOptions = {}): Promise<Webhook> {
    this.registerSecrets(input);
    return super.update(id, input, options);
  }

  /** The URL and every header and query value may carry a token: never print them. */
  private registerSecrets(input: WebhookInput): void {
    const { redactor } = this.api;
    redactor.addSecret(input.url);
    for (const value of Object.values(input.headers ?? {})) redactor.addSecret(value);
    for (const value of Object.values(input.queryParams ?? {})) redactor.addSecret(value);
  }
}
