// clickstack_dashboard's API documents: every tile type both ways, ids on create and update, fields the schema does
// not model, the order tiles are sent and read in, tile keys on read, and the attribute a validate endpoint path names.
import type { TfObject } from '../../runtime/types';
import { Unknown } from '../../runtime/types';
import { CONNECTION, dashboard, filterAttributes, SOURCE, tile } from '../../../test/support/dashboards';
import { complete } from '../../../test/support/objects';
import { attributePathOf, dashboardFromApi, dashboardToApi } from './documents';
import { TILE_TYPES } from './tile-types';

const count = { agg_fn: 'count', where: '', where_language: 'lucene' };
const apiCount = { aggFn: 'count', where: '', whereLanguage: 'lucene' };
/** Each tile type: the Terraform attributes of its own (defaults written out, as state holds them) and the API config. */
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

describe('tile mapping, both ways, per tile type', () => {
  it('covers every tile type', () => {
    expect(cases.map(([type]) => type).sort()).toEqual(TILE_TYPES.map((type) => type.name).sort());
  });

  it.each(cases)('%s', (type, tf, api) => {
    const state = dashboard({ id: 'd1', name: 'D', [`${type}_tiles`]: [tile(type, 'T', { id: 't1', ...tf })] });
    const body = dashboardToApi(state, 'update');
    expect(body.tiles).toEqual([{ id: 't1', name: 'T', x: 0, y: 0, w: 6, h: 4, config: api }]);
    const read = dashboardFromApi({ id: 'd1', name: 'D', tiles: [{ id: 't1', name: 'T', x: 0, y: 0, w: 6, h: 4, config: api }] }, state);
    expect(read[`${type}_tiles`]).toEqual(state[`${type}_tiles`]);
    expect(TILE_TYPES.filter(({ name }) => name !== type).map(({ list }) => read[list])).toEqual(TILE_TYPES.slice(1).map(() => null));
  });
});

