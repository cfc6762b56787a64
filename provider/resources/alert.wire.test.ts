// clickstack_alert against the emulator of both flavors: PUT semantics, tile and saved-search targets, cascades,
// flavor-specific channels, import, drift.
import { SEED_IDS } from '../../emulator';
import { type TfObject, Unknown } from '../runtime/types';
import { alertAttributes } from './alert';
import { clickstackHarness } from '../../test/support/clickstack';
import { FLAVORS, useEmulator } from '../../test/support/emulator-clients';
import { differences, generatedConfig } from '../../test/support/terraform-rules';
import { alert, channel, toWebhook } from '../../test/support/alerts';
import { editLikeTheUi } from '../../test/support/ui-edit';

describe.each(FLAVORS)('clickstack_alert against the %s emulator', (flavor) => {
  const suite = useEmulator(flavor);
  const lifecycle = clickstackHarness(() => suite.client).resource('clickstack_alert');
  let dashboardId: string;
  let errorsTileId: string;
  let searchId: string;

  const tileTiles = [
    { name: 'Errors', x: 0, y: 0, w: 6, h: 3, config: { displayType: 'line', sourceId: SEED_IDS.logSource, select: [{ aggFn: 'count' }] } },
    { name: 'Notes', x: 6, y: 0, w: 6, h: 3, config: { displayType: 'markdown', markdown: 'x' } },
  ];

  beforeAll(async () => {
    const dashboard = await suite.client.dashboards.create({ name: 'Alerts test', tiles: tileTiles } as never);
    dashboardId = dashboard.id;
    errorsTileId = dashboard.tiles[0].id!;
    searchId = (await suite.client.savedSearches.create({ name: 'Errors', sourceId: SEED_IDS.logSource, where: 'level:error' })).id;
  });

  const onTile = (extra: { [name: string]: unknown } = {}) =>
    alert({ dashboard_id: dashboardId, tile_id: errorsTileId, threshold: 10, threshold_type: 'above', interval: '15m', channels: toWebhook(), name: 'Error spike', message: 'Too many errors', ...extra });
  const stored = (state: TfObject) => suite.client.alerts.get(String(state.id));

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
    const dashboard = await suite.client.dashboards.create({ name: 'Rename', tiles: tileTiles } as never);
    const state = await lifecycle.apply(null, onTile({ dashboard_id: dashboard.id, tile_id: dashboard.tiles[0].id }));
    // The renamed tile has no id until the dashboard update: the alert's tile_id is unknown in the plan.
    const { requiresReplace } = await lifecycle.plan(state, onTile({ dashboard_id: dashboard.id, tile_id: new Unknown() }));
    expect(requiresReplace).toEqual([['tile_id']]);
    // Terraform's order for that plan: the alert's destroy, the dashboard update (a new tile id), the alert's create.
    expect(await lifecycle.destroy(state)).toEqual([]);
    const updated = await editLikeTheUi(suite.emulator, flavor, 'dashboards', dashboard.id, (current) => {
      current.tiles[0] = { ...current.tiles[0], id: undefined, name: 'Errors (all services)' };
    });
    const recreated = await lifecycle.apply(null, onTile({ dashboard_id: dashboard.id, tile_id: updated.tiles[0].id }));
    expect((await stored(recreated)).tileId).toBe(updated.tiles[0].id);
  });

  it('reads as gone once a dashboard update deletes its tile (the server cascades), and once its saved search is deleted', async () => {
    const dashboard = await suite.client.dashboards.create({ name: 'Cascade', tiles: tileTiles } as never);
    const state = await lifecycle.apply(null, onTile({ dashboard_id: dashboard.id, tile_id: dashboard.tiles[0].id }));
    await editLikeTheUi(suite.emulator, flavor, 'dashboards', dashboard.id, (current) => void current.tiles.splice(0, 1));
    expect(await lifecycle.refresh(state)).toBeNull();

    const search = await suite.client.savedSearches.create({ name: 'Doomed', sourceId: SEED_IDS.logSource });
    const onDoomed = await lifecycle.apply(null, onTile({ dashboard_id: null, tile_id: null, saved_search_id: search.id }));
    await suite.client.savedSearches.delete(search.id);
    expect(await lifecycle.refresh(onDoomed)).toBeNull();
    expect(await lifecycle.destroy(onDoomed)).toEqual([]);
  });

  it('shows a threshold changed through the API as drift, and only that', async () => {
    const state = await lifecycle.apply(null, onTile());
    await editLikeTheUi(suite.emulator, flavor, 'alerts', String(state.id), (current) => void (current.threshold = 99));
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
    await suite.client.alerts.delete(String(state.id));
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
      const second = await suite.client.webhooks.create({ name: 'Second', service: 'generic', url: 'https://example.com/second' });
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
