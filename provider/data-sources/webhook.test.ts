// data "clickstack_webhook" and "clickstack_webhooks", unit: schema and validation of their arguments.
import { SEED_IDS } from '../../emulator';
import { validateDataSource } from '../../test/support/clickstack';
import { webhookDataSource } from './webhook';
import { webhooksDataSource } from './webhooks';

describe('webhook data sources schema and validation', () => {
  it('marks the url sensitive wherever it is reported', () => {
    expect(webhookDataSource.schema.block.attributes.url.sensitive).toBe(true);
    expect(webhooksDataSource.schema.block.attributes.webhooks.nested?.attributes.url.sensitive).toBe(true);
  });

  it('refuses an unknown service, and a service with an id', async () => {
    expect(await validateDataSource('clickstack_webhooks', { service: 'email' })).toEqual([
      expect.objectContaining({ detail: 'Must be one of "slack", "generic", "incidentio", "slack_api", "pagerduty_api", got "email".', path: ['service'] }),
    ]);
    expect(await validateDataSource('clickstack_webhook', { id: SEED_IDS.webhook, service: 'slack' })).toEqual([
      {
        severity: 'error',
        summary: 'Invalid webhook lookup',
        detail: '`service` narrows a lookup by `name`; it cannot be set with `id`.',
        path: ['service'],
      },
    ]);
  });
});
