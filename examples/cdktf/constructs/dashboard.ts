// Dashboard: typed tiles on the 24-column grid. `addRow` lays tiles out left to right (those without a width share
// the row), `Column` stacks them, `Spacer` leaves room, `addTiles` places them as ClickStack's UI would, and
// containers (with tabs) hold grids of their own. Each tile's id is its key: alerts follow it across new titles.
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import {
  BarTile,
  ClickStackEnvironment,
  ColorRule,
  Column,
  Dashboard,
  EventPatternsTile,
  HeatmapTile,
  LineTile,
  MarkdownTile,
  NumberFormat,
  NumberTile,
  OnClick,
  PieTile,
  SearchTile,
  Select,
  Source,
  Spacer,
  SqlBarTile,
  SqlLineTile,
  SqlNumberTile,
  SqlPieTile,
  SqlStackedBarTile,
  SqlTableTile,
  StackedBarTile,
  TableTile,
} from 'clickstack-cdktf';

const app = new App();
const stack = new TerraformStack(app, 'dashboard');
new ClickStackEnvironment(stack, 'clickstack');
const logs = Source.fromName(stack, 'logs', { name: 'Logs', kind: 'log' });
const traces = Source.fromName(stack, 'traces', { name: 'Traces', kind: 'trace' });

const dashboard = new Dashboard(stack, 'overview', {
  name: 'Overview',
  tags: ['platform'],
  filters: [{ name: 'Service', expression: 'ServiceName', source: logs }],
});

// Charts over time, numbers and a note, in rows.
dashboard.addRow(
  new LineTile('errors', { title: 'Errors', source: logs, select: [Select.count({ where: 'SeverityText:error' })], groupBy: 'ServiceName', width: 16 }),
  new Column(
    new NumberTile('requests', { title: 'Requests', source: traces, select: [Select.count()], numberFormat: NumberFormat.number({ average: true }), height: 5 }),
    new NumberTile('p99', {
      title: 'p99 latency',
      source: traces,
      select: [Select.quantile('Duration', 0.99)],
      numberFormat: NumberFormat.duration({ inputUnit: 'nanoseconds' }),
      colorRules: [ColorRule.gt(1e9, 'chart-error', 'slow')],
      height: 5,
    }),
  ),
);
dashboard.addRow(
  new StackedBarTile('volume', { title: 'Log volume by level', source: logs, select: [Select.count()], groupBy: 'SeverityText' }),
  new HeatmapTile('latency', { title: 'Latency distribution', source: traces, valueExpression: 'Duration', scale: 'log' }),
);
dashboard.addRow(
  new TableTile('slowest', {
    title: 'Slowest operations',
    source: traces,
    select: [Select.quantile('Duration', 0.95, { alias: 'p95' }), Select.count({ alias: 'calls' })],
    groupBy: 'SpanName',
    orderBy: 'p95 DESC',
    onClick: OnClick.search(traces, { whereTemplate: "SpanName = '{{SpanName}}'", whereLanguage: 'sql' }),
  }),
  new PieTile('by_service', { title: 'Logs by service', source: logs, select: [Select.count()], groupBy: 'ServiceName' }),
  new BarTile('by_level', { title: 'Logs by level', source: logs, select: [Select.count()], groupBy: 'SeverityText' }),
);
dashboard.addRow(new Spacer({ width: 4 }), new MarkdownTile('note', { text: 'Below: raw events, then raw SQL in a container.', height: 2 }), new Spacer({ width: 4 }));

// Tiles placed as ClickStack's UI places new ones: 8 columns wide, left to right.
dashboard.addTiles(
  new SearchTile('recent_errors', { title: 'Recent errors', source: logs, select: 'Timestamp, ServiceName, Body', where: 'SeverityText:error' }),
  new EventPatternsTile('patterns', { title: 'Error patterns', source: logs, where: 'SeverityText:error' }),
);

// Raw SQL tiles in a container with two tabs; each tab is a grid of its own. The queries run on the source's connection.
const sql = dashboard.addContainer('sql', { title: 'Raw SQL', collapsible: true });
const perMinute = 'SELECT toStartOfMinute(Timestamp) AS ts, count() AS n FROM otel_logs WHERE $__timeFilter(Timestamp) GROUP BY ts ORDER BY ts';
const perService = 'SELECT ServiceName, count() AS n FROM otel_logs WHERE $__timeFilter(Timestamp) GROUP BY ServiceName';
sql.addTab('time', { title: 'Over time' }).addRow(
  new SqlLineTile('sql_line', { title: 'Logs per minute', sql: perMinute, source: logs }),
  new SqlStackedBarTile('sql_stacked', { title: 'Logs per minute (bars)', sql: perMinute, source: logs }),
  new SqlNumberTile('sql_total', { title: 'Total', sql: 'SELECT count() FROM otel_logs WHERE $__timeFilter(Timestamp)', source: logs, color: 'chart-blue' }),
);
sql.addTab('services', { title: 'By service' }).addRow(
  new SqlTableTile('sql_table', { title: 'Per service', sql: perService, source: logs }),
  new SqlPieTile('sql_pie', { title: 'Share per service', sql: perService, source: logs }),
  new SqlBarTile('sql_bar', { title: 'Count per service', sql: perService, source: logs }),
);

new TerraformOutput(stack, 'dashboard', { value: { id: dashboard.dashboardId, tiles: dashboard.resource.tileIds } });
app.synth();
