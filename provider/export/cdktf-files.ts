// An export as a CDKTF app: `main.ts` builds one stack on the typed constructs of clickstack-cdktf: a
// ClickStackEnvironment (the connection from the environment), sources and webhooks found by name, secret variables,
// then each source (and its links), webhook, saved search and dashboard (its typed tiles in rows or at their exact cells, in its
// containers and tabs) with the alerts that watch it attached to their tile or saved search, each adopted with
// `importFrom`. Construct ids are
// the Terraform names of the HCL export, with the kind appended where two kinds share a name (a stack is one
// namespace); TypeScript variables are their camelCase. The package files beside it let `npm install && npm run synth`
// run it.
import packageJson from '../../package.json';
import { TILE_TYPES } from '../resources/dashboard/tile-types';
import { camelCase } from '../shared/api-mapping';
import { dependencyOrder } from './build';
import { connectionVariables } from './connection';
import {
  alertProps,
  connectionProps,
  containerCalls,
  dashboardProps,
  roleProps,
  savedSearchProps,
  type Scope,
  sourceConstruct,
  sourceLinksProps,
  teamMemberProps,
  tileCall,
  webhookProps,
} from './construct-calls';
import { addressText, type BlockAddress, type DashboardExport, type Export, type ExportedResource, type ExportMode, type ExportObject, type ExportValue, Expression, importIdOf, Literal, resourcesOf, titleOf } from './model';
import { GRID_COLUMNS } from './layout';
import { assignIdentifiers, snakeCase } from './names';
import type { Files } from './output-folder';
import { FLAVOR_TITLES } from './summary';
import { Code, LINE_WIDTH, type Names, stringLiteral, type TypeScriptValue, valueText } from './typescript';

/** Names the code itself uses, which no construct may take. */
const TAKEN = ['app', 'stack', 'clickstack', 'secret'];

/** A construct id (unique in the stack) and a TypeScript variable (unique in main.ts) for every block and variable. */
function namesOf(exported: Export): Names & { constructId(address: BlockAddress): string; variable(base: string): string } {
  const ids = new Map<string, string>();
  const used = new Set(TAKEN);
  const claim = (key: string, name: string, kind: string) => {
    let id = used.has(name) ? `${name}_${kind}` : name;
    for (let n = 2; used.has(id); n++) id = `${name}_${kind}_${n}`;
    used.add(id);
    ids.set(key, id);
  };
  for (const lookup of exported.lookups) claim(addressText(lookup.address), lookup.address.name, lookup.address.type.replace(/^clickstack_/, ''));
  for (const variable of exported.variables) claim(`var.${variable.name}`, variable.name, 'var');
  for (const { address } of resourcesOf(exported)) claim(addressText(address), address.name, address.type.replace(/^clickstack_/, ''));
  const variables = new Map<string, string>();
  const variableNames = new Set(TAKEN);
  const variable = (base: string) => {
    let name = camelCase(base);
    for (let n = 2; variableNames.has(name); n++) name = `${camelCase(base)}${n}`;
    variableNames.add(name);
    return name;
  };
  for (const [key, id] of ids) variables.set(key, variable(id));
  const types = new Map(exported.variables.map((secret) => [secret.name, secret.type]));
  return {
    constructId: (address) => ids.get(addressText(address))!,
    variableOf: (address) => variables.get(addressText(address))!,
    secretVariable: (name) => ({ variable: variables.get(`var.${name}`)!, type: types.get(name)! }),
    variable,
  };
}

/** The blocks `values` refer to, as address texts. */
function referencedAddresses(values: ExportValue[], found = new Set<string>()): Set<string> {
  for (const value of values) {
    if (value instanceof Expression && value.reference.kind === 'attribute') found.add(addressText(value.reference.of));
    else if (Array.isArray(value)) referencedAddresses(value, found);
    else if (value !== null && typeof value === 'object' && !(value instanceof Expression) && !(value instanceof Literal)) referencedAddresses(Object.values(value), found);
  }
  return found;
}

const comment = (text: string) => `// ${text}`;
type Writer = ReturnType<typeof namesOf> & { mode: ExportMode };

const titleComment = (resource: ExportedResource, names: Writer) => comment(titleOf(resource, names.mode));

