// clickstack_webhook: unit tests of validation and documents, and wire tests against the emulator of both flavours
// (write-only headers, their version, clearing when url or service change, 409 on delete while referenced), and of a
// webhook made in the Managed ClickStack UI.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ClickStackClient } from '../client';
import { type EmulatorHandle, SEED_IDS, startEmulator } from '../../emulator';
import type { TfObject } from '../runtime/types';
import { Unknown } from '../runtime/types';
import { clickstackHarness } from '../../test/support/clickstack';
import { emulatorClient } from '../../test/support/emulator-clients';
import { complete } from '../../test/support/objects';
import { differences, generatedConfig } from '../../test/support/terraform-rules';
import { mustSendWriteOnly, webhookAttributes, webhookFromApi, webhookToApi } from './webhook';

const webhook = (partial: { [name: string]: unknown }) => complete(webhookAttributes, partial);
const generic = (extra: { [name: string]: unknown } = {}) =>
  webhook({ name: 'Ops hook', service: 'generic', url: 'https://example.com/hook', body: '{"text":"{{title}}"}', ...extra });

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

describe.each(['oss', 'cloud'] as const)('clickstack_webhook against the %s emulator', (flavor) => {
  let emulator: EmulatorHandle;
  let client: ClickStackClient;
  const lifecycle = clickstackHarness(() => client).resource('clickstack_webhook');
  let names = 0;
  const unique = (config: TfObject): TfObject => ({ ...config, name: `${config.name} ${++names}` });

  beforeAll(async () => {
    emulator = await startEmulator({ flavor, rateLimit: false });
    client = emulatorClient(emulator, flavor);
  });
  afterAll(async () => {
    await client.close();
    await emulator.close();
  });

  /** The body of the last PUT to the webhook: what the provider sent. */
  const lastPut = (id: string) => [...emulator.requests].reverse().find((r) => r.method === 'PUT' && r.path.endsWith(`/webhooks/${id}`))!.body as Record<string, unknown>;

  it('creates with headers, plans no changes, refreshes to the same state, and never stores the write-only values', async () => {
    const config = unique(generic({ headers: { Authorization: 'Bearer s3cret' }, query_params: { token: 't' }, headers_version: '1' }));
    const state = await lifecycle.apply(null, config);
    expect(state).toMatchObject({ service: 'generic', url: 'https://example.com/hook', headers: null, query_params: null, headers_version: '1' });
    const create = emulator.requests.find((r) => r.method === 'POST' && (r.body as { name?: string }).name === config.name)!;
    expect(create.body).toMatchObject({ headers: { Authorization: 'Bearer s3cret' }, queryParams: { token: 't' } });
    const refreshed = await lifecycle.refresh(state);
    expect(differences(state, refreshed)).toEqual([]);
    const { planned } = await lifecycle.plan(refreshed, config);
    expect(differences(refreshed!, planned!)).toEqual([]);
  });

  it('keeps the stored headers on an ordinary update, sends them again when the version changes, and clears removed ones', async () => {
    const config = unique(generic({ headers: { Authorization: 'Bearer a' }, headers_version: '1' }));
    const state = await lifecycle.apply(null, config);
    const id = String(state.id);

    const renamed = await lifecycle.apply(state, { ...config, body: 'changed' });
    expect(lastPut(id)).not.toHaveProperty('headers');

    const rotated = await lifecycle.apply(renamed, { ...config, body: 'changed', headers: { Authorization: 'Bearer b' }, headers_version: '2' });
    expect(lastPut(id)).toMatchObject({ headers: { Authorization: 'Bearer b' }, queryParams: {} });

    await lifecycle.apply(rotated, { ...config, body: 'changed', headers: null, headers_version: '3' });
    expect(lastPut(id)).toMatchObject({ headers: {}, queryParams: {} });
  });

  it('sends the headers again when the url changes, because the server clears them', async () => {
    const config = unique(generic({ headers: { 'X-Key': 'k' }, headers_version: '1' }));
    const state = await lifecycle.apply(null, config);
    const moved = await lifecycle.apply(state, { ...config, url: 'https://example.org/new' });
    expect(lastPut(String(state.id))).toMatchObject({ url: 'https://example.org/new', headers: { 'X-Key': 'k' } });
    expect(moved.url).toBe('https://example.org/new');
  });

  it('clears description and body when they are removed (PUT replaces them)', async () => {
    const config = unique(generic({ description: 'About' }));
    const state = await lifecycle.apply(null, config);
    const cleared = await lifecycle.apply(state, { ...config, description: null, body: null });
    expect(cleared).toMatchObject({ description: null, body: null });
    expect(differences(cleared, (await lifecycle.refresh(cleared))!)).toEqual([]);
  });

  it('shows a URL changed in the UI as drift', async () => {
    const config = unique(generic());
    const state = await lifecycle.apply(null, config);
    await client.webhooks.update(String(state.id), { name: String(config.name), service: 'generic', url: 'https://example.net/ui', body: String(config.body) });
    const refreshed = (await lifecycle.refresh(state))!;
    const { planned } = await lifecycle.plan(refreshed, config);
    expect(differences(refreshed, planned!)).toEqual(['.url: "https://example.net/ui" -> "https://example.com/hook"']);
  });

  it('imports by id into a state that plans no changes against the generated configuration', async () => {
    const state = await lifecycle.apply(null, unique(generic()));
    const imported = (await lifecycle.import(String(state.id)))!;
    expect(imported).toMatchObject({ id: state.id, name: state.name, url: state.url, body: state.body });
    // Terraform writes sensitive values into generated configuration as null.
    const { planned, diagnostics } = await lifecycle.plan(imported, { ...generatedConfig(webhookAttributes, imported), url: null });
    expect(diagnostics).toEqual([]);
    expect(differences(imported, planned!)).toEqual([]);
  });

  it('drops a webhook deleted behind its back, and deleting what is gone succeeds', async () => {
    const state = await lifecycle.apply(null, unique(generic()));
    await client.webhooks.delete(String(state.id));
    expect(await lifecycle.refresh(state)).toBeNull();
    expect(await lifecycle.destroy(state)).toEqual([]);
  });

  it('reports a create the server rejects with its message', async () => {
    const seeded = (await client.webhooks.list()).find((w) => w.id === SEED_IDS.webhook)!;
    const { planned } = await lifecycle.plan(null, webhook({ name: seeded.name, service: seeded.service, url: 'https://hooks.slack.com/services/T/B/X' }));
    const { state, diagnostics } = await lifecycle.applyPlanned(null, planned!, planned!);
    expect(state).toBeNull();
    expect(diagnostics).toEqual([
      { severity: 'error', summary: 'Could not create webhook', detail: expect.stringContaining('A webhook with this service and name already exists') },
    ]);
  });

  it('refuses to delete a webhook that alerts use, naming them', async () => {
    const state = await lifecycle.apply(null, unique(generic()));
    const search = await client.savedSearches.create({ name: 'Errors', sourceId: SEED_IDS.logSource, where: 'level:error' });
    const alert = await client.alerts.create({
      source: 'saved_search',
      savedSearchId: search.id,
      threshold: 1,
      thresholdType: 'above',
      interval: '5m',
      name: 'Error burst',
      channel: { type: 'webhook', webhookId: String(state.id) },
    });
    const diagnostics = await lifecycle.destroy(state);
    expect(diagnostics).toEqual([
      { severity: 'error', summary: 'Webhook still used by alerts', detail: expect.stringContaining(`"Error burst" (id ${alert.id})`) },
    ]);
    await client.alerts.delete(alert.id);
    expect(await lifecycle.destroy(state)).toEqual([]);
  });
});

