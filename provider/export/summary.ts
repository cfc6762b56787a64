// What an export says about itself: counts for the summary line, a README for whoever opens the folder, and a
// manifest (`clickstack-export.json`) for tools: every exported object with its address and id, the layouts that
// `clickstack-preview` redraws, the variables to set and the notes.
import { TILE_TYPES } from '../resources/dashboard/tile-types';
import { addressText, type Export, type ExportMode, notesOf, resourcesOf } from './model';

export type Format = 'hcl' | 'cdktf';

export const MANIFEST = 'clickstack-export.json';

export const FLAVOR_TITLES = { oss: 'ClickStack OSS', cloud: 'Managed ClickStack' } as const;

const plural = (count: number, noun: string, nouns = `${noun}s`) => `${count} ${count === 1 ? noun : nouns}`;

export function counts(exported: Export): string {
  const tileAlerts = exported.dashboards.reduce((sum, { alerts }) => sum + alerts.length, 0);
  const searchAlerts = exported.savedSearches.reduce((sum, { alerts }) => sum + alerts.length, 0);
  return [
    ...(exported.sources.length ? [`${plural(exported.sources.length, 'source')} (${exported.sourceLinks.length} with links)`] : []),
    `${plural(exported.dashboards.length, 'dashboard')} with ${plural(tileAlerts, 'tile alert')}`,
    `${plural(exported.savedSearches.length, 'saved search', 'saved searches')} with ${plural(searchAlerts, 'alert')}`,
    plural(exported.webhooks.length, 'webhook'),
    ...(exported.connections.length ? [plural(exported.connections.length, 'connection')] : []),
    ...(exported.roles.length ? [plural(exported.roles.length, 'role')] : []),
    ...(exported.teamMembers.length ? [plural(exported.teamMembers.length, 'team member')] : []),
  ].join(', ');
}

/** The lines printed when the export is written. */
export function summaryLines(exported: Export, format: Format, folder: string, nextStep: string): string[] {
  const lines = [`Exported from ${FLAVOR_TITLES[exported.flavor]} to ${folder} (${format}): ${counts(exported)}.`];
  const lookups = exported.lookups.length;
  if (lookups) lines.push(`Ids replaced by ${plural(lookups, 'lookup')} by name; ${plural(exported.variables.length, 'secret variable')} stand in for secrets.`);
  const notes = notesOf(exported, format);
  if (notes.length) lines.push(`${plural(notes.length, 'note')} (ids kept literal, objects left out): see README.md.`);
  const objects = resourcesOf(exported).length;
  const expected = exported.mode === 'import' ? `import ${objects} and add, change and destroy nothing` : `add ${objects} and import, change and destroy nothing`;
  lines.push(`Next: ${nextStep} (the plan should ${expected}).`);
  return lines;
}

/** How the code of each format refers to objects, for the README. */
const REFERENCES: Record<Format, (mode: ExportMode) => string[]> = {
  hcl: (mode) => [
    'Sources and webhooks that are part of the export are referred to by address; others are looked up by name ' +
      '(`clickstack_source` and `clickstack_webhook` data sources), so the code also works where the ids differ. A ' +
      "source's links to other sources are a `clickstack_source_links` of their own, so sources can name each other.",
    '',
    mode === 'import'
      ? 'Each tile has a `key`, its title (numbered where titles are shared), and each dashboard is imported with ' +
        '`<id>?tile_keys=name`, which keys the imported tiles alike: renaming, moving or resizing a tile keeps its server ' +
        'id, and so its alerts.'
      : 'Tiles of a dashboard that share a name and are watched by an alert have a `key`, by which the alert refers to them.',
  ],
  cdktf: (mode) =>
    mode === 'import'
      ? [
          'The app is written on the typed constructs of clickstack-cdktf: each dashboard is a `Dashboard` with its typed ' +
            'tiles in rows or at their cells, in their containers and tabs; each alert is attached to its tile or saved ' +
            'search. Sources and webhooks that are part of the export are constructs of their own (`LogSource`, ' +
            '`TraceSource`... with their `SourceLinks`; `Webhook`); others are looked up by name (`Source.fromName`, ' +
            '`Webhook.fromName`), so the code also works where the ids differ.',
          '',
          "Each tile's id (its first argument) is its key: its title, numbered where titles are shared; " +
            '`importFrom("<id>?tile_keys=name")` keys the imported tiles alike, so renaming, moving or resizing a tile ' +
            'keeps its server id, and so its alerts.',
        ]
      : [
          'The app is written on the typed constructs of clickstack-cdktf: each dashboard is a `Dashboard` with its typed ' +
            'tiles in rows or at their cells, in their containers and tabs, keyed by their construct ids; each alert is attached to ' +
            'its tile or saved search. Sources and webhooks that are part of the export are constructs of their own ' +
            '(`LogSource`, `TraceSource`... with their `SourceLinks`; `Webhook`); others are looked up by name, so the code ' +
            'works where the ids differ.',
        ],
};

