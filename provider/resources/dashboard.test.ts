import type { ClickStackClient } from '../client';
import {
  AbortedError,
  AuthError,
  ConflictError,
  EndpointUnavailableError,
  NetworkError,
  NotFoundError,
  RateLimitedError,
  ServerError,
  UnexpectedResponseError,
} from '../client';
import { valuesEqual } from '../runtime/plan';
import { asObject, type Attributes, type TfObject, Unknown } from '../runtime/types';
import { callContext } from '../../test/support/call-context';
import { clickstackHarness } from '../../test/support/clickstack';
import { complete } from '../../test/support/objects';
import { attributePathOf, dashboardAttributes, dashboardFromApi, dashboardResource, dashboardToApi } from './dashboard';
import { VARIANTS } from './dashboard-tiles';
import { dashboardDataSource } from '../data-sources/dashboard';

const SOURCE = '64f0000000000000000000a1';
const CONNECTION = '64f0000000000000000000c1';
const tileAttributes = dashboardAttributes.tiles.nested!.attributes;
const configAttributes = tileAttributes.config.nested!.attributes;

const dashboard = (partial: { [name: string]: unknown }) => complete(dashboardAttributes, partial);
const tileConfig = (variant: string, value: { [name: string]: unknown }) => complete(configAttributes, { [variant]: value });
const tile = (name: string, config: TfObject, extra: { [name: string]: unknown } = {}) => complete(tileAttributes, { name, x: 0, y: 0, w: 6, h: 4, ...extra, config });

/** The resource of a provider whose client is `client` (none: its configuration is not known yet). */
const dashboards = (client?: Partial<ClickStackClient>) => clickstackHarness(() => client as ClickStackClient | undefined).resource('clickstack_dashboard');

/** The plan Terraform would get (validation, then the plan), with the prior state `prior`. */
const plan = (config: TfObject, prior: TfObject | null = null, client?: Partial<ClickStackClient>) => dashboards(client).plan(prior, config);

describe('schema', () => {
  const undocumented = (attributes: Attributes, path: string): string[] =>
    Object.entries(attributes).flatMap(([name, attribute]) => [
      ...(attribute.description?.trim() ? [] : [`${path}${name}`]),
      ...(attribute.nested ? undocumented(attribute.nested.attributes, `${path}${name}.`) : []),
    ]);

  it('describes every attribute of the resource and the data source (docs are generated from them)', () => {
    expect(undocumented(dashboardAttributes, '')).toEqual([]);
    expect(undocumented(dashboardDataSource.schema.block.attributes, '')).toEqual([]);
  });

  it('types every attribute: no dynamic values', () => {
    const dynamic = (attributes: Attributes): boolean =>
      Object.values(attributes).some((a) => a.type === 'dynamic' || (a.nested !== undefined && dynamic(a.nested.attributes)));
    expect(dynamic(dashboardAttributes)).toBe(false);
  });
});

// --- mapping per display type -----------------------------------------------------------------------------------

