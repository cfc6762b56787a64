import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { clickstackProvider } from '../provider/provider';
import { defaultTo, requiresReplace } from '../provider/runtime/plan-modifiers';
import type { DataSourceDefinition, ProviderDefinition, ResourceDefinition } from '../provider/runtime/provider';
import type { Attribute, Schema } from '../provider/runtime/types';
import { oneOf, stringLength } from '../provider/runtime/validators';
import { DOCS_DIR, filesUnder, generateDocs, isGeneratedDoc, missingExamples } from './generate-docs';

describe('the generated documentation of the clickstack provider', () => {
  it('has every example snippet a registered resource, data source and the provider need', () => {
    expect(missingExamples(clickstackProvider)).toEqual([]);
  });

  it('is up to date in docs/ (run `npm run docs` after changing a schema or an example)', () => {
    const generated = generateDocs(clickstackProvider);
    expect(filesUnder(DOCS_DIR).filter(isGeneratedDoc)).toEqual([...generated.keys()].sort());
    for (const [file, text] of generated) expect({ file, text: fs.readFileSync(path.join(DOCS_DIR, file), 'utf8') }).toEqual({ file, text });
  });

  it('documents every attribute: each has a description', () => {
    const undescribed = (attributes: { [name: string]: Attribute }, prefix: string): string[] =>
      Object.entries(attributes).flatMap(([name, attribute]) => [
        ...(attribute.description ? [] : [`${prefix}${name}`]),
        ...(attribute.nested ? undescribed(attribute.nested.attributes, `${prefix}${name}.`) : []),
      ]);
    const schemas: [string, Schema][] = [
      ['provider', clickstackProvider.schema],
      ...Object.entries(clickstackProvider.resources).map(([type, { schema }]): [string, Schema] => [`resource ${type}`, schema]),
      ...Object.entries(clickstackProvider.dataSources).map(([type, { schema }]): [string, Schema] => [`data source ${type}`, schema]),
    ];
    expect(
      schemas.flatMap(([type, schema]) => [...(schema.block.description ? [] : [type]), ...undescribed(schema.block.attributes, `${type}.`)]),
    ).toEqual([]);
  });
});

