// Generates the provider's documentation in the Terraform registry layout (docs/index.md, docs/resources/<name>.md,
// docs/data-sources/<name>.md) from the schema of every registered resource and data source and the example snippets
// under examples/ (examples/provider/provider.tf, examples/resources/<type>/resource.tf and import.sh,
// examples/data-sources/<type>/data-source.tf). `npm run docs` rewrites those pages, and the constructs reference
// (docs/constructs/, from scripts/generate-construct-docs.ts); scripts/generate-docs.test.ts fails when the provider
// pages are stale or a snippet is missing. Other files under docs/ are written by hand.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { clickstackProvider } from '../provider/provider';
import type { ProviderDefinition } from '../provider/runtime/provider';
import type { Attribute, Block, CtyType, NestedBlock, Schema } from '../provider/runtime/types';
import { generateConstructDocs } from './generate-construct-docs';

export const PROJECT_ROOT = path.resolve(__dirname, '..');
export const DOCS_DIR = path.join(PROJECT_ROOT, 'docs');
export const EXAMPLES_DIR = path.join(PROJECT_ROOT, 'examples');

/** A registered object type and the example files its page embeds, relative to examples/. */
interface Page {
  kind: 'Resource' | 'Data Source';
  typeName: string;
  schema: Schema;
  /** Relative to docs/. */
  file: string;
  example: string;
  importExample?: string;
}

function pages(provider: ProviderDefinition<unknown>): Page[] {
  const shortName = (typeName: string) => typeName.replace(new RegExp(`^${provider.typeName}_`), '');
  return [
    ...Object.entries(provider.resources).map(([typeName, resource]): Page => ({
      kind: 'Resource',
      typeName,
      schema: resource.schema,
      file: `resources/${shortName(typeName)}.md`,
      example: `resources/${typeName}/resource.tf`,
      importExample: resource.importState ? `resources/${typeName}/import.sh` : undefined,
    })),
    ...Object.entries(provider.dataSources).map(([typeName, dataSource]): Page => ({
      kind: 'Data Source',
      typeName,
      schema: dataSource.schema,
      file: `data-sources/${shortName(typeName)}.md`,
      example: `data-sources/${typeName}/data-source.tf`,
    })),
  ];
}

const PROVIDER_EXAMPLE = 'provider/provider.tf';

/** Example files (relative to examples/) that a registered resource, data source or the provider needs but lacks. */
export function missingExamples(provider: ProviderDefinition<unknown>, examplesDir = EXAMPLES_DIR): string[] {
  const needed = [PROVIDER_EXAMPLE, ...pages(provider).flatMap((page) => [page.example, ...(page.importExample ? [page.importExample] : [])])];
  return needed.filter((file) => !fs.existsSync(path.join(examplesDir, file)));
}

// --- schema rendering ---------------------------------------------------------------------------------------------

function typeName(type: CtyType): string {
  if (type === 'string') return 'String';
  if (type === 'number') return 'Number';
  if (type === 'bool') return 'Boolean';
  if (type === 'dynamic') return 'Dynamic';
  const [kind, element] = type;
  if (kind === 'object') return 'Object';
  if (kind === 'tuple') return 'Tuple';
  return `${kind === 'list' ? 'List' : kind === 'set' ? 'Set' : 'Map'} of ${typeName(element as CtyType)}`;
}

/** The object type inside a type (an object, or a collection of objects), whose attributes get a nested section. */
function objectAttributes(type: CtyType): { [name: string]: CtyType } | undefined {
  if (typeof type === 'string') return undefined;
  if (type[0] === 'object') return type[1] as { [name: string]: CtyType };
  if (type[0] === 'tuple') return undefined;
  return objectAttributes(type[1] as CtyType);
}

const NESTING_SUFFIX = { single: '', list: ' List', set: ' Set', map: ' Map', group: '' } as const;

/** A section of nested schema still to render: its anchor, its title path and its members. */
interface Section {
  anchor: string;
  title: string;
  members: Member[];
}

interface Member {
  name: string;
  line: string;
  group: 'Required' | 'Optional' | 'Read-Only';
  children: Section[];
}

