// Dashboards (OSS notes §2, Cloud notes §3–4): CRUD, validate, tile/filter id minting, read normalization,
// reference checks and the tile-alert side effects of PUT and DELETE.
import type { Context, Handler, HandlerInput } from '../context';
import { badRequest, notFound, validationFailed } from '../errors';
import type { Doc } from '../store';
import { ALERTABLE_DISPLAY_TYPES, dashboardSchema, type DashboardBody } from '../validation/dashboard';
import { parse, type Issue } from '../validation/schema';
import { compact, idParam, parseBody } from './common';

type Tile = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- validated JSON

/** Legacy `series` tiles are stored converted: responses always use `config` (OSS notes §2). */
function configFromLegacySeries(tile: Tile): Record<string, unknown> {
  const series = tile.series as Tile[];
  const first = series[0];
  if (first.type === 'markdown') return { displayType: 'markdown', markdown: first.content };
  if (first.type === 'search') return { displayType: 'search', sourceId: first.sourceId, select: first.fields.join(', '), where: first.where, whereLanguage: first.whereLanguage };
  const displayType = first.type === 'time' ? first.displayType ?? 'line' : first.type;
  const select = series.map((item) => compact({
    aggFn: item.aggFn,
    valueExpression: item.aggFn === 'count' ? undefined : item.field ?? '',
    alias: item.alias,
    where: item.where,
    whereLanguage: item.whereLanguage,
    level: item.aggFn === 'quantile' ? item.level : undefined,
    numberFormat: item.numberFormat,
    metricName: item.metricName,
    metricType: item.metricDataType,
  }));
  const groupBy = Array.isArray(first.groupBy) && first.groupBy.length ? first.groupBy.join(', ') : undefined;
  return compact({ displayType, sourceId: first.sourceId, select, groupBy, asRatio: tile.asRatio, numberFormat: first.numberFormat });
}

/** Defaults the real servers apply before storing (OSS notes §2, "Normalization on read"). */
function normalizeConfig(config: Record<string, any>): Record<string, unknown> { // eslint-disable-line @typescript-eslint/no-explicit-any -- validated JSON
  if (config.configType === 'sql' || !Array.isArray(config.select)) return config;
  const select = config.select.map((item: Record<string, unknown>) =>
    item.aggFn === 'count' ? { valueExpression: '', ...item } : item,
  );
  const normalized: Record<string, unknown> = { ...config, select };
  if (['line', 'stacked_bar', 'table'].includes(config.displayType)) normalized.asRatio = config.asRatio ?? false;
  if (['line', 'stacked_bar'].includes(config.displayType)) normalized.fillNulls = config.fillNulls ?? true;
  return normalized;
}

/** Mints tile ids: always on create; on update an id naming an existing tile is kept. */
function storedTiles(context: Context, tiles: Tile[], existingIds: Set<string>): Tile[] {
  return tiles.map((tile) => {
    const { series, asRatio, config, id, ...rest } = tile;
    const keptId = id !== undefined && existingIds.has(id) ? id : context.store.mintId();
    return compact({ id: keptId, ...rest, config: normalizeConfig(config ?? configFromLegacySeries({ series, asRatio })) });
  });
}

/** Filter ids: minted on create; on update an id naming an existing filter is kept, any other replaced. */
function storedFilters(context: Context, filters: Array<Record<string, unknown>>, existingIds: Set<string>): Array<Record<string, unknown>> {
  return filters.map(({ id, ...rest }) => ({ id: typeof id === 'string' && existingIds.has(id) ? id : context.store.mintId(), ...rest }));
}