const count = { agg_fn: 'count', where: '', where_language: 'lucene' };
const apiCount = { aggFn: 'count', where: '', whereLanguage: 'lucene' };
/** Each display type: the Terraform value (defaults written out, as state holds them) and the API config. */
const cases: [string, { [name: string]: unknown }, { [name: string]: unknown }][] = [
  [
    'line',
    { source_id: SOURCE, select: [{ ...count, alias: 'n', number_format: { output: 'number', mantissa: 2 } }], group_by: 'ServiceName', as_ratio: false, fill_nulls: true, compare_to_previous_period: true, series_limit: 5, formulas: [{ expression: 'A*2' }] },
    { displayType: 'line', sourceId: SOURCE, select: [{ ...apiCount, alias: 'n', numberFormat: { output: 'number', mantissa: 2 } }], groupBy: 'ServiceName', asRatio: false, fillNulls: true, compareToPreviousPeriod: true, seriesLimit: 5, formulas: [{ expression: 'A*2' }] },
  ],
  [
    'stacked_bar',
    { source_id: SOURCE, select: [{ agg_fn: 'quantile', level: 0.99, value_expression: 'Duration', where: 'a', where_language: 'sql', metric_type: 'gauge', metric_name: 'm', period_agg_fn: 'delta' }], as_ratio: false, fill_nulls: false, align_date_range_to_granularity: true },
    { displayType: 'stacked_bar', sourceId: SOURCE, select: [{ aggFn: 'quantile', level: 0.99, valueExpression: 'Duration', where: 'a', whereLanguage: 'sql', metricType: 'gauge', metricName: 'm', periodAggFn: 'delta' }], asRatio: false, fillNulls: false, alignDateRangeToGranularity: true },
  ],
  [
    'table',
    { source_id: SOURCE, select: [count], having: 'count() > 1', order_by: 'x', as_ratio: false, group_by_columns_on_left: true, on_click: { type: 'dashboard', target: { mode: 'template', template: '{{Service}}' }, filters: [{ kind: 'expressionTemplate', expression: 'ServiceName', template: '{{ServiceName}}' }] } },
    { displayType: 'table', sourceId: SOURCE, select: [apiCount], having: 'count() > 1', orderBy: 'x', asRatio: false, groupByColumnsOnLeft: true, onClick: { type: 'dashboard', target: { mode: 'template', template: '{{Service}}' }, filters: [{ kind: 'expressionTemplate', expression: 'ServiceName', template: '{{ServiceName}}' }] } },
  ],
  [
    'number',
    {
      source_id: SOURCE, select: [count], color: 'chart-red', background_chart: { type: 'area' },
      color_rules: [{ operator: 'between', value: 1, value_max: 5, color: 'chart-green', label: 'ok' }, { operator: 'eq', value_text: 'down', color: 'chart-red' }, { operator: 'gt', value: 9, color: 'chart-error' }],
    },
    {
      displayType: 'number', sourceId: SOURCE, select: [apiCount], color: 'chart-red', backgroundChart: { type: 'area' },
      colorRules: [{ operator: 'between', value: [1, 5], color: 'chart-green', label: 'ok' }, { operator: 'eq', value: 'down', color: 'chart-red' }, { operator: 'gt', value: 9, color: 'chart-error' }],
    },
  ],
  ['pie', { source_id: SOURCE, select: [count], group_by: 'g', limit: 10 }, { displayType: 'pie', sourceId: SOURCE, select: [apiCount], groupBy: 'g', limit: 10 }],
  ['bar', { source_id: SOURCE, select: [count], order_by: 'o' }, { displayType: 'bar', sourceId: SOURCE, select: [apiCount], orderBy: 'o' }],
  [
    'heatmap',
    { source_id: SOURCE, select: [{ value_expression: 'Duration', heatmap_scale_type: 'log' }], where: '', where_language: 'lucene' },
    { displayType: 'heatmap', sourceId: SOURCE, select: [{ valueExpression: 'Duration', heatmapScaleType: 'log' }], where: '', whereLanguage: 'lucene' },
  ],
  ['search', { source_id: SOURCE, select: 'Body', where: 'x', where_language: 'lucene' }, { displayType: 'search', sourceId: SOURCE, select: 'Body', where: 'x', whereLanguage: 'lucene' }],
  ['event_patterns', { source_id: SOURCE, select: '', where: '', where_language: 'sql' }, { displayType: 'event_patterns', sourceId: SOURCE, select: '', where: '', whereLanguage: 'sql' }],
  ['markdown', { text: '# hi' }, { displayType: 'markdown', markdown: '# hi' }],
  [
    'sql_line',
    { connection_id: CONNECTION, sql_template: 'SELECT 1', fill_nulls: true, fit_y_axis_to_data: true, number_format: { output: 'byte', decimal_bytes: true } },
    { configType: 'sql', displayType: 'line', connectionId: CONNECTION, sqlTemplate: 'SELECT 1', fillNulls: true, fitYAxisToData: true, numberFormat: { output: 'byte', decimalBytes: true } },
  ],
  ['sql_stacked_bar', { connection_id: CONNECTION, sql_template: 'SELECT 2', series_limit: 0 }, { configType: 'sql', displayType: 'stacked_bar', connectionId: CONNECTION, sqlTemplate: 'SELECT 2', seriesLimit: 0 }],
  [
    'sql_table',
    { connection_id: CONNECTION, sql_template: 'SELECT 3', source_id: SOURCE, on_click: { type: 'external', url_template: 'https://x/{{a}}' } },
    { configType: 'sql', displayType: 'table', connectionId: CONNECTION, sqlTemplate: 'SELECT 3', sourceId: SOURCE, onClick: { type: 'external', urlTemplate: 'https://x/{{a}}' } },
  ],
  ['sql_number', { connection_id: CONNECTION, sql_template: 'SELECT 4', color: 'chart-blue' }, { configType: 'sql', displayType: 'number', connectionId: CONNECTION, sqlTemplate: 'SELECT 4', color: 'chart-blue' }],
  ['sql_pie', { connection_id: CONNECTION, sql_template: 'SELECT 5' }, { configType: 'sql', displayType: 'pie', connectionId: CONNECTION, sqlTemplate: 'SELECT 5' }],
  ['sql_bar', { connection_id: CONNECTION, sql_template: 'SELECT 6' }, { configType: 'sql', displayType: 'bar', connectionId: CONNECTION, sqlTemplate: 'SELECT 6' }],
];

describe('tile config mapping, both ways, per display type', () => {
  it('covers every display type', () => {
    expect(cases.map(([variant]) => variant).sort()).toEqual(Object.keys(VARIANTS).sort());
  });

  it.each(cases)('%s', (variant, tf, api) => {
    const state = dashboard({ id: 'd1', name: 'D', tiles: [tile('T', tileConfig(variant, tf), { id: 't1' })] });
    const body = dashboardToApi(state, 'update');
    expect((body.tiles as { config: unknown }[])[0].config).toEqual(api);
    const read = dashboardFromApi({ id: 'd1', name: 'D', tiles: [{ id: 't1', name: 'T', x: 0, y: 0, w: 6, h: 4, config: api }] }, state.tiles);
    expect((read.tiles as TfObject[])[0].config).toEqual(tileConfig(variant, tf));
  });
});

// --- API documents --------------------------------------------------------------------------------------------------

