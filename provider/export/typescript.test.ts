// TypeScript text of exported values for the CDKTF bindings, and the app's main.ts: camelCase properties, references
// through the bindings' attributes, strings that Terraform JSON does not read as templates, construct ids unique in
// the stack.
import { cdktfFiles, type ExportedTile, tileGroups } from './cdktf-files';
import { type Export, type ExportObject, Expression, Literal } from './model';
import { Code, type Names, properties, stringLiteral, valueText } from './typescript';

const names: Names = {
  variableOf: (address) => `${address.name}Var`,
  secretVariable: (name) => ({ variable: `${name}Var`, type: name.endsWith('url') ? 'string' : 'map(string)' }),
};

describe('stringLiteral', () => {
  it('escapes the starts of Terraform templates, which cdktf passes through', () => {
    expect(stringLiteral('a ${b} %{c} "d"')).toBe('"a $${b} %%{c} \\"d\\""');
  });

  it('writes multi-line text as a template literal, escaping what a template literal reads', () => {
    expect(stringLiteral('SELECT `x`\nWHERE a = \'${v}\' \\ b')).toBe('`SELECT \\`x\\`\nWHERE a = \'$\\${v}\' \\\\ b`');
    // Carriage returns would be normalized in a template literal.
    expect(stringLiteral('a\r\nb')).toBe('"a\\r\\nb"');
  });
});

describe('properties', () => {
  it('writes attribute names in camelCase, references through the bindings, variables as tokens, literal ids with notes', () => {
    const logs = { mode: 'data' as const, type: 'clickstack_source', name: 'logs' };
    const dashboard = { mode: 'resource' as const, type: 'clickstack_dashboard', name: 'main' };
    const text = properties(
      {
        source_id: new Expression({ kind: 'attribute', of: logs, attribute: 'id' }),
        connection_id: new Expression({ kind: 'attribute', of: logs, attribute: 'connection' }),
        tile_id: new Expression({ kind: 'attribute', of: dashboard, attribute: 'tile_ids', key: 'Errors' }),
        url: new Expression({ kind: 'variable', name: 'hook_url' }),
        headers: new Expression({ kind: 'variable', name: 'hook_headers' }),
        saved_query_language: 'lucene',
        other: new Literal('abc', 'gone'),
        select: [{ agg_fn: 'count', value_expression: 'x' }],
      },
      '  ',
      names,
    );
    expect(text).toBe(
      [
        '  sourceId: logsVar.id,',
        '  connectionId: logsVar.connection,',
        '  tileId: mainVar.tileIds.lookup("Errors"),',
        '  url: hook_urlVar.stringValue,',
        '  headers: Token.asStringMap(hook_headersVar.value),',
        '  savedQueryLanguage: "lucene",',
        '  other: "abc", // gone',
        '  select: [{ aggFn: "count", valueExpression: "x" }],',
      ].join('\n'),
    );
  });
});

describe('valueText', () => {
  it('writes composed calls on one line when they fit, else with their last argument opening onto the next lines', () => {
    const call = new Code('Select.of', [{ aggFn: 'count', alias: 'requests' }]);
    expect(valueText(call, '', names)).toBe('Select.of({ aggFn: "count", alias: "requests" })');
    const tile = new Code('new LineTile', ['errors', { title: 'Errors', source: new Code('logs'), select: [call], groupBy: 'ServiceName', numberFormat: { output: 'number' } }]);
    expect(valueText(tile, '', names)).toBe(
      [
        'new LineTile("errors", {',
        '  title: "Errors",',
        '  source: logs,',
        '  select: [Select.of({ aggFn: "count", alias: "requests" })],',
        '  groupBy: "ServiceName",',
        '  numberFormat: { output: "number" },',
        '})',
      ].join('\n'),
    );
  });

  it('writes a reference or a name longer than a line on its line', () => {
    const dashboard = { mode: 'resource' as const, type: 'clickstack_dashboard', name: 'main' };
    const key = 't'.repeat(300);
    expect(valueText(new Expression({ kind: 'attribute', of: dashboard, attribute: 'tile_ids', key }), '', names)).toBe(`mainVar.tileIds.lookup("${key}")`);
    expect(valueText(new Code('n'.repeat(130)), '', names)).toBe('n'.repeat(130));
  });

  it('writes a call whose last argument is a literal id with one argument a line, the note beside it', () => {
    expect(valueText(new Code('AlertChannel.webhook', [new Literal('w1', 'no webhook has this id')]), '', names)).toBe('AlertChannel.webhook(\n  "w1", // no webhook has this id\n)');
  });
});

