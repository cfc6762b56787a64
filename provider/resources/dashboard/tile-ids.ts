// Server ids carried through plans: tile ids by tile key (the tile `key`, else its name) within the tile's type, so that
// tile alerts survive reorders and renames (api-behaviour §6.1), and filter ids by filter name (§6.2). `tile_ids` names
// each tile's id for alerts. An import can key the tiles by their names (`<dashboard id>?tile_keys=name`), as an export
// writes them.
import type { Alert } from '../../client';
import type { Diagnostics } from '../../runtime/provider';
import { asObject, indexedObjects, type TfObject, type TfValue, Unknown } from '../../runtime/types';
import { isKnown } from '../../runtime/validators';
import { tilesOf } from './schema';
import { TILE_TYPES } from './tile-types';

/** A tile's key: its explicit `key`, else its name; undefined while unknown. */
export function tileKey(tile: TfObject): string | undefined {
  const key = isKnown(tile.key) ? tile.key : tile.key === null ? tile.name : undefined;
  return typeof key === 'string' ? key : undefined;
}

/** Keys are 1 to 256 characters long (the schema's rule); a name is any text up to 1,024. */
const MAX_KEY_LENGTH = 256;
/** The key of a tile whose name is empty. */
const UNTITLED_KEY = 'Untitled';

/** `text` cut to at most `length` UTF-16 units, never between the halves of a surrogate pair. */
function cut(text: string, length: number): string {
  const head = text.slice(0, length);
  return /[\uD800-\uDBFF]$/.test(head) ? head.slice(0, -1) : head;
}

/**
 * A key for each of the tiles named `names` (in tilesOf order: by type as the schema lists the types, then in list
 * order), unique across them: the name itself where that is a key (1 to 256 characters) and no earlier tile has it; the
 * first 256 characters of a longer name, or `Untitled` for an empty one, where free; else the same with ` 2`, ` 3`...
 * (cut to fit 256) that no other tile has. Names that are keys are served first, so every key that differs from its
 * tile's name differs from every tile's name.
 */
export function keysFromNames(names: readonly string[]): string[] {
  const keys: (string | undefined)[] = names.map(() => undefined);
  const taken = new Set<string>();
  const base = (name: string) => (name === '' ? UNTITLED_KEY : cut(name, MAX_KEY_LENGTH));
  const isKey = (name: string) => name.length >= 1 && name.length <= MAX_KEY_LENGTH;
  for (const pass of [isKey, (name: string) => !isKey(name)])
    names.forEach((name, i) => {
      if (!pass(name) || taken.has(base(name))) return;
      keys[i] = base(name);
      taken.add(base(name));
    });
  return names.map((name, i) => {
    if (keys[i] !== undefined) return keys[i];
    const numbered = (n: number) => `${cut(base(name), MAX_KEY_LENGTH - ` ${n}`.length)} ${n}`;
    let n = 2;
    while (taken.has(numbered(n))) n++;
    taken.add(numbered(n));
    return numbered(n);
  });
}

/** The dashboard with each tile's `key` set by keysFromNames, and `tile_ids` by those keys. */
export function withKeysFromNames(dashboard: TfObject): TfObject {
  const placed = tilesOf(dashboard);
  const derived = keysFromNames(placed.map(({ tile }) => String(tile.name)));
  const keys = new Map(placed.map(({ tile }, i) => [tile, derived[i]]));
  const keyed: TfObject = { ...dashboard };
  for (const { list } of TILE_TYPES)
    if (Array.isArray(dashboard[list])) keyed[list] = indexedObjects(dashboard[list]).map(([tile]) => ({ ...tile, key: keys.get(tile)! }));
  keyed.tile_ids = tileIds(keyed);
  return keyed;
}

/**
 * The import id that keys each tile by its name (withKeysFromNames), so that a configuration giving the tiles those
 * keys plans no change after the import: `<dashboard id>?tile_keys=name`. The plain `<dashboard id>` leaves the keys
 * null, as a configuration without keys has them.
 */
export const importIdKeyingTilesByName = (dashboardId: string): string => `${dashboardId}${KEYS_FROM_NAMES_SUFFIX}`;
const KEYS_FROM_NAMES_SUFFIX = '?tile_keys=name';

/** The dashboard id of an import id and whether it keys the tiles by name; undefined for an id of neither form. */
export function parseImportId(importId: string): { dashboardId: string; keysFromNames: boolean } | undefined {
  const keysFromNames = importId.endsWith(KEYS_FROM_NAMES_SUFFIX);
  const dashboardId = keysFromNames ? importId.slice(0, -KEYS_FROM_NAMES_SUFFIX.length) : importId;
  return dashboardId === '' || dashboardId.includes('?') ? undefined : { dashboardId, keysFromNames };
}

/**
 * Server tile id by tile key, over the tiles of every type; unknown as a whole while a list or a key is unknown. A key
 * several tiles share (only names can be shared) names none of them. Any string is a key, `__proto__` and `constructor` too.
 */