describe('dashboard documents', () => {
  const state = dashboard({
    id: 'd1',
    name: 'D',
    tags: [],
    tiles: [tile('A', tileConfig('markdown', { text: 'a' }), { id: 't1', key: 'a' }), tile('B', tileConfig('markdown', { text: 'b' }), { id: new Unknown() })],
    filters: [
      complete(dashboardAttributes.filters.nested!.attributes, { id: 'f1', type: 'QUERY_EXPRESSION', name: 'S', expression: 'e', source_id: SOURCE }),
      complete(dashboardAttributes.filters.nested!.attributes, { id: new Unknown(), type: 'QUERY_EXPRESSION', name: 'N', expression: 'e', source_id: SOURCE }),
    ],
    saved_filter_values: [],
    containers: [],
  });

  it('sends no tile or filter ids on create, and says that an unset saved query is null', () => {
    const body = dashboardToApi(state, 'create');
    expect((body.tiles as object[]).map((t) => 'id' in t)).toEqual([false, false]);
    expect((body.filters as object[]).map((f) => 'id' in f)).toEqual([false, false]);
    expect(body).toMatchObject({ savedQuery: null, savedQueryLanguage: null, tags: [], containers: [] });
    expect(body).not.toHaveProperty('id');
    expect(body).not.toHaveProperty('tileIds');
  });

  it('sends known tile ids on update, a filter id for every filter (minting an ObjectId-shaped one for new filters)', () => {
    const body = dashboardToApi(state, 'update');
    expect((body.tiles as { id?: string }[]).map((t) => t.id)).toEqual(['t1', undefined]);
    const [kept, minted] = (body.filters as { id: string }[]).map((f) => f.id);
    expect(kept).toBe('f1');
    expect(minted).toMatch(/^[0-9a-f]{24}$/);
  });

  it('keeps what the server has and the schema does not model, matched by tile and filter id, but not across a display type change', () => {
    const current = {
      id: 'd1',
      name: 'D',
      layoutVersion: 3,
      tiles: [
        { id: 'x', name: 'other', config: { displayType: 'markdown', markdown: 'x', theme: 'other tile' } },
        { id: 't1', name: 'A', x: 0, y: 0, w: 6, h: 4, pinned: true, config: { displayType: 'markdown', markdown: 'old', theme: 'dark' } },
      ],
      filters: [{ id: 'f1', name: 'S', expression: 'e', sourceId: SOURCE, type: 'QUERY_EXPRESSION', colour: 'red' }],
    };
    const body = dashboardToApi(state, 'update', current);
    expect(body.layoutVersion).toBe(3);
    expect(body).not.toHaveProperty('id');
    const [a, b] = body.tiles as Record<string, unknown>[];
    expect(a).toMatchObject({ id: 't1', pinned: true, config: { displayType: 'markdown', markdown: 'a', theme: 'dark' } });
    expect(b).not.toHaveProperty('pinned');
    expect((body.filters as Record<string, unknown>[])[0].colour).toBe('red');

    const retyped = { ...state, tiles: [tile('A', tileConfig('search', { source_id: SOURCE, select: 'Body' }), { id: 't1', key: 'a' })] };
    const retypedTile = (dashboardToApi(retyped, 'update', current).tiles as Record<string, unknown>[])[0];
    expect(retypedTile.pinned).toBe(true);
    expect(retypedTile.config).toEqual({ displayType: 'search', sourceId: SOURCE, select: 'Body' });
  });

  it('reads tile keys from known tiles by id, and for new tiles by position', () => {
    const api = { id: 'd1', name: 'D', tiles: [{ id: 't1', name: 'A', config: { displayType: 'markdown' } }, { id: 't9', name: 'B', config: { displayType: 'markdown' } }] };
    const read = dashboardFromApi(api, state.tiles, true);
    expect((read.tiles as TfObject[]).map((t) => t.key)).toEqual(['a', null]);
    expect(read.tile_ids).toEqual({ a: 't1', B: 't9' });
    const refreshed = dashboardFromApi(api, [complete(tileAttributes, { id: 't9', key: 'b' })]);
    expect((refreshed.tiles as TfObject[]).map((t) => t.key)).toEqual([null, 'b']);
  });
});

// --- normalization, both directions -----------------------------------------------------------------------------------

describe('normalization', () => {
  const config = dashboard({
    name: 'D',
    tiles: [tile('Errors', tileConfig('line', { source_id: SOURCE, select: [{ agg_fn: 'count' }] }))],
    containers: [{ id: 'c', title: 'C' }],
  });
  /** What the server stores and echoes for `config`. */
  const echo = (changes: (tile: Record<string, any>, api: Record<string, any>) => void = () => undefined) => {
    const line = { displayType: 'line', sourceId: SOURCE, select: [{ aggFn: 'count', valueExpression: '', where: '', whereLanguage: 'lucene' }], asRatio: false, fillNulls: true };
    const api = {
      id: 'd1', name: 'D', tiles: [{ id: 't1', name: 'Errors', x: 0, y: 0, w: 6, h: 4, config: line }],
      tags: [], filters: [], savedQuery: null, savedQueryLanguage: null, savedFilterValues: [], containers: [{ id: 'c', title: 'C', collapsed: false }],
    };
    changes(api.tiles[0].config, api);
    return dashboardFromApi(api);
  };

  it('plans exactly what the server echoes for unset attributes: no diff after create', async () => {
    const { planned } = await plan(config);
    expect(planned!.tags).toEqual([]);
    expect(valuesEqual({ ...planned!, id: 'd1', tiles: (planned!.tiles as TfObject[]).map((t) => ({ ...t, id: 't1' })), tile_ids: { Errors: 't1' } }, echo())).toBe(true);
    const again = await plan(config, echo());
    expect(valuesEqual(again.planned!, echo())).toBe(true);
  });

  it('reads the server leaving containers out as no containers', async () => {
    const withoutContainers = { ...config, containers: null };
    const state = echo((_, api) => delete api.containers);
    expect(state.containers).toEqual([]);
    expect(valuesEqual((await plan(withoutContainers, state)).planned!, state)).toBe(true);
  });

  it.each([
    ['fill_nulls turned off', (c: Record<string, any>) => void (c.fillNulls = false), '.tiles[0].config.line.fill_nulls'],
    ['a select where', (c: Record<string, any>) => void (c.select[0].where = 'level:error'), '.tiles[0].config.line.select[0].where'],
    ['a select language', (c: Record<string, any>) => void (c.select[0].whereLanguage = 'sql'), '.tiles[0].config.line.select[0].where_language'],
    ['as_ratio turned on', (c: Record<string, any>) => void (c.asRatio = true), '.tiles[0].config.line.as_ratio'],
    ['a count turned into a sum', (c: Record<string, any>) => void Object.assign(c.select[0], { aggFn: 'sum', valueExpression: 'x' }), '.tiles[0].config.line.select[0].agg_fn'],
    ['a tag added', (_: unknown, api: Record<string, any>) => void (api.tags = ['new']), '.tags'],
    ['a container collapsed', (_: unknown, api: Record<string, any>) => void (api.containers[0].collapsed = true), '.containers[0].collapsed'],
    ['a saved query language', (_: unknown, api: Record<string, any>) => void (api.savedQueryLanguage = 'sql'), '.saved_query_language'],
    ['the tile moved', (_: unknown, api: Record<string, any>) => void (api.tiles[0].x = 3), '.tiles[0].x'],
  ])('shows an edit made outside Terraform: %s', async (_name, change, path) => {
    const state = echo(change);
    const { planned } = await plan(config, state);
    const [segments] = [path.split(/\.|\[|\]/).filter(Boolean).map((s) => (/^\d+$/.test(s) ? Number(s) : s))];
    const at = (value: TfObject) => segments.reduce<unknown>((v, s) => (v as Record<string | number, unknown>)[s], value);
    expect(valuesEqual(at(state) as never, at(planned!) as never)).toBe(false);
  });

  it('does not hide an empty value_expression on a non-count select', () => {
    const state = echo((c) => Object.assign(c.select[0], { aggFn: 'sum', valueExpression: '' }));
    expect(asObject(asObject((state.tiles as TfObject[])[0].config)!.line)!.select).toEqual([expect.objectContaining({ agg_fn: 'sum', value_expression: '' })]);
  });

  it('plans saved_query_language as the server stores it', async () => {
    expect((await plan({ ...config, saved_query: 'a:b' })).planned!.saved_query_language).toBe('lucene');
    expect((await plan({ ...config, saved_query: '' })).planned!.saved_query_language).toBeNull();
    expect((await plan({ ...config, saved_query: 'a', saved_query_language: 'sql' })).planned!.saved_query_language).toBe('sql');
    expect((await plan({ ...config, saved_query: new Unknown() })).planned!.saved_query_language).toBeInstanceOf(Unknown);
  });
});