describe('main.ts', () => {
  const resource = (type: string, name: string, id: string) => ({ address: { mode: 'resource' as const, type, name }, id, title: name, config: { name } });
  const exported: Export = {
    flavor: 'cloud',
    mode: 'import',
    sources: [],
    sourceLinks: [],
    connections: [],
    roles: [],
    teamMembers: [],
    webhooks: [],
    savedSearches: [
      {
        resource: resource('clickstack_saved_search', 'errors', 's1'),
        alerts: [{ ...resource('clickstack_alert', 'errors', 'a1'), config: { name: 'errors', threshold: 1, threshold_type: 'above', interval: '5m', channels: [] } }],
      },
    ],
    dashboards: [{ resource: resource('clickstack_dashboard', 'app', 'd1'), state: {}, alerts: [] }],
    lookups: [],
    variables: [],
    notes: [],
    tileIdNotes: [],
  };

  it('gives each construct an id unique in the stack: the Terraform name, with its kind where two kinds share it or the code uses it', () => {
    const main = cdktfFiles(exported, 'adopted').get('main.ts')!;
    expect(main).toContain('const errors = new SavedSearch(stack, "errors", { name: "errors", source: { sourceId: "" } }).importFrom("s1");');
    expect(main).toContain('new Alert(stack, "errors_alert", {');
    expect(main).toContain('const appDashboard = new Dashboard(stack, "app_dashboard", { name: "app" }).importFrom("d1");');
    expect(main).toContain('import { Alert, ClickStackEnvironment, Dashboard, SavedSearch, Threshold } from "clickstack-cdktf";');
    expect(main).not.toContain('bindings');
    expect(main).toContain('const stack = new TerraformStack(app, "adopted");');
    expect(main).toContain('new ClickStackEnvironment(stack, "clickstack", { flavor: "cloud" });');
    expect(main).toContain('// The connection comes from the environment: CLICKHOUSE_ORG_ID, CLICKSTACK_SERVICE_ID, CLICKHOUSE_CLOUD_API_KEY, CLICKHOUSE_CLOUD_API_SECRET.');
    expect(main).not.toContain('function secret');
  });

  it('writes a dashboard with its containers, tabs and tiles at their cells, in list order, and the alert on its tile object', () => {
    const logs = { mode: 'data' as const, type: 'clickstack_source', name: 'logs' };
    const source_id = new Expression({ kind: 'attribute', of: logs, attribute: 'id' });
    const line = (name: string, key: string, [x, y]: number[], place = {}) => ({ key, name, x, y, w: 12, h: 4, ...place, source_id, select: [{ agg_fn: 'count' }] });
    const address = { mode: 'resource' as const, type: 'clickstack_dashboard', name: 'health' };
    const config: ExportObject = {
      name: 'Health',
      // ClickStack's order: the lower tile first, which the code must keep. Keyed by name, as the import id keys them.
      line_tiles: [line('Errors', 'Errors', [0, 4]), line('Errors', 'Errors 2', [0, 0]), line('Queries', 'Queries', [0, 0], { container_id: 'c1', tab_id: 't2' })],
      markdown_tiles: [{ key: 'Note', name: 'Note', x: 12, y: 0, w: 12, h: 2, text: 'hi' }],
      containers: [
        { id: 'c1', title: 'More', collapsed: true, tabs: [{ id: 't1', title: 'One' }, { id: 't2', title: 'Two' }] },
        { id: 'c2', title: 'Empty', tabs: [{ id: 't3', title: 'Three' }] },
        { id: 'c3', title: 'Bare' },
      ],
    };
    const state = { line_tiles: [{ id: 'l1' }, { id: 'l2' }, { id: 'l3' }], markdown_tiles: [{ id: 'm1' }] };
    const alert = {
      address: { mode: 'resource' as const, type: 'clickstack_alert', name: 'errors_alert' },
      id: 'a1',
      title: 'unnamed alert on tile "Errors"',
      config: { dashboard_id: new Expression({ kind: 'attribute', of: address, attribute: 'id' }), tile_id: new Expression({ kind: 'attribute', of: address, attribute: 'tile_ids', key: 'Errors 2' }), threshold: 1, threshold_type: 'above', interval: '5m', channels: [] },
    };
    const main = cdktfFiles(
      { ...exported, savedSearches: [], dashboards: [{ resource: { address, id: 'd1', importId: 'd1?tile_keys=name', title: 'Health', config }, state, alerts: [alert] }], lookups: [{ address: logs, config: { name: 'Logs', kind: 'log' } }] },
      'adopted',
    ).get('main.ts')!;
    expect(main.slice(main.indexOf('// --- Lookups'), main.indexOf('app.synth();'))).toMatchSnapshot();
  });

  it('writes tiles side by side from column 0, as high as each other, as rows; a tile an alert watches as a variable in its row', () => {
    const address = { mode: 'resource' as const, type: 'clickstack_dashboard', name: 'overview' };
    // Keyed by name, as the import id keys them.
    const markdown = (name: string, [x, y, w, h]: number[], place = {}) => ({ key: name, name, x, y, w, h, text: name, ...place });
    const number = (name: string, [x, y, w, h]: number[]) => ({ key: name, name, x, y, w, h, source_id: 'src', select: [{ agg_fn: 'count' }] });
    const config: ExportObject = {
      name: 'Overview',
      markdown_tiles: [markdown('Intro', [0, 0, 24, 2]), markdown('Left', [0, 2, 6, 4]), markdown('Right', [18, 2, 6, 4]), markdown('Inside', [0, 0, 12, 3], { container_id: 'c1' })],
      number_tiles: [number('Requests', [6, 2, 6, 4]), number('Errors', [12, 2, 6, 4])],
      containers: [{ id: 'c1', title: 'More' }],
    };
    const state = { markdown_tiles: [{ id: 'm1' }, { id: 'm2' }, { id: 'm3' }, { id: 'm4' }], number_tiles: [{ id: 'n1' }, { id: 'n2' }] };
    const alert = {
      address: { mode: 'resource' as const, type: 'clickstack_alert', name: 'errors_alert' },
      id: 'a1',
      title: 'unnamed alert on tile "Errors"',
      config: { dashboard_id: new Expression({ kind: 'attribute', of: address, attribute: 'id' }), tile_id: new Expression({ kind: 'attribute', of: address, attribute: 'tile_ids', key: 'Errors' }), threshold: 1, threshold_type: 'above', interval: '5m', channels: [] },
    };
    const main = cdktfFiles({ ...exported, savedSearches: [], dashboards: [{ resource: { address, id: 'd1', importId: 'd1?tile_keys=name', title: 'Overview', config }, state, alerts: [alert] }] }, 'adopted').get('main.ts')!;
    expect(main.slice(main.indexOf('// --- Dashboards'), main.indexOf('app.synth();'))).toMatchSnapshot();
  });

  it('comes with the package files that install and synthesize it', () => {
    const files = cdktfFiles(exported, 'adopted');
    expect([...files.keys()]).toEqual(['main.ts', 'package.json', 'tsconfig.json', 'cdktf.json', '.gitignore']);
    const manifest = JSON.parse(files.get('package.json')!);
    expect(manifest.scripts.synth).toBe('tsc && node dist/main.js');
    expect(Object.keys(manifest.dependencies)).toEqual(['cdktf', 'clickstack-cdktf', 'constructs']);
  });
});

