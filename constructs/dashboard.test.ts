import { TerraformOutput, type TerraformStack } from 'cdktf';
import { synth, synthError, synthWarnings } from '../test/support/cdktf';
import { Dashboard } from './dashboard';
import { ClickStackEnvironment } from './environment';
import { BarTile, NumberTile, PieTile, TableTile } from './model/aggregate-tiles';
import { EventPatternsTile, HeatmapTile, SearchTile } from './model/event-tiles';
import { Column, Row, Spacer } from './model/layout';
import { MarkdownTile } from './model/markdown-tile';
import { NumberFormat } from './model/number-format';
import { Select } from './model/select';
import { SqlBarTile, SqlLineTile, SqlNumberTile, SqlPieTile, SqlStackedBarTile, SqlTableTile } from './model/sql-tiles';
import type { Tile } from './model/tile';
import { ColorRule, OnClick } from './model/tile-options';
import { LineTile, StackedBarTile } from './model/time-series-tiles';
import { type ISource, Source } from './source';

/** An OSS environment with the seeded sources looked up by name. */
function environment(stack: TerraformStack) {
  new ClickStackEnvironment(stack, 'clickstack', { flavor: 'oss' });
  return {
    logs: Source.fromName(stack, 'logs', { name: 'Logs', kind: 'log' }),
    traces: Source.fromName(stack, 'traces', { name: 'Traces', kind: 'trace' }),
  };
}

const note = (id: string) => new MarkdownTile(id, { text: id, height: 2 });