// --- ids carried forward --------------------------------------------------------------------------------------------------

describe('tile and filter ids in the plan', () => {
  const markdown = (text: string) => tileConfig('markdown', { text });
  const prior = dashboardFromApi({
    id: 'd1',
    name: 'D',
    tiles: ['A', 'B', 'C'].map((name) => ({ id: `id-${name}`, name, x: 0, y: 0, w: 1, h: 1, config: { displayType: 'markdown', markdown: name } })),
    filters: [{ id: 'f-S', type: 'QUERY_EXPRESSION', name: 'S', expression: 'e', sourceId: SOURCE }],
  });

  it('carries tile ids by name through a reorder, and leaves new tiles unknown', async () => {
    const config = dashboard({ name: 'D', tiles: [tile('C', markdown('C')), tile('New', markdown('n')), tile('A', markdown('A'))] });
    const { planned } = await plan(config, prior);
    expect((planned!.tiles as TfObject[]).map((t) => t.id)).toEqual(['id-C', expect.any(Unknown), 'id-A']);
    expect(planned!.tile_ids).toEqual({ C: 'id-C', New: expect.any(Unknown), A: 'id-A' });
  });

  it('carries a tile id by explicit key through a rename', async () => {
    const keyed = { ...prior, tiles: (prior.tiles as TfObject[]).map((t) => ({ ...t, key: t.name === 'B' ? 'b' : null })) };
    const config = dashboard({ name: 'D', tiles: [tile('B renamed', markdown('B'), { key: 'b' })] });
    const { planned } = await plan(config, keyed);
    expect((planned!.tiles as TfObject[])[0].id).toBe('id-B');
    expect(planned!.tile_ids).toEqual({ b: 'id-B' });
  });

  it('lets a tile adopt a key without losing its id (after an import, tiles have none), never giving one id twice', async () => {
    const config = dashboard({
      name: 'D',
      tiles: [tile('A', markdown('A'), { key: 'first' }), tile('A', markdown('A2'), { key: 'second' }), tile('B', markdown('B'), { key: 'b' })],
    });
    const { planned, diagnostics } = await plan(config, prior);
    expect((planned!.tiles as TfObject[]).map((t) => t.id)).toEqual(['id-A', expect.any(Unknown), 'id-B']);
    expect(planned!.tile_ids).toEqual({ first: 'id-A', second: expect.any(Unknown), b: 'id-B' });
    expect(diagnostics).toEqual([expect.objectContaining({ summary: 'Tiles will get new ids', detail: expect.stringContaining('"C"') })]);
  });

  it('warns when tiles lose their ids, and so their alerts', async () => {
    const config = dashboard({ name: 'D', tiles: [tile('A renamed', markdown('A')), tile('B2', markdown('B'), { key: 'B' }), tile('C', markdown('C'))] });
    const { diagnostics } = await plan(config, prior);
    expect(diagnostics).toEqual([
      {
        severity: 'warning',
        summary: 'Tiles will get new ids',
        detail:
          'Tiles removed or renamed: "A". ClickStack deletes the alerts of these tiles: a `clickstack_alert` whose `tile_id` follows a ' +
          'renamed tile to its new id is replaced, any other alert is lost. To keep the alerts of a renamed tile as they are, give it a ' +
          '`key` equal to its old name.',
      },
    ]);
  });

  it('makes tile_ids unknown while a tile key is unknown', async () => {
    const config = dashboard({ name: 'D', tiles: [tile('A', markdown('A')), { ...tile('x', markdown('x')), name: new Unknown() }] });
    const { planned } = await plan(config, prior);
    expect((planned!.tiles as TfObject[])[0].id).toBe('id-A');
    expect(planned!.tile_ids).toBeInstanceOf(Unknown);
  });

  it('matches tiles without a key that share a name in order, and leaves their name out of tile_ids', async () => {
    const twins = dashboardFromApi({
      id: 'd1',
      name: 'D',
      tiles: ['u1', 'u2', 'b'].map((id) => ({ id, name: id === 'b' ? 'B' : '', x: 0, y: 0, w: 1, h: 1, config: { displayType: 'markdown', markdown: id } })),
    });
    expect(twins.tile_ids).toEqual({ B: 'b' });
    const config = dashboard({ name: 'D', tiles: [tile('B', markdown('b')), tile('', markdown('u1')), tile('', markdown('u2')), tile('', markdown('new'))] });
    const { planned, diagnostics } = await plan(config, twins);
    expect(diagnostics).toEqual([]);
    expect((planned!.tiles as TfObject[]).map((t) => t.id)).toEqual(['b', 'u1', 'u2', expect.any(Unknown)]);
    expect(planned!.tile_ids).toEqual({ B: 'b' });
    const one = dashboard({ name: 'D', tiles: [tile('', markdown('u2')), tile('B', markdown('b'))] });
    expect(((await plan(one, twins)).planned!.tiles as TfObject[]).map((t) => t.id)).toEqual(['u1', 'b']);
  });

  it('names tiles in tile_ids whatever their name, those of Object.prototype too', async () => {
    const names = ['constructor', 'toString', '__proto__', 'hasOwnProperty'];
    const state = dashboardFromApi({
      id: 'd1',
      name: 'D',
      tiles: names.map((name, i) => ({ id: `t${i}`, name, x: 0, y: 0, w: 1, h: 1, config: { displayType: 'markdown', markdown: name } })),
    });
    const ids = state.tile_ids as TfObject;
    expect(Object.keys(ids)).toEqual(names);
    expect(names.map((name) => Object.hasOwn(ids, name) && ids[name])).toEqual(['t0', 't1', 't2', 't3']);
    // The msgpack decoder refuses a `__proto__` map key, so these names cannot cross the wire: the resource's plan
    // function is asked directly.
    const config = dashboard({ name: 'D', tiles: names.map((name) => tile(name, markdown(name))) });
    const { planned } = await dashboardResource.plan!({ prior: state, proposed: config, config, client: undefined }, callContext());
    expect(valuesEqual(planned.tile_ids, ids)).toBe(true);
  });

  it('carries filter ids by name, in order for filters sharing a name', async () => {
    const filter = (expression: string) => ({ id: `f-${expression}`, type: 'QUERY_EXPRESSION', name: 'F', expression, sourceId: SOURCE });
    const twins = dashboardFromApi({ id: 'd1', name: 'D', tiles: [], filters: [filter('a'), filter('b')] });
    const configured = (...expressions: string[]) =>
      dashboard({ name: 'D', tiles: [], filters: expressions.map((expression) => complete(dashboardAttributes.filters.nested!.attributes, { name: 'F', expression, source_id: SOURCE })) });
    expect(((await plan(configured('a', 'b', 'c'), twins)).planned!.filters as TfObject[]).map((f) => f.id)).toEqual(['f-a', 'f-b', expect.any(Unknown)]);
    expect(((await plan(configured('b'), twins)).planned!.filters as TfObject[]).map((f) => f.id)).toEqual(['f-a']);
  });

  it('carries filter ids by name', async () => {
    const filter = (name: string) => complete(dashboardAttributes.filters.nested!.attributes, { name, expression: 'e', source_id: SOURCE });
    const config = dashboard({ name: 'D', tiles: [tile('A', markdown('A'))], filters: [filter('T'), filter('S')] });
    const { planned } = await plan(config, prior);
    expect((planned!.filters as TfObject[]).map((f) => f.id)).toEqual([expect.any(Unknown), 'f-S']);
  });
});

