// Wire-level tests: the dashboard resource driven through a Terraform-like lifecycle (validate, plan,
// apply, refresh, import) against the in-process emulator with a real client, for both flavors.
import { SEED_IDS } from '../../../emulator';
import { valuesEqual } from '../../runtime/plan';
import { type TfObject, Unknown } from '../../runtime/types';
import { clickstackHarness } from '../../../test/support/clickstack';
import { FLAVORS, useEmulator } from '../../../test/support/emulator-clients';
import { complete } from '../../../test/support/objects';
import { dashboard, placedTile, serviceHealthConfig } from '../../../test/support/dashboards';
import { differences, generatedConfig } from '../../../test/support/terraform-rules';
import { dashboardAttributes } from './schema';
import { editLikeTheUi } from '../../../test/support/ui-edit';

describe.each(FLAVORS)('clickstack_dashboard against the %s emulator', (flavor) => {
  const suite = useEmulator(flavor);

  const harness = clickstackHarness(() => suite.client);
  const dashboards = harness.resource('clickstack_dashboard');
  const plan = (prior: TfObject | null, config: TfObject) => dashboards.plan(prior, config);
  const apply = (prior: TfObject | null, config: TfObject) => dashboards.apply(prior, config);
  const refresh = (state: TfObject) => dashboards.refresh(state);
  /** An alert made on the server on a tile of a dashboard, as the UI makes one. */
  const alertOn = (dashboardId: string, tileId: string, name?: string) =>
    suite.client.alerts.create({
      source: 'tile',
      dashboardId,
      tileId,
      threshold: 10,
      thresholdType: 'above',
      interval: '5m',
      channel: { type: 'webhook', webhookId: SEED_IDS.webhook },
      ...(name ? { name } : {}),
    } as never);

  it('creates, then plans no changes, refreshes to the same state, and defaults come back as planned', async () => {
    const config = serviceHealthConfig();
    const { planned } = await plan(null, config);
    expect(planned!.tile_ids).toEqual({ Errors: expect.any(Unknown), Latency: expect.any(Unknown), 'Top services': expect.any(Unknown), Notes: expect.any(Unknown), search: expect.any(Unknown), Raw: expect.any(Unknown) });
    const state = await apply(null, config);
    expect(state.saved_query_language).toBe('lucene');
    expect(state.tags).toEqual(['prod']);
    const refreshed = await refresh(state);
    expect(valuesEqual(refreshed!, state)).toBe(true);
    const again = await plan(refreshed, config);
    expect(differences(refreshed!, again.planned!)).toEqual([]);
    // In the order the tiles are sent and read: by type, in the order of the schema.
    expect(Object.keys(state.tile_ids as TfObject)).toEqual(['Errors', 'Top services', 'Latency', 'search', 'Notes', 'Raw']);
  });

  it('keeps a tile alert through an update that reorders tiles and adds one; existing tile ids are known at plan time', async () => {
    const state = await apply(null, serviceHealthConfig());
    const errorsId = (state.tile_ids as TfObject).Errors as string;
    const alert = await alertOn(state.id as string, errorsId);
    const reordered = serviceHealthConfig();
    reordered.line_tiles = [placedTile('Warnings', 0, { source_id: SEED_IDS.logSource, select: [{ agg_fn: 'count' }] }), ...(reordered.line_tiles as TfObject[])];
    reordered.markdown_tiles = [...(reordered.markdown_tiles as TfObject[]), placedTile('New', 0, { text: 'new' })];
    const { planned } = await plan(state, complete(dashboardAttributes, reordered));
    expect((planned!.tile_ids as TfObject).Errors).toBe(errorsId);
    expect((planned!.tile_ids as TfObject).New).toBeInstanceOf(Unknown);
    const updated = await apply(state, complete(dashboardAttributes, reordered));
    expect((updated.tile_ids as TfObject).Errors).toBe(errorsId);
    expect((updated.line_tiles as TfObject[]).map((t) => [t.name, t.id])).toEqual([['Warnings', expect.any(String)], ['Errors', errorsId]]);
    const kept = await suite.client.alerts.get(alert.id);
    expect(kept.tileId).toBe(errorsId);
  });

  it('shows an edit made through the API as a difference, and only that edit', async () => {
    const config = serviceHealthConfig();
    const state = await apply(null, config);
    await editLikeTheUi(suite.emulator, flavor, 'dashboards', state.id as string, (current) => {
      current.tiles.find((tile: { name: string }) => tile.name === 'Errors').config.fillNulls = false;
      current.tags = ['prod', 'edited-in-ui'];
    });
    const refreshed = (await refresh(state))!;
    expect(refreshed.tags).toEqual(['prod', 'edited-in-ui']);
    expect((refreshed.line_tiles as TfObject[])[0].fill_nulls).toBe(false);
    const { planned } = await plan(refreshed, config);
    expect(differences(refreshed, planned!)).toEqual(['.tags: ["prod","edited-in-ui"] -> ["prod"]', '.line_tiles[0].fill_nulls: false -> true']);
    const restored = await apply(refreshed, config);
    expect(restored.tags).toEqual(['prod']);
  });

  it('carries filter ids across updates and mints placeholders for new filters', async () => {
    const state = await apply(null, serviceHealthConfig());
    const serviceFilterId = (state.filters as TfObject[])[0].id;
    const config = serviceHealthConfig();
    config.filters = [
      complete(dashboardAttributes.filters.nested!.attributes, { name: 'Severity', expression: 'SeverityText', source_id: SEED_IDS.logSource }),
      ...(config.filters as TfObject[]),
    ];
    const updated = await apply(state, config);
    const filters = updated.filters as TfObject[];
    expect(filters.map((f) => f.name)).toEqual(['Severity', 'Service']);
    expect(filters[1].id).toBe(serviceFilterId);
    expect(filters[0].id).toMatch(/^[0-9a-f]{24}$/);
    const cleared = serviceHealthConfig();
    cleared.filters = null;
    cleared.saved_query = null;
    const emptied = await apply(updated, cleared);
    expect(emptied.filters).toEqual([]);
    expect(emptied.saved_query).toBeNull();
    expect(emptied.saved_query_language).toBeNull();
  });

  it('names, in the warning of a plan that renames a tile without a key, the alerts ClickStack would delete with it', async () => {
    const state = await apply(null, serviceHealthConfig());
    const errorsId = (state.tile_ids as TfObject).Errors as string;
    const [named, unnamed] = [await alertOn(state.id as string, errorsId, 'Error spike'), await alertOn(state.id as string, errorsId)];
    const renamed = serviceHealthConfig();
    renamed.line_tiles = (renamed.line_tiles as TfObject[]).map((tile) => (tile.name === 'Errors' ? { ...tile, name: 'Error rate' } : tile));
    const { diagnostics } = await plan(state, complete(dashboardAttributes, renamed));
    expect(diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        summary: 'Tiles will get new ids',
        detail: expect.stringContaining(
          `"Errors". ClickStack deletes the alerts of these tiles: "Error spike" (id ${named.id}) on "Errors", an unnamed alert (id ${unnamed.id}) on "Errors".`,
        ),
      }),
    ]);
  });

  it('imports by id into a state that plans no changes against the generated configuration', async () => {
    const created = await apply(null, serviceHealthConfig());
    const state = (await dashboards.import(created.id as string))!;
    const config = generatedConfig(dashboardAttributes, state);
    const { planned, diagnostics } = await plan(state, config);
    expect(diagnostics).toEqual([]);
    expect(differences(state, planned!)).toEqual([]);
  });

  it('imports a UI dashboard with untitled tiles of mixed types in any order and filters sharing a name, and keeps their ids through an update', async () => {
    const untitled = (x: number, config: object) => ({ name: '', x, y: 0, w: 6, h: 3, config });
    const markdown = (text: string) => untitled(0, { displayType: 'markdown', markdown: text });
    const search = untitled(6, { displayType: 'search', sourceId: SEED_IDS.logSource, select: 'Body' });
    const filter = (expression: string) => ({ type: 'QUERY_EXPRESSION', name: 'Service', expression, sourceId: SEED_IDS.logSource });
    const created = await suite.client.dashboards.create({
      name: 'From the UI',
      tiles: [markdown('a'), search, markdown('b')],
      filters: [filter('a'), filter('b')],
    } as never);
    const [a, s, b] = created.tiles.map((t) => t.id);
    const state = (await dashboards.import(created.id))!;
    expect(state.tile_ids).toEqual({});
    expect([(state.search_tiles as TfObject[]).map((t) => t.id), (state.markdown_tiles as TfObject[]).map((t) => t.id)]).toEqual([[s], [a, b]]);
    const config = generatedConfig(dashboardAttributes, state);
    const { planned, diagnostics } = await plan(state, config);
    expect(diagnostics).toEqual([]);
    expect(differences(state, planned!)).toEqual([]);

    const moved = { ...config, markdown_tiles: (config.markdown_tiles as TfObject[]).map((t, i) => ({ ...t, y: i + 1 })) };
    const updated = await apply(state, moved);
    expect([(updated.search_tiles as TfObject[]).map((t) => t.id), (updated.markdown_tiles as TfObject[]).map((t) => t.id)]).toEqual([[s], [a, b]]);
    expect((await suite.client.dashboards.get(created.id)).tiles.map((t) => t.id)).toEqual([s, a, b]);
    expect((updated.filters as TfObject[]).map((f) => f.id)).toEqual(created.filters!.map((f) => f.id));
    expect(differences(updated, (await plan(updated, moved)).planned!)).toEqual([]);
  });

  it('imports with ?tile_keys=name into a state keyed by the tile names (shared and empty ones deduplicated), which a configuration with those keys plans without change, and through a rename', async () => {
    const tile = (name: string, x: number, config: object) => ({ name, x, y: 0, w: 4, h: 3, config });
    const created = await suite.client.dashboards.create({
      name: 'Keyed on import',
      tiles: [
        tile('Notes', 0, { displayType: 'markdown', markdown: 'a' }),
        tile('Notes', 4, { displayType: 'search', sourceId: SEED_IDS.logSource, select: 'Body' }),
        tile('', 8, { displayType: 'markdown', markdown: 'b' }),
      ],
    } as never);
    const [markdown, search, untitled] = created.tiles.map((t) => t.id);
    const state = (await dashboards.import(`${created.id}?tile_keys=name`))!;
    expect(state.id).toBe(created.id);
    // In the order of the tile lists: the search tiles' list comes before the markdown tiles'.
    expect(state.tile_ids).toEqual({ Notes: search, 'Notes 2': markdown, Untitled: untitled });
    const config = generatedConfig(dashboardAttributes, state);
    expect((config.markdown_tiles as TfObject[]).map((t) => t.key)).toEqual(['Notes 2', 'Untitled']);
    expect(differences(state, (await plan(state, config)).planned!)).toEqual([]);

    const renamed = { ...config, search_tiles: (config.search_tiles as TfObject[]).map((t) => ({ ...t, name: 'Log lines', x: 12, w: 6 })) };
    const updated = await apply(state, renamed);
    expect(updated.tile_ids).toEqual({ Notes: search, 'Notes 2': markdown, Untitled: untitled });
    const onServer = (await suite.client.dashboards.get(created.id)).tiles;
    expect(Object.fromEntries(onServer.map((t) => [t.id, t.name]))).toEqual({ [markdown]: 'Notes', [search]: 'Log lines', [untitled]: '' });
  });

  it('refuses an import id of another form', async () => {
    await expect(dashboards.import('d1?tile_keys=title')).rejects.toThrow('Expected \\"<dashboard id>\\", or \\"<dashboard id>?tile_keys=name\\"');
  });

  it('drops a dashboard deleted behind its back, and deleting what is gone succeeds', async () => {
    const state = await apply(null, serviceHealthConfig());
    await suite.client.dashboards.delete(state.id as string);
    expect(await refresh(state)).toBeNull();
    expect(await dashboards.destroy(state)).toEqual([]);
  });

  it('reports what the server validate endpoint rejects at the attribute it names', async () => {
    const config = dashboard({
      name: 'Bad source',
      heatmap_tiles: [placedTile('Heat', 0, { source_id: '000000000000000000000000', select: [{ value_expression: 'Duration' }] })],
    });
    const { diagnostics } = await plan(null, config);
    expect(diagnostics).toEqual([
      { severity: 'error', summary: 'ClickStack rejects this dashboard', detail: expect.stringContaining('000000000000000000000000') },
    ]);
  });

  it(flavor === 'cloud' ? 'refuses OSS-only attributes at plan time, naming them' : 'accepts OSS-only attributes', async () => {
    const config = serviceHealthConfig();
    (config.line_tiles as TfObject[])[0].series_limit = 5;
    (config.filters as TfObject[])[0].is_variable_enabled = true;
    const { diagnostics } = await plan(null, config);
    if (flavor === 'oss') {
      expect(diagnostics).toEqual([]);
      const state = await apply(null, config);
      expect((state.line_tiles as TfObject[])[0].series_limit).toBe(5);
    } else {
      expect(diagnostics.map((d) => [d.summary, d.path])).toEqual([
        ['Not available on Managed ClickStack', ['line_tiles', 0, 'series_limit']],
        ['Not available on Managed ClickStack', ['filters', 0, 'is_variable_enabled']],
      ]);
    }
  });
});
