// clickstack_dashboard: a typed dashboard (tiles with one nested attribute per display type, filters, saved query,
// containers with tabs). Reads top to bottom: schema, validation, plan, API documents, CRUD, import.
//
// Tile ids are carried forward by tile key (or name) so that tile alerts survive reorders; filter ids by filter name.
// Fields of the server's document that the schema does not model are kept on every update.
import { randomBytes } from 'node:crypto';
import { type ClickStackClient, EndpointUnavailableError, ServerError, UnexpectedResponseError } from '../client';
import type { DashboardCreateInput, DashboardUpdateInput } from '../client/models/dashboards';
import { pathToString } from '../runtime/diagnostics';
import { containsUnknown, valuesEqual } from '../runtime/plan';
import { useStateForUnknown } from '../runtime/plan-modifiers';
import type { CallContext, Diagnostics, ResourceDefinition } from '../runtime/provider';
import { eachElement, isKnown, matches, numberBetween, oneOf, sizeBetween, stringLength, wholeNumber } from '../runtime/validators';
import {
  asObject,
  type Attribute,
  type AttributePath,
  type Attributes,
  indexedObjects,
  type TfObject,
  type TfValue,
  Unknown,
} from '../runtime/types';
import { OSS_ONLY_TILE_ATTRIBUTES, VARIANTS, tileConfigAttribute, tileConfigConverter, validateTileConfig, variantMapping, variantOf } from './dashboard-tiles';
import { type ApiObject, type Converter, fromApiObject, isApiObject, type ObjectMapping, schemaPath, toApiObject } from '../shared/api-mapping';
import { METRIC_DATA_TYPES, QUERY_LANGUAGES } from '../values';
import { deleteIfPresent, readOrGone, reportingApiErrors } from '../shared/api-errors';
import { codeList, optionalBool, optionalString, ossOnly, requiredString, serverDefault } from '../shared/attributes';
import { nullObject } from '../shared/schema-derivation';

// --- schema ---------------------------------------------------------------------------------------------------

const gridNumber = (description: string, min: number, max?: number): Attribute => ({
  type: 'number',
  required: true,
  description,
  validators: [wholeNumber, numberBetween(min, max)],
});
export const DASHBOARD_MAX_TILES = 500;
const VARIABLE_NAME = /^[a-zA-Z][a-zA-Z0-9_]*$/;
const OSS_ONLY_FILTER_ATTRIBUTES = ['is_broadcast_enabled', 'is_variable_enabled', 'variable_name'];

const tileAttributes: Attributes = {
  key: optionalString(
    'Stable key of the tile in this configuration, never sent to ClickStack. It names the tile in `tile_ids` and carries the ' +
      "tile's server id (and so its alerts) across renames; unique among the keys and the names of tiles without a key. " +
      'Defaults to the tile `name`. Tiles without a key that share a name keep their ids in order (the first such tile ' +
      'takes the id of the first tile of that name before) and are left out of `tile_ids`: set keys to refer to them.',
    stringLength(1, 256),
  ),
  id: { type: 'string', computed: true, description: 'Server id of the tile, kept across updates (alerts refer to it).' },
  name: requiredString('Title of the tile (may be empty).', stringLength(0, 1024)),
  x: gridNumber('Column of the left edge on the 24-column grid, 0 to 23.', 0, 23),
  y: gridNumber('Row of the top edge, from 0.', 0),
  w: gridNumber('Width in columns, 1 to 24.', 1, 24),
  h: gridNumber('Height in rows, from 1.', 1),
  container_id: optionalString('Id of the container (see `containers`) the tile sits in.', stringLength(1, 256)),
  tab_id: optionalString('Id of the tab of its container the tile sits in; needs `container_id`.', stringLength(1, 256)),
  config: tileConfigAttribute,
};

