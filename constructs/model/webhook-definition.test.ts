import { WebhookDefinition } from './webhook-definition';

describe('WebhookDefinition', () => {
  it('maps its props to the clickstack_webhook configuration, one to one', () => {
    const props = {
      name: 'On call',
      service: 'generic',
      url: 'https://hooks.example.com/x',
      body: '{"text": "{{title}}"}',
      headers: { Authorization: '${var.token}' },
      headersVersion: '1',
    } as const;
    const definition = new WebhookDefinition(props);
    expect(definition.validate()).toEqual([]);
    expect(definition.toConfig()).toEqual(props);
  });

  it('takes the services only Managed ClickStack\'s UI makes, for a webhook adopted with importFrom', () => {
    for (const service of ['slack_api', 'pagerduty_api'] as const)
      expect(new WebhookDefinition({ name: 'Paging', service, url: '${var.url}' }).validate()).toEqual([]);
  });

  it('refuses what ClickStack refuses: an unknown service, an empty name or url, too many or too long entries', () => {
    const headers = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`h${i}`, i === 0 ? 'x'.repeat(4097) : 'v']));
    expect(new WebhookDefinition({ name: '', service: 'teams' as never, url: '', headers }).validate()).toEqual([
      '`name` must not be empty.',
      '`service` is "teams"; expected one of "slack", "generic", "incidentio", "slack_api", "pagerduty_api".',
      '`url` must not be empty.',
      '`headers` has 101 entries; at most 100 are allowed.',
      '`headers[0]` is 4097 characters long; at most 4096 are allowed.',
    ]);
  });

  it('refuses a body, headers and query parameters on a slack webhook', () => {
    const definition = new WebhookDefinition({ name: 's', service: 'slack', url: 'https://hooks.slack.com/x', body: '{}', queryParams: { a: 'b' } });
    expect(definition.validate()).toEqual(['`body` is not supported for `slack` webhooks.', '`queryParams` is not supported for `slack` webhooks.']);
  });
});