describe('generateDocs', () => {
  let examplesDir: string;
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(examplesDir, file)), { recursive: true });
    fs.writeFileSync(path.join(examplesDir, file), text);
  };

  const noCrud = { create: async () => null, read: async () => null, update: async () => null, delete: async () => undefined };
  const widget: ResourceDefinition = {
    schema: {
      version: 0,
      block: {
        description: 'A widget.',
        attributes: {
          id: { type: 'string', computed: true, description: 'Id of the widget.' },
          name: { type: 'string', required: true, description: 'Name.', validators: [stringLength(1, 64)] },
          color: {
            type: 'string',
            optional: true,
            computed: true,
            description: 'Colour. Defaults to `"red"`.',
            validators: [oneOf('red', 'blue')],
            planModifiers: [defaultTo('red'), requiresReplace],
          },
          token: { type: 'string', optional: true, sensitive: true, writeOnly: true, description: 'Secret token.' },
          legacy: { type: 'bool', optional: true, deprecated: true, deprecationMessage: 'Use `name`.', description: 'Old switch.' },
          labels: { type: ['map', 'string'], optional: true, description: 'Labels.' },
          parts: {
            optional: true,
            description: 'Parts.',
            nested: {
              nesting: 'list',
              attributes: {
                size: { type: 'number', required: true, description: 'Size.' },
                spec: { optional: true, description: 'Spec.', nested: { nesting: 'single', attributes: { depth: { type: 'number', computed: true, description: 'Depth.' } } } },
              },
            },
          },
          position: { type: ['object', { x: 'number', y: 'number' }], computed: true, description: 'Where it is.' },
        },
        blocks: {
          timeouts: { nesting: 'single', block: { description: 'Time limits.', attributes: { create: { type: 'string', optional: true, description: 'Create.' } } } },
        },
      },
    },
    ...noCrud,
    importState: (id) => ({ id }),
  };
  const gadget: ResourceDefinition = { schema: { version: 0, block: { attributes: { id: { type: 'string', computed: true, description: 'Id.' } } } }, ...noCrud };
  const widgets: DataSourceDefinition = {
    schema: { version: 0, block: { description: 'Lists widgets.', attributes: { names: { type: ['list', 'string'], computed: true, description: 'Names.' } } } },
    read: async () => null,
  };
  const provider: ProviderDefinition = {
    typeName: 'acme',
    schema: { version: 0, block: { description: 'The Acme provider.\nSecond line.', attributes: { key: { type: 'string', optional: true, sensitive: true, description: 'API key.' } } } },
    configure: async () => ({}),
    resources: { acme_widget: widget, acme_gadget: gadget },
    dataSources: { acme_widgets: widgets },
  };

  beforeEach(() => {
    examplesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'docs-examples-'));
    write('provider/provider.tf', 'provider "acme" {}\n');
    write('resources/acme_widget/resource.tf', 'resource "acme_widget" "w" {\n  name = "w"\n}\n');
    write('resources/acme_widget/import.sh', 'terraform import acme_widget.w 123\n');
    write('resources/acme_gadget/resource.tf', 'resource "acme_gadget" "g" {}\n');
    write('data-sources/acme_widgets/data-source.tf', 'data "acme_widgets" "all" {}\n');
  });
  afterEach(() => fs.rmSync(examplesDir, { recursive: true, force: true }));

  it('writes the registry layout: an index, a page per resource and per data source', () => {
    expect([...generateDocs(provider, examplesDir).keys()]).toEqual(['index.md', 'resources/widget.md', 'resources/gadget.md', 'data-sources/widgets.md']);
  });

  it('renders a resource page: front matter, example, schema by group, nested schemas with anchors, import', () => {
    expect(generateDocs(provider, examplesDir).get('resources/widget.md')).toBe(
      [
        '---',
        'page_title: "acme_widget Resource - acme"',
        'subcategory: ""',
        'description: |-',
        '  A widget.',
        '---',
        '',
        '<!-- Generated by scripts/generate-docs.ts from the provider schema and examples/; run `npm run docs` after changing either. -->',
        '',
        '# acme_widget (Resource)',
        '',
        'A widget.',
        '',
        '## Example Usage',
        '',
        '```terraform',
        'resource "acme_widget" "w" {',
        '  name = "w"',
        '}',
        '```',
        '',
        '## Schema',
        '',
        '### Required',
        '',
        '- `name` (String) Name. Validation: between 1 and 64 characters long.',
        '',
        '### Optional',
        '',
        '- `color` (String) Colour. Defaults to `"red"`. Validation: one of "red", "blue". Planning: changing it forces replacement.',
        '- `labels` (Map of String) Labels.',
        '- `legacy` (Boolean, Deprecated) Old switch. **Deprecated:** Use `name`.',
        '- `parts` (Attributes List) Parts. (see [below for nested schema](#nestedatt--parts))',
        '- `timeouts` (Block) Time limits. (see [below for nested schema](#nestedblock--timeouts))',
        '- `token` (String, Sensitive, Write-only) Secret token.',
        '',
        '### Read-Only',
        '',
        '- `id` (String) Id of the widget.',
        '- `position` (Object) Where it is. (see [below for nested schema](#nestedobjatt--position))',
        '',
        '<a id="nestedatt--parts"></a>',
        '### Nested Schema for `parts`',
        '',
        'Required:',
        '',
        '- `size` (Number) Size.',
        '',
        'Optional:',
        '',
        '- `spec` (Attributes) Spec. (see [below for nested schema](#nestedatt--parts--spec))',
        '',
        '<a id="nestedatt--parts--spec"></a>',
        '### Nested Schema for `parts.spec`',
        '',
        'Read-Only:',
        '',
        '- `depth` (Number) Depth.',
        '',
        '<a id="nestedobjatt--position"></a>',
        '### Nested Schema for `position`',
        '',
        'Read-Only:',
        '',
        '- `x` (Number)',
        '- `y` (Number)',
        '',
        '<a id="nestedblock--timeouts"></a>',
        '### Nested Schema for `timeouts`',
        '',
        'Optional:',
        '',
        '- `create` (String) Create.',
        '',
        '## Import',
        '',
        'Import is supported using the following syntax:',
        '',
        '```shell',
        'terraform import acme_widget.w 123',
        '```',
        '',
      ].join('\n'),
    );
  });

  it('leaves the import section out for a resource that cannot be imported', () => {
    expect(generateDocs(provider, examplesDir).get('resources/gadget.md')).not.toContain('## Import');
  });

  it('renders the index from the provider schema and a data source page', () => {
    const docs = generateDocs(provider, examplesDir);
    expect(docs.get('index.md')).toContain('description: |-\n  The Acme provider.\n  Second line.\n---');
    expect(docs.get('index.md')).toContain('# acme Provider\n\nThe Acme provider.\nSecond line.\n\n## Example Usage\n\n```terraform\nprovider "acme" {}\n```');
    expect(docs.get('index.md')).toContain('### Optional\n\n- `key` (String, Sensitive) API key.\n');
    expect(docs.get('data-sources/widgets.md')).toContain('# acme_widgets (Data Source)');
    expect(docs.get('data-sources/widgets.md')).toContain('### Read-Only\n\n- `names` (List of String) Names.\n');
  });

  it('refuses to generate when example snippets are missing, naming them', () => {
    fs.rmSync(path.join(examplesDir, 'resources/acme_widget/import.sh'));
    fs.rmSync(path.join(examplesDir, 'data-sources'), { recursive: true });
    expect(missingExamples(provider, examplesDir)).toEqual(['resources/acme_widget/import.sh', 'data-sources/acme_widgets/data-source.tf']);
    expect(() => generateDocs(provider, examplesDir)).toThrow(
      `Example snippets missing under ${examplesDir}: resources/acme_widget/import.sh, data-sources/acme_widgets/data-source.tf`,
    );
  });
});