const filterAttributes: Attributes = {
  id: {
    type: 'string',
    computed: true,
    description: 'Server id of the filter, carried across updates by filter name (filters sharing a name keep their ids in order).',
  },
  type: serverDefault(optionalString('Kind of filter: `QUERY_EXPRESSION`.', oneOf('QUERY_EXPRESSION')), 'QUERY_EXPRESSION'),
  name: requiredString('Label of the dropdown.', stringLength(1)),
  expression: requiredString('Expression whose values the dropdown offers, such as `ServiceName`.', stringLength(1)),
  source_id: requiredString('Id of the source the values come from.'),
  source_metric_type: optionalString(`Metric data type, for metric sources: ${codeList(METRIC_DATA_TYPES)}.`, oneOf(...METRIC_DATA_TYPES)),
  where: optionalString('Condition limiting the values offered.'),
  where_language: optionalString(`Language of \`where\`: ${codeList(QUERY_LANGUAGES, ', ', ' or ')}.`, oneOf(...QUERY_LANGUAGES)),
  applies_to_source_ids: {
    type: ['list', 'string'],
    optional: true,
    description: 'Sources the selected value filters (all when unset); only for broadcast filters.',
  },
  is_broadcast_enabled: optionalBool(`Whether the selected value filters every tile (the server's default when unset).${ossOnly}`),
  is_variable_enabled: optionalBool(`Whether the selected value is available to SQL tiles as a variable.${ossOnly}`),
  variable_name: optionalString(
    `Name of the variable (letters, digits and \`_\`, starting with a letter); only with \`is_variable_enabled\`.${ossOnly}`,
    stringLength(1, 64),
    matches(VARIABLE_NAME, 'a letter followed by letters, digits or `_`'),
  ),
};

const containerAttributes: Attributes = {
  id: requiredString('Id of the container, referred to by `tiles[*].container_id`; unique within the dashboard.', stringLength(1, 256)),
  title: requiredString('Title shown above the container.', stringLength(1, 256)),
  collapsed: serverDefault(optionalBool('Whether the container starts collapsed.'), false),
  collapsible: optionalBool('Whether users can collapse the container.'),
  bordered: optionalBool('Whether the container has a border.'),
  tabs: {
    optional: true,
    description: 'Tabs of the container (up to 20), referred to by `tiles[*].tab_id`.',
    validators: [sizeBetween(0, 20)],
    nested: {
      nesting: 'list',
      attributes: {
        id: requiredString('Id of the tab; unique within the container.', stringLength(1, 256)),
        title: requiredString('Title of the tab.', stringLength(1, 256)),
      },
    },
  },
};

const dashboardAttributes: Attributes = {
  id: { type: 'string', computed: true, description: 'Server id of the dashboard.', planModifiers: [useStateForUnknown] },
  name: requiredString('Name of the dashboard.', stringLength(1, 1024)),
  tags: serverDefault(
    {
      type: ['list', 'string'],
      description: 'Tags (up to 50 unique tags of up to 32 characters).',
      validators: [sizeBetween(0, 50), eachElement(stringLength(0, 32))],
    },
    [],
  ),
  tiles: {
    required: true,
    description: `Tiles of the dashboard (up to ${DASHBOARD_MAX_TILES}), replacing the server's tiles on every update.`,
    validators: [sizeBetween(0, DASHBOARD_MAX_TILES)],
    nested: { nesting: 'list', attributes: tileAttributes },
  },
  filters: serverDefault(
    { description: 'Dropdown filters shown above the tiles.', nested: { nesting: 'list', attributes: filterAttributes } },
    [],
  ),
  saved_query: optionalString('Query applied to every tile when the dashboard opens.'),
  saved_query_language: {
    ...optionalString(
      `Language of \`saved_query\`: ${codeList(QUERY_LANGUAGES, ', ', ' or ')}. Defaults to \`lucene\` when \`saved_query\` is set.`,
      oneOf(...QUERY_LANGUAGES),
    ),
    computed: true,
  },
  saved_filter_values: serverDefault(
    {
      description: 'Filter conditions applied when the dashboard opens.',
      nested: {
        nesting: 'list',
        attributes: {
          type: serverDefault(optionalString('Kind of condition: `sql`.', oneOf('sql')), 'sql'),
          condition: requiredString('SQL condition.', stringLength(0, 10000)),
        },
      },
    },
    [],
  ),
  containers: serverDefault(
    {
      description: 'Groups of tiles (up to 50), optionally with tabs.',
      validators: [sizeBetween(0, 50)],
      nested: { nesting: 'list', attributes: containerAttributes },
    },
    [],
  ),
  tile_ids: {
    type: ['map', 'string'],
    computed: true,
    description:
      'Server tile id by tile key (the tile `key`, else its `name`), for alerts: `clickstack_dashboard.x.tile_ids["Errors"]`. ' +
      'A name shared by several tiles without a key is left out. Ids of existing tiles are known at plan time.',
  },
};