// --- validation corpus -----------------------------------------------------------------------------------------------------

describe('plan-time validation', () => {
  const line = (select: object[], extra: object = {}) => tileConfig('line', { source_id: SOURCE, select, ...extra });
  const ok = () => [tile('A', line([{ agg_fn: 'count' }]))];
  const corpus: [string, { [name: string]: unknown }, { summary: string; detail: string; path: (string | number)[] }][] = [
    ['count with a value expression', { tiles: [tile('A', line([{ agg_fn: 'count', value_expression: 'x' }]))] }, { summary: 'Invalid tile configuration', detail: '`value_expression` must not be set when `agg_fn` is "count".', path: ['tiles', 0, 'config', 'line', 'select', 0, 'value_expression'] }],
    ['sum without a value expression', { tiles: [tile('A', line([{ agg_fn: 'sum' }]))] }, { summary: 'Invalid tile configuration', detail: '`value_expression` is required when `agg_fn` is "sum".', path: ['tiles', 0, 'config', 'line', 'select', 0, 'value_expression'] }],
    ['level without quantile', { tiles: [tile('A', line([{ agg_fn: 'avg', value_expression: 'x', level: 0.5 }]))] }, { summary: 'Invalid tile configuration', detail: '`level` can only be set when `agg_fn` is "quantile".', path: ['tiles', 0, 'config', 'line', 'select', 0, 'level'] }],
    ['quantile without level', { tiles: [tile('A', line([{ agg_fn: 'quantile', value_expression: 'x' }]))] }, { summary: 'Invalid tile configuration', detail: '`level` is required when `agg_fn` is "quantile".', path: ['tiles', 0, 'config', 'line', 'select', 0, 'level'] }],
    ['a level that is no quantile level', { tiles: [tile('A', line([{ agg_fn: 'quantile', value_expression: 'x', level: 0.7 }]))] }, { summary: 'Invalid attribute value', detail: 'Must be one of 0.5, 0.9, 0.95, 0.99, got 0.7.', path: ['tiles', 0, 'config', 'line', 'select', 0, 'level'] }],
    ['an unknown aggregation', { tiles: [tile('A', line([{ agg_fn: 'median', value_expression: 'x' }]))] }, { summary: 'Invalid attribute value', detail: expect.stringContaining('got "median"') as unknown as string, path: ['tiles', 0, 'config', 'line', 'select', 0, 'agg_fn'] }],
    ['no select item', { tiles: [tile('A', line([]))] }, { summary: 'Invalid attribute value', detail: 'Must have between 1 and 20 elements, got 0.', path: ['tiles', 0, 'config', 'line', 'select'] }],
    ['two selects on a pie', { tiles: [tile('A', tileConfig('pie', { source_id: SOURCE, select: [{ agg_fn: 'count' }, { agg_fn: 'count' }] }))] }, { summary: 'Invalid attribute value', detail: 'Must have exactly 1 elements, got 2.', path: ['tiles', 0, 'config', 'pie', 'select'] }],
    ['two selects on a number without formulas', { tiles: [tile('A', tileConfig('number', { source_id: SOURCE, select: [{ agg_fn: 'count' }, { agg_fn: 'count' }] }))] }, { summary: 'Invalid tile configuration', detail: 'A number tile without formulas needs exactly 1 select item, got 2.', path: ['tiles', 0, 'config', 'number', 'select'] }],
    ['as_ratio with one select', { tiles: [tile('A', line([{ agg_fn: 'count' }], { as_ratio: true }))] }, { summary: 'Invalid tile configuration', detail: '`as_ratio` needs exactly 2 select items, got 1.', path: ['tiles', 0, 'config', 'line', 'as_ratio'] }],
    ['two display types in one tile', { tiles: [tile('A', complete(configAttributes, { markdown: { text: 'a' }, search: { source_id: SOURCE, select: 'x' } }))] }, { summary: 'Invalid attribute value', detail: 'Exactly one of "line", "stacked_bar", "table", "number", "pie", "bar", "heatmap", "search", "event_patterns", "markdown", "sql_line", "sql_stacked_bar", "sql_table", "sql_number", "sql_pie", "sql_bar" must be set; found "search", "markdown".', path: ['tiles', 0, 'config'] }],
    ['x beyond the grid', { tiles: [tile('A', line([{ agg_fn: 'count' }]), { x: 24 })] }, { summary: 'Invalid attribute value', detail: 'Must be between 0 and 23, got 24.', path: ['tiles', 0, 'x'] }],
    ['w of zero', { tiles: [tile('A', line([{ agg_fn: 'count' }]), { w: 0 })] }, { summary: 'Invalid attribute value', detail: 'Must be between 1 and 24, got 0.', path: ['tiles', 0, 'w'] }],
    ['a fractional height', { tiles: [tile('A', line([{ agg_fn: 'count' }]), { h: 1.5 })] }, { summary: 'Invalid attribute value', detail: 'Must be a whole number, got 1.5.', path: ['tiles', 0, 'h'] }],
    ['501 tiles', { tiles: Array.from({ length: 501 }, (_, i) => tile(`T${i}`, tileConfig('markdown', {}))) }, { summary: 'Invalid attribute value', detail: 'Must have between 0 and 500 elements, got 501.', path: ['tiles'] }],
    ['a name over 1024 characters', { name: 'n'.repeat(1025) }, { summary: 'Invalid attribute value', detail: 'Must be between 1 and 1024 characters long, got 1025.', path: ['name'] }],
    ['51 tags', { tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }, { summary: 'Invalid attribute value', detail: 'Must have between 0 and 50 elements, got 51.', path: ['tags'] }],
    ['a tag over 32 characters', { tags: ['t'.repeat(33)] }, { summary: 'Invalid attribute value', detail: 'Must be at most 32 characters long, got 33.', path: ['tags', 0] }],
    ['a repeated tag', { tags: ['a', 'a'] }, { summary: 'Duplicate tag', detail: '"a" is already used at tags[0].', path: ['tags', 1] }],
    ['two tiles with one key', { tiles: [tile('A', line([{ agg_fn: 'count' }]), { key: 'k' }), tile('B', line([{ agg_fn: 'count' }]), { key: 'k' })] }, { summary: 'Duplicate tile key', detail: '"k" is already used at tiles[0].key.', path: ['tiles', 1, 'key'] }],
    ['a key that is the name of a tile without a key', { tiles: [...ok(), tile('B', line([{ agg_fn: 'count' }]), { key: 'A' })] }, { summary: 'Duplicate tile key', detail: '"A" is already used at tiles[0].name.', path: ['tiles', 1, 'key'] }],
    ['a tile in a missing container', { tiles: [tile('A', line([{ agg_fn: 'count' }]), { container_id: 'nope' })] }, { summary: 'Invalid tile', detail: 'No container has the id "nope".', path: ['tiles', 0, 'container_id'] }],
    ['a tab without its container', { tiles: [tile('A', line([{ agg_fn: 'count' }]), { tab_id: 't' })] }, { summary: 'Invalid tile', detail: '`tab_id` needs `container_id`.', path: ['tiles', 0, 'tab_id'] }],
    ['a missing tab', { containers: [{ id: 'c', title: 'C', tabs: [{ id: 't1', title: 'T' }] }], tiles: [tile('A', line([{ agg_fn: 'count' }]), { container_id: 'c', tab_id: 't2' })] }, { summary: 'Invalid tile', detail: 'Container "c" has no tab with the id "t2".', path: ['tiles', 0, 'tab_id'] }],
    ['two containers with one id', { containers: [{ id: 'c', title: 'A' }, { id: 'c', title: 'B' }] }, { summary: 'Duplicate container id', detail: '"c" is already used at containers[0].id.', path: ['containers', 1, 'id'] }],
    ['a filter that neither broadcasts nor is a variable', { filters: [{ name: 'F', expression: 'e', source_id: SOURCE, is_broadcast_enabled: false }] }, { summary: 'Invalid filter', detail: 'A filter must broadcast, be a variable, or both: set `is_variable_enabled = true` or drop `is_broadcast_enabled = false`.', path: ['filters', 0, 'is_broadcast_enabled'] }],
    ['a variable name without a variable', { filters: [{ name: 'F', expression: 'e', source_id: SOURCE, variable_name: 'svc' }] }, { summary: 'Invalid filter', detail: '`variable_name` needs `is_variable_enabled = true`.', path: ['filters', 0, 'variable_name'] }],
    ['a malformed variable name', { filters: [{ name: 'F', expression: 'e', source_id: SOURCE, is_variable_enabled: true, variable_name: '1svc' }] }, { summary: 'Invalid attribute value', detail: 'Must be a letter followed by letters, digits or `_`, got "1svc".', path: ['filters', 0, 'variable_name'] }],
    ['a between rule without its upper bound', { tiles: [tile('A', tileConfig('number', { source_id: SOURCE, select: [{ agg_fn: 'count' }], color_rules: [{ operator: 'between', value: 1, color: 'chart-red' }] }))] }, { summary: 'Invalid tile configuration', detail: 'A "between" rule needs both `value` and `value_max`.', path: ['tiles', 0, 'config', 'number', 'color_rules', 0] }],
    ['a colour that is no palette token', { tiles: [tile('A', tileConfig('number', { source_id: SOURCE, select: [{ agg_fn: 'count' }], color: 'pink' }))] }, { summary: 'Invalid attribute value', detail: expect.stringContaining('got "pink"') as unknown as string, path: ['tiles', 0, 'config', 'number', 'color'] }],
  ];

  it.each(corpus)('%s', async (_name, partial, expected) => {
    const config = dashboard({ name: 'D', tiles: ok(), ...partial });
    const normalized = complete(dashboardAttributes, config); // nested partial objects get their nulls
    const { diagnostics } = await plan(normalized);
    expect(diagnostics).toEqual([{ severity: 'error', ...expected }]);
  });

  it('accepts the valid base configuration', async () => {
    expect((await plan(dashboard({ name: 'D', tiles: ok() }))).diagnostics).toEqual([]);
  });

  it('accepts tiles without a key sharing a name, and filters sharing a name (the API allows both)', async () => {
    const filter = { name: 'F', expression: 'e', source_id: SOURCE };
    const config = complete(dashboardAttributes, dashboard({ name: 'D', tiles: [...ok(), ...ok()], filters: [filter, { ...filter, expression: 'f' }] }));
    expect((await plan(config)).diagnostics).toEqual([]);
  });
});

