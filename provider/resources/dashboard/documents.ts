// clickstack_dashboard's API documents: the create or update body for a plan, the state for a server document, and
// the attribute a path of the server's validate endpoint names. Tile and filter ids follow the API's create/update
// asymmetry; fields of the server's document that the schema does not model are kept on every update.
import { randomBytes } from 'node:crypto';
import { type AttributePath, type Attributes, indexedObjects, type TfObject, type TfValue } from '../../runtime/types';
import { isKnown } from '../../runtime/validators';
import {
  type ApiObject,
  type Converter,
  fromApiObject,
  isApiObject,
  type ObjectMapping,
  schemaPath,
  toApiObject,
  toNumber,
} from '../../shared/api-mapping';
import { clearUnsetSavedQuery, isEmptyList, normalizeSelectFromApi, readEmptyTabsAsKnown, readMissingContainers } from './normalization';
import { commonTileAttributes, dashboardAttributes, filterAttributes, tilePath, tilesOf } from './schema';
import { TILE_TYPES, type TileType } from './tile-types';
import { tileIds } from './tile-ids';

// --- tile configs ----------------------------------------------------------------------------------------------

const colorRuleMapping: ObjectMapping = {
  names: { value: null, value_max: null, value_text: null },
  afterToApi(api, rule) {
    if (rule.operator === 'between') api.value = [rule.value, rule.value_max].map((bound) => (bound === null ? null : toNumber(bound)));
    else if (rule.value_text !== null) api.value = rule.value_text;
    else if (rule.value !== null) api.value = toNumber(rule.value);
  },
  afterFromApi(rule, api) {
    if (Array.isArray(api.value)) [rule.value, rule.value_max] = api.value as number[];
    else if (typeof api.value === 'string') rule.value_text = api.value;
    else if (typeof api.value === 'number') rule.value = api.value;
  },
};

const typeMappings: Record<string, ObjectMapping> = {
  markdown: { names: { text: 'markdown' } },
  number: { nested: { color_rules: colorRuleMapping } },
};

const PLAIN_TYPE: ObjectMapping = {};

function typeMapping(type: TileType): ObjectMapping {
  return typeMappings[type.name] ?? PLAIN_TYPE;
}

/** The tile type of an API tile; undefined for a display type this provider does not model. */
function typeOfApi(tile: unknown): TileType | undefined {
  const config = isApiObject(tile) && isApiObject(tile.config) ? tile.config : undefined;
  return config && TILE_TYPES.find((type) => type.displayType === config.displayType && type.sql === (config.configType === 'sql'));
}

// --- ids and lists matched by id ----------------------------------------------------------------------------------

export type Mode = 'create' | 'update';

/** A placeholder filter id for PUT, which requires one on every filter; the server replaces it with its own. */
const mintObjectId = (): string => randomBytes(12).toString('hex');

const byId = (documents: unknown): Map<string, ApiObject> =>
  new Map((Array.isArray(documents) ? documents : []).filter(isApiObject).map((document) => [String(document.id), document]));

/** A list of objects whose elements are matched to the server's by id, so that unmodeled fields stay with their owner. */
function listById(attributes: Attributes, mapping: ObjectMapping): Converter {
  return {
    toApi(value, current) {
      const currentById = byId(current);
      return (value as TfObject[]).map((element) => {
        const id = element.id;
        return toApiObject(attributes, element, mapping, typeof id === 'string' ? currentById.get(id) : undefined);
      });
    },
    fromApi: (value) => (value as ApiObject[]).map((element) => fromApiObject(attributes, element, mapping)),
  };
}

/** Filter ids: forbidden on create; required on update, where an unknown one gets a placeholder (api-behaviour §6.2). */
const filterIdConverter = (mode: Mode): Converter => ({
  toApi: (value) => (mode === 'create' ? undefined : typeof value === 'string' ? value : mintObjectId()),
  fromApi: (value) => String(value),
});