export const dashboardSchema = {
  version: 0,
  block: {
    description:
      'A ClickStack dashboard, fully typed: tiles with one nested attribute per display type, filters, a saved query and ' +
      'containers with tabs. Edits made in the UI or through the API show as differences in the next plan.',
    attributes: dashboardAttributes,
  },
};

// --- validation -------------------------------------------------------------------------------------------------

/** A tile's key: its explicit `key`, else its name; undefined while unknown. */
function tileKey(tile: TfObject): string | undefined {
  const key = isKnown(tile.key) ? tile.key : tile.key === null ? tile.name : undefined;
  return typeof key === 'string' ? key : undefined;
}

function reportDuplicates(items: [string | undefined, AttributePath][], what: string, diagnostics: Diagnostics): void {
  const first = new Map<string, AttributePath>();
  for (const [value, path] of items) {
    if (value === undefined) continue;
    const earlier = first.get(value);
    if (earlier) diagnostics.error(`Duplicate ${what}`, `${JSON.stringify(value)} is already used at ${pathToString(earlier)}.`, path);
    else first.set(value, path);
  }
}

/**
 * Explicit tile keys must be unique, and differ from the names of tiles without a key. Tiles without a key may share a
 * name (dashboards made in the UI often have several untitled tiles): they are matched in order, see `planTiles`.
 */
function validateTileKeys(tiles: [TfObject, number][], diagnostics: Diagnostics): void {
  const keyed = tiles.filter(([tile]) => typeof tile.key === 'string');
  reportDuplicates(keyed.map(([tile, i]) => [tile.key as string, ['tiles', i, 'key']]), 'tile key', diagnostics);
  const firstUnkeyedByName = new Map<TfValue, number>();
  for (const [tile, i] of tiles) if (tile.key === null && !firstUnkeyedByName.has(tile.name)) firstUnkeyedByName.set(tile.name, i);
  for (const [tile, i] of keyed) {
    const named = firstUnkeyedByName.get(tile.key);
    if (named !== undefined)
      diagnostics.error('Duplicate tile key', `${JSON.stringify(tile.key)} is already used at ${pathToString(['tiles', named, 'name'])}.`, ['tiles', i, 'key']);
  }
}

