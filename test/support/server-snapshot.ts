// What a ClickStack server holds, read through its API as a user's script would, with every server id replaced by the
// identity of the object it names: two servers holding the same objects give equal snapshots whatever their ids. A
// source is `source:log/Logs (default.otel_logs)`, a tile `tile:Service overview/Errors@0,4` (its name and cell), an unnamed alert `on
// tile:...`, a role its name, a team member or invitation its email; ids, timestamps, an alert's state, an invitation's
// link (its token is the server's) and fields that mean the same as absent ones are left out. For tests that clone one
// server into another.
import type { EmulatorHandle } from '../../emulator';
import type { FlavorName } from '../../provider/client';
import { payload, send } from './emulator-http';

type Json = Record<string, any>;

/** The collections compared, each with how an object of it is named. */
const COLLECTIONS: { route: string; kind: string; label(document: Json, nameOf: (id: string) => string | undefined): string; flavors: FlavorName[] }[] = [
  { route: '/connections', kind: 'connection', label: (document) => document.name, flavors: ['oss'] },
  // Sources may share a name: their table tells them apart.
  { route: '/sources', kind: 'source', label: (document) => `${document.kind}/${document.name} (${document.from?.databaseName}.${document.from?.tableName})`, flavors: ['oss', 'cloud'] },
  { route: '/webhooks', kind: 'webhook', label: (document) => `${document.service}/${document.name}`, flavors: ['oss', 'cloud'] },
  { route: '/saved-searches', kind: 'saved_search', label: (document) => document.name, flavors: ['oss', 'cloud'] },
  { route: '/dashboards', kind: 'dashboard', label: (document) => document.name, flavors: ['oss', 'cloud'] },
  { route: '/alerts', kind: 'alert', label: (document, nameOf) => document.name ?? `on ${nameOf(document.tileId ?? document.savedSearchId)}`, flavors: ['oss', 'cloud'] },
  { route: '/roles', kind: 'role', label: (document) => document.name, flavors: ['cloud'] },
  { route: '/team/members', kind: 'team_member', label: (document) => document.email, flavors: ['oss'] },
  { route: '/team/invitations', kind: 'team_invitation', label: (document) => document.email, flavors: ['oss'] },
];

/** Server bookkeeping, which differs between any two servers. */
const BOOKKEEPING = new Set(['id', '_id', 'teamId', 'team', 'createdAt', 'updatedAt', 'createdBy', 'updatedBy', 'state', 'silenced']);

/** JSON with the keys of every object sorted. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, element) => (element && typeof element === 'object' && !Array.isArray(element) ? Object.fromEntries(Object.entries(element).sort(([a], [b]) => (a < b ? -1 : 1))) : element));

/**
 * A field that means the same as an absent one: null, and an alert's schedule offset of 0 (the UI's routes store both,
 * the API leaves them out or stores null: an object made either way reads alike).
 */
const unset = (key: string, value: unknown) => value === null || (key === 'scheduleOffsetMinutes' && value === 0);

export type Snapshot = Record<string, Record<string, Json>>;

/** Reads every collection of `flavor`'s API and names each object and every id it holds. */
export async function snapshotOf(emulator: EmulatorHandle, flavor: FlavorName): Promise<Snapshot> {
  const read: { kind: string; label: (typeof COLLECTIONS)[number]['label']; documents: Json[] }[] = [];
  for (const collection of COLLECTIONS.filter(({ flavors }) => flavors.includes(flavor)))
    read.push({ ...collection, documents: payload(flavor, await send(emulator, flavor, 'GET', collection.route)) as Json[] });
  const names = new Map<string, string>();
  const nameOf = (id: string) => names.get(id);
  for (const { kind, label, documents } of read)
    for (const document of documents) {
      names.set(document.id, `${kind}:${label(document, nameOf)}`);
      for (const tile of document.tiles ?? [])
        names.set(tile.id, `tile:${document.name}/${tile.name}@${tile.x},${tile.y}${tile.containerId ? ` in ${tile.containerId}/${tile.tabId ?? ''}` : ''}`);
    }
  // Managed ClickStack lists no connections (ClickHouse Cloud owns them): one is named after the first source using it.
  const sources = read.find(({ kind }) => kind === 'source')!.documents.map((source) => ({ label: names.get(source.id)!, connection: source.connection }));
  for (const { label, connection } of sources.sort((a, b) => (a.label < b.label ? -1 : 1)))
    if (typeof connection === 'string' && !names.has(connection)) names.set(connection, `connection:of ${label}`);
  const named = (value: unknown): unknown => {
    if (typeof value === 'string') return names.get(value) ?? value;
    if (Array.isArray(value)) return value.map(named);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(Object.entries(value).filter(([key, element]) => !BOOKKEEPING.has(key) && !unset(key, element)).map(([key, element]) => [key, named(element)]));
  };
  const snapshot: Snapshot = {};
  for (const { kind, label, documents } of read) {
    snapshot[kind] = {};
    for (const document of documents) {
      const object = named(document) as Json;
      if (kind === 'team_invitation') delete object.url;
      // Tiles in a canonical order: code lists them by display type, the UI in the order they were made.
      if (Array.isArray(object.tiles)) object.tiles = [...object.tiles].sort((a, b) => (canonical(a) < canonical(b) ? -1 : 1));
      snapshot[kind][label(document, nameOf)] = object;
    }
  }
  return snapshot;
}
