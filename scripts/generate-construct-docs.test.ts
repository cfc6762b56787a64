import * as fs from 'node:fs';
import * as path from 'node:path';
import { constructsProgram, documentedExports, generateConstructDocs, missingDocs } from './generate-construct-docs';
import { DOCS_DIR, filesUnder } from './generate-docs';

// One program of the constructs (and the bindings they import) serves every test: building it takes seconds.
const program = constructsProgram();

describe('the constructs reference', () => {
  it('is up to date in docs/constructs/ (run `npm run docs` after changing a construct\'s TSDoc or an example)', () => {
    const generated = generateConstructDocs(program);
    expect(filesUnder(path.join(DOCS_DIR, 'constructs')).map((file) => `constructs/${file}`)).toEqual([...generated.keys()].sort());
    for (const [file, text] of generated) expect({ file, text: fs.readFileSync(path.join(DOCS_DIR, file), 'utf8') }).toEqual({ file, text });
  });

  it('documents every exported symbol, prop and public member; every optional prop says its default', () => {
    expect(missingDocs(program)).toEqual([]);
  });

  it('lists every export of constructs/index.ts but the bindings and value lists, each on one page, and embeds every construct example', () => {
    const pages = documentedExports(program);
    const names = pages.flatMap(({ items }) => items.map((item) => item.name));
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['Dashboard', 'Alert', 'LineTile', 'SqlTableTile', 'Select', 'Row', 'Threshold', 'AlertChannel', 'ClickStackEnvironment']));
    const examples = fs.readdirSync(path.join(__dirname, '..', 'examples', 'cdktf', 'constructs'));
    expect([...new Set(pages.flatMap(({ topic }) => (topic.example ? [topic.example] : [])))].sort()).toEqual(examples.sort());
  });

  it('renders props with their type, default and description, and classes with their members', () => {
    const dashboard = generateConstructDocs(program).get('constructs/dashboard.md')!;
    expect(dashboard).toContain('| `savedQueryLanguage` | `\'lucene\' \\| \'sql\'` | \'lucene\' when `savedQuery` is set | Language of `savedQuery`: `lucene` or `sql`. |');
    expect(dashboard).toContain('new Dashboard(scope: Construct, id: string, props: DashboardProps)');
    expect(dashboard).toContain('| `addRow(...items: LayoutItem[]): this` | Adds a row below everything placed so far;');
    expect(generateConstructDocs(program).get('constructs/tiles.md')).toContain('| `Select.quantile(valueExpression: string, level: 0.5 \\| 0.9 \\| 0.95 \\| 0.99, options?: SelectOptions): SelectItem` |');
  });
});
