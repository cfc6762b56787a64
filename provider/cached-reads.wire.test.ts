// The provider's reads against the emulator of both flavors, counted from its request log: a refresh of several objects
// of each kind reads each kind from one list, a read right after a write is a single GET, and a warm provider process
// never answers a command from the lists of the one before.
import { type EmulatorHandle, SEED_IDS, startEmulator } from '../emulator';
import type { ClickStackClient, FlavorName } from './client';
import type { TfObject } from './runtime/types';
import { clickstackHarness } from '../test/support/clickstack';
import { emulatorClient, FLAVORS } from '../test/support/emulator-clients';
import { requestsDuring } from '../test/support/request-log';
import { editLikeTheUi } from '../test/support/ui-edit';

const EACH_KIND = 3;
const TYPES = ['clickstack_dashboard', 'clickstack_alert', 'clickstack_webhook', 'clickstack_saved_search'] as const;

describe.each(FLAVORS)('%s', (flavor: FlavorName) => {
  let emulator: EmulatorHandle;
  let client: ClickStackClient;
  /** Every client the provider was configured with: one per command. */
  const configured: ClickStackClient[] = [];
  const harness = clickstackHarness(() => {
    configured.push(emulatorClient(emulator, flavor));
    return configured.at(-1);
  });
  const states = new Map<string, TfObject[]>();

  /** Refreshes every object in state at once, as Terraform does (its parallelism is 10; the count does not depend on it). */
  const refreshAll = () =>
    Promise.all(TYPES.flatMap((type) => states.get(type)!.map((state) => harness.resource(type).refresh(state))));

  beforeAll(async () => {
    emulator = await startEmulator({ flavor, rateLimit: false });
    client = emulatorClient(emulator, flavor);
    const ids: Record<(typeof TYPES)[number], string[]> = { clickstack_dashboard: [], clickstack_alert: [], clickstack_webhook: [], clickstack_saved_search: [] };
    for (let i = 0; i < EACH_KIND; i++) {
      const tiles = [{ name: 'Errors', x: 0, y: 0, w: 6, h: 3, config: { displayType: 'line', sourceId: SEED_IDS.logSource, select: [{ aggFn: 'count' }] } }];
      const dashboard = await client.dashboards.create({ name: `Board ${i}`, tiles } as never);
      const webhook = await client.webhooks.create({ name: `Hook ${i}`, service: 'generic', url: `https://hooks.example.com/${i}` });
      const alert = await client.alerts.create({
        source: 'tile',
        dashboardId: dashboard.id,
        tileId: dashboard.tiles[0].id!,
        threshold: 10,
        thresholdType: 'above',
        interval: '5m',
        channel: { type: 'webhook', webhookId: webhook.id },
      } as never);
      const search = await client.savedSearches.create({ name: `Search ${i}`, sourceId: SEED_IDS.logSource, where: `n:${i}` });
      ids.clickstack_dashboard.push(dashboard.id);
      ids.clickstack_webhook.push(webhook.id);
      ids.clickstack_alert.push(alert.id);
      ids.clickstack_saved_search.push(search.id);
    }
    for (const type of TYPES) states.set(type, await Promise.all(ids[type].map(async (id) => (await harness.resource(type).import(id))!)));
  });

  afterAll(async () => {
    await Promise.all([client, ...configured].map((each) => each.close()));
    await emulator.close();
  });

  beforeEach(() => harness.nextCommand());

  it('a refresh reads each kind from one list after a single GET (webhooks, without GET by id, from the list alone)', async () => {
    // The client asks for pages on both flavors (api-behaviour §4); three objects fit the first.
    const list = '?limit=1000&offset=0';
    expect(await requestsDuring(emulator, refreshAll)).toEqual(
      [
        'GET /alerts/:id',
        `GET /alerts${list}`,
        'GET /dashboards',
        'GET /dashboards/:id',
        'GET /saved-searches/:id',
        `GET /saved-searches${list}`,
        `GET /webhooks${list}`,
      ].sort(),
    );
  });

  it('refreshes every object to the state it had, and sees a UI edit from the list', async () => {
    const [first, second] = states.get('clickstack_dashboard')!;
    await editLikeTheUi(emulator, flavor, 'dashboards', String(second.id), (document) => {
      document.name = 'Renamed in the UI';
    });
    const refreshed = await refreshAll();
    const dashboards = refreshed.slice(0, EACH_KIND);
    expect(dashboards.map((state) => state!.name)).toEqual(['Board 0', 'Renamed in the UI', 'Board 2']);
    expect(refreshed.slice(EACH_KIND)).toEqual(TYPES.slice(1).flatMap((type) => states.get(type)));
    expect(dashboards[0]).toEqual(first);
  });

  it('a read right after a write is a single GET that sees what changed since the list', async () => {
    await refreshAll();
    const [, second, third] = states.get('clickstack_saved_search')!;
    await editLikeTheUi(emulator, flavor, 'saved-searches', String(third.id), (document) => {
      document.where = 'edited:in-the-ui';
    });
    const savedSearches = harness.resource('clickstack_saved_search');
    const updated = await savedSearches.apply(second, { ...second, where: 'changed:by-terraform' });
    let afterWrite: TfObject | null = null;
    expect(await requestsDuring(emulator, async () => (afterWrite = await savedSearches.refresh(third)))).toEqual(['GET /saved-searches/:id']);
    expect(afterWrite!.where).toBe('edited:in-the-ui');
    states.get('clickstack_saved_search')!.splice(1, 2, updated, afterWrite!);
  });

  it('a list holding a document the provider cannot use fails no read: each object is read by its own GET instead', async () => {
    const dashboards = states.get('clickstack_dashboard')!;
    emulator.faults.responses.push({
      method: 'GET',
      pathEnd: '/dashboards',
      replace: (answer) => {
        const { data, result } = answer as { data?: Array<Record<string, unknown>>; result?: Array<Record<string, unknown>> };
        (data ?? result)![1].tiles = 'not a list of tiles';
        return answer;
      },
    });
    let refreshed: Array<TfObject | null> = [];
    const refresh = async () => (refreshed = await Promise.all(dashboards.map((state) => harness.resource('clickstack_dashboard').refresh(state))));
    expect(await requestsDuring(emulator, refresh)).toEqual(['GET /dashboards', 'GET /dashboards/:id', 'GET /dashboards/:id', 'GET /dashboards/:id']);
    expect(refreshed.map((state) => state!.id)).toEqual(dashboards.map((state) => state.id));
  });

  it('a warm provider serving the next command lists again: no command sees the lists of the one before', async () => {
    await refreshAll();
    const [, , third] = states.get('clickstack_webhook')!;
    await editLikeTheUi(emulator, flavor, 'webhooks', String(third.id), (document) => {
      document.description = 'Edited in the UI';
    });
    harness.nextCommand();
    let refreshed: TfObject | null = null;
    expect(await requestsDuring(emulator, async () => (refreshed = await harness.resource('clickstack_webhook').refresh(third)))).toEqual([
      'GET /webhooks?limit=1000&offset=0',
    ]);
    expect(refreshed!.description).toBe('Edited in the UI');
  });
});
