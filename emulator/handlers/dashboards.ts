// Dashboards (RULES §5): CRUD and validate, tile and filter ids, the reference checks after the schema, the read
// shape, and the tile-alert side effects of PUT and DELETE.
import type { Context, Handler, HandlerInput } from '../context';
import { ApiError, notFound, validationFailed } from '../errors';
import { withExtraFields, withoutExtraFields } from '../extra-fields';
import type { Doc } from '../store';
import { dashboardSchema, type DashboardBody } from '../validation/dashboard';
import { parse, type Issue } from '../validation/schema';
import { ALERTABLE_DISPLAY_TYPES } from '../validation/values';
import { canonicalJson, compact } from '../json';
import { validateRequest } from './common';
import { configFromSeries, normalizeConfig } from './dashboard-normalization';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- validated JSON

const configOf = (tile: Json): Json | undefined => tile.config ?? undefined;
const isRawSql = (config: Json | undefined) => config?.configType === 'sql';
const onClickById = (config: Json | undefined, type: string): string | undefined =>
  config?.onClick?.type === type && config.onClick.target?.mode === 'id' ? config.onClick.target.id : undefined;

/** Container and tab references of the tiles, against the containers in force (RULES §5.10). */
function containerReferenceProblems(containers: Json[], tiles: Json[]): string[] {
  const byId = new Map(containers.map((container) => [container.id as string, container]));
  const problems: string[] = [];
  tiles.forEach((tile, index) => {
    if (tile.containerId !== undefined && !byId.has(tile.containerId)) {
      problems.push(`tiles.${index}.containerId: Tile references unknown containerId "${tile.containerId}"`);
    }
    if (tile.tabId === undefined) return;
    if (tile.containerId === undefined) return void problems.push(`tiles.${index}.tabId: tabId requires containerId to be set`);
    const container = byId.get(tile.containerId);
    if (container && !(container.tabs ?? []).some((tab: Json) => tab.id === tile.tabId)) {
      problems.push(`tiles.${index}.tabId: Tile references unknown tabId "${tile.tabId}" in container "${tile.containerId}"`);
    }
  });
  return problems;
}

/**
 * On update, a gated tile (heatmap, formulas) is checked against its source's kind only when it is new or changed,
 * so a later change of a source's kind does not block unrelated edits.
 */
function changedTiles(tiles: Json[], existing: Json[] | undefined, changed: (config: Json, before: Json) => boolean): Json[] {
  if (!existing) return tiles;
  const before = new Map(existing.map((tile) => [tile.id as string, tile.config as Json]));
  return tiles.filter((tile) => {
    const previous = tile.id ? before.get(tile.id) : undefined;
    return previous === undefined || changed(configOf(tile)!, previous);
  });
}

/** The server's checks after the schema, first failure only, in its order (RULES §5.10). */
function referenceProblem(context: Context, tiles: Json[], filters: Json[] | undefined, containers: Json[], existingTiles?: Json[]): string | undefined {
  const refs = containerReferenceProblems(containers, tiles);
  if (refs.length) return refs.join('; ');
  const { store } = context;
  const sources = new Map(store.list('sources').map((source) => [source.id, source]));
  const configs = tiles.map(configOf).filter((config): config is Json => config !== undefined);

  const referenced = new Set<string>();
  for (const tile of tiles) {
    for (const series of tile.series ?? []) if (series.sourceId !== undefined) referenced.add(series.sourceId);
    const config = configOf(tile);
    if (config?.sourceId) referenced.add(config.sourceId);
    const searchTarget = onClickById(config, 'search');
    if (searchTarget !== undefined) referenced.add(searchTarget);
  }
  for (const filter of filters ?? []) referenced.add(filter.sourceId);
  const missingSources = [...referenced].filter((id) => !sources.has(id));
  if (missingSources.length) return `Could not find the following source IDs: ${missingSources.join(', ')}`;

  const rawSql = configs.filter(isRawSql);
  const missingConnections = [...new Set(rawSql.map((config) => config.connectionId as string))].filter((id) => !store.get('connections', id));
  if (missingConnections.length) return `Could not find the following connection IDs: ${missingConnections.join(', ')}`;
  const mismatched = rawSql.filter((config) => config.sourceId && sources.has(config.sourceId) && sources.get(config.sourceId)!.connection !== config.connectionId);
  if (mismatched.length) return `The following source IDs do not match the specified connections: ${mismatched.map((config) => config.sourceId).join(', ')}`;

  const ofKindNotIn = (gated: Json[], kinds: string[]) =>
    [...new Set(gated.map((tile) => configOf(tile)!.sourceId as string))].filter((id) => sources.has(id) && !kinds.includes(sources.get(id)!.kind));
  const builderTiles = tiles.filter((tile) => configOf(tile) && !isRawSql(configOf(tile)));
  const heatmaps = changedTiles(builderTiles.filter((tile) => tile.config.displayType === 'heatmap' && tile.config.sourceId), existingTiles,
    (config, before) => isRawSql(before) || before.displayType !== 'heatmap' || before.sourceId !== config.sourceId);
  const notTrace = ofKindNotIn(heatmaps, ['trace']);
  if (notTrace.length) return `Heatmap tiles require a Trace source. The following source IDs are not Trace sources: ${notTrace.join(', ')}`;
  const withFormulas = changedTiles(builderTiles.filter((tile) => tile.config.formulas?.length && tile.config.sourceId), existingTiles,
    (config, before) => isRawSql(before) || canonicalJson(before.formulas) !== canonicalJson(config.formulas) || before.sourceId !== config.sourceId);
  const notFormulaCapable = ofKindNotIn(withFormulas, ['metric', 'log', 'trace']);
  if (notFormulaCapable.length) {
    return `Tiles with formulas require a Metric, Log, or Trace source. The following source IDs are not formula-capable: ${notFormulaCapable.join(', ')}`;
  }

  const dashboardTargets = [...new Set(configs.map((config) => onClickById(config, 'dashboard')).filter((id): id is string => id !== undefined))];
  const missingDashboards = dashboardTargets.filter((id) => !store.get('dashboards', id));
  if (missingDashboards.length) return `Could not find the following onClick dashboard IDs: ${missingDashboards.join(', ')}`;
  const searchTargets = [...new Set(configs.map((config) => onClickById(config, 'search')).filter((id): id is string => id !== undefined))];
  const notSearchable = searchTargets.filter((id) => !['log', 'trace'].includes(sources.get(id)?.kind));
  if (notSearchable.length) return `The following onClick search source IDs are not log or trace sources: ${notSearchable.join(', ')}`;
  return undefined;
}

