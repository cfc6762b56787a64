// clickstack_alert: unit tests of validation, plan and documents, and wire tests against the emulator of both
// flavours (PUT semantics, tile and saved-search targets, cascades, flavour-specific channels, import, drift).
import type { ClickStackClient } from '../client';
import type { Alert } from '../client/models/alerts';
import { type EmulatorHandle, SEED_IDS, startEmulator } from '../../emulator';
import { type TfObject, Unknown } from '../runtime/types';
import { alertAttributes, alertFromApi, alertToApi, needsOffsetAfterClearing } from './alert';
import { clickstackHarness } from '../../test/support/clickstack';
import { emulatorClient } from '../../test/support/emulator-clients';
import { complete } from '../../test/support/objects';
import { differences, generatedConfig } from '../../test/support/terraform-rules';

const alert = (partial: { [name: string]: unknown }) => complete(alertAttributes, partial);
const channel = (partial: { [name: string]: unknown }) => complete(alertAttributes.channels.nested!.attributes, partial);
const toWebhook = (id: string = SEED_IDS.webhook) => [channel({ webhook_id: id })];
const onSearch = (extra: { [name: string]: unknown } = {}) =>
  alert({ saved_search_id: 's1', threshold: 5, threshold_type: 'above', interval: '5m', channels: toWebhook(), ...extra });

