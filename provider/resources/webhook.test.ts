// clickstack_webhook, unit: validation, plan (write-only values, services the API does not create) and API bodies.
import { Unknown } from '../runtime/types';
import { clickstackHarness } from '../../test/support/clickstack';
import { differences } from '../../test/support/terraform-rules';
import { mustSendWriteOnly, webhookFromApi, webhookToApi } from './webhook';
import { generic, webhook } from '../../test/support/webhooks';

describe('clickstack_webhook, unit', () => {
  const lifecycle = clickstackHarness(() => undefined).resource('clickstack_webhook');

  it('refuses body, headers and query params on slack webhooks, at each attribute', async () => {
    const config = webhook({ name: 's', service: 'slack', url: 'https://hooks.slack.com/x', body: 'b', headers: { A: '1' }, query_params: { q: '1' } });
    const { diagnostics } = await lifecycle.plan(null, config);
    expect(diagnostics.map((d) => [d.summary, d.path])).toEqual([
      ['Invalid webhook', ['body']],
      ['Invalid webhook', ['headers']],
      ['Invalid webhook', ['query_params']],
    ]);
  });

  it('refuses creating a webhook of a service only the Managed ClickStack UI makes, or changing service to one, at `service`', async () => {
    const uiOnly = (service: string) => webhook({ name: 'From the UI', service, url: 'https://events.pagerduty.com/v2/enqueue' });
    const created = await lifecycle.plan(null, uiOnly('pagerduty_api'));
    expect(created.diagnostics.map((d) => [d.summary, d.path])).toEqual([['Webhook service not creatable', ['service']]]);
    const changed = await lifecycle.plan({ ...generic(), id: 'w1' }, generic({ service: 'slack_api' }));
    expect(changed.diagnostics).toEqual([
      {
        severity: 'error',
        summary: 'Webhook service not creatable',
        detail:
          '`slack_api` webhooks are made in the Managed ClickStack UI: the API can neither create one nor change a webhook\'s ' +
          'service to `slack_api`. Create it in the UI and import it, or use one of `slack`, `generic`, `incidentio`.',
        path: ['service'],
      },
    ]);
  });

  it('plans an imported webhook of a UI-only service, and edits that keep its service, without an error', async () => {
    const state = { ...webhook({ name: 'From the UI', service: 'slack_api', url: 'https://hooks.slack.com/services/T/B/X' }), id: 'w1' };
    const { planned, diagnostics } = await lifecycle.plan(state, { ...state, id: null, description: 'Now managed' });
    expect(diagnostics).toEqual([]);
    expect(differences(state, planned!)).toEqual(['.description: null -> "Now managed"']);
  });

  it('requires a url to create, and keeps the state\'s url when an imported configuration leaves it unset', async () => {
    const { diagnostics } = await lifecycle.plan(null, generic({ url: null }));
    expect(diagnostics.map((d) => [d.summary, d.path])).toEqual([['Missing webhook URL', ['url']]]);
    const state = { ...generic(), id: 'w1' };
    const { planned, diagnostics: none } = await lifecycle.plan(state, generic({ url: null }));
    expect(none).toEqual([]);
    expect(differences(state, planned!)).toEqual([]);
  });

  it('checks the write-only maps with the schema validators', async () => {
    const tooMany = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`h${i}`, 'v']));
    const { diagnostics } = await lifecycle.plan(null, generic({ headers: tooMany }));
    expect(diagnostics.map((d) => d.path)).toEqual([['headers']]);
  });

  it('never plans write-only values, and plans no change when nothing changed', async () => {
    const { planned } = await lifecycle.plan(null, generic({ headers: { Authorization: 'Bearer x' } }));
    expect(planned!.headers).toBeNull();
    expect(planned!.id).toBeInstanceOf(Unknown);
    const state = { ...planned!, id: 'w1' };
    const again = await lifecycle.plan(state, generic({ headers: { Authorization: 'Bearer changed' } }));
    expect(differences(state, again.planned!)).toEqual([]);
  });

  it('sends the write-only maps only when their version, the url or the service changes', () => {
    const prior = generic({ headers_version: '1' });
    expect(mustSendWriteOnly(prior, generic({ headers_version: '1', description: 'new' }))).toBe(false);
    expect(mustSendWriteOnly(prior, generic({ headers_version: '2' }))).toBe(true);
    expect(mustSendWriteOnly(prior, generic({ headers_version: '1', url: 'https://example.com/other' }))).toBe(true);
    expect(mustSendWriteOnly(prior, generic({ headers_version: '1', service: 'incidentio' }))).toBe(true);
  });

  it('maps to the API: write-only maps only when given, never the version; omitted description and body are absent', () => {
    const planned = generic({ headers_version: '3' });
    expect(webhookToApi(planned, undefined)).toEqual({ name: 'Ops hook', service: 'generic', url: 'https://example.com/hook', body: '{"text":"{{title}}"}' });
    expect(webhookToApi(planned, { headers: { A: '1' }, query_params: {} })).toMatchObject({ headers: { A: '1' }, queryParams: {} });
  });

  it('keeps what the API does not return: the version, and the body of incidentio webhooks', () => {
    const known = webhook({ service: 'incidentio', body: 'tmpl', headers_version: '2' });
    const state = webhookFromApi({ id: 'w1', name: 'n', service: 'incidentio', url: 'https://example.com/i' }, known);
    expect(state).toMatchObject({ id: 'w1', body: 'tmpl', headers_version: '2', headers: null, query_params: null, description: null });
    expect(webhookFromApi({ id: 'w1', name: 'n', service: 'generic', url: 'https://example.com/i' }, generic()).body).toBeNull();
  });
});