/** Reference checks against the team's sources, connections, dashboards and containers (OSS notes §2). */
function checkReferences(context: Context, body: DashboardBody, storedContainers: Array<Record<string, any>> | undefined): string[] { // eslint-disable-line @typescript-eslint/no-explicit-any -- validated JSON
  const { store } = context;
  const errors: string[] = [];
  const configs = body.tiles.map((tile) => tile.config ?? configFromLegacySeries(tile));
  const sourceOf = (id: string) => store.get('sources', id);
  const missing = (ids: string[], exists: (id: string) => boolean) => [...new Set(ids.filter((id) => !exists(id)))];

  const sourceIds = [
    ...configs.map((config) => config.sourceId as string | undefined).filter((id): id is string => id !== undefined),
    ...(body.filters ?? []).map((filter) => filter.sourceId as string),
  ];
  const missingSources = missing(sourceIds, (id) => sourceOf(id) !== undefined);
  if (missingSources.length) errors.push(`Could not find the following source IDs: ${missingSources.join(', ')}`);

  const rawSql = configs.filter((config) => config.configType === 'sql');
  const missingConnections = missing(rawSql.map((config) => config.connectionId as string), (id) => store.get('connections', id) !== undefined);
  if (missingConnections.length) errors.push(`Could not find the following connection IDs: ${missingConnections.join(', ')}`);
  const mismatched = rawSql.filter((config) => config.sourceId && sourceOf(config.sourceId)?.connection !== undefined && sourceOf(config.sourceId)?.connection !== config.connectionId);
  if (mismatched.length) errors.push(`The following source IDs do not match the specified connections: ${mismatched.map((c) => c.sourceId).join(', ')}`);

  if (configs.some((config) => config.displayType === 'heatmap' && config.sourceId && sourceOf(config.sourceId) && sourceOf(config.sourceId)?.kind !== 'trace')) {
    errors.push('Heatmap tiles require a Trace source');
  }
  if (configs.some((config) => Array.isArray(config.formulas) && config.formulas.length && sourceOf(config.sourceId) && !['metric', 'log', 'trace'].includes(sourceOf(config.sourceId)!.kind))) {
    errors.push('Tiles with formulas require a Metric, Log, or Trace source');
  }

  const onClicks = configs.map((config) => config.onClick).filter((onClick) => onClick?.target?.mode === 'id');
  const missingDashboards = missing(onClicks.filter((o) => o.type === 'dashboard').map((o) => o.target.id), (id) => store.get('dashboards', id) !== undefined);
  if (missingDashboards.length) errors.push(`Could not find the following onClick dashboard IDs: ${missingDashboards.join(', ')}`);
  const badSearchSources = [...new Set(onClicks.filter((o) => o.type === 'search').map((o) => o.target.id as string))].filter((id) => !['log', 'trace'].includes(sourceOf(id)?.kind));
  if (badSearchSources.length) errors.push(`The following onClick search source IDs are not log or trace sources: ${badSearchSources.join(', ')}`);

  const containers = body.containers ?? storedContainers ?? [];
  body.tiles.forEach((tile, index) => {
    if (tile.containerId === undefined) return;
    const container = containers.find((c) => c.id === tile.containerId);
    if (!container) errors.push(`tiles.${index}.containerId: Container '${tile.containerId}' does not exist`);
    else if (tile.tabId !== undefined && !(container.tabs ?? []).some((tab: { id: string }) => tab.id === tile.tabId)) {
      errors.push(`tiles.${index}.tabId: Tab '${tile.tabId}' does not exist in container '${tile.containerId}'`);
    }
  });
  return errors;
}

/** OSS-only fields that the Cloud API does not show (Cloud notes §5 table). */
const OSS_ONLY_CONFIG_FIELDS = ['formulas', 'seriesLimit', 'showOperandSeries'];
const OSS_ONLY_FILTER_FIELDS = ['isBroadcastEnabled', 'isVariableEnabled', 'variableName'];
const omit = (value: Record<string, unknown>, keys: string[]) => Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));

const isPromqlTile = (tile: Tile) => Array.isArray(tile.config?.select) && tile.config.select.some((item: Record<string, unknown>) => item.whereLanguage === 'promql');

/** The response shape (OSS notes §2 "Normalization on read"). */
export function serializeDashboard(context: Context, doc: Doc): Record<string, unknown> {
  const containers: Array<Record<string, any>> = doc.containers ?? []; // eslint-disable-line @typescript-eslint/no-explicit-any -- stored JSON
  const tiles = (doc.tiles as Tile[]).filter((tile) => !isPromqlTile(tile)).map((tile) => {
    const container = containers.find((c) => c.id === tile.containerId);
    const tabKnown = container && (container.tabs ?? []).some((tab: { id: string }) => tab.id === tile.tabId);
    const config = context.flavor === 'cloud' ? omit(tile.config, OSS_ONLY_CONFIG_FIELDS) : tile.config;
    return compact({ ...tile, config, containerId: container ? tile.containerId : undefined, tabId: tabKnown ? tile.tabId : undefined });
  });
  const filters = (doc.filters as Array<Record<string, unknown>>).map((filter) => {
    if (context.flavor === 'cloud') return omit(filter, OSS_ONLY_FILTER_FIELDS);
    const hidden = [filter.isVariableEnabled === true ? '' : 'variableName', filter.isBroadcastEnabled === false ? 'appliesToSourceIds' : ''];
    return omit(filter, hidden);
  });
  return compact({
    id: doc.id,
    name: doc.name,
    tiles,
    tags: doc.tags ?? [],
    filters,
    savedQuery: doc.savedQuery ?? null,
    savedQueryLanguage: doc.savedQueryLanguage ?? null,
    savedFilterValues: doc.savedFilterValues ?? [],
    containers: containers.length ? containers : undefined,
  });
}

