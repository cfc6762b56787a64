// Generates the constructs reference (docs/constructs/*.md) from the TSDoc of what constructs/index.ts exports: one
// page per topic, each with its example app from examples/cdktf/constructs/ and every exported class, interface
// (props with their defaults), factory object, type and constant of that topic. `npm run docs` writes it with the
// provider docs; scripts/generate-construct-docs.test.ts fails when it is stale or a symbol is undocumented.
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

export const PROJECT_ROOT = path.resolve(__dirname, '..');
const ENTRY = path.join(PROJECT_ROOT, 'constructs', 'index.ts');
const EXAMPLES = path.join(PROJECT_ROOT, 'examples', 'cdktf', 'constructs');

/** A page of the reference: its title, what it says first, its example, and the source files whose exports it lists. */
interface Topic {
  file: string;
  title: string;
  intro: string;
  example?: string;
  sources: string[];
}

const TOPICS: Topic[] = [
  {
    file: 'environment.md',
    title: 'Environments',
    intro: 'A `ClickStackEnvironment` is one ClickStack deployment (an OSS server or a Managed ClickStack service) as a provider configuration. Every other construct belongs to one environment and uses its provider; several environments live in one stack when each has an `alias`.',
    example: 'environment.ts',
    sources: ['environment.ts', 'model/environment-settings.ts', 'model/secret.ts'],
  },
  {
    file: 'source.md',
    title: 'Sources',
    intro: 'Sources are made in ClickStack, not in code: `Source.fromName` finds one by name in its environment when Terraform plans, so one definition works wherever the name exists.',
    example: 'source.ts',
    sources: ['source.ts'],
  },
  {
    file: 'managed-source.md',
    title: 'Managed sources',
    intro: 'Sources made by the app, one class per kind (`LogSource`, `TraceSource`, `MetricSource`, `SessionSource`, `PromqlSource`), each an `ISource` that tiles, saved searches and alerts take. Links between sources (`linkTo`, `SourceLinks`) are set after the sources exist, so two sources can name each other.',
    example: 'managed-source.ts',
    sources: ['managed-source.ts', 'model/source-definition.ts'],
  },
  {
    file: 'otel-environment.md',
    title: 'Whole environments',
    intro: 'An `OtelEnvironment` is the foundation of an environment from one definition: the ClickHouse connection (or an existing one\'s id) and the log, trace and metric sources over the OpenTelemetry collector\'s tables, linked both ways, made in one apply. One per dev, staging or production stack makes them alike; see [examples/cdktf/new-environment](../../examples/cdktf/new-environment/main.ts), and [examples/cdktf/multi-environment](../../examples/cdktf/multi-environment/service-health.ts) for two environments (OSS with its own connection, Managed ClickStack with the service\'s) from one definition.',
    sources: ['otel-environment.ts'],
  },
  {
    file: 'webhook.md',
    title: 'Webhooks',
    intro: 'Where alerts send notifications: `new Webhook` manages one, `Webhook.fromName` refers to one made elsewhere.',
    example: 'webhook.ts',
    sources: ['webhook.ts', 'model/webhook-definition.ts'],
  },
  {
    file: 'access.md',
    title: 'Connections and team members',
    intro: 'What a ClickStack OSS environment is made of under its sources: `new Connection` manages the ClickHouse connection (its password only from a sensitive variable, write-only), `Connection.fromName` refers to one made elsewhere; `TeamMember` invites a member by email. Managed ClickStack has neither: ClickHouse Cloud owns both.',
    example: 'access.ts',
    sources: ['connection.ts', 'model/connection-definition.ts', 'team-member.ts', 'model/team-member-definition.ts'],
  },
  {
    file: 'role.md',
    title: 'Roles',
    intro: 'Managed ClickStack only: `new Role` manages a custom role, a named set of permissions; `Role.fromName` refers to a predefined role (`Admin`, `Member`, `Read Only`) or a custom one made elsewhere.',
    sources: ['role.ts', 'model/role-definition.ts'],
  },
  {
    file: 'saved-search.md',
    title: 'Saved searches',
    intro: 'A named search over a source, which alerts can watch.',
    example: 'saved-search.ts',
    sources: ['saved-search.ts', 'model/saved-search-definition.ts'],
  },
  {
    file: 'dashboard.md',
    title: 'Dashboards',
    intro: 'A `Dashboard` holds typed tiles (see [Tiles](tiles.md)) on a 24-column grid (see [Layout](layout.md)), dropdown filters and containers with tabs. Each tile\'s id is its key, which keeps its server id, and so its alerts, across new titles.',
    example: 'dashboard.ts',
    sources: ['dashboard.ts', 'model/dashboard-definition.ts'],
  },
  {
    file: 'tiles.md',
    title: 'Tiles',
    intro: 'One class per display type, and one per raw SQL variant; select items, number formats and the options of some tile kinds. These are plain classes with no cdktf in them: `toConfig()` returns the tile\'s configuration as data.',
    example: 'dashboard.ts',
    sources: ['model/tile.ts', 'model/time-series-tiles.ts', 'model/aggregate-tiles.ts', 'model/event-tiles.ts', 'model/markdown-tile.ts', 'model/sql-tiles.ts', 'model/select.ts', 'model/number-format.ts', 'model/tile-options.ts'],
  },
  {
    file: 'layout.md',
    title: 'Layout',
    intro: 'ClickStack places tiles on a grid of 24 columns and rows of 32 pixels. A dashboard, each container and each tab is such a grid: `addRow` lays items out left to right, `Column` stacks them, `Spacer` leaves room, `addTiles` places tiles as ClickStack\'s UI does, `addAt` at a position. Nobody has to write x and y.',
    sources: ['model/layout.ts'],
  },
  {
    file: 'alert.md',
    title: 'Alerts',
    intro: 'An `Alert` watches a line, stacked bar or number tile of a `Dashboard`, or a saved search, and notifies webhooks (on both flavors) or email recipients (on Managed ClickStack) when a threshold is crossed.',
    example: 'alert.ts',
    sources: ['alert.ts', 'model/alert-definition.ts'],
  },
];