/** Stored tiles: ids minted on create, kept on update when they name a stored tile; configs as reads show them. */
function storedTiles(context: Context, tiles: Json[], keptIds: Set<string>): Json[] {
  return tiles.map((tile) => compact({
    id: tile.id !== undefined && keptIds.has(tile.id) ? tile.id : context.store.mintId(),
    x: tile.x,
    y: tile.y,
    w: tile.w,
    h: tile.h,
    name: tile.name,
    config: tile.config ? normalizeConfig(tile.config) : configFromSeries(tile.series, tile.asRatio),
    containerId: tile.containerId,
    tabId: tile.tabId,
  }));
}

/** Filter ids: minted on create; on update kept when they name a stored filter, else replaced. */
function storedFilters(context: Context, filters: Json[], keptIds: Set<string>): Json[] {
  return filters.map((filter) => ({ ...filter, id: typeof filter.id === 'string' && keptIds.has(filter.id) ? filter.id : context.store.mintId() }));
}

/** An explicit language wins; a null query clears it; a non-empty query defaults it to lucene; else unchanged. */
function savedQueryLanguage(body: DashboardBody): string | null | undefined {
  if (body.savedQueryLanguage !== undefined) return body.savedQueryLanguage;
  if (body.savedQuery === null) return null;
  return body.savedQuery ? 'lucene' : undefined;
}

/** OSS-only fields the Cloud API does not show (RULES §12). */
const OSS_ONLY_CONFIG_FIELDS = ['formulas', 'seriesLimit', 'showOperandSeries'];
const OSS_ONLY_FILTER_FIELDS = ['isBroadcastEnabled', 'isVariableEnabled', 'variableName'];
const omit = (value: Json, keys: string[]) => Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));

/** The read shape (RULES §5.11): container and tab references that resolve, filters without their idle fields. */
function serializeDashboard(context: Context, doc: Doc): Json {
  const containers: Json[] = doc.containers ?? [];
  const byId = new Map(containers.map((container) => [container.id as string, container]));
  const extra = withExtraFields(context);
  const tiles = (doc.tiles as Json[]).map((tile) => {
    const container = tile.containerId ? byId.get(tile.containerId) : undefined;
    const tabKnown = container !== undefined && tile.tabId && (container.tabs ?? []).some((tab: Json) => tab.id === tile.tabId);
    const config = context.flavor === 'cloud' ? omit(tile.config, OSS_ONLY_CONFIG_FIELDS) : tile.config;
    const select = Array.isArray(config.select) ? { select: config.select.map((item: Json) => extra(item)) } : {};
    return extra(compact({ ...tile, config: extra({ ...config, ...select }), containerId: container ? tile.containerId : undefined, tabId: tabKnown ? tile.tabId : undefined }));
  });
  const filters = (doc.filters as Json[]).map((filter) => {
    if (context.flavor === 'cloud') return extra(omit(filter, OSS_ONLY_FILTER_FIELDS));
    return extra(omit(filter, [filter.isVariableEnabled === true ? '' : 'variableName', filter.isBroadcastEnabled === false ? 'appliesToSourceIds' : '']));
  });
  return extra(compact({
    id: doc.id,
    name: doc.name,
    tiles,
    tags: doc.tags ?? [],
    filters,
    savedQuery: doc.savedQuery ?? null,
    savedQueryLanguage: doc.savedQueryLanguage ?? null,
    savedFilterValues: doc.savedFilterValues ?? [],
    containers: containers.length ? containers : undefined,
  }));
}