// --- the server's validate endpoint ---------------------------------------------------------------------------------------

describe('server-side validation in the plan', () => {
  const config = dashboard({ name: 'D', tiles: [tile('A', tileConfig('line', { source_id: SOURCE, select: [{ agg_fn: 'avg', value_expression: 'x' }] }))] });
  const clientWith = (validate: () => Promise<unknown>) => ({ flavor: 'oss' as const, dashboards: { validate } as never });
  const failure = (Type: typeof ServerError, status: number, message: string) =>
    new Type({ status, serverMessage: message, method: 'POST', path: '/dashboards/validate' });

  it('maps the errors it reports to attribute paths', async () => {
    const { diagnostics } = await plan(config, null, clientWith(async () => ({
      valid: false,
      errors: [{ path: 'tiles.0.config.select.0.valueExpression', message: 'Too long' }, { path: '', message: 'Could not find the following source IDs: x' }],
      normalized: null,
    })));
    expect(diagnostics).toEqual([
      { severity: 'error', summary: 'ClickStack rejects this dashboard', detail: 'Too long (at tiles.0.config.select.0.valueExpression)', path: ['tiles', 0, 'config', 'line', 'select', 0, 'value_expression'] },
      { severity: 'error', summary: 'ClickStack rejects this dashboard', detail: 'Could not find the following source IDs: x' },
    ]);
  });

  it.each([
    ['an unrouted endpoint', () => Promise.reject(failure(EndpointUnavailableError, 404, 'Cannot POST /x'))],
    ['a server error', () => Promise.reject(failure(ServerError, 502, 'Bad gateway'))],
    ['an answer that is not the API envelope', () => Promise.reject(new UnexpectedResponseError('POST /dashboards/validate: not JSON'))],
  ])('only warns on %s', async (_name, validate) => {
    const { diagnostics } = await plan(config, null, clientWith(validate));
    expect(diagnostics).toEqual([{ severity: 'warning', summary: 'Dashboard not checked by ClickStack', detail: expect.stringContaining('checked when it is applied') }]);
  });

  it.each([
    ['refused credentials', failure(AuthError, 401, 'Unauthorized')],
    ['a rate limit', failure(RateLimitedError, 429, 'Too many requests')],
    ['a network failure', new NetworkError({ method: 'POST', path: '/dashboards/validate', detail: 'connection refused', mayHaveReachedServer: false })],
  ])('reports %s as an error, as the apply would', async (_name, error) => {
    const { diagnostics } = await plan(config, null, clientWith(() => Promise.reject(error)));
    expect(diagnostics).toEqual([{ severity: 'error', summary: 'Could not check the dashboard', detail: error.message }]);
  });

  it('lets an interruption through, for the server to report', async () => {
    await expect(plan(config, null, clientWith(() => Promise.reject(new AbortedError('aborted'))))).rejects.toThrow(AbortedError);
  });

  it('only warns on an answer without a verdict', async () => {
    const { diagnostics } = await plan(config, null, clientWith(async () => ({ message: 'hm' })));
    expect(diagnostics).toEqual([{ severity: 'warning', summary: 'Dashboard not checked by ClickStack', detail: 'The validate endpoint gave no verdict; the dashboard will be checked when it is applied.' }]);
  });

  it('is not asked while the configuration holds unknown values, nor when nothing changed', async () => {
    const validate = jest.fn(async () => ({ valid: true, errors: [] }));
    await plan({ ...config, name: new Unknown() }, null, clientWith(validate));
    const prior = (await plan(config)).planned!;
    const state = { ...prior, id: 'd1', tiles: (prior.tiles as TfObject[]).map((t) => ({ ...t, id: 't1' })), tile_ids: { A: 't1' } };
    await plan(config, state, clientWith(validate));
    expect(validate).not.toHaveBeenCalled();
    await plan(config, null, clientWith(validate));
    expect(validate).toHaveBeenCalledTimes(1);
  });

  it('maps API paths of every shape', () => {
    expect(attributePathOf('tiles.3.x', config)).toEqual(['tiles', 3, 'x']);
    expect(attributePathOf('filters.0.sourceId', config)).toEqual(['filters', 0, 'source_id']);
    expect(attributePathOf('containers.1.tabs.0.title', config)).toEqual(['containers', 1, 'tabs', 0, 'title']);
    expect(attributePathOf('savedQueryLanguage', config)).toEqual(['saved_query_language']);
    expect(attributePathOf('tiles.0.config.displayType', config)).toEqual(['tiles', 0, 'config', 'line']);
    expect(attributePathOf('tiles.0.name', config)).toEqual(['tiles', 0, 'name']);
  });

  // The runtime cuts this path where Terraform can place it (the tile element); see locateInConfig.
  it('maps server error paths to attribute paths', async () => {
    const { diagnostics } = await plan(config, null, clientWith(async () => ({ valid: false, errors: [{ path: 'tiles.0.name', message: 'Bad' }] })));
    expect(diagnostics).toEqual([{ severity: 'error', summary: 'ClickStack rejects this dashboard', detail: 'Bad (at tiles.0.name)', path: ['tiles', 0, 'name'] }]);
  });
});