const GENERATED_NOTE =
  '<!-- Generated by scripts/generate-construct-docs.ts from the TSDoc of constructs/ and examples/cdktf/constructs/; run `npm run docs` after changing either. -->';

// --- reading the exports ------------------------------------------------------------------------------------------

interface Documented {
  name: string;
  kind: 'class' | 'interface' | 'factories' | 'type' | 'constant';
  /** Relative to constructs/. */
  source: string;
  node: ts.Declaration;
}

function exportedDeclarations(program: ts.Program): Documented[] {
  const checker = program.getTypeChecker();
  const entry = checker.getSymbolAtLocation(program.getSourceFile(ENTRY)!)!;
  return checker
    .getExportsOfModule(entry)
    .filter((symbol) => !['bindings', 'values'].includes(symbol.name))
    .map((symbol) => {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      // A name may be both a factory object and an interface (NumberFormat, Threshold, ColorRule): both are listed.
      const declarations = target.declarations ?? [];
      const node = declarations.find(ts.isClassDeclaration) ?? declarations.find(ts.isVariableDeclaration) ?? declarations.find(ts.isInterfaceDeclaration) ?? declarations[0];
      const source = path.relative(path.join(PROJECT_ROOT, 'constructs'), node.getSourceFile().fileName).split(path.sep).join('/');
      const kind: Documented['kind'] = ts.isClassDeclaration(node)
        ? 'class'
        : ts.isInterfaceDeclaration(node)
          ? 'interface'
          : ts.isTypeAliasDeclaration(node)
            ? 'type'
            : ts.isVariableDeclaration(node) && node.initializer && ts.isObjectLiteralExpression(node.initializer)
              ? 'factories'
              : 'constant';
      return { name: symbol.name, kind, source, node };
    });
}

const docOf = (node: ts.Node): string =>
  ts
    .getJSDocCommentsAndTags(node)
    .filter(ts.isJSDoc)
    .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The doc of a member, inherited from the interface or base class that declares it when it has none of its own. */
const symbolDoc = (checker: ts.TypeChecker, symbol: ts.Symbol | undefined): string =>
  ts.displayPartsToString(symbol?.getDocumentationComment(checker)).replace(/\s+/g, ' ').trim();

const defaultOf = (checker: ts.TypeChecker, symbol: ts.Symbol): string | undefined => {
  const tag = symbol.getJsDocTags(checker).find((candidate) => candidate.name === 'default');
  return tag ? ts.displayPartsToString(tag.text).replace(/\s+/g, ' ').trim() : undefined;
};

/** The declaration that carries the doc of a variable (its statement), else the node itself. */
const documentedNode = (node: ts.Declaration): ts.Node => (ts.isVariableDeclaration(node) ? node.parent.parent : node);