/**
 * `new Kind(stack, "<id>", { ... })`, adopting the object with `.importFrom("<server id>")` in import mode, assigned to
 * the resource's variable unless `assign` is false.
 */
function construct(kind: string, resource: ExportedResource, props: { [prop: string]: TypeScriptValue }, names: Writer, assign = true): string {
  const call = valueText(new Code(`new ${kind}`, [new Code('stack'), names.constructId(resource.address), props]), '', names);
  const adoption = names.mode === 'import' ? `.importFrom(${JSON.stringify(importIdOf(resource))})` : '';
  return `${assign ? `const ${names.variableOf(resource.address)} = ` : ''}${call}${adoption};`;
}

/** A tile of an exported dashboard: its list, its element in the configuration and its server id (from the state). */
export interface ExportedTile {
  list: string;
  element: ExportObject;
  serverId: string;
}

function tilesOf({ resource, state }: DashboardExport): ExportedTile[] {
  return TILE_TYPES.flatMap(({ list }) => {
    const elements = resource.config[list];
    const stored = state[list] as { id: string }[] | null | undefined;
    return Array.isArray(elements) ? elements.map((element, i) => ({ list, element: element as ExportObject, serverId: String(stored?.[i]?.id ?? i) })) : [];
  });
}

/**
 * The tiles in the order the dashboard adds them: reading order (grid, then row, then column), as far as the order of
 * each list allows, since the lists (which Terraform compares element by element) keep the order ClickStack has.
 */
function additionOrder(tiles: ExportedTile[], gridRank: (tile: ExportedTile) => number): ExportedTile[] {
  const rank = (tile: ExportedTile) => [gridRank(tile), Number(tile.element.y), Number(tile.element.x)];
  const before = (a: ExportedTile, b: ExportedTile) => {
    const [ra, rb] = [rank(a), rank(b)];
    const i = ra.findIndex((value, j) => value !== rb[j]);
    return i >= 0 && ra[i] < rb[i];
  };
  const queues = TILE_TYPES.map(({ list }) => tiles.filter((tile) => tile.list === list)).filter((queue) => queue.length);
  const ordered: ExportedTile[] = [];
  while (queues.some((queue) => queue.length)) {
    const next = queues.filter((queue) => queue.length).reduce((best, queue) => (before(queue[0], best[0]) ? queue : best));
    ordered.push(next.shift()!);
  }
  return ordered;
}

/** Tiles a grid adds in one call: a row (`addRow`), or one tile at its cell (`addAt`). */
interface TileGroup {
  grid: string;
  tiles: ExportedTile[];
  row: boolean;
}

/**
 * The tiles, in the order they are added, grouped as a person would lay them out: a run of tiles of one grid that
 * are as high as each other, side by side from column 0 at the bottom of what the grid holds so far, is a row, which
 * `addRow` places exactly there; any other tile is added at its cell.
 */
export function tileGroups(ordered: ExportedTile[], gridOf: (tile: ExportedTile) => string): TileGroup[] {
  const groups: TileGroup[] = [];
  const bottoms = new Map<string, number>();
  let rowEnd = 0;
  for (const tile of ordered) {
    const [x, y, w, h] = ['x', 'y', 'w', 'h'].map((name) => Number(tile.element[name]));
    const grid = gridOf(tile);
    const last = groups.at(-1);
    const first = last?.row ? last.tiles[0].element : undefined;
    if (last?.row && last.grid === grid && Number(first!.y) === y && Number(first!.h) === h && rowEnd === x && x + w <= GRID_COLUMNS) {
      last.tiles.push(tile);
      rowEnd += w;
    } else {
      const row = x === 0 && y === (bottoms.get(grid) ?? 0);
      groups.push({ grid, tiles: [tile], row });
      rowEnd = w;
    }
    bottoms.set(grid, Math.max(bottoms.get(grid) ?? 0, y + h));
  }
  return groups;
}

/** `grid.addRow(...)` of tile calls and variables: on one line when it fits, else one tile a line. */
function rowText(grid: string, items: TypeScriptValue[], names: Writer): string {
  if (items.length === 1) return `${valueText(new Code(`${grid}.addRow`, items), '', names)};`;
  const line = `${grid}.addRow(${items.map((item) => valueText(item, '', names)).join(', ')});`;
  if (line.length <= LINE_WIDTH && !line.includes('\n')) return line;
  return `${grid}.addRow(\n${items.map((item) => `  ${valueText(item, '  ', names)},`).join('\n')}\n);`;
}

