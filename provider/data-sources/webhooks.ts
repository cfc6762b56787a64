// data "clickstack_webhooks": every webhook, or those of one service, each with the attributes of data "clickstack_webhook".
import type { ClickStackClient } from '../client';
import type { DataSourceDefinition } from '../runtime/provider';
import { reportedWebhookAttributes, reportedWebhookFromApi, webhookServiceValidator } from './webhook';
import { callOptions, reportingApiErrors } from '../shared/api-errors';

export const webhooksDataSource: DataSourceDefinition<ClickStackClient> = {
  schema: {
    version: 0,
    block: {
      description: 'Lists the ClickStack webhooks (alert destinations), optionally only those of one service.',
      attributes: {
        service: {
          type: 'string',
          optional: true,
          description: `Only webhooks of this service (see \`service\` of the webhooks). All webhooks when unset.`,
          validators: [webhookServiceValidator],
        },
        webhooks: {
          computed: true,
          description: 'The webhooks, in the order the API lists them.',
          nested: { nesting: 'list', attributes: reportedWebhookAttributes },
        },
      },
    },
  },

  async read({ config, client }, ctx) {
    const webhooks = await reportingApiErrors('Could not list the webhooks', ctx.diagnostics, () => client.webhooks.cached.list(callOptions(ctx)));
    if (webhooks === null) return null;
    const selected = config.service === null ? webhooks : webhooks.filter((webhook) => webhook.service === config.service);
    return { service: config.service, webhooks: selected.map(reportedWebhookFromApi) };
  },
};