/** A type as its author wrote it; an alias of literals (`QueryLanguage`) as the literals, sorted, which say more. */
function typeText(checker: ts.TypeChecker, typeNode: ts.TypeNode | undefined): string {
  if (!typeNode) return '';
  const type = checker.getTypeFromTypeNode(typeNode);
  const members = type.isUnion() ? type.types : [type];
  const literals = members.filter((member) => member.isStringLiteral() || member.isNumberLiteral());
  if (ts.isTypeReferenceNode(typeNode) && literals.length > 1 && literals.length === members.length)
    // Sorted: the order of a union's members is the order the checker met them in, which unrelated code changes.
    return literals
      .map((literal) => (literal as ts.LiteralType).value as string | number)
      .sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b))))
      .map((value) => (typeof value === 'string' ? `'${value}'` : String(value)))
      .join(' | ');
  return typeNode.getText().replace(/\s+/g, ' ');
}

// --- rendering ----------------------------------------------------------------------------------------------------

const cell = (text: string) => text.replace(/\|/g, '\\|');
const code = (text: string) => (text ? `\`${cell(text)}\`` : '');

const isPublic = (member: ts.ClassElement) =>
  !(ts.getCombinedModifierFlags(member as ts.Declaration) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) &&
  !(member.name && ts.isPrivateIdentifier(member.name));

/** `(a: A, b?: B): R`, as declared (a parameter with a default is optional). */
function signature(declaration: ts.SignatureDeclaration): string {
  const parameters = declaration.parameters.map(
    (parameter) =>
      `${parameter.dotDotDotToken ? '...' : ''}${parameter.name.getText()}${parameter.questionToken || parameter.initializer ? '?' : ''}${parameter.type ? `: ${parameter.type.getText()}` : ''}`,
  );
  const returned = declaration.type ? `: ${declaration.type.getText()}` : '';
  return `(${parameters.join(', ')})${returned}`.replace(/\s+/g, ' ');
}

/** The class a class extends, and the one that extends, up to the first that declares a constructor. */
function baseClass(checker: ts.TypeChecker, node: ts.ClassDeclaration): ts.ClassDeclaration | undefined {
  const extended = node.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
  const symbol = extended && checker.getSymbolAtLocation(extended.expression);
  const target = symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  return target?.declarations?.find(ts.isClassDeclaration);
}

function renderClass(checker: ts.TypeChecker, node: ts.ClassDeclaration, name: string, exported: Set<string>): string[] {
  // A base class the package does not export (TimeSeriesTile) is skipped for the one above it that it does (Tile).
  let base = baseClass(checker, node);
  while (base && !exported.has(base.name!.text) && base.getSourceFile().fileName.includes(`${path.sep}constructs${path.sep}`)) base = baseClass(checker, base);
  const implemented = node.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ImplementsKeyword)?.types.map((type) => type.getText()) ?? [];
  const heritage = [...(base ? [`extends \`${base.name!.text}\``] : []), ...(implemented.length ? [`implements ${implemented.map((type) => `\`${type}\``).join(', ')}`] : [])];
  let constructor: ts.ConstructorDeclaration | undefined;
  for (let declaring: ts.ClassDeclaration | undefined = node; declaring && !constructor; declaring = baseClass(checker, declaring))
    constructor = declaring.members.find(ts.isConstructorDeclaration);
  const isAbstract = ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Abstract;
  const rows = node.members
    .filter((member) => !ts.isConstructorDeclaration(member) && member.name && isPublic(member))
    .map((member) => {
      const isStatic = ts.getCombinedModifierFlags(member as ts.Declaration) & ts.ModifierFlags.Static ? 'static ' : '';
      const memberName = member.name!.getText();
      const shape =
        ts.isMethodDeclaration(member) || ts.isGetAccessorDeclaration(member)
          ? ts.isGetAccessorDeclaration(member)
            ? member.type ? `: ${member.type.getText()}` : ''
            : signature(member)
          : ts.isPropertyDeclaration(member) && member.initializer && ts.isLiteralExpression(member.initializer)
            ? ` = ${member.initializer.getText()}`
            : ts.isPropertyDeclaration(member) && member.type
              ? `: ${typeText(checker, member.type)}`
              : '';
      return `| ${code(`${isStatic}${memberName}${shape}`)} | ${cell(symbolDoc(checker, checker.getSymbolAtLocation(member.name!)))} |`;
    });
  const publicParameters = constructor && isPublic(constructor) ? constructor : undefined;
  return [
    `## ${name} (${isAbstract ? 'abstract ' : ''}class)`,
    '',
    ...(heritage.length ? [`${heritage.join(', ')}`, ''] : []),
    docOf(node),
    '',
    ...(publicParameters && !isAbstract ? ['```ts', `new ${name}${constructSignature(checker, node)}`, '```', ''] : []),
    ...(publicParameters ? parameterDocs(publicParameters) : []),
    ...(rows.length ? ['| member | description |', '|---|---|', ...rows, ''] : []),
  ];
}