describe('clickstack_webhook made in the Managed ClickStack UI (a service its API does not accept)', () => {
  const uiWebhook = {
    id: '65f5e4a3b9e77c001a789013', name: 'PagerDuty Alerts', service: 'pagerduty_api', url: 'https://events.pagerduty.com/v2/enqueue',
    description: 'Sends critical alerts to PagerDuty', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-15T12:00:00.000Z',
  };
  let directory: string;
  let emulator: EmulatorHandle;
  let client: ClickStackClient;
  const lifecycle = clickstackHarness(() => client).resource('clickstack_webhook');

  beforeAll(async () => {
    // The UI's documents reach the emulator through its state file: its API refuses these services, as Cloud's does.
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'webhook-ui-'));
    const statePath = path.join(directory, 'state.json');
    fs.writeFileSync(statePath, JSON.stringify({ webhooks: [uiWebhook] }));
    emulator = await startEmulator({ flavor: 'cloud', rateLimit: false, statePath });
    client = emulatorClient(emulator, 'cloud');
  });
  afterAll(async () => {
    await client.close();
    await emulator.close();
    fs.rmSync(directory, { recursive: true, force: true });
  });

  it('imports into a state whose generated configuration validates and plans no changes', async () => {
    const imported = (await lifecycle.import(uiWebhook.id))!;
    expect(imported).toMatchObject({ service: 'pagerduty_api', description: uiWebhook.description });
    const { planned, diagnostics } = await lifecycle.plan(imported, { ...generatedConfig(webhookAttributes, imported), url: null });
    expect(diagnostics).toEqual([]);
    expect(differences(imported, planned!)).toEqual([]);
  });
});