describe('tileGroups', () => {
  const tile = (name: string, [x, y, w, h]: number[], grid = ''): ExportedTile => ({ list: 'markdown_tiles', element: { name, x, y, w, h, container_id: grid || null }, serverId: name });
  const groups = (tiles: ExportedTile[]) => tileGroups(tiles, ({ element }) => String(element.container_id ?? '')).map(({ tiles: grouped, row }) => `${row ? 'row' : 'at'} ${grouped.map(({ serverId }) => serverId).join(' ')}`);

  it('makes a row of tiles as high as each other, side by side from column 0 at the bottom of their grid', () => {
    expect(groups([tile('a', [0, 0, 8, 4]), tile('b', [8, 0, 8, 4]), tile('c', [16, 0, 8, 4]), tile('d', [0, 4, 24, 2])])).toEqual(['row a b c', 'row d']);
  });

  it('places at their cells the tiles a row cannot: a gap, another height, not from column 0, not at the bottom, past the right edge', () => {
    expect(groups([tile('a', [0, 0, 8, 4]), tile('gap', [10, 0, 8, 4])])).toEqual(['row a', 'at gap']);
    expect(groups([tile('a', [0, 0, 8, 4]), tile('taller', [8, 0, 8, 6])])).toEqual(['row a', 'at taller']);
    expect(groups([tile('right', [12, 0, 12, 4]), tile('left', [0, 0, 12, 4])])).toEqual(['at right', 'at left']);
    expect(groups([tile('low', [0, 5, 12, 4])])).toEqual(['at low']);
    expect(groups([tile('a', [0, 0, 20, 4]), tile('past', [20, 0, 8, 4])])).toEqual(['row a', 'at past']);
  });

  it('keeps a grid of its own for each container: a row there starts at its own top, and another grid ends a row', () => {
    expect(groups([tile('a', [0, 0, 12, 4]), tile('in', [0, 0, 12, 4], 'c1'), tile('b', [12, 0, 12, 4]), tile('in2', [12, 0, 12, 4], 'c1')])).toEqual(['row a', 'row in', 'at b', 'at in2']);
  });
});
