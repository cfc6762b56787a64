// TypeScript text of exported values for the CDKTF bindings, and the app's main.ts: camelCase properties, references
// through the bindings' attributes, strings that Terraform JSON does not read as templates, construct ids unique in
// the stack.
import { cdktfFiles } from './cdktf-files';
import { type Export, Expression, Literal } from './model';
import { type Names, properties, stringLiteral } from './typescript';

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

describe('main.ts', () => {
  const resource = (type: string, name: string, id: string) => ({ address: { mode: 'resource' as const, type, name }, id, title: name, config: { name } });
  const exported: Export = {
    flavor: 'cloud',
    webhooks: [],
    savedSearches: [{ resource: resource('clickstack_saved_search', 'errors', 's1'), alerts: [resource('clickstack_alert', 'errors', 'a1')] }],
    dashboards: [{ resource: resource('clickstack_dashboard', 'app', 'd1'), state: {}, alerts: [] }],
    lookups: [],
    variables: [],
    notes: [],
  };

  it('gives each construct an id unique in the stack: the Terraform name, with its kind where two kinds share it or the code uses it', () => {
    const main = cdktfFiles(exported, 'adopted').get('main.ts')!;
    expect(main).toContain('const errors = new bindings.savedSearch.SavedSearch(stack, "errors", {');
    expect(main).toContain('const errorsAlert = new bindings.alert.Alert(stack, "errors_alert", {');
    expect(main).toContain('const appDashboard = new bindings.dashboard.Dashboard(stack, "app_dashboard", {');
    expect(main).toContain('appDashboard.importFrom("d1");');
    expect(main).toContain('const stack = new TerraformStack(app, "adopted");');
    expect(main).toContain('new ClickStackEnvironment(stack, "clickstack", { flavor: "cloud" });');
    expect(main).toContain('// The connection comes from the environment: CLICKHOUSE_ORG_ID, CLICKSTACK_SERVICE_ID, CLICKHOUSE_CLOUD_API_KEY, CLICKHOUSE_CLOUD_API_SECRET.');
    expect(main).not.toContain('function secret');
  });

  it('comes with the package files that install and synthesize it', () => {
    const files = cdktfFiles(exported, 'adopted');
    expect([...files.keys()]).toEqual(['main.ts', 'package.json', 'tsconfig.json', 'cdktf.json', '.gitignore']);
    const manifest = JSON.parse(files.get('package.json')!);
    expect(manifest.scripts.synth).toBe('tsc && node dist/main.js');
    expect(Object.keys(manifest.dependencies)).toEqual(['cdktf', 'clickstack-cdktf', 'constructs']);
  });
});