function validateDashboard(config: TfObject, diagnostics: Diagnostics): void {
  const tiles = indexedObjects(config.tiles);
  validateTileKeys(tiles, diagnostics);
  const tags = isKnown(config.tags) && Array.isArray(config.tags) ? config.tags : [];
  reportDuplicates(tags.map((tag, i) => [typeof tag === 'string' ? tag : undefined, ['tags', i]]), 'tag', diagnostics);

  const containers = indexedObjects(config.containers);
  reportDuplicates(containers.map(([c, i]) => [typeof c.id === 'string' ? c.id : undefined, ['containers', i, 'id']]), 'container id', diagnostics);
  for (const [container, i] of containers)
    reportDuplicates(
      indexedObjects(container.tabs).map(([tab, j]) => [typeof tab.id === 'string' ? tab.id : undefined, ['containers', i, 'tabs', j, 'id']]),
      'tab id',
      diagnostics,
    );
  const containersKnown = config.containers === null || (isKnown(config.containers) && !containsUnknown(config.containers));

  for (const [tile, i] of tiles) {
    const { container_id: containerId, tab_id: tabId } = tile;
    if (tabId !== null && containerId === null)
      diagnostics.error('Invalid tile', '`tab_id` needs `container_id`.', ['tiles', i, 'tab_id']);
    if (typeof containerId === 'string' && containersKnown) {
      const container = containers.find(([c]) => c.id === containerId)?.[0];
      if (!container)
        diagnostics.error('Invalid tile', `No container has the id ${JSON.stringify(containerId)}.`, ['tiles', i, 'container_id']);
      else if (typeof tabId === 'string' && !indexedObjects(container.tabs).some(([tab]) => tab.id === tabId))
        diagnostics.error('Invalid tile', `Container ${JSON.stringify(containerId)} has no tab with the id ${JSON.stringify(tabId)}.`, ['tiles', i, 'tab_id']);
    }
    const tileConfig = asObject(tile.config);
    if (tileConfig) validateTileConfig(tileConfig, ['tiles', i, 'config'], diagnostics);
  }

  for (const [filter, i] of indexedObjects(config.filters)) {
    const { is_broadcast_enabled: broadcast, is_variable_enabled: variable, variable_name: variableName, applies_to_source_ids: appliesTo } = filter;
    const at = (name: string) => ['filters', i, name];
    if (broadcast === false && variable !== true && !(variable instanceof Unknown))
      diagnostics.error('Invalid filter', 'A filter must broadcast, be a variable, or both: set `is_variable_enabled = true` or drop `is_broadcast_enabled = false`.', at('is_broadcast_enabled'));
    if (variableName !== null && variable !== true && !(variable instanceof Unknown))
      diagnostics.error('Invalid filter', '`variable_name` needs `is_variable_enabled = true`.', at('variable_name'));
    if (broadcast === false && Array.isArray(appliesTo) && appliesTo.length > 0)
      diagnostics.error('Invalid filter', '`applies_to_source_ids` is only for broadcast filters.', at('applies_to_source_ids'));
  }
}

/** Attributes of the OSS API only: set on Managed ClickStack they would be dropped silently, so they are refused. */
function refuseOssOnlyAttributes(config: TfObject, diagnostics: Diagnostics): void {
  const refuse = (path: AttributePath, attribute: string) =>
    diagnostics.error('Not available on Managed ClickStack', `\`${attribute}\` exists only on ClickStack OSS (HyperDX); remove it for Managed ClickStack.`, path);
  for (const [tile, i] of indexedObjects(config.tiles)) {
    const name = variantOf(tile.config);
    if (name === undefined) continue;
    const variant = (tile.config as TfObject)[name] as TfObject;
    for (const attribute of OSS_ONLY_TILE_ATTRIBUTES)
      if (variant[attribute] !== undefined && variant[attribute] !== null) refuse(['tiles', i, 'config', name, attribute], attribute);
  }
  for (const [filter, i] of indexedObjects(config.filters))
    for (const attribute of OSS_ONLY_FILTER_ATTRIBUTES) if (filter[attribute] !== null) refuse(['filters', i, attribute], attribute);
}

// --- API documents ----------------------------------------------------------------------------------------------

type Mode = 'create' | 'update';

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

/** Tile ids: sent on update when known (the server keeps them), never on create, where the server mints them all. */
const tileIdConverter = (mode: Mode): Converter => ({
  toApi: (value) => (mode === 'update' && typeof value === 'string' ? value : undefined),
  fromApi: (value) => String(value),
});

/** Filter ids: forbidden on create; required on update, where an unknown one gets a placeholder. */
const filterIdConverter = (mode: Mode): Converter => ({
  toApi: (value) => (mode === 'create' ? undefined : typeof value === 'string' ? value : mintObjectId()),
  fromApi: (value) => String(value),
});