/** The Cloud gateway refuses a top-level `id` on dashboard writes (RULES §12). */
function cloudTopLevelId(context: Context, body: unknown): Issue[] {
  const sent = body as Json | null;
  return context.flavor === 'cloud' && sent && typeof sent === 'object' && 'id' in sent ? [{ path: [], message: "Unrecognized key(s) in object: 'id'" }] : [];
}

function parseDashboard(context: Context, input: HandlerInput, update: boolean): { body: DashboardBody; id: string } {
  const topLevelId = cloudTopLevelId(context, input.body);
  if (topLevelId.length) throw validationFailed('Body', topLevelId);
  return validateRequest({ ...input, body: withoutExtraFields(context, input.body) }, { body: dashboardSchema(context.flavor, update), id: update });
}

function requireDashboard(context: Context, id: string): Doc {
  const doc = context.store.get('dashboards', id);
  if (!doc) throw notFound('Dashboard not found', true);
  return doc;
}

export const listDashboards: Handler = (context) => ({
  payload: context.store
    .list('dashboards')
    .sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0))
    .map((doc) => serializeDashboard(context, doc)),
});

export const getDashboard: Handler = (context, input) => ({ payload: serializeDashboard(context, requireDashboard(context, validateRequest(input, { id: true }).id)) });

export const createDashboard: Handler = (context, input) => {
  const { body } = parseDashboard(context, input, false);
  const problem = referenceProblem(context, body.tiles, body.filters, body.containers ?? []);
  if (problem) throw new ApiError(400, problem);
  // The schema allows "", Mongo's `required` does not: the insert fails as a server error.
  if (body.name === '') throw new Error('Dashboard validation failed: name: Path `name` is required.');
  const doc = context.store.put('dashboards', compact({
    id: context.store.mintId(),
    name: body.name,
    tiles: storedTiles(context, body.tiles, new Set()),
    tags: body.tags ? [...new Set(body.tags)] : [],
    filters: storedFilters(context, body.filters ?? [], new Set()),
    savedQuery: body.savedQuery,
    savedQueryLanguage: savedQueryLanguage(body),
    savedFilterValues: body.savedFilterValues ?? [],
    containers: body.containers ?? [],
  }));
  return { payload: serializeDashboard(context, doc) };
};

/** Name and tiles are replaced; every other field only when sent (RULES §5.12). */
export const updateDashboard: Handler = (context, input) => {
  const { body, id } = parseDashboard(context, input, true);
  const previous = requireDashboard(context, id);
  const problem = referenceProblem(context, body.tiles, body.filters, body.containers ?? previous.containers ?? [], previous.tiles);
  if (problem) throw new ApiError(400, problem);
  const previousTileIds = new Set<string>(previous.tiles.map((tile: Json) => tile.id));
  const tiles = storedTiles(context, body.tiles, previousTileIds);
  const next: Doc = { ...previous, name: body.name, tiles };
  if (body.tags) next.tags = [...new Set(body.tags)];
  if (body.filters !== undefined) next.filters = storedFilters(context, body.filters, new Set(previous.filters.map((filter: Json) => filter.id)));
  if (body.savedQuery !== undefined) next.savedQuery = body.savedQuery;
  const language = savedQueryLanguage(body);
  if (language !== undefined) next.savedQueryLanguage = language;
  if (body.savedFilterValues !== undefined) next.savedFilterValues = body.savedFilterValues;
  if (body.containers !== undefined) next.containers = body.containers;
  const doc = context.store.put('dashboards', next);
  // A tile's alerts go when the tile goes, or when it becomes a type that cannot carry one.
  const keptIds = new Set(tiles.map((tile) => tile.id));
  const orphaned = new Set([
    ...tiles.filter((tile) => !ALERTABLE_DISPLAY_TYPES.includes(tile.config.displayType)).map((tile) => tile.id),
    ...[...previousTileIds].filter((tileId) => !keptIds.has(tileId)),
  ]);
  context.store.removeWhere('alerts', (alert) => alert.source === 'tile' && alert.dashboardId === id && orphaned.has(alert.tileId));
  return { payload: serializeDashboard(context, doc) };
};

/** Always 200, even for an unknown id; a deleted dashboard takes its tile alerts along. */
export const deleteDashboard: Handler = (context, input) => {
  const { id } = validateRequest(input, { id: true });
  if (context.store.remove('dashboards', id)) context.store.removeWhere('alerts', (alert) => alert.source === 'tile' && alert.dashboardId === id);
  return {};
};

/** Checks like a create, persists nothing, always 200; OSS sends the verdict without `data`. */
export const validateDashboard: Handler = (context, input) => {
  const verdict = (errors: Array<{ path: string; message: string }>, normalized: unknown = null) => ({ raw: { valid: !errors.length, errors, normalized } });
  const topLevelId = cloudTopLevelId(context, input.body);
  const result = parse(dashboardSchema(context.flavor, false), withoutExtraFields(context, input.body));
  const issues = [...topLevelId, ...(result.ok ? [] : result.issues)];
  if (issues.length || !result.ok) return verdict(issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })));
  const problem = referenceProblem(context, result.value.tiles, result.value.filters, result.value.containers ?? []);
  return problem ? verdict([{ path: '', message: problem }]) : verdict([], result.value);
};