describe('clickstack_alert, unit', () => {
  const lifecycle = clickstackHarness(() => undefined).resource('clickstack_alert');
  const problems = async (config: TfObject) => (await lifecycle.plan(null, config)).diagnostics.map((d) => [d.summary, d.path]);

  it.each([
    ['no target', onSearch({ saved_search_id: null }), [['Invalid alert target', undefined]]],
    ['both targets', onSearch({ dashboard_id: 'd', tile_id: 't' }), [['Invalid alert target', ['saved_search_id']]]],
    ['a dashboard without a tile', onSearch({ saved_search_id: null, dashboard_id: 'd' }), [['Invalid alert target', ['tile_id']]]],
    ['group_by on a tile alert', onSearch({ saved_search_id: null, dashboard_id: 'd', tile_id: 't', group_by: 'x' }), [['Invalid alert target', ['group_by']]]],
    ['a range without its maximum', onSearch({ threshold_type: 'between' }), [['Invalid threshold', ['threshold_max']]]],
    ['a maximum below the threshold', onSearch({ threshold_type: 'not_between', threshold_max: 1 }), [['Invalid threshold', ['threshold_max']]]],
    ['a maximum without a range', onSearch({ threshold_max: 10 }), [['Invalid threshold', ['threshold_max']]]],
    ['an offset as long as the interval', onSearch({ schedule_offset_minutes: 5 }), [['Invalid schedule', ['schedule_offset_minutes']]]],
    ['a start time that is not RFC 3339', onSearch({ schedule_start_at: '2026-01-01 00:00' }), [['Invalid attribute value', ['schedule_start_at']]]],
    ['a start time on a day that does not exist', onSearch({ schedule_start_at: '2026-13-01T00:00:00Z' }), [['Invalid attribute value', ['schedule_start_at']]]],
    ['a start time and an offset', onSearch({ schedule_start_at: '2026-01-01T00:00:00Z', schedule_offset_minutes: 2 }), [['Invalid schedule', ['schedule_offset_minutes']]]],
    ['a channel with both kinds', onSearch({ channels: [channel({ webhook_id: 'w', email_recipients: ['a@b.c'] })] }), [['Invalid channel', ['channels', 0, 'email_recipients']]]],
    ['a channel with neither', onSearch({ channels: [channel({})] }), [['Invalid channel', ['channels', 0]]]],
    ['webhook settings on an email channel', onSearch({ channels: [channel({ email_recipients: ['a@b.c'], severity: 'info' })] }), [['Invalid channel', ['channels', 0, 'severity']]]],
    ['a webhook twice', onSearch({ channels: [channel({ webhook_id: 'w' }), channel({ webhook_id: 'w' })] }), [['Invalid channel', ['channels', 1, 'webhook_id']]]],
    ['eleven channels', onSearch({ channels: Array.from({ length: 11 }, (_, i) => channel({ webhook_id: `w${i}` })) }), [['Invalid attribute value', ['channels']]]],
    ['an unknown interval', onSearch({ interval: '7m' }), [['Invalid attribute value', ['interval']]]],
  ])('refuses %s, at the attribute', async (_name, config, expected) => {
    expect(await problems(config)).toEqual(expected);
  });

  it('accepts a valid range, schedule and email channel without a client', async () => {
    expect(await problems(onSearch({ threshold_type: 'between', threshold_max: 5, schedule_start_at: '2026-01-01T00:00:00Z' }))).toEqual([]);
  });

  it('refuses channel settings of the other flavour when the client is known, naming the attribute', async () => {
    const on = (flavor: 'oss' | 'cloud') => clickstackHarness(() => ({ flavor }) as ClickStackClient).resource('clickstack_alert');
    const email = onSearch({ channels: [channel({ email_recipients: ['oncall@example.com'] })] });
    expect((await on('oss').plan(null, email)).diagnostics.map((d) => [d.summary, d.path])).toEqual([
      ['Not available on ClickStack OSS', ['channels', 0, 'email_recipients']],
    ]);
    const two = onSearch({ channels: [channel({ webhook_id: 'a' }), channel({ webhook_id: 'b' })] });
    expect((await on('cloud').plan(null, two)).diagnostics.map((d) => [d.summary, d.path])).toEqual([['Not available on Managed ClickStack', ['channels']]]);
    expect((await on('cloud').plan(null, email)).diagnostics).toEqual([]);
  });

  it("keeps the prior state's spelling of the same start time, and plans server-owned attributes unknown on a change", async () => {
    const prior = { ...onSearch({ schedule_start_at: '2026-01-01T00:00:00.000Z' }), id: 'a1', schedule_offset_minutes: 0, state: 'OK', execution_errors: [] };
    const same = await lifecycle.plan(prior, onSearch({ schedule_start_at: '2026-01-01T00:00:00Z' }));
    expect(differences(prior, same.planned!)).toEqual([]);
    const changed = await lifecycle.plan(prior, onSearch({ schedule_start_at: '2026-01-01T00:00:00Z', threshold: 6 }));
    expect(differences(prior, changed.planned!)).toEqual([
      '.threshold: 5 -> 6',
      '.state: "OK" -> (known after apply)',
      '.silenced: null -> (known after apply)',
      '.execution_errors: [] -> (known after apply)',
    ]);
  });

  it('is replaced when it leaves its tile (a new tile id, another dashboard, a saved search), updated in place when it moves onto one', async () => {
    const prior = { ...onSearch({ saved_search_id: null, dashboard_id: 'd1', tile_id: 't1' }), id: 'a1', schedule_offset_minutes: 0, state: 'OK', execution_errors: [] };
    const onTile = (extra: { [name: string]: unknown }) => onSearch({ saved_search_id: null, dashboard_id: 'd1', tile_id: 't1', ...extra });
    const replaced = async (config: TfObject, from: TfObject = prior) => (await lifecycle.plan(from, config)).requiresReplace;
    expect(await replaced(onTile({ tile_id: 't2' }))).toEqual([['tile_id']]);
    expect(await replaced(onTile({ tile_id: new Unknown() }))).toEqual([['tile_id']]);
    expect(await replaced(onTile({ dashboard_id: 'd2', tile_id: 't2' }))).toEqual([['dashboard_id'], ['tile_id']]);
    expect(await replaced(onSearch())).toEqual([['dashboard_id'], ['tile_id']]);
    expect(await replaced(onTile({ threshold: 6 }))).toEqual([]);
    expect(await replaced(onTile({}), { ...prior, dashboard_id: null, tile_id: null, saved_search_id: 's1' })).toEqual([]);
  });

  describe('the API body', () => {
    const current = (fields: Partial<Alert>): Alert => ({ id: 'a1', source: 'saved_search', threshold: 5, thresholdType: 'above', interval: '5m', ...fields });

    it('sends thresholdMax only for ranges, and omits unset optionals so that PUT nulls them', () => {
      const body = alertToApi(onSearch({}), 'oss');
      expect(body).toEqual({
        source: 'saved_search', savedSearchId: 's1', threshold: 5, thresholdType: 'above', interval: '5m',
        channel: { type: 'webhook', webhookId: SEED_IDS.webhook }, channels: [{ type: 'webhook', webhookId: SEED_IDS.webhook }],
      });
      expect(alertToApi(onSearch({ threshold_type: 'between', threshold_max: 9 }), 'cloud')).toMatchObject({ thresholdMax: 9 });
      expect(alertToApi(onSearch({}), 'cloud')).not.toHaveProperty('channels');
    });

    it('clears a stored groupBy with "" (null is refused) and a stored start time with null', () => {
      const body = alertToApi(onSearch({ schedule_offset_minutes: 0 }), 'oss', current({ groupBy: 'ServiceName', scheduleStartAt: '2026-01-01T00:00:00.000Z' }));
      expect(body).toMatchObject({ groupBy: '', scheduleStartAt: null });
      expect(body).not.toHaveProperty('scheduleOffsetMinutes');
    });

    it('sets the offset explicitly on update, zeroes a stale one beside a start time, and needs a second PUT after clearing a start time', () => {
      expect(alertToApi(onSearch({ schedule_offset_minutes: 0 }), 'oss', current({ scheduleOffsetMinutes: 3 }))).toMatchObject({ scheduleOffsetMinutes: 0 });
      const anchored = alertToApi(onSearch({ schedule_start_at: '2026-01-01T00:00:00Z', schedule_offset_minutes: 0 }), 'oss', current({ scheduleOffsetMinutes: 3 }));
      expect(anchored).toMatchObject({ scheduleStartAt: '2026-01-01T00:00:00Z', scheduleOffsetMinutes: 0 });
      const planned = onSearch({ schedule_offset_minutes: 2 });
      const body = alertToApi(planned, 'oss', current({ scheduleStartAt: '2026-01-01T00:00:00.000Z' }));
      expect(needsOffsetAfterClearing(body, planned)).toBe(true);
      expect(needsOffsetAfterClearing(alertToApi(planned, 'oss', current({})), planned)).toBe(false);
    });

    it('reads what the server keeps but no longer uses as unset', () => {
      const state = alertFromApi(current({ thresholdMax: 10, groupBy: '', scheduleOffsetMinutes: undefined, channel: { type: 'email', emailRecipients: ['a@b.c'] } }), null);
      expect(state).toMatchObject({ threshold_max: null, group_by: null, schedule_offset_minutes: 0, execution_errors: [] });
      expect(state.channels).toEqual([{ webhook_id: null, email_recipients: ['a@b.c'], webhook_service: null, slack_channel_id: null, severity: null }]);
    });
  });
});

