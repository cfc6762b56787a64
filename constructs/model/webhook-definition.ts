// A webhook (where alerts send notifications) as plain data: its props, what ClickStack would refuse, and the
// configuration of the `clickstack_webhook` resource.
import { REPORTED_WEBHOOK_SERVICES, type ReportedWebhookService } from '../../provider/values';
import { atMost, eachOf, lengthBetween, oneOf } from './checks';

const MAX_ENTRIES = 100;

export interface WebhookDefinitionProps {
  /** Name of the webhook; unique per `service` within the team. */
  readonly name: string;
  /**
   * Kind of destination: `slack`, `generic` or `incidentio`; or `slack_api` or `pagerduty_api`, which only Managed
   * ClickStack's UI makes: keep those in a webhook adopted with `importFrom`, since ClickStack's API creates none.
   */
  readonly service: ReportedWebhookService;
  /**
   * URL the notifications are posted to (a `slack.com` URL for `slack`). A Slack URL carries a token: pass the
   * `stringValue` of a sensitive TerraformVariable to keep it out of cdk.tf.json (cdktf writes strings there as given).
   */
  readonly url: string;
  /**
   * Description shown in the UI.
   * @default none
   */
  readonly description?: string;
  /**
   * Template of the request body, for `generic` and `incidentio` webhooks, such as `{"text": "{{title}}"}`.
   * @default none: ClickStack's own body
   */
  readonly body?: string;
  /**
   * HTTP headers sent with every notification (up to 100), not for `slack`. Write-only: ClickStack never returns them
   * and Terraform keeps them out of state, but cdk.tf.json holds what is given: pass secret values as the
   * `stringValue` of sensitive TerraformVariables.
   * @default none
   */
  readonly headers?: Record<string, string>;
  /**
   * Query parameters added to the URL of every notification (up to 100), not for `slack`. Write-only, like `headers`.
   * @default none
   */
  readonly queryParams?: Record<string, string>;
  /**
   * Any value, never sent to ClickStack: change it to send `headers` and `queryParams` again (Terraform cannot see
   * that a write-only value changed).
   * @default none
   */
  readonly headersVersion?: string;
}

/** The `clickstack_webhook` configuration, in the shape of the bindings' WebhookConfig. */
export interface WebhookConfigData {
  name: string;
  service: string;
  url: string;
  description?: string;
  body?: string;
  headers?: Record<string, string>;
  queryParams?: Record<string, string>;
  headersVersion?: string;
}

const SLACK_REFUSES = ['body', 'headers', 'queryParams'] as const;

export class WebhookDefinition {
  constructor(readonly props: WebhookDefinitionProps) {}

  validate(): string[] {
    const { props } = this;
    const entries = (prop: 'headers' | 'queryParams') => {
      const values = Object.values(props[prop] ?? {});
      return [
        ...atMost(prop, values, MAX_ENTRIES, 'entries'),
        ...eachOf(prop, values, (itemProp, value) => lengthBetween(itemProp, value, 0, 4096)),
      ];
    };
    return [
      ...lengthBetween('name', props.name, 1, 1024),
      ...oneOf('service', props.service, REPORTED_WEBHOOK_SERVICES),
      ...lengthBetween('url', props.url, 1, 2048),
      ...lengthBetween('description', props.description, 0, 2048),
      ...lengthBetween('body', props.body, 0, 16384),
      ...entries('headers'),
      ...entries('queryParams'),
      ...(props.service === 'slack'
        ? SLACK_REFUSES.filter((prop) => props[prop] !== undefined).map((prop) => `\`${prop}\` is not supported for \`slack\` webhooks.`)
        : []),
    ];
  }

  toConfig(): WebhookConfigData {
    const { name, service, url, description, body, headers, queryParams, headersVersion } = this.props;
    return { name, service, url, description, body, headers, queryParams, headersVersion };
  }
}
