// clickstack_dashboard: what the server fills in, leaves out or echoes plans as no change; an edit made outside
// Terraform still shows.
import { valuesEqual } from '../../runtime/plan';
import { type TfObject, Unknown } from '../../runtime/types';
import { CONNECTION, dashboard, plan, SOURCE, tile } from '../../../test/support/dashboards';
import { dashboardFromApi } from './documents';

describe('normalization', () => {
  const config = dashboard({
    name: 'D',
    line_tiles: [tile('line', 'Errors', { source_id: SOURCE, select: [{ agg_fn: 'count' }] })],
    containers: [{ id: 'c', title: 'C' }],
  });
  /** What the server stores and echoes for `config`. */
  const echoedApi = (changes: (tile: Record<string, any>, api: Record<string, any>) => void = () => undefined) => {
    const line = { displayType: 'line', sourceId: SOURCE, select: [{ aggFn: 'count', valueExpression: '', where: '', whereLanguage: 'lucene' }], asRatio: false, fillNulls: true };
    const api = {
      id: 'd1', name: 'D', tiles: [{ id: 't1', name: 'Errors', x: 0, y: 0, w: 6, h: 4, config: line }],
      tags: [], filters: [], savedQuery: null, savedQueryLanguage: null, savedFilterValues: [], containers: [{ id: 'c', title: 'C', collapsed: false }],
    };
    changes(api.tiles[0].config, api);
    return api;
  };
  const echo = (changes?: (tile: Record<string, any>, api: Record<string, any>) => void, known: TfObject = config) => dashboardFromApi(echoedApi(changes), known);

  it('plans exactly what the server echoes for unset attributes: no diff after create', async () => {
    const { planned } = await plan(config);
    expect(planned!.tags).toEqual([]);
    expect(valuesEqual({ ...planned!, id: 'd1', line_tiles: (planned!.line_tiles as TfObject[]).map((t) => ({ ...t, id: 't1' })), tile_ids: { Errors: 't1' } }, echo())).toBe(true);
    const again = await plan(config, echo());
    expect(valuesEqual(again.planned!, echo())).toBe(true);
  });

  it('reads the server leaving containers out as no containers', async () => {
    const withoutContainers = { ...config, containers: null };
    const state = echo((_, api) => delete api.containers);
    expect(state.containers).toEqual([]);
    expect(valuesEqual((await plan(withoutContainers, state)).planned!, state)).toBe(true);
  });

  it('reads a container stored with `tabs: []` as the configuration leaves it: unset on import, `[]` where the state says `[]`', async () => {
    const emptyTabs = (_: unknown, api: Record<string, any>) => void (api.containers[0].tabs = []);
    const imported = dashboardFromApi({ ...echoedApi(emptyTabs), id: 'd1' });
    expect((imported.containers as TfObject[])[0].tabs).toBeNull();
    expect(valuesEqual((await plan(config, imported)).planned!, imported)).toBe(true);
    const withEmptyTabs = { ...config, containers: [{ id: 'c', title: 'C', tabs: [] }] };
    const state = echo(emptyTabs, withEmptyTabs);
    expect((state.containers as TfObject[])[0].tabs).toEqual([]);
    expect((echo(undefined, withEmptyTabs).containers as TfObject[])[0].tabs).toEqual([]);
    expect(valuesEqual((await plan(withEmptyTabs, state)).planned!, state)).toBe(true);
  });

  it('shows tabs added outside Terraform to a container without tabs', async () => {
    const state = echo((_, api) => void (api.containers[0].tabs = [{ id: 't', title: 'T' }]));
    expect(valuesEqual((await plan(config, state)).planned!.containers, state.containers)).toBe(false);
  });

  it.each([
    ['fill_nulls turned off', (c: Record<string, any>) => void (c.fillNulls = false), '.line_tiles[0].fill_nulls'],
    ['a select where', (c: Record<string, any>) => void (c.select[0].where = 'level:error'), '.line_tiles[0].select[0].where'],
    ['a select language', (c: Record<string, any>) => void (c.select[0].whereLanguage = 'sql'), '.line_tiles[0].select[0].where_language'],
    ['as_ratio turned on', (c: Record<string, any>) => void (c.asRatio = true), '.line_tiles[0].as_ratio'],
    ['a count turned into a sum', (c: Record<string, any>) => void Object.assign(c.select[0], { aggFn: 'sum', valueExpression: 'x' }), '.line_tiles[0].select[0].agg_fn'],
    ['a tag added', (_: unknown, api: Record<string, any>) => void (api.tags = ['new']), '.tags'],
    ['a container collapsed', (_: unknown, api: Record<string, any>) => void (api.containers[0].collapsed = true), '.containers[0].collapsed'],
    ['a saved query language', (_: unknown, api: Record<string, any>) => void (api.savedQueryLanguage = 'sql'), '.saved_query_language'],
    ['the tile moved', (_: unknown, api: Record<string, any>) => void (api.tiles[0].x = 3), '.line_tiles[0].x'],
  ])('shows an edit made outside Terraform: %s', async (_name, change, path) => {
    const state = echo(change);
    const { planned } = await plan(config, state);
    const [segments] = [path.split(/\.|\[|\]/).filter(Boolean).map((s) => (/^\d+$/.test(s) ? Number(s) : s))];
    const at = (value: TfObject) => segments.reduce<unknown>((v, s) => (v as Record<string | number, unknown>)[s], value);
    expect(valuesEqual(at(state) as never, at(planned!) as never)).toBe(false);
  });

  it.each(['sql_line', 'sql_stacked_bar'])('plans fill_nulls of a %s tile as the server stores it: true when unset', async (type) => {
    const raw = dashboard({ name: 'D', [`${type}_tiles`]: [tile(type, 'Raw', { connection_id: CONNECTION, sql_template: 'SELECT 1' })] });
    const { planned } = await plan(raw);
    expect((planned![`${type}_tiles`] as TfObject[])[0].fill_nulls).toBe(true);
  });

  it('reads an empty value_expression on a count select as unset, and does not hide one on a non-count select', () => {
    expect((echo().line_tiles as TfObject[])[0].select).toEqual([expect.objectContaining({ agg_fn: 'count', value_expression: null })]);
    const state = echo((c) => Object.assign(c.select[0], { aggFn: 'sum', valueExpression: '' }));
    expect((state.line_tiles as TfObject[])[0].select).toEqual([expect.objectContaining({ agg_fn: 'sum', value_expression: '' })]);
  });

  it('plans saved_query_language as the server stores it', async () => {
    expect((await plan({ ...config, saved_query: 'a:b' })).planned!.saved_query_language).toBe('lucene');
    expect((await plan({ ...config, saved_query: '' })).planned!.saved_query_language).toBeNull();
    expect((await plan({ ...config, saved_query: 'a', saved_query_language: 'sql' })).planned!.saved_query_language).toBe('sql');
    expect((await plan({ ...config, saved_query: new Unknown() })).planned!.saved_query_language).toBeInstanceOf(Unknown);
  });
});