const SECRETS: Record<ExportMode, string> = {
  import:
    'No secret is written here. Each webhook URL, header set and query parameter set, and each connection password, is ' +
    'a sensitive variable that defaults to null, which keeps what ClickStack has. Set one (`TF_VAR_<name>`) only to change it.',
  create:
    'No secret is written here. Each secret is a sensitive variable: set it with `TF_VAR_<name>`. Those without a ' +
    'default are required; the others (webhook headers and query parameters, which ClickStack never returns) are sent ' +
    'only when set.',
};

/** README.md of the export folder. */
/** `pictures`: the file of each dashboard's picture, by the dashboard's identifier. */
export function readme(exported: Export, format: Format, pictures: Map<string, string>, usage: string[]): string {
  const sections = [
    '# ClickStack export',
    '',
    `Exported from ${FLAVOR_TITLES[exported.flavor]} by \`clickstack-export --format ${format}${exported.mode === 'create' ? ' --mode create' : ''}\`: ${counts(exported)}.`,
    '',
    exported.mode === 'import' ? '## Adopting the objects' : '## Creating the objects',
    '',
    ...usage,
    '',
    ...REFERENCES[format](exported.mode),
  ];
  if (exported.variables.length)
    sections.push(
      '',
      '## Secrets',
      '',
      SECRETS[exported.mode],
      '',
      ...exported.variables.map((variable) => `- \`${variable.name}\`: ${variable.description}`),
    );
  const notes = notesOf(exported, format);
  if (notes.length) sections.push('', '## Notes', '', ...notes.map((note) => `- ${note}`));
  const drawn = exported.dashboards.filter(({ resource }) => pictures.has(resource.address.name));
  if (drawn.length)
    sections.push('', '## Layouts', '', ...drawn.map(({ resource }) => `- [${resource.title}](${pictures.get(resource.address.name)})`));
  return `${sections.join('\n')}\n`;
}

/** The manifest: `layouts` holds each dashboard's tiles and containers, as `clickstack-preview` reads them. */
export function manifest(exported: Export, format: Format, pictures: Map<string, string>): string {
  const entry = (resource: { address: Parameters<typeof addressText>[0]; id: string; title: string }) => ({
    address: addressText(resource.address),
    id: resource.id,
    name: resource.title,
  });
  const layoutOf = (state: Export['dashboards'][number]['state']) => ({
    name: state.name,
    ...Object.fromEntries(
      TILE_TYPES.filter((type) => Array.isArray(state[type.list]) && (state[type.list] as unknown[]).length > 0).map((type) => [
        type.list,
        (state[type.list] as Record<string, unknown>[]).map(({ id, name, x, y, w, h, container_id, tab_id }) => ({ id, name, x, y, w, h, container_id, tab_id })),
      ]),
    ),
    containers: state.containers,
  });
  return `${JSON.stringify(
    {
      flavor: exported.flavor,
      format,
      dashboards: exported.dashboards.map(({ resource, state }) => ({ ...entry(resource), picture: pictures.get(resource.address.name), layout: layoutOf(state) })),
      sources: exported.sources.map(entry),
      sourceLinks: exported.sourceLinks.map(entry),
      savedSearches: exported.savedSearches.map(({ resource }) => entry(resource)),
      webhooks: exported.webhooks.map(entry),
      connections: exported.connections.map(entry),
      roles: exported.roles.map(entry),
      teamMembers: exported.teamMembers.map(entry),
      alerts: [
        ...exported.dashboards.flatMap(({ resource, alerts }) => alerts.map((alert) => ({ ...entry(alert), dashboard: addressText(resource.address), tileId: alert.tileId }))),
        ...exported.savedSearches.flatMap(({ alerts }) => alerts.map(entry)),
      ],
      lookups: exported.lookups.map((lookup) => ({ address: addressText(lookup.address), ...lookup.config })),
      variables: exported.variables,
      notes: notesOf(exported, format),
    },
    null,
    2,
  )}\n`;
}
