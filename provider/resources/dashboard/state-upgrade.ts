// clickstack_dashboard's state as earlier versions of its schema wrote it, upgraded to the current version (1).
// Version 0 held every tile in one `tiles` list, each tile's type being the one attribute set in its `config`.
import { TILE_TYPES } from './tile-types';

type RawObject = { [key: string]: unknown };

const isRawObject = (value: unknown): value is RawObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Version 0 to 1: each tile moves, in order, to the list of its type, with its config's attributes beside its own. */
function fromVersion0({ tiles, ...rest }: RawObject): RawObject {
  const lists: { [list: string]: RawObject[] | null } = Object.fromEntries(TILE_TYPES.map((type) => [type.list, null]));
  for (const tile of Array.isArray(tiles) ? tiles.filter(isRawObject) : []) {
    const { config, ...common } = tile;
    const type = isRawObject(config) ? TILE_TYPES.find((candidate) => isRawObject(config[candidate.name])) : undefined;
    // Version 0 read a tile of a display type it did not model as a config with nothing set: it has no list to go to.
    if (!type) continue;
    (lists[type.list] ??= []).push({ ...common, ...((config as RawObject)[type.name] as RawObject) });
  }
  return { ...rest, ...lists };
}

/** The raw state of `fromVersion` as the current schema holds it. */
export function upgradeDashboardState(fromVersion: number, state: RawObject): RawObject {
  return fromVersion === 0 ? fromVersion0(state) : state;
}