/** The dashboard, its containers and tabs, its tiles in rows or at their cells, then the alerts on its tiles. */
function dashboardCode(dashboard: DashboardExport, names: Writer, scope: Scope): string[] {
  const { resource, alerts } = dashboard;
  const variable = names.variableOf(resource.address);
  const lines = [titleComment(resource, names), construct(scope.use('Dashboard'), resource, dashboardProps(resource.config, scope), names)];
  const tiles = tilesOf(dashboard);
  const containers = containerCalls(resource.config);
  const grids = new Map<string, string>();
  const gridKey = (containerId: unknown, tabId: unknown) => `${containerId ?? ''}/${tabId ?? ''}`;
  const holds = (containerId: string, tabId?: string) =>
    tiles.some(({ element }) => element.container_id === containerId && (tabId === undefined || element.tab_id === tabId));
  for (const container of containers) {
    const call = valueText(new Code(`${variable}.addContainer`, [container.id, container.props]), '', names);
    // A variable for a container that takes tiles or tabs.
    const containerName = `${resource.address.name}_${snakeCase(String(container.props.title ?? ''), 'container')}_container`;
    const containerVariable = holds(container.id) || container.tabs.length ? names.variable(containerName) : undefined;
    lines.push(containerVariable ? `const ${containerVariable} = ${call};` : `${call};`);
    if (containerVariable) grids.set(gridKey(container.id, undefined), containerVariable);
    for (const tab of container.tabs) {
      const tabCall = `${containerVariable}.addTab(${JSON.stringify(tab.id)}, { title: ${stringLiteral(tab.title)} })`;
      const tabVariable = holds(container.id, tab.id) ? names.variable(`${resource.address.name}_${snakeCase(tab.title, 'tab')}_tab`) : undefined;
      lines.push(tabVariable ? `const ${tabVariable} = ${tabCall};` : `${tabCall};`);
      if (tabVariable) grids.set(gridKey(container.id, tab.id), tabVariable);
    }
  }
  const gridOrder = [gridKey(undefined, undefined), ...containers.flatMap((container) => [gridKey(container.id, undefined), ...container.tabs.map((tab) => gridKey(container.id, tab.id))])];
  const gridOf = ({ element }: ExportedTile) => gridKey(element.container_id, element.tab_id);

  const watched = new Map<ExportedResource, ExportedTile>();
  for (const alert of alerts) {
    const tileId = alert.config.tile_id;
    const tile =
      tileId instanceof Literal
        ? tiles.find(({ serverId }) => serverId === tileId.value)
        : tileId instanceof Expression && tileId.reference.kind === 'attribute'
          ? tiles.find(({ element }) => (element.key ?? element.name) === (tileId.reference as { key?: string }).key)
          : undefined;
    if (tile) watched.set(alert, tile);
  }
  const tileIds = assignIdentifiers(tiles.map(({ serverId, element }) => ({ id: serverId, name: String(element.name ?? '') })), 'tile');
  // A tile's id becomes its key: to import, the key the import id gives it (its title, deduplicated); to create, a name made from its title.
  const tileIdOf = ({ element, serverId }: ExportedTile) => (names.mode === 'import' ? String(element.key) : tileIds.get(serverId)!);
  const tileVariables = new Map<ExportedTile, string>();
  const watchedTiles = new Set(watched.values());
  for (const group of tileGroups(additionOrder(tiles, (tile) => gridOrder.indexOf(gridOf(tile))), gridOf)) {
    const grid = grids.get(group.grid) ?? variable;
    // A tile that alerts watch is a variable, declared before the call that adds it.
    const items = group.tiles.map((tile): TypeScriptValue => {
      const call = tileCall(tile.list, tileIdOf(tile), tile.element, scope);
      if (!watchedTiles.has(tile)) return call;
      const tileVariable = names.variable(`${resource.address.name}_${tileIds.get(tile.serverId)}`);
      tileVariables.set(tile, tileVariable);
      lines.push(`const ${tileVariable} = ${valueText(call, '', names)};`);
      return new Code(tileVariable);
    });
    if (group.row) lines.push(rowText(grid, items, names));
    else {
      const { x, y } = group.tiles[0].element;
      lines.push(`${grid}.addAt({ x: ${Number(x)}, y: ${Number(y)} }, ${valueText(items[0], '', names)});`);
    }
  }
  for (const alert of alerts) {
    const tile = watched.get(alert);
    lines.push('', titleComment(alert, names));
    if (!tile) {
      lines.push(comment('Left out: the tile it watches is not on the exported dashboard.'));
      continue;
    }
    lines.push(construct(scope.use('Alert'), alert, { tile: new Code(tileVariables.get(tile)!), ...alertProps(alert.config, scope) }, names, false));
  }
  return lines;
}

