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
import { clearUnsetSavedQuery, normalizeSelectFromApi, readMissingContainers } from './normalization';
import { dashboardAttributes, filterAttributes, tileAttributes } from './schema';
import { VARIANT_NAMES, VARIANTS, variantOf } from './tile-config';
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

const variantMappings: Record<string, ObjectMapping> = {
  markdown: { names: { text: 'markdown' } },
  number: { nested: { color_rules: colorRuleMapping } },
};

function variantOfApi(config: ApiObject): string | undefined {
  const name = `${config.configType === 'sql' ? 'sql_' : ''}${String(config.displayType)}`;
  return name in VARIANTS ? name : undefined;
}

const PLAIN_VARIANT: ObjectMapping = {};

function variantMapping(name: string): ObjectMapping {
  return variantMappings[name] ?? PLAIN_VARIANT;
}

const tileConfigConverter: Converter = {
  toApi(value, current) {
    const name = variantOf(value);
    if (name === undefined) throw new TypeError('A tile config must set one display type');
    const variant = VARIANTS[name];
    // Unmodelled fields of the server's config are kept only while the tile keeps its display type.
    const sameType = isApiObject(current) && variantOfApi(current) === name ? current : undefined;
    const api = toApiObject(variant.attributes, (value as TfObject)[name] as TfObject, variantMapping(name), sameType);
    api.displayType = variant.displayType;
    if (variant.sql) api.configType = 'sql';
    else delete api.configType;
    return api;
  },
  fromApi(value) {
    const api = value as ApiObject;
    const name = variantOfApi(api);
    const config: TfObject = Object.fromEntries(VARIANT_NAMES.map((variant) => [variant, null]));
    if (name !== undefined) config[name] = fromApiObject(VARIANTS[name].attributes, api, variantMapping(name));
    normalizeSelectFromApi(config);
    return config;
  },
};

// --- dashboards -------------------------------------------------------------------------------------------------

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

/** Tile ids: sent on update when known (the server keeps them), never on create, where the server mints them all (api-behaviour §6.1). */
const tileIdConverter = (mode: Mode): Converter => ({
  toApi: (value) => (mode === 'update' && typeof value === 'string' ? value : undefined),
  fromApi: (value) => String(value),
});

/** Filter ids: forbidden on create; required on update, where an unknown one gets a placeholder (api-behaviour §6.2). */
const filterIdConverter = (mode: Mode): Converter => ({
  toApi: (value) => (mode === 'create' ? undefined : typeof value === 'string' ? value : mintObjectId()),
  fromApi: (value) => String(value),
});

/** Built once per mode: mappings are read-only, and the API mapping works out each one's readings once. */
const dashboardMappings: Record<Mode, ObjectMapping> = { create: buildDashboardMapping('create'), update: buildDashboardMapping('update') };

function dashboardMapping(mode: Mode): ObjectMapping {
  return dashboardMappings[mode];
}

function buildDashboardMapping(mode: Mode): ObjectMapping {
  return {
    names: { id: null, tile_ids: null },
    converters: {
      tiles: listById(tileAttributes, { names: { key: null }, converters: { id: tileIdConverter(mode), config: tileConfigConverter } }),
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
  return toApiObject(dashboardAttributes, planned, dashboardMapping(mode), current ? rest : undefined);
}

/**
 * The state for a server document. Tile keys live only in Terraform: each tile takes the key of the known tile with
 * its id, else (for tiles just created, whose ids were unknown) of the planned tile at the same position.
 */
export function dashboardFromApi(api: ApiObject, knownTiles: TfValue = null, newTilesByPosition = false): TfObject {
  const state = fromApiObject(dashboardAttributes, api, dashboardMapping('update'));
  const known = indexedObjects(knownTiles).map(([tile]) => tile);
  const tiles = indexedObjects(state.tiles).map(([tile, i]) => {
    const sameId = known.find((candidate) => candidate.id === tile.id);
    const samePosition = newTilesByPosition && known[i] && !isKnown(known[i].id) ? known[i] : undefined;
    return { ...tile, key: (sameId ?? samePosition)?.key ?? null };
  });
  state.tiles = tiles;
  state.tile_ids = tileIds(tiles);
  return state;
}

/** Maps a path of the validate endpoint (`tiles.0.config.select.0.valueExpression`) to the attribute it names. */
export function attributePathOf(apiPath: string, config: TfObject): AttributePath {
  const segments = apiPath === '' ? [] : apiPath.split('.');
  if (segments[0] === 'tiles' && segments[2] === 'config' && /^\d+$/.test(segments[1])) {
    const tile = indexedObjects(config.tiles).find(([, i]) => i === Number(segments[1]))?.[0];
    const name = tile ? variantOf(tile.config) : undefined;
    const base: AttributePath = ['tiles', Number(segments[1]), 'config'];
    if (name === undefined) return base;
    const rest = segments.slice(3).filter((segment) => segment !== 'displayType' && segment !== 'configType');
    return [...base, name, ...schemaPath(VARIANTS[name].attributes, variantMapping(name), rest)];
  }
  return schemaPath(dashboardAttributes, dashboardMapping('create'), segments);
}