// --- tiles -----------------------------------------------------------------------------------------------------

/** Tile ids: sent on update when known (the server keeps them), never on create, where the server mints them all (api-behaviour §6.1). */
const tileIdConverter = (mode: Mode): Converter => ({
  toApi: (value) => (mode === 'update' && typeof value === 'string' ? value : undefined),
  fromApi: (value) => String(value),
});

/** Built once per mode, as the dashboard's mappings are. */
const tileMappings: Record<Mode, ObjectMapping> = {
  create: { names: { key: null }, converters: { id: tileIdConverter('create') } },
  update: { names: { key: null }, converters: { id: tileIdConverter('update') } },
};
const tileMapping = (mode: Mode): ObjectMapping => tileMappings[mode];

/**
 * The API tile of a tile of `type`. `current` is the server's tile of the same id: its fields that the schema does not
 * model stay, those of its config only while the tile keeps its type.
 */
function tileToApi(type: TileType, tile: TfObject, mode: Mode, current: ApiObject | undefined): ApiObject {
  const api = toApiObject(commonTileAttributes, tile, tileMapping(mode), current);
  const sameType = current && typeOfApi(current) === type ? (current.config as ApiObject) : undefined;
  const config = toApiObject(type.attributes, tile, typeMapping(type), sameType);
  config.displayType = type.displayType;
  if (type.sql) config.configType = 'sql';
  else delete config.configType;
  api.config = config;
  return api;
}

/**
 * The API tiles of a planned dashboard, in the order of tilesOf: the server keeps the order sent (api-behaviour §6.1),
 * so it is the order read back. Tiles of a display type this provider does not model are kept, after the others.
 */
function tilesToApi(planned: TfObject, mode: Mode, current: unknown): ApiObject[] {
  const currentById = byId(current);
  const tiles = tilesOf(planned).map(({ type, tile }) => tileToApi(type, tile, mode, typeof tile.id === 'string' ? currentById.get(tile.id) : undefined));
  return [...tiles, ...[...currentById.values()].filter((tile) => typeOfApi(tile) === undefined)];
}

function tileFromApi(type: TileType, api: ApiObject): TfObject {
  // Merged into the first object, not spread into a new one: V8 builds a literal of two spreads many times slower, and a
  // refresh reads every tile of every dashboard.
  const tile = Object.assign(fromApiObject(commonTileAttributes, api, tileMapping('update')), fromApiObject(type.attributes, api.config as ApiObject, typeMapping(type)));
  normalizeSelectFromApi(tile);
  return tile;
}

/**
 * The tiles of one type in a state. The server's order of the tiles means nothing to users (`x`, `y`, `w` and `h` place
 * a tile) and edits made elsewhere may change it, so they follow the order of the same tiles in `knownList`, tiles it
 * does not have coming last in the server's order. Tile keys live only in Terraform: each tile takes the key of the
 * known tile with its id (of any type), else (for tiles just created, whose ids were unknown) the place and key of the
 * known tile at its position.
 */
function tileListFromApi(type: TileType, apiTiles: ApiObject[], knownList: TfObject[], knownKeys: Map<TfValue, TfValue>, newTilesByPosition: boolean): TfObject[] {
  const knownPlaces = new Map(knownList.map((tile, i) => [tile.id, i]));
  const placed = apiTiles.map((api, i) => {
    const tile = tileFromApi(type, api);
    const created = newTilesByPosition && knownList[i] && !isKnown(knownList[i].id) ? i : undefined;
    tile.key = knownKeys.has(tile.id) ? (knownKeys.get(tile.id) ?? null) : created !== undefined ? knownList[created].key : null;
    return { tile, place: knownPlaces.get(tile.id) ?? created ?? knownList.length + i };
  });
  return placed.sort((a, b) => a.place - b.place).map(({ tile }) => tile);
}