/** How the class is constructed, its type parameters filled in (`LineTile` takes `LineTileProps`, not its base's `P`). */
function constructSignature(checker: ts.TypeChecker, node: ts.ClassDeclaration): string {
  const [construct] = checker.getTypeOfSymbolAtLocation(checker.getSymbolAtLocation(node.name!)!, node).getConstructSignatures();
  return checker.signatureToString(construct).replace(/\): [^)]*$/, ')');
}

/** `@param` docs of a constructor, as a list. */
function parameterDocs(constructor: ts.ConstructorDeclaration): string[] {
  const params = ts.getJSDocTags(constructor).filter(ts.isJSDocParameterTag);
  return params.length ? [...params.map((param) => `- \`${param.name.getText()}\`: ${(ts.getTextOfJSDocComment(param.comment) ?? '').replace(/\s+/g, ' ').trim()}`), ''] : [];
}

function renderInterface(checker: ts.TypeChecker, node: ts.InterfaceDeclaration | ts.TypeAliasDeclaration, name: string): string[] {
  const type = checker.getTypeAtLocation(node);
  const rows = checker.getPropertiesOfType(type).map((property) => {
    const declaration = property.declarations?.[0];
    const optional = Boolean(property.flags & ts.SymbolFlags.Optional);
    const shape = declaration && ts.isMethodSignature(declaration) ? signature(declaration) : typeText(checker, declaration && ts.isPropertySignature(declaration) ? declaration.type : undefined);
    return `| ${code(property.name)}${optional ? '' : ' (required)'} | ${code(shape)} | ${cell(defaultOf(checker, property) ?? '')} | ${cell(symbolDoc(checker, property))} |`;
  });
  const extended =
    ts.isInterfaceDeclaration(node) && node.heritageClauses ? [`extends ${node.heritageClauses.flatMap((clause) => clause.types.map((t) => `\`${t.getText()}\``)).join(', ')}`, ''] : [];
  return [`## ${name} (interface)`, '', ...extended, docOf(node), '', ...(rows.length ? ['| prop | type | default | description |', '|---|---|---|---|', ...rows, ''] : [])];
}

function renderFactories(checker: ts.TypeChecker, node: ts.VariableDeclaration, name: string): string[] {
  const literal = node.initializer as ts.ObjectLiteralExpression;
  const rows = literal.properties.filter(ts.isPropertyAssignment).map((property) => {
    const type = checker.getTypeAtLocation(property.initializer);
    const [callSignature] = type.getCallSignatures();
    const shape = callSignature ? checker.signatureToString(callSignature) : '';
    return `| ${code(`${name}.${property.name.getText()}${shape}`)} | ${cell(docOf(property))} |`;
  });
  return [`## ${name} (factories)`, '', docOf(documentedNode(node)), '', '| factory | description |', '|---|---|', ...rows, ''];
}

function renderType(checker: ts.TypeChecker, node: ts.TypeAliasDeclaration, name: string): string[] {
  const type = checker.getTypeAtLocation(node);
  // A props alias (`StackedBarTileProps = TimeSeriesTileProps`) lists the props it stands for.
  if (checker.getPropertiesOfType(type).length > 0 && !type.isUnion()) return renderInterface(checker, node, name).map((line, i) => (i === 0 ? `## ${name} (type)` : line)).concat([`Same as \`${node.type.getText()}\`.`, '']);
  return [`## ${name} (type)`, '', docOf(node), '', '```ts', `type ${name} = ${node.type.getText().replace(/\s+/g, ' ')}`, '```', ''];
}

function renderConstant(node: ts.VariableDeclaration, name: string): string[] {
  return [`## ${name} (constant)`, '', docOf(documentedNode(node)), '', '```ts', `${name} = ${node.initializer?.getText() ?? ''}`, '```', ''];
}

function render(checker: ts.TypeChecker, item: Documented, exported: Set<string>): string[] {
  const { node, name } = item;
  if (item.kind === 'class') return renderClass(checker, node as ts.ClassDeclaration, name, exported);
  if (item.kind === 'interface') return renderInterface(checker, node as ts.InterfaceDeclaration, name);
  if (item.kind === 'factories') {
    // A factory object may share its name with an interface of the values it makes.
    const companion = checker.getSymbolAtLocation((node as ts.VariableDeclaration).name)?.declarations?.find(ts.isInterfaceDeclaration);
    return [...renderFactories(checker, node as ts.VariableDeclaration, name), ...(companion ? renderInterface(checker, companion, name) : [])];
  }
  if (item.kind === 'type') return renderType(checker, node as ts.TypeAliasDeclaration, name);
  return renderConstant(node as ts.VariableDeclaration, name);
}