// --- API failures during apply ------------------------------------------------------------------------------------------

describe('API failures during apply', () => {
  const planned = dashboard({ id: 'd1', name: 'D', tags: [], tiles: [], filters: [], saved_filter_values: [], containers: [], tile_ids: {} });
  const at = { method: 'PUT', path: '/dashboards/d1' };
  const failures: [string, Error][] = [
    ['a server error', new ServerError({ status: 503, serverMessage: 'Unavailable', ...at })],
    ['a conflict', new ConflictError({ status: 409, serverMessage: 'Busy', ...at })],
    ['a rate limit', new RateLimitedError({ status: 429, serverMessage: 'Slow down', ...at })],
    ['a network failure', new NetworkError({ ...at, detail: 'connection reset', mayHaveReachedServer: true })],
  ];
  const failing = (error: Error) => {
    const reject = async () => {
      throw error;
    };
    return { flavor: 'oss', dashboards: { create: reject, get: async () => ({ id: 'd1', name: 'D', tiles: [] }), update: reject, delete: reject } } as unknown as ClickStackClient;
  };

  it.each(failures)('reports %s as an error naming the operation, with the API message', async (_name, error) => {
    const failingDashboards = dashboards(failing(error));
    const expected = (summary: string) => [{ severity: 'error', summary, detail: error.message }];
    expect(await failingDashboards.applyPlanned(null, planned, planned)).toEqual({ state: null, diagnostics: expected('Could not create dashboard') });
    expect(await failingDashboards.applyPlanned(planned, planned, planned)).toEqual({ state: planned, diagnostics: expected('Could not update dashboard') });
    expect(await failingDashboards.destroy(planned)).toEqual(expected('Could not delete dashboard'));
  });

  it('deletes what is already gone without a word, and lets an interruption through for the server to report', async () => {
    expect(await dashboards(failing(new NotFoundError({ status: 404, serverMessage: 'Not Found', ...at }))).destroy(planned)).toEqual([]);
    await expect(dashboards(failing(new AbortedError('aborted'))).applyPlanned(null, planned, planned)).rejects.toThrow(AbortedError);
  });

  it('says that a dashboard deleted behind its back will be created again', async () => {
    const client = { flavor: 'oss', dashboards: { get: async () => Promise.reject(new NotFoundError({ status: 404, serverMessage: 'Not Found', ...at })) } } as unknown as ClickStackClient;
    expect(await dashboards(client).applyPlanned(planned, planned, planned)).toEqual({
      state: planned,
      diagnostics: [{ severity: 'error', summary: 'Dashboard deleted', detail: 'Dashboard d1 no longer exists; run terraform apply again to recreate it.' }],
    });
  });
});
