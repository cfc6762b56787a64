// Exported configurations as calls of the typed constructs: props renamed where the constructs name them otherwise,
// references as constructs, literal ids as `{ sourceId }` objects, factories for select items, on-clicks, thresholds
// and channels.
import { TILE_TYPES } from '../resources/dashboard/tile-types';
import { alertProps, dashboardProps, savedSearchProps, type Scope, sourceConstruct, sourceLinksProps, tileCall, tileClassOf } from './construct-calls';
import { type BlockAddress, type ExportObject, Expression, Literal } from './model';
import { Code, type Names, valueText } from './typescript';

const logs: BlockAddress = { mode: 'data', type: 'clickstack_source', name: 'logs' };
const traces: BlockAddress = { mode: 'data', type: 'clickstack_source', name: 'traces' };
const attribute = (of: BlockAddress, name: string) => new Expression({ kind: 'attribute', of, attribute: name });
const used = new Set<string>();
const scope: Scope = {
  constructOf: (expression) => (expression.reference.kind === 'attribute' ? `${expression.reference.of.name}Var` : 'unexpected'),
  use: (name) => {
    used.add(name);
    return name;
  },
};
const names: Names = { variableOf: (address) => address.name, secretVariable: (name) => ({ variable: name, type: 'string' }) };
const text = (value: Parameters<typeof valueText>[0]) => valueText(value, '', names);

it('names the tile class of each tile list after its tile type, as clickstack-cdktf exports them', () => {
  expect(TILE_TYPES.map(({ list }) => tileClassOf(list))).toEqual([
    'LineTile', 'StackedBarTile', 'TableTile', 'NumberTile', 'PieTile', 'BarTile', 'HeatmapTile', 'SearchTile', 'EventPatternsTile',
    'MarkdownTile', 'SqlLineTile', 'SqlStackedBarTile', 'SqlTableTile', 'SqlNumberTile', 'SqlPieTile', 'SqlBarTile',
  ]);
});

beforeEach(() => used.clear());

describe('tileCall', () => {
  it('writes the tile class with its title and size, its source as the lookup and select items with the factories of Select', () => {
    const tile = { name: 'Errors', x: 0, y: 4, w: 6, h: 3, source_id: attribute(logs, 'id'), select: [{ agg_fn: 'count', where: 'level:error' }], formulas: [{ expression: 'A * 2' }] };
    expect(text(tileCall('number_tiles', 'errors', tile, scope))).toBe(
      [
        'new NumberTile("errors", {',
        '  title: "Errors",',
        '  width: 6,',
        '  height: 3,',
        '  source: logsVar,',
        '  select: [Select.count({ where: "level:error" })],',
        '  formula: { expression: "A * 2" },',
        '})',
      ].join('\n'),
    );
    expect([...used].sort()).toEqual(['NumberTile', 'Select']);
  });

  it('leaves out the connection of a raw SQL tile\'s own source, and names another source\'s or a literal one', () => {
    const sql = { name: 'Q', x: 0, y: 0, w: 12, h: 4, sql_template: 'SELECT 1' };
    const own = tileCall('sql_table_tiles', 'q', { ...sql, source_id: attribute(logs, 'id'), connection_id: attribute(logs, 'connection') }, scope);
    expect(text(own)).toBe('new SqlTableTile("q", { title: "Q", width: 12, height: 4, sql: "SELECT 1", source: logsVar })');
    const other = tileCall('sql_line_tiles', 'q', { ...sql, source_id: attribute(logs, 'id'), connection_id: attribute(traces, 'connection') }, scope);
    expect(text(other)).toContain('connectionId: tracesVar.connectionId');
    const literal = tileCall('sql_bar_tiles', 'q', { ...sql, connection_id: new Literal('c1', 'no source found by a unique name uses this connection') }, scope);
    expect(text(literal)).toContain('  connectionId: "c1", // no source found by a unique name uses this connection\n');
  });

  it('writes a heatmap\'s select as its props, and a source known only by id as { sourceId } with its note', () => {
    const tile = {
      name: '',
      x: 0,
      y: 0,
      w: 12,
      h: 5,
      source_id: new Literal('s1', 'ambiguous'),
      select: [{ value_expression: 'Duration', heatmap_scale_type: 'log' }],
    };
    expect(text(tileCall('heatmap_tiles', 'tile', tile, scope))).toBe(
      ['new HeatmapTile("tile", {', '  width: 12,', '  height: 5,', '  source: {', '    sourceId: "s1", // ambiguous', '  },', '  valueExpression: "Duration",', '  scale: "log",', '})'].join('\n'),
    );
  });

  it('writes on-clicks with the factories of OnClick', () => {
    const place = { name: 'T', x: 0, y: 0, w: 8, h: 4, source_id: attribute(logs, 'id'), select: [{ agg_fn: 'count' }] };
    const onClick = (on_click: object) => text(tileCall('table_tiles', 't', { ...place, on_click: on_click as never }, scope));
    const database: BlockAddress = { mode: 'resource', type: 'clickstack_dashboard', name: 'database' };
    expect(onClick({ type: 'dashboard', target: { mode: 'id', id: attribute(database, 'id') }, filters: [{ kind: 'expressionTemplate', expression: 'a', template: '{{a}}' }] })).toContain(
      'onClick: OnClick.dashboard({ dashboardId: databaseVar.dashboardId }, { filters: [{ expression: "a", template: "{{a}}" }] }),',
    );
    expect(onClick({ type: 'search', target: { mode: 'template', template: '{{Source}}' }, where_template: 'x:{{x}}' })).toContain(
      'onClick: OnClick.search({ template: "{{Source}}" }, { whereTemplate: "x:{{x}}" }),',
    );
    expect(onClick({ type: 'search', target: { mode: 'id', id: attribute(traces, 'id') } })).toContain('onClick: OnClick.search(tracesVar)');
    expect(onClick({ type: 'external', url_template: 'https://status/{{a}}' })).toContain('onClick: OnClick.external("https://status/{{a}}"),');
  });
});

