// What an export holds, before it is written as HCL or as CDKTF TypeScript: each exported object's configuration, in
// which server ids have become references (to another exported object, to a lookup by name, to a variable) or stay
// literal with a note saying why; the lookups and variables those references need.
import type { FlavorName } from '../client';
import type { TfObject } from '../runtime/types';
import type { TileAlert } from './layout';

/**
 * What the code does with the objects: `import` adopts the existing ones (import blocks, `importFrom`), so the first
 * plan changes nothing; `create` makes them anew, on another server (no ids, no import blocks), which clones a
 * deployment into an empty one.
 */
export type ExportMode = 'import' | 'create';

/** A block of the configuration: `resource "clickstack_dashboard" "main"` or `data "clickstack_source" "logs"`. */
export interface BlockAddress {
  mode: 'resource' | 'data';
  type: string;
  name: string;
}

/** `clickstack_dashboard.main` or `data.clickstack_source.logs`. */
export function addressText({ mode, type, name }: BlockAddress): string {
  return `${mode === 'data' ? 'data.' : ''}${type}.${name}`;
}

/** A value computed from another block (`data.clickstack_source.logs.id`, `clickstack_dashboard.main.tile_ids["Errors"]`) or a variable. */
export class Expression {
  constructor(
    readonly reference: { kind: 'attribute'; of: BlockAddress; attribute: string; key?: string } | { kind: 'variable'; name: string },
  ) {}
}

/** A server id kept as it is, because no reference can stand in for it; `note` says why, beside it in the code. */
export class Literal {
  constructor(
    readonly value: string,
    readonly note: string,
  ) {}
}

export type ExportValue = null | string | number | boolean | ExportValue[] | { [key: string]: ExportValue } | Expression | Literal;
export type ExportObject = { [attribute: string]: ExportValue };

export interface ExportedResource {
  address: BlockAddress;
  /** Server id. */
  id: string;
  /** What the import block adopts where it is not the server id alone: a dashboard's tiles keyed by name. */
  importId?: string;
  /** A tile alert's tile: its server id, for the pictures. */
  tileId?: string;
  /** The object's name in ClickStack, for comments and the summary. */
  title: string;
  config: ExportObject;
}

export interface Lookup {
  address: BlockAddress;
  /** The lookup's arguments: a name and what narrows it (a source's kind, a webhook's service). */
  config: ExportObject;
}

/** A sensitive input variable standing in for a secret the export does not write. */
export interface SecretVariable {
  name: string;
  type: 'string' | 'map(string)';
  description: string;
  /** Without a default: the code cannot create its object without the value (a new webhook's URL). */
  required?: boolean;
}

/** The alerts on a dashboard's tiles, as its picture marks them. */
export const tileAlertsOf = ({ alerts }: DashboardExport): TileAlert[] =>
  alerts.flatMap((alert) => (alert.tileId === undefined ? [] : [{ name: alert.title, tile: { id: alert.tileId } }]));

export interface DashboardExport {
  resource: ExportedResource;
  /** The dashboard as the provider reads it (state), for its picture. */
  state: TfObject;
  alerts: ExportedResource[];
}

export interface SavedSearchExport {
  resource: ExportedResource;
  alerts: ExportedResource[];
}

export interface Export {
  flavor: FlavorName;
  mode: ExportMode;
  /** Managed sources, and after them the links of those that have any (`clickstack_source_links`). */
  sources: ExportedResource[];
  sourceLinks: ExportedResource[];
  /** ClickHouse connections (OSS), their passwords as sensitive variables; like roles and team members, in an import of everything only. */
  connections: ExportedResource[];
  /** Custom roles (Managed ClickStack); predefined roles cannot be managed. */
  roles: ExportedResource[];
  /** Team members and pending invitations (OSS), by email; the API key's own user is left out. */
  teamMembers: ExportedResource[];
  webhooks: ExportedResource[];
  savedSearches: SavedSearchExport[];
  dashboards: DashboardExport[];
  lookups: Lookup[];
  variables: SecretVariable[];
  /** What the reader must know: ids kept literal, objects left out. One sentence each. */
  notes: string[];
  /**
   * Tile ids kept literal in alerts (the provider does not read the tile: a display type it does not know): HCL only,
   * since the CDKTF app leaves such an alert out, with a comment.
   */
  tileIdNotes: string[];
}

/** The comment above a resource: its name in ClickStack, and the id it adopts (code that creates holds no ids). */
export function titleOf(resource: ExportedResource, mode: ExportMode): string {
  return `${JSON.stringify(resource.title)}${mode === 'import' ? ` (id ${resource.id})` : ''}`;
}

/** The notes that concern the code of `format`. */
export function notesOf(exported: Export, format: 'hcl' | 'cdktf'): string[] {
  return format === 'hcl' ? [...exported.notes, ...exported.tileIdNotes] : exported.notes;
}

/** The id an import block or `importFrom` adopts the resource by. */
export const importIdOf = (resource: ExportedResource): string => resource.importId ?? resource.id;

/** Every exported resource, referenced objects before the objects referring to them (the order of import blocks). */
export function resourcesOf(exported: Export): ExportedResource[] {
  return [
    ...exported.connections,
    ...exported.roles,
    ...exported.teamMembers,
    ...exported.sources,
    ...exported.sourceLinks,
    ...exported.webhooks,
    ...exported.savedSearches.map(({ resource }) => resource),
    ...exported.dashboards.map(({ resource }) => resource),
    ...exported.savedSearches.flatMap(({ alerts }) => alerts),
    ...exported.dashboards.flatMap(({ alerts }) => alerts),
  ];
}