describe('Dashboard', () => {
  const sql = 'SELECT ServiceName, count() AS n FROM otel_logs WHERE $__timeFilter(Timestamp) GROUP BY ServiceName';
  const tiles: [string, (logs: ISource, traces: ISource) => Tile][] = [
    ['line', (logs) => new LineTile('errors', { title: 'Errors', source: logs, select: [Select.count({ where: 'SeverityText:error', alias: 'errors' })], groupBy: 'ServiceName' })],
    ['stacked bar', (logs) => new StackedBarTile('volume', { title: 'Volume', source: logs, select: [Select.count()], groupBy: 'SeverityText', fillNulls: false })],
    ['number', (logs) => new NumberTile('total', { source: logs, select: [Select.count()], numberFormat: NumberFormat.number({ average: true }), colorRules: [ColorRule.gt(1000, 'chart-red')] })],
    ['table', (_, traces) => new TableTile('slowest', { source: traces, select: [Select.quantile('Duration', 0.95, { alias: 'p95' })], groupBy: 'SpanName', orderBy: 'p95 DESC', onClick: OnClick.search(traces) })],
    ['pie', (logs) => new PieTile('by_service', { source: logs, select: [Select.count()], groupBy: 'ServiceName', limit: 8 })],
    ['bar', (logs) => new BarTile('by_level', { source: logs, select: [Select.count()], groupBy: 'SeverityText' })],
    ['heatmap', (_, traces) => new HeatmapTile('latency', { source: traces, valueExpression: 'Duration', scale: 'log' })],
    ['search', (logs) => new SearchTile('recent_errors', { source: logs, select: 'Timestamp, ServiceName, Body', where: 'SeverityText:error' })],
    ['event patterns', (logs) => new EventPatternsTile('patterns', { source: logs, where: 'SeverityText:error' })],
    ['markdown', () => new MarkdownTile('about', { title: 'About', text: 'Owned by **platform**.' })],
    ['raw SQL line', (logs) => new SqlLineTile('sql_line', { sql, source: logs, fillNulls: true })],
    ['raw SQL stacked bar', (logs) => new SqlStackedBarTile('sql_stacked_bar', { sql, source: logs })],
    ['raw SQL table', (logs) => new SqlTableTile('sql_table', { sql, source: logs, onClick: OnClick.external('https://example.com/{{ServiceName}}') })],
    ['raw SQL number', (logs) => new SqlNumberTile('sql_number', { sql, source: logs, color: 'chart-blue' })],
    ['raw SQL pie', (logs) => new SqlPieTile('sql_pie', { sql, source: logs })],
    ['raw SQL bar', () => new SqlBarTile('sql_bar', { sql, connectionId: '64f0000000000000000000c1' })],
  ];

  it.each(tiles)('synthesizes one tile (%s) in the list of its kind, with its key and place', (_, build) => {
    const json = synth((stack) => {
      const { logs, traces } = environment(stack);
      new Dashboard(stack, 'health', { name: 'Service health', tags: ['team'] }).addRow(build(logs, traces));
    });
    expect(json.resource).toMatchSnapshot();
  });

  describe('layout', () => {
    const layouts: [string, (dashboard: Dashboard) => void][] = [
      ['rows sharing the width', (d) => d.addRow(note('a'), note('b')).addRow(note('c'), note('d'), note('e'))],
      ['rows with widths, wrapping', (d) => d.addRow(new MarkdownTile('wide', { width: 16 }), note('rest')).addRow(...['p', 'q', 'r'].map((id) => new MarkdownTile(id, { width: 10 })))],
      ['columns and spacers', (d) => d.addRow(new Spacer({ width: 2 }), new Column(note('top'), note('bottom')), note('side'), new Spacer({ width: 2 }))],
      ['auto-placement as the UI does it', (d) => d.addTiles(note('a'), note('b'), note('c'), note('d'))],
      ['positions given by hand', (d) => d.addAt({ x: 0, y: 0 }, new MarkdownTile('a', { width: 6 })).addAt({ x: 18, y: 4 }, new Row(note('b')))],
      [
        'containers with tabs',
        (d) => {
          d.addRow(note('summary'));
          d.addContainer('infra', { title: 'Infrastructure', collapsed: true }).addRow(note('cpu'), note('memory'));
          const services = d.addContainer('services', { title: 'Services' });
          services.addTab('api', { title: 'API' }).addRow(note('api'));
          services.addTab('web', { title: 'Web' }).addRow(note('web'));
        },
      ],
    ];

    it.each(layouts)('places tiles: %s', (_, lay) => {
      const json = synth((stack) => {
        environment(stack);
        lay(new Dashboard(stack, 'health', { name: 'Service health' }));
      });
      expect(json.resource.clickstack_dashboard.health).toMatchSnapshot();
    });

    it('takes rows as props, before rows added later', () => {
      const json = synth((stack) => {
        environment(stack);
        new Dashboard(stack, 'health', { name: 'Service health', rows: [[note('a'), note('b')]] }).addRow(note('c'));
      });
      expect(json.resource.clickstack_dashboard.health.markdown_tiles.map(({ key, x, y }: any) => [key, x, y])).toEqual([
        ['a', 0, 0],
        ['b', 12, 0],
        ['c', 0, 2],
      ]);
    });
  });

  it('synthesizes filters, the saved query and saved filter values', () => {
    const json = synth((stack) => {
      const { logs, traces } = environment(stack);
      new Dashboard(stack, 'health', {
        name: 'Service health',
        filters: [{ name: 'Service', expression: 'ServiceName', source: logs, appliesTo: [logs, traces] }],
        savedQuery: 'SeverityText:error',
        savedFilterValues: ["ServiceName = 'api'"],
      }).addRow(note('a'));
    });
    expect(json.resource.clickstack_dashboard.health).toMatchSnapshot();
  });

  it('gives each tile\'s server id by tile (or key), for alerts and outputs', () => {
    const json = synth((stack) => {
      const { logs } = environment(stack);
      const errors = new LineTile('errors', { source: logs, select: [Select.count()] });
      const health = new Dashboard(stack, 'health', { name: 'Service health' }).addRow(errors);
      expect(health.has(errors)).toBe(true);
      new TerraformOutput(stack, 'ids', { value: { dashboard: health.dashboardId, errors: health.tileId(errors), byKey: health.tileId('errors') } });
    });
    expect(json.output.ids.value).toEqual({
      dashboard: '${clickstack_dashboard.health.id}',
      errors: '${clickstack_dashboard.health.tile_ids["errors"]}',
      byKey: '${clickstack_dashboard.health.tile_ids["errors"]}',
    });
  });

  it('with tileKeys "title", writes no keys and gives a namesake tile\'s server id as its element\'s id; importFrom adopts an id', () => {
    const json = synth((stack) => {
      const { logs } = environment(stack);
      const first = new LineTile('first', { title: 'Errors', source: logs, select: [Select.count()] });
      const second = new LineTile('second', { title: 'Errors', source: logs, select: [Select.count()] });
      const rate = new LineTile('rate', { title: 'Rate', source: logs, select: [Select.count()] });
      const health = new Dashboard(stack, 'health', { name: 'Service health', tileKeys: 'title' }).addRow(first, second, rate).importFrom('d1');
      new TerraformOutput(stack, 'ids', { value: [health.tileId(second), health.tileId(rate)] });
    });
    const dashboard = json.resource.clickstack_dashboard.health;
    expect(dashboard.line_tiles.map((tile: Record<string, unknown>) => tile.key)).toEqual([undefined, undefined, undefined]);
    expect(json.import).toEqual([{ id: 'd1', to: 'clickstack_dashboard.health' }]);
    expect(json.output.ids.value).toEqual(['${clickstack_dashboard.health.line_tiles[1].id}', '${clickstack_dashboard.health.tile_ids["Rate"]}']);
  });

  it('warns at synth, naming the dashboard and the tile, of layouts ClickStack takes but that are probably mistakes: a tile past the 24th column, overlapping tiles', () => {
    const warnings = synthWarnings((stack) => {
      environment(stack);
      new Dashboard(stack, 'health', { name: 'Service health' })
        .addAt({ x: 18, y: 0 }, new MarkdownTile('notes', { width: 12, height: 2 }))
        .addAt({ x: 0, y: 0 }, new MarkdownTile('under', { width: 20, height: 2 }));
    });
    expect(warnings).toEqual([
      '[stack/health] Tile "notes" ends at column 30 (x 18 + width 12); the grid has 24 columns, and the UI cuts it off.',
      '[stack/health] Tile "under" overlaps tile "notes" (at x 0, y 0).',
    ]);
  });

  it('refers to a tile by a title holding quotes, backslashes, a newline and template sequences, escaped for the quoted key of the Terraform expression', () => {
    // As cdktf strings write them: `$${` and `%%{` for a literal `${` and `%{`.
    const title = 'a "b" \\ c\n$${d} %%{e}';
    const json = synth((stack) => {
      const { logs } = environment(stack);
      const tile = new LineTile('rate', { title, source: logs, select: [Select.count()] });
      const health = new Dashboard(stack, 'health', { name: 'Service health', tileKeys: 'title' }).addRow(tile);
      new TerraformOutput(stack, 'id', { value: health.tileId(tile) });
    });
    expect(json.output.id.value).toBe('${clickstack_dashboard.health.tile_ids["a \\"b\\" \\\\ c\\n$${d} %%{e}"]}');
  });

  describe('fails synth, naming the dashboard and the tile', () => {
    it('on a count with a value expression and a level without quantile', () => {
      const error = synthError((stack) => {
        const { logs } = environment(stack);
        new Dashboard(stack, 'health', { name: 'Service health' }).addRow(
          new LineTile('errors', { source: logs, select: [Select.of({ aggFn: 'count', valueExpression: 'Body' }), Select.of({ aggFn: 'max', valueExpression: 'Duration', level: 0.5 })] }),
        );
      });
      expect(error).toContain('[stack/health] Tile "errors": `select[0]` counts rows and takes no value expression; remove `valueExpression` ("Body") or use another aggregation.');
      expect(error).toContain('[stack/health] Tile "errors": `select[1].level` is only for the "quantile" aggregation, not "max".');
    });

    it('on a heatmap of a source looked up as a log source (ClickStack refuses it)', () => {
      const error = synthError((stack) => {
        const { logs } = environment(stack);
        new Dashboard(stack, 'health', { name: 'Service health' }).addRow(new HeatmapTile('latency', { source: logs, valueExpression: 'Duration' }));
      });
      expect(error).toContain('[stack/health] Tile "latency": `source` is a log source; heatmap tiles need a trace source.');
    });

    it('on more than 500 tiles', () => {
      const error = synthError((stack) => {
        environment(stack);
        const dashboard = new Dashboard(stack, 'health', { name: 'Service health' });
        dashboard.addTiles(...Array.from({ length: 501 }, (_, i) => new MarkdownTile(`note${i}`, { width: 1, height: 1 })));
      });
      expect(error).toContain('[stack/health] The dashboard has 501 tiles; ClickStack takes at most 500.');
    });

    it('on settings only ClickStack OSS has, in a Managed ClickStack environment', () => {
      const error = synthError((stack) => {
        new ClickStackEnvironment(stack, 'prod', { flavor: 'cloud' });
        const logs = Source.fromName(stack, 'logs', { name: 'Logs' });
        new Dashboard(stack, 'health', { name: 'Service health' }).addRow(new LineTile('errors', { source: logs, select: [Select.count()], seriesLimit: 5 }));
      });
      expect(error).toContain('[stack/health] Tile "errors": `seriesLimit` exists only on ClickStack OSS; this environment is Managed ClickStack.');
    });

    it('on a source of another environment', () => {
      const error = synthError((stack) => {
        const dev = new ClickStackEnvironment(stack, 'dev', { flavor: 'oss', alias: 'dev' });
        const prod = new ClickStackEnvironment(stack, 'prod', { flavor: 'oss', alias: 'prod' });
        const devLogs = Source.fromName(dev, 'logs', { name: 'Logs' });
        new Dashboard(prod, 'health', { name: 'Service health', filters: [{ name: 'Service', expression: 'ServiceName', source: devLogs }] }).addRow(
          new SearchTile('errors', { source: devLogs }),
        );
      });
      expect(error).toContain('[stack/prod/health] A source of tile "errors" belongs to environment stack/dev; this construct belongs to stack/prod.');
      expect(error).toContain('[stack/prod/health] A source of `filters[0]` belongs to environment stack/dev; this construct belongs to stack/prod.');
    });
  });
});

describe('Dashboard.fromName', () => {
  it('looks a dashboard up by name; its ids, and tile ids by name, resolve when Terraform plans', () => {
    const json = synth((stack) => {
      new ClickStackEnvironment(stack, 'clickstack', { flavor: 'oss' });
      const health = Dashboard.fromName(stack, 'health', { name: 'Service health' });
      new TerraformOutput(stack, 'ids', { value: { dashboard: health.dashboardId, errors: health.tileId('Errors') } });
    });
    expect(json.data).toMatchSnapshot();
    expect(json.output.ids.value).toEqual({
      dashboard: '${data.clickstack_dashboard.health.id}',
      errors: '${data.clickstack_dashboard.health.tile_ids["Errors"]}',
    });
  });

  it('fails synth on an empty name', () => {
    const error = synthError((stack) => {
      new ClickStackEnvironment(stack, 'clickstack', { flavor: 'oss' });
      Dashboard.fromName(stack, 'health', { name: '' });
    });
    expect(error).toContain('[stack/health] `name` must not be empty.');
  });
});