const sentence = (text: string) => (/[.!?)`]$/.test(text) ? text : `${text}.`);

/** Validator and plan modifier descriptions the attribute's own description does not already say. */
function rules(label: string, descriptions: string[], said: string): string {
  const fresh = descriptions.filter((description) => !said.toLowerCase().includes(description.toLowerCase()));
  return fresh.length > 0 ? ` ${label}: ${sentence(fresh.join('; '))}` : '';
}

function attributeMember(name: string, attribute: Attribute, anchorPath: string[]): Member {
  const anchorBase = [...anchorPath, name].join('--');
  const flags = [
    attribute.nested ? `Attributes${NESTING_SUFFIX[attribute.nested.nesting]}` : typeName(attribute.type!),
    ...(attribute.sensitive ? ['Sensitive'] : []),
    ...(attribute.writeOnly ? ['Write-only'] : []),
    ...(attribute.deprecated ? ['Deprecated'] : []),
  ];
  const description = attribute.description ?? '';
  const group = attribute.required ? 'Required' : attribute.optional ? 'Optional' : 'Read-Only';
  const children: Section[] = [];
  if (attribute.nested) {
    children.push(section(`nestedatt--${anchorBase}`, [...anchorPath, name], attribute.nested.attributes, {}));
  } else {
    const objectType = objectAttributes(attribute.type!);
    if (objectType) {
      const members = Object.entries(objectType).map(
        ([member, type]): Member => ({ name: member, line: `- \`${member}\` (${typeName(type)})`, group, children: [] }),
      );
      children.push({ anchor: `nestedobjatt--${anchorBase}`, title: [...anchorPath, name].join('.'), members: members.sort(byName) });
    }
  }
  const text = [
    description,
    rules('Validation', (attribute.validators ?? []).map((v) => v.description), description),
    rules('Planning', (attribute.planModifiers ?? []).map((m) => m.description), description),
    attribute.deprecationMessage ? ` **Deprecated:** ${attribute.deprecationMessage}` : '',
    children.length > 0 ? ` (see [below for nested schema](#${children[0].anchor}))` : '',
  ].join('');
  return {
    name,
    line: `- \`${name}\` (${flags.join(', ')})${text ? ` ${text.trim()}` : ''}`,
    group,
    children,
  };
}

function blockMember(name: string, nestedBlock: NestedBlock, anchorPath: string[]): Member {
  const child = section(`nestedblock--${[...anchorPath, name].join('--')}`, [...anchorPath, name], nestedBlock.block.attributes, nestedBlock.block.blocks ?? {});
  const limits = [
    ...(nestedBlock.minItems ? [`Min: ${nestedBlock.minItems}`] : []),
    ...(nestedBlock.maxItems ? [`Max: ${nestedBlock.maxItems}`] : []),
  ];
  const description = nestedBlock.block.description ?? '';
  return {
    name,
    line: `- \`${name}\` (${[`Block${NESTING_SUFFIX[nestedBlock.nesting]}`, ...limits].join(', ')}) ${description ? `${description} ` : ''}(see [below for nested schema](#${child.anchor}))`,
    group: nestedBlock.minItems ? 'Required' : 'Optional',
    children: [child],
  };
}

const byName = (a: Member, b: Member) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function section(anchor: string, titlePath: string[], attributes: Block['attributes'], blocks: NonNullable<Block['blocks']>): Section {
  const members = [
    ...Object.entries(attributes).map(([name, attribute]) => attributeMember(name, attribute, titlePath)),
    ...Object.entries(blocks).map(([name, nestedBlock]) => blockMember(name, nestedBlock, titlePath)),
  ];
  return { anchor, title: titlePath.join('.'), members: members.sort(byName) };
}

const GROUPS = ['Required', 'Optional', 'Read-Only'] as const;

function renderMembers(members: Member[], heading: (group: string) => string): string[] {
  return GROUPS.flatMap((group) => {
    const lines = members.filter((member) => member.group === group).map((member) => member.line);
    return lines.length > 0 ? [heading(group), '', ...lines, ''] : [];
  });
}

/** Every nested section below these members, depth first, in the order the members list them. */
function descendants(members: Member[]): Section[] {
  return members.flatMap((member) => member.children.flatMap((child) => [child, ...descendants(child.members)]));
}

function renderSchema(block: Block): string[] {
  const top = section('', [], block.attributes, block.blocks ?? {});
  return [
    '## Schema',
    '',
    ...renderMembers(top.members, (group) => `### ${group}`),
    ...descendants(top.members).flatMap((nested) => [
      `<a id="${nested.anchor}"></a>`,
      `### Nested Schema for \`${nested.title}\``,
      '',
      ...renderMembers(nested.members, (group) => `${group}:`),
    ]),
  ];
}