/**
 * The tile lists of a state, following `known` (see tileListFromApi). A type without tiles reads as an empty list where
 * the known dashboard has one, else as null.
 */
function tileListsFromApi(apiTiles: unknown, known: TfObject | null, newTilesByPosition: boolean): TfObject {
  const tiles = (Array.isArray(apiTiles) ? apiTiles : []).filter(isApiObject);
  const knownKeys = new Map(known ? tilesOf(known).map(({ tile }) => [tile.id, tile.key]) : []);
  return Object.fromEntries(
    TILE_TYPES.map((type) => {
      const knownList = indexedObjects(known?.[type.list]).map(([tile]) => tile);
      const read = tileListFromApi(type, tiles.filter((tile) => typeOfApi(tile) === type), knownList, knownKeys, newTilesByPosition);
      return [type.list, read.length === 0 && !isEmptyList(known?.[type.list]) ? null : read];
    }),
  );
}

// --- dashboards -------------------------------------------------------------------------------------------------

/** Built once per mode: mappings are read-only, and the API mapping works out each one's readings once. */
const dashboardMappings: Record<Mode, ObjectMapping> = { create: buildDashboardMapping('create'), update: buildDashboardMapping('update') };

function dashboardMapping(mode: Mode): ObjectMapping {
  return dashboardMappings[mode];
}

function buildDashboardMapping(mode: Mode): ObjectMapping {
  return {
    // The tile lists are one API field, `tiles`: see tilesToApi and tileListsFromApi.
    names: { id: null, tile_ids: null, ...Object.fromEntries(TILE_TYPES.map((type) => [type.list, null])) },
    converters: {
      filters: listById(filterAttributes, { converters: { id: filterIdConverter(mode) } }),
    },
    afterToApi: clearUnsetSavedQuery,
    afterFromApi(value, api) {
      value.id = String(api.id);
      readMissingContainers(value);
    },
  };
}

/** The create or update body for a planned dashboard; `current` is the server's document, whose unmodeled fields stay. */
export function dashboardToApi(planned: TfObject, mode: Mode, current?: ApiObject): ApiObject {
  const { id: _id, ...rest } = current ?? {};
  const api = toApiObject(dashboardAttributes, planned, dashboardMapping(mode), current ? rest : undefined);
  api.tiles = tilesToApi(planned, mode, current?.tiles);
  return api;
}

/**
 * The state for a server document. `known` is the dashboard the state follows (the plan just applied, or the state
 * refreshed), for tile keys, empty tile lists and empty tab lists; `newTilesByPosition` after an apply, see tileListsFromApi.
 */
export function dashboardFromApi(api: ApiObject, known: TfObject | null = null, newTilesByPosition = false): TfObject {
  const state = Object.assign(fromApiObject(dashboardAttributes, api, dashboardMapping('update')), tileListsFromApi(api.tiles, known, newTilesByPosition));
  readEmptyTabsAsKnown(state, known);
  state.tile_ids = tileIds(state);
  return state;
}

/** Maps a path of the validate endpoint (`tiles.0.config.select.0.valueExpression`, tiles in tilesOf order) to the attribute it names. */
export function attributePathOf(apiPath: string, config: TfObject): AttributePath {
  const segments = apiPath === '' ? [] : apiPath.split('.');
  if (segments[0] !== 'tiles') return schemaPath(dashboardAttributes, dashboardMapping('create'), segments);
  const placed = /^\d+$/.test(segments[1] ?? '') ? tilesOf(config)[Number(segments[1])] : undefined;
  if (!placed) return [];
  if (segments[2] !== 'config') return tilePath(placed, ...schemaPath(commonTileAttributes, tileMapping('create'), segments.slice(2)));
  const rest = segments.slice(3).filter((segment) => segment !== 'displayType' && segment !== 'configType');
  return tilePath(placed, ...schemaPath(placed.type.attributes, typeMapping(placed.type), rest));
}
