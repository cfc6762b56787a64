import { TerraformVariable } from 'cdktf';
import { synth, synthError } from '../test/support/cdktf';
import { ClickStackEnvironment } from './environment';
import { Webhook } from './webhook';

describe('Webhook', () => {
  it('synthesizes a clickstack_webhook on its environment\'s provider, named after its construct id', () => {
    const json = synth((stack) => {
      new ClickStackEnvironment(stack, 'clickstack', { flavor: 'oss' });
      const token = new TerraformVariable(stack, 'oncall_token', { type: 'string', sensitive: true });
      new Webhook(stack, 'oncall', {
        name: 'On call',
        service: 'generic',
        url: 'https://hooks.example.com/oncall',
        body: '{"text": "{{title}}"}',
        headers: { Authorization: `Bearer ${token.stringValue}` },
        headersVersion: '1',
      });
    });
    expect(json.resource).toMatchSnapshot();
  });

  it('adopts an existing webhook with importFrom, a PagerDuty API one of Managed ClickStack too', () => {
    const json = synth((stack) => {
      new ClickStackEnvironment(stack, 'clickstack', { flavor: 'cloud' });
      const url = new TerraformVariable(stack, 'paging_url', { type: 'string', sensitive: true });
      new Webhook(stack, 'paging', { name: 'Paging', service: 'pagerduty_api', url: url.stringValue }).importFrom('w1');
    });
    expect(json.resource.clickstack_webhook.paging).toEqual(expect.objectContaining({ service: 'pagerduty_api', url: '${var.paging_url}' }));
    expect(json.import).toEqual([{ id: 'w1', to: 'clickstack_webhook.paging' }]);
  });

  it('fails synth with the construct path and every problem of its props', () => {
    const error = synthError((stack) => {
      new ClickStackEnvironment(stack, 'clickstack', { flavor: 'oss' });
      new Webhook(stack, 'team-chat', { name: '', service: 'slack', url: 'https://hooks.slack.com/x', body: '{}' });
    });
    expect(error).toContain('[stack/team-chat] `name` must not be empty.');
    expect(error).toContain('[stack/team-chat] `body` is not supported for `slack` webhooks.');
  });
});

describe('Webhook.fromName', () => {
  it('looks the webhook up by name (and service) in the environment of its scope', () => {
    const ids: string[] = [];
    const json = synth((stack) => {
      const prod = new ClickStackEnvironment(stack, 'prod', { flavor: 'cloud', alias: 'prod' });
      const webhook = Webhook.fromName(prod, 'alerts', { name: 'Alerts channel', service: 'slack_api' });
      expect(webhook.environment).toBe(prod);
      ids.push(webhook.webhookId);
    });
    expect(json.data).toMatchSnapshot();
    expect(ids).toEqual([expect.stringContaining('${TfToken[')]);
  });

  it('fails synth on an empty name or an unknown service', () => {
    const error = synthError((stack) => {
      new ClickStackEnvironment(stack, 'clickstack', { flavor: 'oss' });
      Webhook.fromName(stack, 'alerts', { name: '', service: 'teams' as never });
    });
    expect(error).toContain('[stack/alerts] `name` must not be empty.');
    expect(error).toContain('[stack/alerts] `service` is "teams"; expected one of "slack", "generic", "incidentio", "slack_api", "pagerduty_api".');
  });
});