describe('dashboard documents', () => {
  const state = dashboard({
    id: 'd1',
    name: 'D',
    tags: [],
    markdown_tiles: [tile('markdown', 'A', { text: 'a', id: 't1', key: 'a' }), tile('markdown', 'B', { text: 'b', id: new Unknown() })],
    filters: [
      complete(filterAttributes, { id: 'f1', type: 'QUERY_EXPRESSION', name: 'S', expression: 'e', source_id: SOURCE }),
      complete(filterAttributes, { id: new Unknown(), type: 'QUERY_EXPRESSION', name: 'N', expression: 'e', source_id: SOURCE }),
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
    expect(Object.keys(body).filter((field) => field.endsWith('Tiles'))).toEqual([]);
  });

  it('sends known tile ids on update, a filter id for every filter (minting an ObjectId-shaped one for new filters)', () => {
    const body = dashboardToApi(state, 'update');
    expect((body.tiles as { id?: string }[]).map((t) => t.id)).toEqual(['t1', undefined]);
    const [kept, minted] = (body.filters as { id: string }[]).map((f) => f.id);
    expect(kept).toBe('f1');
    expect(minted).toMatch(/^[0-9a-f]{24}$/);
  });

  it('keeps what the server has and the schema does not model, matched by tile and filter id, but not across a type change', () => {
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
    const [a, b, ...others] = body.tiles as Record<string, unknown>[];
    expect(a).toMatchObject({ id: 't1', pinned: true, config: { displayType: 'markdown', markdown: 'a', theme: 'dark' } });
    expect(b).not.toHaveProperty('pinned');
    expect(others).toEqual([]);
    expect((body.filters as Record<string, unknown>[])[0].colour).toBe('red');

    const retyped = { ...state, markdown_tiles: null, search_tiles: [tile('search', 'A', { source_id: SOURCE, select: 'Body', id: 't1', key: 'a' })] };
    const retypedTile = (dashboardToApi(retyped, 'update', current).tiles as Record<string, unknown>[])[0];
    expect(retypedTile.pinned).toBe(true);
    expect(retypedTile.config).toEqual({ displayType: 'search', sourceId: SOURCE, select: 'Body' });
  });

  it('keeps tiles of a display type it does not model, after its own, and reads none of them', () => {
    const unmodelled = { id: 'u', name: 'Future', x: 0, y: 0, w: 1, h: 1, config: { displayType: 'gauge', sourceId: SOURCE } };
    const body = dashboardToApi(state, 'update', { id: 'd1', name: 'D', tiles: [unmodelled, { id: 't1', name: 'A', config: { displayType: 'markdown' } }] });
    expect((body.tiles as Record<string, unknown>[]).map((t) => t.id)).toEqual(['t1', undefined, 'u']);
    expect((body.tiles as Record<string, unknown>[])[2]).toBe(unmodelled);
    const read = dashboardFromApi({ id: 'd1', name: 'D', tiles: [unmodelled] });
    expect(TILE_TYPES.map(({ list }) => read[list])).toEqual(TILE_TYPES.map(() => null));
    expect(read.tile_ids).toEqual({});
  });

  it('sends tiles grouped by type in the order of the schema, and reads a server holding them in any order grouped the same way', () => {
    const grouped = dashboard({
      name: 'D',
      line_tiles: [tile('line', 'L1', { source_id: SOURCE, select: [count] }), tile('line', 'L2', { source_id: SOURCE, select: [count] })],
      markdown_tiles: [tile('markdown', 'M', { text: 'm' })],
      table_tiles: [tile('table', 'T', { source_id: SOURCE, select: [count] })],
      sql_bar_tiles: [tile('sql_bar', 'S', { connection_id: CONNECTION, sql_template: 'SELECT 1' })],
    });
    expect((dashboardToApi(grouped, 'create').tiles as { name: string }[]).map((t) => t.name)).toEqual(['L1', 'L2', 'T', 'M', 'S']);
    const mixed = ['S', 'L2', 'M', 'T', 'L1'].map((name, i) => ({
      id: `t${i}`,
      name,
      x: 0,
      y: 0,
      w: 1,
      h: 1,
      config: {
        L1: { displayType: 'line', sourceId: SOURCE, select: [apiCount] },
        L2: { displayType: 'line', sourceId: SOURCE, select: [apiCount] },
        M: { displayType: 'markdown', markdown: 'm' },
        T: { displayType: 'table', sourceId: SOURCE, select: [apiCount] },
        S: { displayType: 'bar', configType: 'sql', connectionId: CONNECTION, sqlTemplate: 'SELECT 1' },
      }[name],
    }));
    const read = dashboardFromApi({ id: 'd1', name: 'D', tiles: mixed });
    const names = (list: string) => (read[list] as TfObject[]).map((t) => t.name);
    expect([names('line_tiles'), names('table_tiles'), names('markdown_tiles'), names('sql_bar_tiles')]).toEqual([['L2', 'L1'], ['T'], ['M'], ['S']]);
    expect(read.tile_ids).toEqual({ L2: 't1', L1: 't4', T: 't3', M: 't2', S: 't0' });
  });

  it('reads the tiles of a type in the order the known dashboard has them, tiles it does not have last in the server\'s order', () => {
    const api = (id: string) => ({ id, name: id, x: 0, y: 0, w: 1, h: 1, config: { displayType: 'markdown', markdown: id } });
    const known = dashboard({ name: 'D', markdown_tiles: ['a', 'b', 'c'].map((id) => tile('markdown', id, { id, text: id })) });
    const read = dashboardFromApi({ id: 'd1', name: 'D', tiles: ['y', 'c', 'a', 'x', 'b'].map(api) }, known);
    expect((read.markdown_tiles as TfObject[]).map((t) => t.id)).toEqual(['a', 'b', 'c', 'y', 'x']);
    const planned = dashboard({ name: 'D', markdown_tiles: [tile('markdown', 'n', { id: new Unknown(), key: 'new' }), tile('markdown', 'a', { id: 'a' })] });
    const applied = dashboardFromApi({ id: 'd1', name: 'D', tiles: ['n', 'a'].map(api) }, planned, true);
    expect((applied.markdown_tiles as TfObject[]).map((t) => [t.id, t.key])).toEqual([['n', 'new'], ['a', null]]);
  });

  it('reads a type without tiles as null, or as an empty list where the known dashboard has one', () => {
    const api = { id: 'd1', name: 'D', tiles: [] };
    expect(dashboardFromApi(api).line_tiles).toBeNull();
    expect(dashboardFromApi(api, dashboard({ name: 'D', line_tiles: [] })).line_tiles).toEqual([]);
    expect(dashboardFromApi(api, dashboard({ name: 'D', line_tiles: [] })).table_tiles).toBeNull();
  });

  it('reads tile keys from known tiles by id, and for new tiles by position within their type', () => {
    const api = {
      id: 'd1',
      name: 'D',
      tiles: [
        { id: 't7', name: 'S', config: { displayType: 'search', sourceId: SOURCE, select: 'Body' } },
        { id: 't1', name: 'A', config: { displayType: 'markdown' } },
        { id: 't9', name: 'B', config: { displayType: 'markdown' } },
      ],
    };
    const planned = { ...state, search_tiles: [tile('search', 'S', { source_id: SOURCE, select: 'Body', id: new Unknown(), key: 's' })] };
    const read = dashboardFromApi(api, planned, true);
    expect((read.markdown_tiles as TfObject[]).map((t) => t.key)).toEqual(['a', null]);
    expect((read.search_tiles as TfObject[]).map((t) => t.key)).toEqual(['s']);
    expect(read.tile_ids).toEqual({ a: 't1', B: 't9', s: 't7' });
    const refreshed = dashboardFromApi(api, dashboard({ name: 'D', markdown_tiles: [tile('markdown', 'B', { id: 't9', key: 'b' })] }));
    expect((refreshed.markdown_tiles as TfObject[]).map((t) => [t.id, t.key])).toEqual([['t9', 'b'], ['t1', null]]);
  });
});

describe('validate endpoint paths', () => {
  const config = dashboard({
    name: 'D',
    markdown_tiles: [tile('markdown', 'M', { text: 'm' })],
    line_tiles: [tile('line', 'A', { source_id: SOURCE, select: [{ agg_fn: 'avg', value_expression: 'x' }] }), tile('line', 'B', { source_id: SOURCE, select: [count] })],
  });
  it('maps API paths of every shape, tiles counted in the order they are sent', () => {
    expect(attributePathOf('tiles.1.x', config)).toEqual(['line_tiles', 1, 'x']);
    expect(attributePathOf('tiles.2.name', config)).toEqual(['markdown_tiles', 0, 'name']);
    expect(attributePathOf('tiles.0.config.select.0.valueExpression', config)).toEqual(['line_tiles', 0, 'select', 0, 'value_expression']);
    expect(attributePathOf('tiles.2.config.markdown', config)).toEqual(['markdown_tiles', 0, 'text']);
    expect(attributePathOf('tiles.0.config.displayType', config)).toEqual(['line_tiles', 0]);
    expect(attributePathOf('tiles.3.x', config)).toEqual([]);
    expect(attributePathOf('filters.0.sourceId', config)).toEqual(['filters', 0, 'source_id']);
    expect(attributePathOf('containers.1.tabs.0.title', config)).toEqual(['containers', 1, 'tabs', 0, 'title']);
    expect(attributePathOf('savedQueryLanguage', config)).toEqual(['saved_query_language']);
  });
});