describe('dashboardProps', () => {
  it('writes filters with sources and saved filter values as conditions; the tiles are known by their ids, the default', () => {
    const props = dashboardProps(
      {
        name: 'Overview',
        filters: [{ name: 'Env', expression: 'Env', source_id: attribute(traces, 'id'), applies_to_source_ids: [attribute(logs, 'id')], is_broadcast_enabled: true, is_variable_enabled: false }],
        saved_filter_values: [{ condition: "Env = 'prod'" }],
      },
      scope,
    );
    expect(props).toEqual({
      name: 'Overview',
      filters: [{ name: 'Env', expression: 'Env', source: new Code('tracesVar'), appliesTo: [new Code('logsVar')], broadcast: true, variable: false }],
      savedFilterValues: ["Env = 'prod'"],
    });
  });
});

describe('alertProps', () => {
  const webhook: BlockAddress = { mode: 'resource', type: 'clickstack_webhook', name: 'paging' };

  it('writes the threshold with its factory, channels with AlertChannel, and consecutive windows by their prop name', () => {
    const props = alertProps(
      {
        name: 'Storm',
        dashboard_id: attribute({ mode: 'resource', type: 'clickstack_dashboard', name: 'db' }, 'id'),
        tile_id: new Literal('t1', 'shared title'),
        threshold: 10,
        threshold_type: 'not_between',
        threshold_max: 5000,
        interval: '1h',
        num_consecutive_windows: 2,
        channels: [{ webhook_id: attribute(webhook, 'id'), webhook_service: 'pagerduty_api', severity: 'critical' }, { webhook_id: new Literal('w9', 'no webhook has this id') }],
      },
      scope,
    );
    expect(text(props)).toBe(
      [
        '{',
        '  threshold: Threshold.notBetween(10, 5000),',
        '  name: "Storm",',
        '  interval: "1h",',
        '  channels: [',
        '    AlertChannel.webhook(pagingVar, { webhookService: "pagerduty_api", severity: "critical" }),',
        '    AlertChannel.webhook({',
        '      webhookId: "w9", // no webhook has this id',
        '    }),',
        '  ],',
        '  consecutiveWindows: 2,',
        '}',
      ].join('\n'),
    );
  });

  it('writes email channels with their recipients', () => {
    const props = alertProps({ threshold: 1, threshold_type: 'above', interval: '5m', channels: [{ email_recipients: ['a@example.com', 'b@example.com'] }] }, scope);
    expect(text(props.channels)).toBe('[AlertChannel.email("a@example.com", "b@example.com")]');
  });
});

describe('savedSearchProps', () => {
  it('puts the source after the name, and keeps the filters as they are, sql_ast comparisons too', () => {
    const filters: ExportObject[] = [{ condition: 'a = 1' }, { type: 'sql_ast', operator: '!=', left: 'level', right: "'debug'" }];
    expect(savedSearchProps({ name: 'Errors', source_id: attribute(logs, 'id'), where: 'level:error', filters }, scope)).toEqual({
      name: 'Errors',
      source: new Code('logsVar'),
      where: 'level:error',
      filters,
    });
  });
});

describe('sources', () => {
  it('write the class of the kind with the common props, then the kind\'s own flat: settings as a record, a session\'s trace source as the construct', () => {
    const trace = {
      name: 'Traces',
      kind: 'trace',
      connection_id: new Literal('c1', 'the ClickHouse connection the source queries'),
      database: 'default',
      table: 'otel_traces',
      query_settings: [{ setting: 'max_threads', value: '4' }],
      trace: { duration_precision: 9, highlighted_row_attribute_expressions: [{ sql_expression: 'SpanName', alias: 'span' }] },
    };
    expect(sourceConstruct(trace, scope)).toEqual({
      kind: 'TraceSource',
      props: {
        name: 'Traces',
        connectionId: trace.connection_id,
        database: 'default',
        table: 'otel_traces',
        durationPrecision: 9,
        querySettings: { max_threads: '4' },
        highlightedRowAttributes: [{ sqlExpression: 'SpanName', alias: 'span' }],
      },
    });
    const session = { name: 'Sessions', kind: 'session', session: { trace_source_id: attribute(traces, 'id') } };
    expect(text(sourceConstruct(session, scope).props.traceSource)).toBe('tracesVar');
    expect(used).toEqual(new Set(['TraceSource', 'SessionSource']));
  });

  it('write links as the source linked and the sources it names, a literal id as { sourceId }', () => {
    const props = sourceLinksProps({ source_id: attribute(logs, 'id'), trace_source_id: attribute(traces, 'id'), metric_source_id: new Literal('m1', 'no source has this id') }, scope);
    expect(text(props)).toBe(['{', '  source: logsVar,', '  traceSource: tracesVar,', '  metricSource: {', '    sourceId: "m1", // no source has this id', '  },', '}'].join('\n'));
  });
});
