// clickstack_webhook against the emulator of both flavors: write-only headers and their version, clearing when url or
// service change, 409 on delete while referenced, and a webhook made in the Managed ClickStack UI.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ClickStackClient } from '../client';
import { type EmulatorHandle, SEED_IDS, startEmulator } from '../../emulator';
import type { TfObject } from '../runtime/types';
import { clickstackHarness } from '../../test/support/clickstack';
import { emulatorClient, FLAVORS, useEmulator } from '../../test/support/emulator-clients';
import { differences, generatedConfig } from '../../test/support/terraform-rules';
import { webhookAttributes } from './webhook';
import { generic, webhook } from '../../test/support/webhooks';
import { editLikeTheUi } from '../../test/support/ui-edit';

describe.each(FLAVORS)('clickstack_webhook against the %s emulator', (flavor) => {
  const suite = useEmulator(flavor);
  const lifecycle = clickstackHarness(() => suite.client).resource('clickstack_webhook');
  let names = 0;
  const unique = (config: TfObject): TfObject => ({ ...config, name: `${config.name} ${++names}` });

  /** The body of the last PUT to the webhook: what the provider sent. */
  const lastPut = (id: string) => [...suite.emulator.requests].reverse().find((r) => r.method === 'PUT' && r.path.endsWith(`/webhooks/${id}`))!.body as Record<string, unknown>;

  it('creates with headers, plans no changes, refreshes to the same state, and never stores the write-only values', async () => {
    const config = unique(generic({ headers: { Authorization: 'Bearer s3cret' }, query_params: { token: 't' }, headers_version: '1' }));
    const state = await lifecycle.apply(null, config);
    expect(state).toMatchObject({ service: 'generic', url: 'https://example.com/hook', headers: null, query_params: null, headers_version: '1' });
    const create = suite.emulator.requests.find((r) => r.method === 'POST' && (r.body as { name?: string }).name === config.name)!;
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
    await editLikeTheUi(suite.emulator, flavor, 'webhooks', String(state.id), (current) => void (current.url = 'https://example.net/ui'));
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
    await suite.client.webhooks.delete(String(state.id));
    expect(await lifecycle.refresh(state)).toBeNull();
    expect(await lifecycle.destroy(state)).toEqual([]);
  });

  it('reports a create the server rejects with its message', async () => {
    const seeded = (await suite.client.webhooks.list()).find((w) => w.id === SEED_IDS.webhook)!;
    const { planned } = await lifecycle.plan(null, webhook({ name: seeded.name, service: seeded.service, url: 'https://hooks.slack.com/services/T/B/X' }));
    const { state, diagnostics } = await lifecycle.applyPlanned(null, planned!, planned!);
    expect(state).toBeNull();
    expect(diagnostics).toEqual([
      { severity: 'error', summary: 'Could not create webhook', detail: expect.stringContaining('A webhook with this service and name already exists') },
    ]);
  });

  it('refuses to delete a webhook that alerts use, naming them', async () => {
    const state = await lifecycle.apply(null, unique(generic()));
    const search = await suite.client.savedSearches.create({ name: 'Errors', sourceId: SEED_IDS.logSource, where: 'level:error' });
    const alert = await suite.client.alerts.create({
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
    await suite.client.alerts.delete(alert.id);
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