function savedQueryLanguage(body: DashboardBody): string | null | undefined {
  if (body.savedQueryLanguage !== undefined) return body.savedQueryLanguage;
  return body.savedQuery ? 'lucene' : undefined;
}

/** Builds the stored document from a validated body; `previous` is the stored dashboard on update. */
function buildDashboard(context: Context, id: string, body: DashboardBody, previous?: Doc): Doc {
  const previousTileIds = new Set<string>((previous?.tiles ?? []).map((tile: Tile) => tile.id));
  const previousFilterIds = new Set<string>((previous?.filters ?? []).map((filter: Tile) => filter.id));
  const keep = <T>(value: T | undefined, key: string, fallback: T): T => (value !== undefined ? value : previous?.[key] ?? fallback);
  return {
    id,
    name: body.name,
    tiles: storedTiles(context, body.tiles, previousTileIds),
    tags: body.tags !== undefined ? [...new Set(body.tags)] : previous?.tags ?? [],
    filters: body.filters !== undefined ? storedFilters(context, body.filters, previousFilterIds) : previous?.filters ?? [],
    savedQuery: keep(body.savedQuery, 'savedQuery', null),
    savedQueryLanguage: keep(savedQueryLanguage(body), 'savedQueryLanguage', null),
    savedFilterValues: keep(body.savedFilterValues, 'savedFilterValues', []),
    containers: keep(body.containers, 'containers', []),
  };
}

/** The Cloud gateway rejects a top-level `id` on dashboard writes (OSS notes §2; Cloud notes §4.3). */
function rejectCloudTopLevelId(context: Context, input: HandlerInput): Issue[] {
  const body = input.body as Record<string, unknown> | null;
  return context.flavor === 'cloud' && body && typeof body === 'object' && 'id' in body ? [{ path: [], message: "Unrecognized key(s) in object: 'id'" }] : [];
}

function parseDashboard(context: Context, input: HandlerInput, update: boolean): DashboardBody {
  const topLevelId = rejectCloudTopLevelId(context, input);
  if (topLevelId.length) throw validationFailed('Body', topLevelId);
  return parseBody(dashboardSchema(context.flavor, update), input);
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

export const getDashboard: Handler = (context, input) => ({ payload: serializeDashboard(context, requireDashboard(context, idParam(input))) });

export const createDashboard: Handler = (context, input) => {
  const body = parseDashboard(context, input, false);
  // zod allows "", Mongo's `required` does not: the insert fails as a server error (OSS notes §2 [inferred]).
  if (body.name === '') throw new Error('Dashboard validation failed: name: Path `name` is required.');
  const referenceErrors = checkReferences(context, body, undefined);
  if (referenceErrors.length) throw badRequest(referenceErrors[0]);
  const doc = context.store.put('dashboards', buildDashboard(context, context.store.mintId(), body));
  return { payload: serializeDashboard(context, doc) };
};

export const updateDashboard: Handler = (context, input) => {
  const id = idParam(input);
  const previous = requireDashboard(context, id);
  const body = parseDashboard(context, input, true);
  const referenceErrors = checkReferences(context, body, previous.containers);
  if (referenceErrors.length) throw badRequest(referenceErrors[0]);
  const doc = context.store.put('dashboards', buildDashboard(context, id, body, previous));
  // Tile alerts die with their tile, or when the tile becomes a type that cannot carry an alert.
  const alertable = new Set((doc.tiles as Tile[]).filter((tile) => ALERTABLE_DISPLAY_TYPES.includes(tile.config.displayType)).map((tile) => tile.id));
  context.store.removeWhere('alerts', (alert) => alert.source === 'tile' && alert.dashboardId === id && !alertable.has(alert.tileId));
  return { payload: serializeDashboard(context, doc) };
};

/** Always 200, even for an unknown id (OSS notes §2); the dashboard's tile alerts go with it. */
export const deleteDashboard: Handler = (context, input) => {
  const id = idParam(input);
  context.store.remove('dashboards', id);
  context.store.removeWhere('alerts', (alert) => alert.dashboardId === id);
  return {};
};

/** Validates like create, persists nothing, always 200; OSS sends the verdict without `data` (OSS notes §2). */
export const validateDashboard: Handler = (context, input) => {
  const result = parse(dashboardSchema(context.flavor, false), input.body);
  const schemaIssues = [...rejectCloudTopLevelId(context, input), ...(result.ok ? [] : result.issues)];
  const errors: Issue[] = result.ok && !schemaIssues.length ? checkReferences(context, result.value, undefined).map((message) => ({ path: [], message })) : schemaIssues;
  if (errors.length || !result.ok) {
    return { raw: { valid: false, errors: errors.map((issue) => ({ path: issue.path.join('.'), message: issue.message })), normalized: null } };
  }
  return { raw: { valid: true, errors: [], normalized: result.value } };
};