describe.each(['oss', 'cloud'] as const)('clickstack_alert against the %s emulator', (flavor) => {
  let emulator: EmulatorHandle;
  let client: ClickStackClient;
  const lifecycle = clickstackHarness(() => client).resource('clickstack_alert');
  let dashboardId: string;
  let errorsTileId: string;
  let searchId: string;

  const tileTiles = [
    { name: 'Errors', x: 0, y: 0, w: 6, h: 3, config: { displayType: 'line', sourceId: SEED_IDS.logSource, select: [{ aggFn: 'count' }] } },
    { name: 'Notes', x: 6, y: 0, w: 6, h: 3, config: { displayType: 'markdown', markdown: 'x' } },
  ];

  beforeAll(async () => {
    emulator = await startEmulator({ flavor, rateLimit: false });
    client = emulatorClient(emulator, flavor);
    const dashboard = await client.dashboards.create({ name: 'Alerts test', tiles: tileTiles } as never);
    dashboardId = dashboard.id;
    errorsTileId = dashboard.tiles[0].id!;
    searchId = (await client.savedSearches.create({ name: 'Errors', sourceId: SEED_IDS.logSource, where: 'level:error' })).id;
  });
  afterAll(async () => {
    await client.close();
    await emulator.close();
  });

  const onTile = (extra: { [name: string]: unknown } = {}) =>
    alert({ dashboard_id: dashboardId, tile_id: errorsTileId, threshold: 10, threshold_type: 'above', interval: '15m', channels: toWebhook(), name: 'Error spike', message: 'Too many errors', ...extra });
  const stored = (state: TfObject) => client.alerts.get(String(state.id));

  it('creates a tile alert, plans no changes, and refreshes to the same state with the server-owned attributes', async () => {
    const state = await lifecycle.apply(null, onTile({ note: '# Runbook', num_consecutive_windows: 2 }));
    expect(state).toMatchObject({ state: 'OK', silenced: null, execution_errors: [], schedule_offset_minutes: 0 });
    const refreshed = (await lifecycle.refresh(state))!;
    expect(differences(state, refreshed)).toEqual([]);
    const { planned } = await lifecycle.plan(refreshed, onTile({ note: '# Runbook', num_consecutive_windows: 2 }));
    expect(differences(refreshed, planned!)).toEqual([]);
  });

  it('clears threshold_max on a switch from between to above, with no diff afterwards', async () => {
    const state = await lifecycle.apply(null, onTile({ threshold_type: 'between', threshold_max: 50 }));
    expect(state.threshold_max).toBe(50);
    const above = await lifecycle.apply(state, onTile());
    expect(above.threshold_max).toBeNull();
    const refreshed = (await lifecycle.refresh(above))!;
    expect(differences(above, refreshed)).toEqual([]);
    // The server keeps the stale bound (its PUT refuses null); it no longer means anything, and is sent again on a switch back.
    const back = await lifecycle.apply(refreshed, onTile({ threshold_type: 'not_between', threshold_max: 70 }));
    expect((await stored(back)).thresholdMax).toBe(70);
  });

  it('removes a start time, then moves from a start time to an offset (a second PUT, as clearing forces the offset to 0)', async () => {
    const state = await lifecycle.apply(null, onTile({ schedule_start_at: '2026-06-01T00:00:00Z' }));
    expect(state.schedule_start_at).toBe('2026-06-01T00:00:00Z');
    expect((await stored(state)).scheduleStartAt).toBe('2026-06-01T00:00:00.000Z');
    const removed = await lifecycle.apply(state, onTile());
    expect(removed).toMatchObject({ schedule_start_at: null, schedule_offset_minutes: 0 });
    expect((await stored(removed)).scheduleStartAt ?? null).toBeNull();

    const anchored = await lifecycle.apply(removed, onTile({ schedule_start_at: '2026-06-01T00:00:00Z' }));
    const offset = await lifecycle.apply(anchored, onTile({ schedule_offset_minutes: 7 }));
    expect(offset).toMatchObject({ schedule_start_at: null, schedule_offset_minutes: 7 });
    expect(await stored(offset)).toMatchObject({ scheduleOffsetMinutes: 7 });
    expect(differences(offset, (await lifecycle.refresh(offset))!)).toEqual([]);
  });

  it('nulls removed name, message, note and consecutive windows', async () => {
    const state = await lifecycle.apply(null, onTile({ note: 'n', num_consecutive_windows: 3 }));
    const bare = await lifecycle.apply(state, onTile({ name: null, message: null }));
    expect(await stored(bare)).toMatchObject({ name: null, message: null, note: null, numConsecutiveWindows: null });
  });

  it('moves from a saved search to a tile in place, clears a removed group_by, and is replaced when it leaves the tile', async () => {
    const searchConfig = onTile({ dashboard_id: null, tile_id: null, saved_search_id: searchId, group_by: 'ServiceName' });
    const state = await lifecycle.apply(null, searchConfig);
    expect(state).toMatchObject({ saved_search_id: searchId, group_by: 'ServiceName', dashboard_id: null, tile_id: null });
    const ungrouped = await lifecycle.apply(state, { ...searchConfig, group_by: null });
    expect(ungrouped.group_by).toBeNull();
    expect(differences(ungrouped, (await lifecycle.refresh(ungrouped))!)).toEqual([]);
    expect((await lifecycle.plan(ungrouped, onTile())).requiresReplace).toEqual([]);
    const onTileState = await lifecycle.apply(ungrouped, onTile());
    expect(onTileState.id).toBe(state.id);
    expect((await stored(onTileState)).source).toBe('tile');
    expect((await lifecycle.plan(onTileState, searchConfig)).requiresReplace).toEqual([['dashboard_id'], ['tile_id']]);
  });

  it('survives the rename of its tile without a key: replaced, so destroyed before the dashboard update and created after', async () => {
    const dashboard = await client.dashboards.create({ name: 'Rename', tiles: tileTiles } as never);
    const state = await lifecycle.apply(null, onTile({ dashboard_id: dashboard.id, tile_id: dashboard.tiles[0].id }));
    // The renamed tile has no id until the dashboard update: the alert's tile_id is unknown in the plan.
    const { requiresReplace } = await lifecycle.plan(state, onTile({ dashboard_id: dashboard.id, tile_id: new Unknown() }));
    expect(requiresReplace).toEqual([['tile_id']]);
    // Terraform's order for that plan: the alert's destroy, the dashboard update (a new tile id), the alert's create.
    expect(await lifecycle.destroy(state)).toEqual([]);
    const renamed = [{ ...tileTiles[0], name: 'Errors (all services)' }, dashboard.tiles[1]];
    const updated = await client.dashboards.update(dashboard.id, { name: 'Rename', tiles: renamed } as never);
    const recreated = await lifecycle.apply(null, onTile({ dashboard_id: dashboard.id, tile_id: updated.tiles[0].id }));
    expect((await stored(recreated)).tileId).toBe(updated.tiles[0].id);
  });

  it('reads as gone once a dashboard update deletes its tile (the server cascades), and once its saved search is deleted', async () => {
    const dashboard = await client.dashboards.create({ name: 'Cascade', tiles: tileTiles } as never);
    const state = await lifecycle.apply(null, onTile({ dashboard_id: dashboard.id, tile_id: dashboard.tiles[0].id }));
    await client.dashboards.update(dashboard.id, { name: 'Cascade', tiles: [dashboard.tiles[1]] } as never);
    expect(await lifecycle.refresh(state)).toBeNull();

    const search = await client.savedSearches.create({ name: 'Doomed', sourceId: SEED_IDS.logSource });
    const onDoomed = await lifecycle.apply(null, onTile({ dashboard_id: null, tile_id: null, saved_search_id: search.id }));
    await client.savedSearches.delete(search.id);
    expect(await lifecycle.refresh(onDoomed)).toBeNull();
    expect(await lifecycle.destroy(onDoomed)).toEqual([]);
  });

  it('shows a threshold changed through the API as drift, and only that', async () => {
    const state = await lifecycle.apply(null, onTile());
    const current = await stored(state);
    await client.alerts.update(String(state.id), { ...current, threshold: 99 });
    const refreshed = (await lifecycle.refresh(state))!;
    const { planned } = await lifecycle.plan(refreshed, onTile());
    expect(differences(refreshed, planned!).filter((line) => !line.includes('known after apply'))).toEqual(['.threshold: 99 -> 10']);
  });

  it('imports by id into a state that plans no changes against the generated configuration', async () => {
    const state = await lifecycle.apply(null, onTile({ schedule_start_at: '2026-06-01T00:00:00Z', threshold_type: 'between', threshold_max: 20 }));
    const imported = (await lifecycle.import(String(state.id)))!;
    const { planned, diagnostics } = await lifecycle.plan(imported, generatedConfig(alertAttributes, imported));
    expect(diagnostics).toEqual([]);
    expect(differences(imported, planned!)).toEqual([]);
  });

  it('drops an alert deleted behind its back, and deleting what is gone succeeds', async () => {
    const state = await lifecycle.apply(null, onTile());
    await client.alerts.delete(String(state.id));
    expect(await lifecycle.refresh(state)).toBeNull();
    expect(await lifecycle.destroy(state)).toEqual([]);
  });

  it('reports what the server rejects with its message', async () => {
    const { planned } = await lifecycle.plan(null, onTile({ tile_id: '000000000000000000000000' }));
    const { state, diagnostics } = await lifecycle.applyPlanned(null, planned!, planned!);
    expect(state).toBeNull();
    expect(diagnostics).toEqual([{ severity: 'error', summary: 'Could not create alert', detail: expect.stringContaining('Tile not found') }]);
  });

  if (flavor === 'oss') {
    it('notifies several webhooks, in order, and collapses to one without a stale second', async () => {
      const second = await client.webhooks.create({ name: 'Second', service: 'generic', url: 'https://example.com/second' });
      const state = await lifecycle.apply(null, onTile({ channels: [...toWebhook(), ...toWebhook(second.id)] }));
      expect((await stored(state)).channels!.map((c) => c.webhookId)).toEqual([SEED_IDS.webhook, second.id]);
      const single = await lifecycle.apply(state, onTile());
      expect((await stored(single)).channels).toEqual([{ type: 'webhook', webhookId: SEED_IDS.webhook }]);
    });
  } else {
    it('notifies email recipients, and moves from email to a webhook with its Cloud settings', async () => {
      const email = [channel({ email_recipients: ['oncall@example.com'] })];
      const state = await lifecycle.apply(null, onTile({ channels: email }));
      expect((await stored(state)).channel).toEqual({ type: 'email', emailRecipients: ['oncall@example.com'] });
      const webhook = [channel({ webhook_id: SEED_IDS.webhook, webhook_service: 'slack_api', slack_channel_id: 'C0123' })];
      const moved = await lifecycle.apply(state, onTile({ channels: webhook }));
      expect(differences(moved, (await lifecycle.refresh(moved))!)).toEqual([]);
      expect((await stored(moved)).channel).toEqual({ type: 'webhook', webhookId: SEED_IDS.webhook, webhookService: 'slack_api', slackChannelId: 'C0123' });
    });
  }
});