const INTRO: Record<ExportMode, string[]> = {
  import: ['// Each one is adopted by `importFrom`: the first plan imports everything and changes nothing. See README.md.'],
  create: ['// Each one is created anew: applied to an empty server, the app clones the exported objects. See README.md.'],
};

const SECRETS_SECTION: Record<ExportMode, string> = {
  import: 'Secrets: sensitive variables, null unless set (TF_VAR_<name>), which keeps what ClickStack has',
  create: 'Secrets: sensitive variables (TF_VAR_<name>), null unless set or required',
};

function mainFile(exported: Export, stack: string): string {
  const names: Writer = { ...namesOf(exported), mode: exported.mode };
  const imported = new Set<string>(['ClickStackEnvironment']);
  const scope: Scope = {
    constructOf: (reference) => {
      if (reference.reference.kind !== 'attribute') throw new TypeError('A construct is referred to by an attribute');
      return names.variableOf(reference.reference.of);
    },
    use: (name) => {
      imported.add(name);
      return name;
    },
  };
  const section = (title: string, blocks: string[]) => (blocks.length ? [`// --- ${title} ${'-'.repeat(Math.max(3, 110 - title.length))}`, '', blocks.join('\n\n'), ''] : []);
  const lookups = exported.lookups.map((lookup) => {
    const kind = scope.use(lookup.address.type === 'clickstack_source' ? 'Source' : 'Webhook');
    return `const ${names.variableOf(lookup.address)} = ${valueText(new Code(`${kind}.fromName`, [new Code('stack'), names.constructId(lookup.address), lookup.config]), '', names)};`;
  });
  const secrets = exported.variables.map((variable) => {
    const { variable: name } = names.secretVariable(variable.name);
    const args = [JSON.stringify(variable.name), JSON.stringify(variable.type), stringLiteral(variable.description), ...(variable.required ? ['{ required: true }'] : [])];
    const call = `const ${name} = secret(${args.join(', ')});`;
    return call.length <= 120 ? call : `const ${name} = secret(\n${args.map((arg) => `  ${arg},`).join('\n')}\n);`;
  });
  const referenced = referencedAddresses(resourcesOf(exported).map((resource) => resource.config));
  /** Constructs assigned to variables only where others refer to them (sources to a connection; nothing to a role or a member). */
  const constructs = (resources: ExportedResource[], kind: string, props: (config: ExportObject) => { [prop: string]: TypeScriptValue }) =>
    resources.map((resource) =>
      [titleComment(resource, names), construct(scope.use(kind), resource, props(resource.config), names, referenced.has(addressText(resource.address)))].join('\n'),
    );
  const connections = constructs(exported.connections, 'Connection', (config) => connectionProps(config, (name) => new Code(names.secretVariable(name).variable)));
  const roles = constructs(exported.roles, 'Role', roleProps);
  const teamMembers = constructs(exported.teamMembers, 'TeamMember', teamMemberProps);
  const sources = exported.sources.map((source) => {
    const { kind, props } = sourceConstruct(source.config, scope);
    return [titleComment(source, names), construct(kind, source, props, names, referenced.has(addressText(source.address)))].join('\n');
  });
  const sourceLinks = exported.sourceLinks.map((links) => [titleComment(links, names), construct(scope.use('SourceLinks'), links, sourceLinksProps(links.config, scope), names, false)].join('\n'));
  const webhooks = exported.webhooks.map((webhook) => [titleComment(webhook, names), construct(scope.use('Webhook'), webhook, webhookProps(webhook.config), names)].join('\n'));
  const savedSearches = exported.savedSearches.map(({ resource, alerts }) =>
    [
      titleComment(resource, names),
      construct(scope.use('SavedSearch'), resource, savedSearchProps(resource.config, scope), names),
      ...alerts.flatMap((alert) => [
        '',
        titleComment(alert, names),
        construct(scope.use('Alert'), alert, { savedSearch: new Code(names.variableOf(resource.address)), ...alertProps(alert.config, scope) }, names, false),
      ]),
    ].join('\n'),
  );
  const dashboards = dependencyOrder(exported.dashboards).map((dashboard) => dashboardCode(dashboard, names, scope).join('\n'));

  const body = [
    ...section('Lookups by name', lookups.length ? [lookups.join('\n')] : []),
    ...section(SECRETS_SECTION[exported.mode], secrets),
    ...section('Connections', connections),
    ...section('Roles', roles),
    ...section('Team members', teamMembers),
    ...section('Sources, and the links between them', [...sources, ...sourceLinks]),
    ...section('Webhooks', webhooks),
    ...section('Saved searches and their alerts', savedSearches),
    ...section('Dashboards and the alerts on their tiles', dashboards),
  ];
  const lines = [
    `// Objects of ${FLAVOR_TITLES[exported.flavor]}, exported by clickstack-export as a CDKTF app on the typed constructs.`,
    ...INTRO[exported.mode],
    `import { App, TerraformStack${exported.variables.length ? ', TerraformVariable, Token' : ''} } from "cdktf";`,
    `import { ${[...imported].sort().join(', ')} } from "clickstack-cdktf";`,
    '',
    'const app = new App();',
    `const stack = new TerraformStack(app, ${JSON.stringify(stack)});`,
    comment(`The connection comes from the environment: ${connectionVariables(exported.flavor).join(', ')}.`),
    `new ClickStackEnvironment(stack, "clickstack", { flavor: ${JSON.stringify(exported.flavor)} });`,
    '',
    ...body,
    'app.synth();',
  ];
  if (exported.variables.length)
    lines.push(
      '',
      '/**',
      ' * A sensitive variable whose default is null unless it is `required`: cdktf refuses a null `default`, so it is set',
      ' * by an override.',
      ' */',
      'function secret(name: string, type: string, description: string, { required = false } = {}): TerraformVariable {',
      '  const variable = new TerraformVariable(stack, name, { type, description, sensitive: true, nullable: !required });',
      '  if (!required) variable.addOverride("default", null);',
      '  return variable;',
      '}',
    );
  const text = `${lines.join('\n')}\n`;
  if (!/\$\$\{|\$\\\$\{|%%\{/.test(text)) return text;
  const note = '// In strings, `$${` and `%%{` stand for `${` and `%{`: Terraform would read those as the start of a template.';
  return text.replace(/\nimport /, () => `\n${note}\nimport `);
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * The app's package files: clickstack-cdktf at exactly the version that wrote the app (its constructs are what main.ts
 * calls), the peers at the versions it is tested with, and an `npm run synth`.
 */
function packageFiles(stack: string): Files {
  const { peerDependencies, devDependencies, version } = packageJson as { peerDependencies: Record<string, string>; devDependencies: Record<string, string>; version: string };
  return new Map([
    [
      'package.json',
      json({
        name: `${stack.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}-clickstack`,
        private: true,
        description: 'ClickStack objects exported by clickstack-export, as a CDKTF app.',
        scripts: { build: 'tsc', synth: 'tsc && node dist/main.js', 'provider:install': 'clickstack-install-provider' },
        dependencies: { cdktf: peerDependencies.cdktf, 'clickstack-cdktf': version, constructs: peerDependencies.constructs },
        devDependencies: { typescript: devDependencies.typescript },
      }),
    ],
    [
      'tsconfig.json',
      json({
        compilerOptions: { target: 'ES2022', module: 'commonjs', lib: ['ES2022'], types: [], strict: true, skipLibCheck: true, outDir: 'dist' },
        include: ['main.ts'],
      }),
    ],
    ['cdktf.json', json({ language: 'typescript', app: 'npx tsc && node dist/main.js', output: 'cdktf.out', sendCrashReports: 'false', terraformProviders: [], terraformModules: [], context: {} })],
    ['.gitignore', 'node_modules/\ndist/\ncdktf.out/\n.terraform-mirror/\n'],
  ]);
}

export function cdktfFiles(exported: Export, stack: string): Files {
  return new Map([['main.ts', mainFile(exported, stack)], ...packageFiles(stack)]);
}