function renderTopic(checker: ts.TypeChecker, topic: Topic, items: Documented[], exported: Set<string>): string {
  const example = topic.example ? fs.readFileSync(path.join(EXAMPLES, topic.example), 'utf8').trimEnd() : undefined;
  const lines = [
    GENERATED_NOTE,
    '',
    `# ${topic.title}`,
    '',
    topic.intro,
    '',
    ...(example ? ['## Example', '', `From [examples/cdktf/constructs/${topic.example}](../../examples/cdktf/constructs/${topic.example}), deployed to the emulator by the end-to-end tests.`, '', '```ts', example, '```', ''] : []),
    ...items.flatMap((item) => render(checker, item, exported)),
  ];
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function renderIndex(pages: { topic: Topic; items: Documented[] }[]): string {
  const lines = [
    GENERATED_NOTE,
    '',
    '# Constructs reference',
    '',
    'The CDKTF constructs of `clickstack-cdktf` (see the README for installing the package). The generated bindings',
    '(`bindings.dashboard.Dashboard`...) follow the provider\'s schema: see the [provider docs](../index.md).',
    '',
    ...pages.map(({ topic, items }) => `- [${topic.title}](${topic.file}): ${items.map((item) => `\`${item.name}\``).join(', ')}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** The program of the constructs, for the reference and its tests. */
export function constructsProgram(): ts.Program {
  return ts.createProgram([ENTRY], { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, strict: true, skipLibCheck: true, noEmit: true });
}

/** What the reference lists, by topic; throws when an export comes from a file no topic covers. */
export function documentedExports(program = constructsProgram()): { topic: Topic; items: Documented[] }[] {
  const items = exportedDeclarations(program);
  const uncovered = items.filter((item) => !TOPICS.some((topic) => topic.sources.includes(item.source)));
  if (uncovered.length) throw new Error(`No page of the constructs reference covers: ${uncovered.map((item) => `${item.name} (${item.source})`).join(', ')}`);
  return TOPICS.map((topic) => ({ topic, items: topic.sources.flatMap((source) => items.filter((item) => item.source === source)) }));
}

/**
 * What the reference would show without a description: exported symbols, props and public members without TSDoc,
 * and optional props of `*Props` and `*Options` interfaces without `@default`.
 */
export function missingDocs(program = constructsProgram()): string[] {
  const checker = program.getTypeChecker();
  const missing: string[] = [];
  for (const { items } of documentedExports(program))
    for (const item of items) {
      const { node, name } = item;
      if (!docOf(documentedNode(node)) && item.kind !== 'factories') missing.push(name);
      if (item.kind === 'factories')
        for (const property of ((node as ts.VariableDeclaration).initializer as ts.ObjectLiteralExpression).properties)
          if (!docOf(property)) missing.push(`${name}.${property.name?.getText()}`);
      if (item.kind === 'interface' || item.kind === 'type')
        for (const property of checker.getPropertiesOfType(checker.getTypeAtLocation(node))) {
          if (!symbolDoc(checker, property)) missing.push(`${name}.${property.name}`);
          if (/(Props|Options)$/.test(name) && property.flags & ts.SymbolFlags.Optional && defaultOf(checker, property) === undefined)
            missing.push(`${name}.${property.name} (@default)`);
        }
      if (item.kind === 'class')
        for (const member of (node as ts.ClassDeclaration).members)
          if (!ts.isConstructorDeclaration(member) && member.name && isPublic(member) && !symbolDoc(checker, checker.getSymbolAtLocation(member.name)))
            missing.push(`${name}.${member.name.getText()}`);
    }
  return missing;
}

/** Every page of the constructs reference, keyed by its path relative to docs/. */
export function generateConstructDocs(program = constructsProgram()): Map<string, string> {
  const checker = program.getTypeChecker();
  const pages = documentedExports(program);
  const exported = new Set(pages.flatMap(({ items }) => items.map((item) => item.name)));
  return new Map([
    ['constructs/index.md', renderIndex(pages)],
    ...pages.map(({ topic, items }): [string, string] => [`constructs/${topic.file}`, renderTopic(checker, topic, items, exported)]),
  ]);
}