export function tileIds(dashboard: TfObject): TfValue {
  const lists = TILE_TYPES.map((type) => dashboard[type.list]);
  if (lists.some((tiles) => tiles !== null && (!isKnown(tiles) || !Array.isArray(tiles) || !tiles.every((tile) => isKnown(tile)))))
    return new Unknown();
  const idsByKey = new Map<string, TfValue[]>();
  for (const { tile } of tilesOf(dashboard)) {
    const key = tileKey(tile);
    if (key === undefined) return new Unknown();
    idsByKey.set(key, [...(idsByKey.get(key) ?? []), tile.id]);
  }
  return Object.fromEntries([...idsByKey].filter(([, ids]) => ids.length === 1).map(([key, [id]]) => [key, id]));
}

/**
 * Each configured tile of a type's list takes the id of the first prior tile of that type with the same key whose id is
 * not taken yet: tiles sharing a name are matched in order. A tile that changes type is a new tile. A tile given a `key` that no prior tile has takes the id of a prior tile without one
 * (imported, or keyed by name until now) of the same name, so that adding keys keeps the tiles and their alerts. No prior
 * id is taken twice; new tiles get theirs at apply.
 */
export function planTileList(configured: TfValue, prior: TfValue): TfValue {
  if (!isKnown(configured) || !Array.isArray(configured)) return configured;
  const priorTiles = indexedObjects(prior).map(([tile]) => tile);
  const claimed = new Set<TfValue>();
  const claim = (candidate: TfObject | undefined): TfValue | undefined => {
    if (!candidate || claimed.has(candidate.id)) return undefined;
    claimed.add(candidate.id);
    return candidate.id;
  };
  const tiles = configured.map(asObject);
  const ids: (TfValue | undefined)[] = tiles.map((tile) => {
    const key = tile && tileKey(tile);
    return key === undefined ? undefined : claim(priorTiles.find((candidate) => tileKey(candidate) === key && !claimed.has(candidate.id)));
  });
  tiles.forEach((tile, i) => {
    if (ids[i] === undefined && tile && typeof tile.key === 'string' && typeof tile.name === 'string')
      ids[i] = claim(priorTiles.find((candidate) => candidate.key === null && candidate.name === tile.name && !claimed.has(candidate.id)));
  });
  return configured.map((element, i) => {
    const tile = tiles[i];
    return tile ? { ...tile, id: ids[i] ?? new Unknown() } : element;
  });
}

/** Filters keep their prior id by name; filters sharing a name take the ids of the prior ones of that name in order. */
export function planFilters(configured: TfValue, prior: TfValue): TfValue {
  if (!isKnown(configured) || !Array.isArray(configured)) return configured;
  const priorIdsByName = new Map<TfValue, TfValue[]>();
  for (const [filter] of indexedObjects(prior)) priorIdsByName.set(filter.name, [...(priorIdsByName.get(filter.name) ?? []), filter.id]);
  return configured.map((element) => {
    const filter = asObject(element);
    if (!filter) return element;
    const id = typeof filter.name === 'string' ? priorIdsByName.get(filter.name)?.shift() : undefined;
    return { ...filter, id: id ?? new Unknown() };
  });
}

/** The dashboard's tile lists, each planned by planTileList against the prior list of its type. */
export function planTiles(configured: TfObject, prior: TfObject | null): TfObject {
  return Object.fromEntries(TILE_TYPES.map((type) => [type.list, planTileList(configured[type.list], prior?.[type.list] ?? null)]));
}

/** An alert on a tile, as the warning about dropped tiles names it. */
export type TileAlert = Pick<Alert, 'id' | 'name' | 'tileId'>;

/**
 * A prior tile whose id the plan does not carry (removed, renamed without a `key`, or moved to another type) loses its alerts: ClickStack
 * deletes them with the tile. An alert that follows the tile to its new id is replaced (see `tile_id` of the alert), any
 * other is lost. Said once per plan, naming the tiles and, where `alertsOfDashboard` finds them (it is called only when
 * a tile is dropped, so that other plans make no request), their alerts. Nothing is said while the tiles are unknown.
 */
export async function warnAboutDroppedTiles(
  prior: TfObject | null,
  planned: TfObject,
  diagnostics: Diagnostics,
  alertsOfDashboard?: () => Promise<TileAlert[] | null>,
): Promise<void> {
  if (prior === null || !isKnown(planned.tile_ids)) return;
  const kept = new Set(tilesOf(planned).map(({ tile }) => tile.id));
  const dropped = new Map(tilesOf(prior).filter(({ tile }) => !kept.has(tile.id)).map(({ tile }) => [tile.id, JSON.stringify(tileKey(tile))]));
  if (dropped.size === 0) return;
  const alerts = alertsOfDashboard && (await alertsOfDashboard());
  const lost = (alerts ?? []).filter((alert) => dropped.has(alert.tileId ?? null));
  const named = lost.map((alert) => `${alert.name ? JSON.stringify(alert.name) : 'an unnamed alert'} (id ${alert.id}) on ${dropped.get(alert.tileId ?? null)}`);
  const which = !alerts ? 'the alerts of these tiles' : lost.length ? `the alerts of these tiles: ${named.join(', ')}` : 'the alerts of these tiles (they have none)';
  diagnostics.warning(
    'Tiles will get new ids',
    `Tiles removed, renamed or moved to another type: ${[...dropped.values()].join(', ')}. ClickStack deletes ${which}. A \`clickstack_alert\` ` +
      'whose `tile_id` follows a renamed tile to its new id is replaced, any other alert is lost. To keep the alerts of a ' +
      'renamed tile as they are, give it a `key` equal to its old key (its old name, where it had none).',
  );
}