// --- pages -------------------------------------------------------------------------------------------------------

const GENERATED_NOTE = '<!-- Generated by scripts/generate-docs.ts from the provider schema and examples/; run `npm run docs` after changing either. -->';

function frontMatter(title: string, description: string): string[] {
  const indented = description.split('\n').map((line) => `  ${line}`.trimEnd());
  return ['---', `page_title: "${title}"`, 'subcategory: ""', 'description: |-', ...indented, '---', ''];
}

function codeBlock(language: string, text: string): string[] {
  return [`\`\`\`${language}`, text.trimEnd(), '```', ''];
}

function render(lines: string[]): string {
  return `${lines.join('\n').trimEnd()}\n`;
}

function renderPage(provider: ProviderDefinition<unknown>, page: Page, read: (file: string) => string): string {
  const description = page.schema.block.description ?? '';
  return render([
    ...frontMatter(`${page.typeName} ${page.kind} - ${provider.typeName}`, description),
    GENERATED_NOTE,
    '',
    `# ${page.typeName} (${page.kind})`,
    '',
    ...(description ? [description, ''] : []),
    '## Example Usage',
    '',
    ...codeBlock('terraform', read(page.example)),
    ...renderSchema(page.schema.block),
    ...(page.importExample
      ? ['## Import', '', 'Import is supported using the following syntax:', '', ...codeBlock('shell', read(page.importExample))]
      : []),
  ]);
}

function renderIndex(provider: ProviderDefinition<unknown>, read: (file: string) => string): string {
  const description = provider.schema.block.description ?? '';
  return render([
    ...frontMatter(`${provider.typeName} Provider`, description),
    GENERATED_NOTE,
    '',
    `# ${provider.typeName} Provider`,
    '',
    ...(description ? [description, ''] : []),
    '## Example Usage',
    '',
    ...codeBlock('terraform', read(PROVIDER_EXAMPLE)),
    '## Networks',
    '',
    'Private certificate authorities, client certificates, proxies (`HTTPS_PROXY`, `NO_PROXY`), redirects, and what each ' +
      'connection error means: [Networks](networks.md).',
    '',
    ...renderSchema(provider.schema.block),
  ]);
}

/** Every documentation file, keyed by its path relative to docs/. Throws when an example snippet is missing. */
export function generateDocs(provider: ProviderDefinition<unknown> = clickstackProvider, examplesDir = EXAMPLES_DIR): Map<string, string> {
  const missing = missingExamples(provider, examplesDir);
  if (missing.length > 0) throw new Error(`Example snippets missing under ${examplesDir}: ${missing.join(', ')}`);
  const read = (file: string) => fs.readFileSync(path.join(examplesDir, file), 'utf8');
  return new Map([['index.md', renderIndex(provider, read)], ...pages(provider).map((page): [string, string] => [page.file, renderPage(provider, page, read)])]);
}

/**
 * Whether a file under docs/ is one the generator owns: the registry layout (index.md, resources/, data-sources/).
 * Anything else there, such as api-behaviour.md, is written by hand and left alone.
 */
export function isGeneratedDoc(file: string): boolean {
  return file === 'index.md' || file.startsWith(`resources${path.sep}`) || file.startsWith(`data-sources${path.sep}`);
}

/** The files under a directory, relative to it. */
export function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** Rewrites the generated parts of docs/ (registry pages, constructs reference) to exactly the generated files. */
function writeDocs(docs: Map<string, string>, docsDir: string): void {
  const owned = (file: string) => isGeneratedDoc(file) || file.startsWith(`constructs${path.sep}`);
  for (const stale of filesUnder(docsDir).filter((file) => owned(file) && !docs.has(file))) fs.rmSync(path.join(docsDir, stale));
  for (const [file, text] of docs) {
    fs.mkdirSync(path.dirname(path.join(docsDir, file)), { recursive: true });
    fs.writeFileSync(path.join(docsDir, file), text);
  }
}

if (require.main === module) {
  const docs = new Map([...generateDocs(), ...generateConstructDocs()]);
  writeDocs(docs, DOCS_DIR);
  console.log(`Wrote ${docs.size} pages to ${path.relative(process.cwd(), DOCS_DIR) || '.'}/`);
}
