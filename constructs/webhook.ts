// Webhooks: where alerts send their notifications. `new Webhook(...)` manages one; `Webhook.fromName(...)` refers
// to one made elsewhere (in the UI, or by another app), resolved by name in each environment.
import type { Construct } from 'constructs';
import { DataClickstackWebhook } from './bindings/data-clickstack-webhook';
import { Webhook as WebhookResource } from './bindings/webhook';
import { ClickStackConstruct, type EnvironmentScopedProps, type IEnvironmentScoped } from './environment';
import { nonEmpty, oneOf } from './model/checks';
import { WebhookDefinition, type WebhookDefinitionProps } from './model/webhook-definition';
import { CLOUD_ONLY_WEBHOOK_SERVICES, WEBHOOK_SERVICES, type WebhookService } from '../provider/values';

/** A ClickStack webhook in one environment. */
export interface IWebhook extends IEnvironmentScoped {
  /** The webhook's id (known once Terraform has created or looked it up). */
  readonly webhookId: string;
}

/** A webhook managed by this app: its definition and its environment. */
export interface WebhookProps extends WebhookDefinitionProps, EnvironmentScopedProps {}

/** Services a lookup may name: those the API creates, and those Managed ClickStack's UI makes. */
export type ExistingWebhookService = WebhookService | (typeof CLOUD_ONLY_WEBHOOK_SERVICES)[number];

/** Which webhook a lookup finds. */
export interface WebhookLookupProps extends EnvironmentScopedProps {
  /** Name of the webhook; exactly one webhook (of `service`, when set) must have it. */
  readonly name: string;
  /**
   * Service of the webhook. Narrows the lookup: names are unique per service.
   * @default any service
   */
  readonly service?: ExistingWebhookService;
}

/** A webhook managed by this app (the `clickstack_webhook` resource). */
export class Webhook extends ClickStackConstruct implements IWebhook {
  /** Refers to an existing webhook by name (the `clickstack_webhook` data source, in `scope`'s environment). */
  static fromName(scope: Construct, id: string, props: WebhookLookupProps): IWebhook {
    return new ExistingWebhook(scope, id, props);
  }

  readonly webhookId: string;
  /** The `clickstack_webhook` resource, for what the props do not cover (`addOverride`, lifecycle...). */
  readonly resource: WebhookResource;

  constructor(scope: Construct, id: string, props: WebhookProps) {
    super(scope, id, props);
    const definition = new WebhookDefinition(props);
    this.resource = new WebhookResource(this, 'Default', { ...definition.toConfig(), provider: this.environment.provider });
    this.webhookId = this.resource.id;
    this.node.addValidation(definition);
  }

  /** Adopts the webhook `id` of ClickStack: the next apply imports it (cdktf's `importFrom`) rather than creating one. */
  importFrom(id: string): this {
    this.resource.importFrom(id);
    return this;
  }
}

class ExistingWebhook extends ClickStackConstruct implements IWebhook {
  readonly webhookId: string;

  constructor(scope: Construct, id: string, props: WebhookLookupProps) {
    super(scope, id, props);
    const lookup = new DataClickstackWebhook(this, 'Default', { name: props.name, service: props.service, provider: this.environment.provider });
    this.webhookId = lookup.id;
    this.node.addValidation({
      validate: () => [...nonEmpty('name', props.name), ...oneOf('service', props.service, [...WEBHOOK_SERVICES, ...CLOUD_ONLY_WEBHOOK_SERVICES])],
    });
  }
}