function dashboardMapping(mode: Mode): ObjectMapping {
  return {
    names: { id: null, tile_ids: null },
    converters: {
      tiles: listById(tileAttributes, { names: { key: null }, converters: { id: tileIdConverter(mode), config: tileConfigConverter } }),
      filters: listById(filterAttributes, { converters: { id: filterIdConverter(mode) } }),
    },
    afterToApi(api) {
      // An omitted saved query is kept by PUT: unset means cleared, so say it.
      api.savedQuery ??= null;
      api.savedQueryLanguage ??= null;
    },
    afterFromApi(value, api) {
      value.id = String(api.id);
      // The server leaves `containers` out when there are none.
      value.containers ??= [];
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

/**
 * Server tile id by tile key; unknown as a whole while a key is unknown. A key several tiles share (only names can be
 * shared) names none of them. Any string is a key, `__proto__` and `constructor` too.
 */
function tileIds(tiles: TfValue): TfValue {
  if (!isKnown(tiles) || !Array.isArray(tiles)) return tiles === null ? {} : new Unknown();
  const idsByKey = new Map<string, TfValue[]>();
  for (const tile of tiles.map(asObject)) {
    const key = tile && tileKey(tile);
    if (!tile || key === undefined) return new Unknown();
    idsByKey.set(key, [...(idsByKey.get(key) ?? []), tile.id]);
  }
  return Object.fromEntries([...idsByKey].filter(([, ids]) => ids.length === 1).map(([key, [id]]) => [key, id]));
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

// --- plan -------------------------------------------------------------------------------------------------------

/**
 * Each configured tile takes the id of the first prior tile with the same key whose id is not taken yet: tiles sharing a
 * name are matched in order. A tile given a `key` that no prior tile has takes the id of a prior tile without one
 * (imported, or keyed by name until now) of the same name, so that adding keys keeps the tiles and their alerts. No prior
 * id is taken twice; new tiles get theirs at apply.
 */
function planTiles(configured: TfValue, prior: TfValue): TfValue {
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
function planFilters(configured: TfValue, prior: TfValue): TfValue {
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

/**
 * A prior tile whose id the plan does not carry (removed, or renamed without a `key`) loses its alerts: ClickStack
 * deletes them with the tile. An alert that follows the tile to its new id is replaced (see `tile_id` of the alert), any
 * other is lost. Said once per plan, naming the tiles. Nothing is said while the tiles are unknown.
 */
function warnAboutDroppedTiles(prior: TfObject | null, planned: TfObject, diagnostics: Diagnostics): void {
  if (prior === null || !isKnown(planned.tile_ids)) return;
  const kept = new Set(indexedObjects(planned.tiles).map(([tile]) => tile.id));
  const dropped = indexedObjects(prior.tiles).filter(([tile]) => !kept.has(tile.id)).map(([tile]) => JSON.stringify(tileKey(tile)));
  if (dropped.length)
    diagnostics.warning(
      'Tiles will get new ids',
      `Tiles removed or renamed: ${dropped.join(', ')}. ClickStack deletes the alerts of these tiles: a \`clickstack_alert\` ` +
        'whose `tile_id` follows a renamed tile to its new id is replaced, any other alert is lost. To keep the alerts of a ' +
        'renamed tile as they are, give it a `key` equal to its old name.',
    );
}

/** The server stores `lucene` when a saved query comes without a language. */
function planSavedQueryLanguage(config: TfObject): TfValue {
  if (config.saved_query_language !== null) return config.saved_query_language;
  if (config.saved_query instanceof Unknown) return new Unknown();
  return typeof config.saved_query === 'string' && config.saved_query !== '' ? 'lucene' : null;
}

/**
 * Asks the server to check the plan of a wholly known configuration (as a create body: server ids play no part).
 * An endpoint that is missing, failing (5xx) or gives no verdict is only a warning: the apply checks the dashboard
 * anyway. Any other failure (credentials refused, network, rate limit) would fail the apply too, so it is an error; an
 * interruption goes through for the server to report.
 */
async function validateOnServer(client: ClickStackClient, planned: TfObject, ctx: CallContext): Promise<void> {
  const body = dashboardToApi(planned, 'create') as DashboardCreateInput;
  const verdict = await reportingApiErrors('Could not check the dashboard', ctx.diagnostics, async () => {
    try {
      return await client.dashboards.validate(body, { signal: ctx.signal });
    } catch (error) {
      if (!(error instanceof EndpointUnavailableError || error instanceof ServerError || error instanceof UnexpectedResponseError)) throw error;
      ctx.diagnostics.warning(
        'Dashboard not checked by ClickStack',
        `The validate endpoint could not be used (${error.message}); the dashboard will be checked when it is applied.`,
      );
      return undefined;
    }
  });
  if (verdict === undefined || verdict === null) return;
  if (!isApiObject(verdict) || typeof verdict.valid !== 'boolean') {
    ctx.diagnostics.warning('Dashboard not checked by ClickStack', 'The validate endpoint gave no verdict; the dashboard will be checked when it is applied.');
    return;
  }
  if (verdict.valid) return;
  const errors = Array.isArray(verdict.errors) ? verdict.errors.filter(isApiObject) : [];
  if (errors.length === 0) ctx.diagnostics.error('ClickStack rejects this dashboard', 'The validate endpoint reported the dashboard invalid without saying why.');
  for (const { path, message } of errors) {
    const apiPath = typeof path === 'string' ? path : '';
    const attributePath = attributePathOf(apiPath, planned);
    ctx.diagnostics.error('ClickStack rejects this dashboard', `${String(message)}${apiPath ? ` (at ${apiPath})` : ''}`, attributePath.length ? attributePath : undefined);
  }
}

// --- the resource -----------------------------------------------------------------------------------------------

export const dashboardResource: ResourceDefinition<ClickStackClient> = {
  schema: dashboardSchema,

  validate(config, ctx) {
    validateDashboard(config, ctx.diagnostics);
  },

  plan({ prior, config }) {
    const proposed: TfObject = {
      ...config,
      id: prior?.id ?? new Unknown(),
      tiles: planTiles(config.tiles, prior?.tiles ?? null),
      filters: planFilters(config.filters, prior?.filters ?? null),
      saved_query_language: planSavedQueryLanguage(config),
    };
    proposed.tile_ids = tileIds(proposed.tiles);
    return { planned: proposed };
  },

  /** Sees the plan with the server defaults filled in by the plan modifiers, so that a plan of no change says nothing. */
  async checkPlan({ prior, planned, config, client }, ctx) {
    if (prior !== null && valuesEqual(prior, planned)) return;
    warnAboutDroppedTiles(prior, planned, ctx.diagnostics);
    if (client?.flavor === 'cloud') refuseOssOnlyAttributes(config, ctx.diagnostics);
    if (client && !ctx.diagnostics.hasErrors() && !containsUnknown(config)) await validateOnServer(client, planned, ctx);
  },

  async create({ planned, client }, ctx) {
    const created = await reportingApiErrors('Could not create dashboard', ctx.diagnostics, () =>
      client.dashboards.create(dashboardToApi(planned, 'create') as DashboardCreateInput, { signal: ctx.signal }),
    );
    return created && dashboardFromApi(created, planned.tiles, true);
  },

  async read({ state, client }, ctx) {
    const found = await readOrGone(() => client.dashboards.get(String(state.id), { signal: ctx.signal }));
    return found && dashboardFromApi(found, state.tiles);
  },

  async update({ prior, planned, client }, ctx) {
    const id = String(prior.id);
    const updated = await reportingApiErrors('Could not update dashboard', ctx.diagnostics, async () => {
      const current = await readOrGone(() => client.dashboards.get(id, { signal: ctx.signal }));
      if (!current) {
        ctx.diagnostics.error('Dashboard deleted', `Dashboard ${id} no longer exists; run terraform apply again to recreate it.`);
        return null;
      }
      const body = dashboardToApi(planned, 'update', current) as DashboardUpdateInput;
      return client.dashboards.update(id, body, { signal: ctx.signal });
    });
    return updated ? dashboardFromApi(updated, planned.tiles, true) : prior;
  },

  async delete({ state, client }, ctx) {
    await deleteIfPresent('Could not delete dashboard', ctx, () => client.dashboards.delete(String(state.id), { signal: ctx.signal }));
  },

  importState(id) {
    return { ...nullObject(dashboardAttributes), id };
  },
};

export { dashboardAttributes };
