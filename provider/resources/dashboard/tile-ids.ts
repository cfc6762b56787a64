// Server ids carried through plans: tile ids by tile key (the tile `key`, else its name) within the tile's type, so that
// tile alerts survive reorders and renames (api-behaviour §6.1), and filter ids by filter name (§6.2). `tile_ids` names
// each tile's id for alerts.
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

/**
 * A prior tile whose id the plan does not carry (removed, renamed without a `key`, or moved to another type) loses its alerts: ClickStack
 * deletes them with the tile. An alert that follows the tile to its new id is replaced (see `tile_id` of the alert), any
 * other is lost. Said once per plan, naming the tiles. Nothing is said while the tiles are unknown.
 */
export function warnAboutDroppedTiles(prior: TfObject | null, planned: TfObject, diagnostics: Diagnostics): void {
  if (prior === null || !isKnown(planned.tile_ids)) return;
  const kept = new Set(tilesOf(planned).map(({ tile }) => tile.id));
  const dropped = tilesOf(prior).filter(({ tile }) => !kept.has(tile.id)).map(({ tile }) => JSON.stringify(tileKey(tile)));
  if (dropped.length)
    diagnostics.warning(
      'Tiles will get new ids',
      `Tiles removed, renamed or moved to another type: ${dropped.join(', ')}. ClickStack deletes the alerts of these tiles: a \`clickstack_alert\` ` +
        'whose `tile_id` follows a renamed tile to its new id is replaced, any other alert is lost. To keep the alerts of a ' +
        'renamed tile as they are, give it a `key` equal to its old name.',
    );
}
