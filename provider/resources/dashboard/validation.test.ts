// clickstack_dashboard: the validation corpus, each bad configuration refused with one diagnostic at its attribute.
import { complete } from '../../../test/support/objects';
import { dashboard, plan, SOURCE, tile } from '../../../test/support/dashboards';
import { dashboardAttributes } from './schema';

describe('plan-time validation', () => {
  const line = (select: object[], extra: object = {}) => ({ line_tiles: [tile('line', 'A', { source_id: SOURCE, select, ...extra })] });
  const count = [{ agg_fn: 'count' }];
  const ok = () => line(count);
  const NOT_CLOSED = `the query ends where more is expected (is a "(", "[", "{" or '"' not closed?)`;
  const notLucene = (query: string, problem: string) => `${JSON.stringify(query)} is not valid Lucene: ${problem}. For a SQL condition set \`where_language = "sql"\`.`;
  const corpus: [string, { [name: string]: unknown }, { summary: string; detail: string; path: (string | number)[] }][] = [
    ['count with a value expression', line([{ agg_fn: 'count', value_expression: 'x' }]), { summary: 'Invalid tile configuration', detail: '`value_expression` must not be set when `agg_fn` is "count".', path: ['line_tiles', 0, 'select', 0, 'value_expression'] }],
    ['sum without a value expression', line([{ agg_fn: 'sum' }]), { summary: 'Invalid tile configuration', detail: '`value_expression` is required when `agg_fn` is "sum".', path: ['line_tiles', 0, 'select', 0, 'value_expression'] }],
    ['level without quantile', line([{ agg_fn: 'avg', value_expression: 'x', level: 0.5 }]), { summary: 'Invalid tile configuration', detail: '`level` can only be set when `agg_fn` is "quantile".', path: ['line_tiles', 0, 'select', 0, 'level'] }],
    ['quantile without level', line([{ agg_fn: 'quantile', value_expression: 'x' }]), { summary: 'Invalid tile configuration', detail: '`level` is required when `agg_fn` is "quantile".', path: ['line_tiles', 0, 'select', 0, 'level'] }],
    ['a level that is no quantile level', line([{ agg_fn: 'quantile', value_expression: 'x', level: 0.7 }]), { summary: 'Invalid attribute value', detail: 'Must be one of 0.5, 0.9, 0.95, 0.99, got 0.7.', path: ['line_tiles', 0, 'select', 0, 'level'] }],
    ['an unknown aggregation', line([{ agg_fn: 'median', value_expression: 'x' }]), { summary: 'Invalid attribute value', detail: expect.stringContaining('got "median"') as unknown as string, path: ['line_tiles', 0, 'select', 0, 'agg_fn'] }],
    ['no select item', line([]), { summary: 'Invalid attribute value', detail: 'Must have between 1 and 20 elements, got 0.', path: ['line_tiles', 0, 'select'] }],
    ['two selects on a pie', { line_tiles: null, pie_tiles: [tile('pie', 'A', { source_id: SOURCE, select: [{ agg_fn: 'count' }, { agg_fn: 'count' }] })] }, { summary: 'Invalid attribute value', detail: 'Must have exactly 1 elements, got 2.', path: ['pie_tiles', 0, 'select'] }],
    ['two selects on a number without formulas', { number_tiles: [tile('number', 'N', { source_id: SOURCE, select: [{ agg_fn: 'count' }, { agg_fn: 'count' }] })] }, { summary: 'Invalid tile configuration', detail: 'A number tile without formulas needs exactly 1 select item, got 2.', path: ['number_tiles', 0, 'select'] }],
    ['as_ratio with one select', line(count, { as_ratio: true }), { summary: 'Invalid tile configuration', detail: '`as_ratio` needs exactly 2 select items, got 1.', path: ['line_tiles', 0, 'as_ratio'] }],
    ['x beyond the grid', line(count, { x: 24 }), { summary: 'Invalid attribute value', detail: 'Must be between 0 and 23, got 24.', path: ['line_tiles', 0, 'x'] }],
    ['w of zero', line(count, { w: 0 }), { summary: 'Invalid attribute value', detail: 'Must be between 1 and 24, got 0.', path: ['line_tiles', 0, 'w'] }],
    ['a fractional height', line(count, { h: 1.5 }), { summary: 'Invalid attribute value', detail: 'Must be a whole number, got 1.5.', path: ['line_tiles', 0, 'h'] }],
    ['501 tiles over two lists', { markdown_tiles: Array.from({ length: 300 }, (_, i) => tile('markdown', `M${i}`)), search_tiles: Array.from({ length: 200 }, (_, i) => tile('search', `S${i}`, { source_id: SOURCE, select: 'Body' })) }, { summary: 'Too many tiles', detail: 'A dashboard holds at most 500 tiles, of all types together; these tile lists hold 501.', path: ['markdown_tiles'] }],
    ['a name over 1024 characters', { name: 'n'.repeat(1025) }, { summary: 'Invalid attribute value', detail: 'Must be between 1 and 1024 characters long, got 1025.', path: ['name'] }],
    ['51 tags', { tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }, { summary: 'Invalid attribute value', detail: 'Must have between 0 and 50 elements, got 51.', path: ['tags'] }],
    ['a tag over 32 characters', { tags: ['t'.repeat(33)] }, { summary: 'Invalid attribute value', detail: 'Must be at most 32 characters long, got 33.', path: ['tags', 0] }],
    ['a repeated tag', { tags: ['a', 'a'] }, { summary: 'Duplicate tag', detail: '"a" is already used at tags[0].', path: ['tags', 1] }],
    ['two tiles with one key', { line_tiles: [tile('line', 'A', { source_id: SOURCE, select: count, key: 'k' })], markdown_tiles: [tile('markdown', 'B', { key: 'k' })] }, { summary: 'Duplicate tile key', detail: '"k" is already used at line_tiles[0].key.', path: ['markdown_tiles', 0, 'key'] }],
    ['a key that is the name of a tile without a key', { markdown_tiles: [tile('markdown', 'B', { key: 'A' })] }, { summary: 'Duplicate tile key', detail: '"A" is already used at line_tiles[0].name.', path: ['markdown_tiles', 0, 'key'] }],
    ['a tile in a missing container', line(count, { container_id: 'nope' }), { summary: 'Invalid tile', detail: 'No container has the id "nope".', path: ['line_tiles', 0, 'container_id'] }],
    ['a tab without its container', line(count, { tab_id: 't' }), { summary: 'Invalid tile', detail: '`tab_id` needs `container_id`.', path: ['line_tiles', 0, 'tab_id'] }],
    ['a missing tab', { containers: [{ id: 'c', title: 'C', tabs: [{ id: 't1', title: 'T' }] }], ...line(count, { container_id: 'c', tab_id: 't2' }) }, { summary: 'Invalid tile', detail: 'Container "c" has no tab with the id "t2".', path: ['line_tiles', 0, 'tab_id'] }],
    ['two containers with one id', { containers: [{ id: 'c', title: 'A' }, { id: 'c', title: 'B' }] }, { summary: 'Duplicate container id', detail: '"c" is already used at containers[0].id.', path: ['containers', 1, 'id'] }],
    ['a filter that neither broadcasts nor is a variable', { filters: [{ name: 'F', expression: 'e', source_id: SOURCE, is_broadcast_enabled: false }] }, { summary: 'Invalid filter', detail: 'A filter must broadcast, be a variable, or both: set `is_variable_enabled = true` or drop `is_broadcast_enabled = false`.', path: ['filters', 0, 'is_broadcast_enabled'] }],
    ['a variable name without a variable', { filters: [{ name: 'F', expression: 'e', source_id: SOURCE, variable_name: 'svc' }] }, { summary: 'Invalid filter', detail: '`variable_name` needs `is_variable_enabled = true`.', path: ['filters', 0, 'variable_name'] }],
    ['a malformed variable name', { filters: [{ name: 'F', expression: 'e', source_id: SOURCE, is_variable_enabled: true, variable_name: '1svc' }] }, { summary: 'Invalid attribute value', detail: 'Must be a letter followed by letters, digits or `_`, got "1svc".', path: ['filters', 0, 'variable_name'] }],
    ['a between rule without its upper bound', { number_tiles: [tile('number', 'N', { source_id: SOURCE, select: count, color_rules: [{ operator: 'between', value: 1, color: 'chart-red' }] })] }, { summary: 'Invalid tile configuration', detail: 'A "between" rule needs both `value` and `value_max`.', path: ['number_tiles', 0, 'color_rules', 0] }],
    ['a colour that is no palette token', { number_tiles: [tile('number', 'N', { source_id: SOURCE, select: count, color: 'pink' })] }, { summary: 'Invalid attribute value', detail: expect.stringContaining('got "pink"') as unknown as string, path: ['number_tiles', 0, 'color'] }],
    ['a select item whose where is not Lucene', line([{ agg_fn: 'count', where: 'level:(error' }]), { summary: 'Invalid Lucene query', detail: notLucene('level:(error', NOT_CLOSED), path: ['line_tiles', 0, 'select', 0, 'where'] }],
    ['a heatmap whose own where is not Lucene', { heatmap_tiles: [tile('heatmap', 'H', { source_id: SOURCE, select: [{ value_expression: 'Duration' }], where: 'a:b)' })] }, { summary: 'Invalid Lucene query', detail: notLucene('a:b)', 'unexpected ")" at character 4'), path: ['heatmap_tiles', 0, 'where'] }],
    ['an event patterns tile whose own where is not Lucene', { event_patterns_tiles: [tile('event_patterns', 'P', { source_id: SOURCE, where: '"open', where_language: 'lucene' })] }, { summary: 'Invalid Lucene query', detail: notLucene('"open', NOT_CLOSED), path: ['event_patterns_tiles', 0, 'where'] }],
  ];

  it.each(corpus)('%s', async (_name, partial, expected) => {
    const config = dashboard({ name: 'D', ...ok(), ...partial });
    const normalized = complete(dashboardAttributes, config); // nested partial objects get their nulls
    const { diagnostics } = await plan(normalized);
    expect(diagnostics).toEqual([{ severity: 'error', ...expected }]);
  });

  it('accepts the valid base configuration', async () => {
    expect((await plan(dashboard({ name: 'D', ...ok() }))).diagnostics).toEqual([]);
  });

  it('accepts tiles without a key sharing a name, within a type and across types, and filters sharing a name (the API allows both)', async () => {
    const filter = { name: 'F', expression: 'e', source_id: SOURCE };
    const twins = { line_tiles: [...(ok().line_tiles), ...(ok().line_tiles)], markdown_tiles: [tile('markdown', 'A')] };
    const config = complete(dashboardAttributes, dashboard({ name: 'D', ...twins, filters: [filter, { ...filter, expression: 'f' }] }));
    expect((await plan(config)).diagnostics).toEqual([]);
  });
});
