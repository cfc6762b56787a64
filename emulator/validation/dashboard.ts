// Dashboard request bodies (RULES §5): tiles and their configs, select items, filters, containers, in the
// servers' field order and with their messages. Written once; `flavor` drops what Managed ClickStack lacks
// (RULES §12): formulas, series limits and filter variables.
import type { Flavor } from '../context';
import { formulaProblems } from './formula';
import {
  arr, bool, custom, discriminated, enumOf, intersect, literal, nativeEnum, num, obj, objectId, report, str, strictObj, union,
  type Report, type Schema, type Shape,
} from './schema';
import {
  AGG_FNS, DASHBOARD_MAX_TILES, FILTER_LANGUAGES, METRIC_TYPES, NUMBER_OUTPUTS, NUMERIC_UNITS, PALETTE, QUANTILE_LEVELS, QUERY_LANGUAGES,
} from './values';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- validated JSON

const queryLanguage = () => enumOf(QUERY_LANGUAGES).optional();
const palette = () => enumOf(PALETTE);

const numberFormat = obj({
  output: enumOf(NUMBER_OUTPUTS),
  numericUnit: nativeEnum(NUMERIC_UNITS).optional(),
  mantissa: num().int().optional(),
  thousandSeparated: bool().optional(),
  average: bool().optional(),
  decimalBytes: bool().optional(),
  factor: num().optional(),
  currencySymbol: str().optional(),
  unit: str().optional(),
});

/**
 * The count rule differs by flavor (RULES §5.3): OSS refuses a *truthy* valueExpression with count, so the `""` it
 * reads back is accepted again; the Cloud spec says it must be omitted, so there any valueExpression is refused.
 */
function selectItem(flavor: Flavor) {
  return obj({
    valueExpression: str().max(10000).optional(),
    alias: str().max(10000).optional(),
    aggFn: enumOf(AGG_FNS),
    level: union<number>(...QUANTILE_LEVELS.map((level) => literal(level))).optional(),
    where: str().max(10000).optional().default(''),
    whereLanguage: queryLanguage(),
    numberFormat: numberFormat.optional(),
    metricType: nativeEnum(METRIC_TYPES).optional(),
    metricName: str().optional(),
    periodAggFn: enumOf(['delta'] as const).optional(),
  }).superRefine((item, report) => {
    if (item.level && item.aggFn !== 'quantile') report('Level can only be used with quantile aggregation function');
    const countWithValue = flavor === 'oss' ? Boolean(item.valueExpression) : item.valueExpression !== undefined;
    if (countWithValue && item.aggFn === 'count') report('Value expression cannot be used with count aggregation function');
    else if (!item.valueExpression && item.aggFn !== 'count') report('Value expression is required for non-count aggregation functions');
  });
}

const onClickTarget = discriminated('mode', {
  id: obj({ mode: literal('id'), id: objectId() }),
  template: obj({ mode: literal('template'), template: str().min(1).max(10000) }),
});
const onClickFilter = obj({
  kind: literal('expressionTemplate'),
  expression: str().min(1, 'Expression is required').max(10000),
  template: str().min(1, 'Template is required').max(10000),
});
const onClickTo = (type: 'search' | 'dashboard') =>
  obj({ type: literal(type), target: onClickTarget, whereTemplate: str().max(10000).optional(), whereLanguage: queryLanguage(), filters: arr(onClickFilter).max(50).optional() });
const onClick = discriminated('type', {
  search: onClickTo('search'),
  dashboard: onClickTo('dashboard'),
  external: obj({ type: literal('external'), urlTemplate: str().min(1).max(10000) }),
});

const ruleCommon: Shape = { color: palette(), label: str().max(40).optional() };
const orderedRule = obj({ operator: enumOf(['gt', 'gte', 'lt', 'lte'] as const), value: num().finite(), ...ruleCommon });
const equalityRule = obj({ operator: enumOf(['eq', 'neq'] as const), value: union<unknown>(num().finite(), str().max(200)), ...ruleCommon });
const colorRule = discriminated('operator', {
  gt: orderedRule, gte: orderedRule, lt: orderedRule, lte: orderedRule,
  between: obj({ operator: literal('between'), value: arr(num().finite()).length(2), ...ruleCommon }),
  eq: equalityRule, neq: equalityRule,
});

const formula = obj({ expression: str().max(1024), alias: str().optional(), numberFormat: numberFormat.optional() });

/** Builder configs by display type. */
function builderConfigs(flavor: Flavor): Record<string, Schema<Json>> {
  const oss = flavor === 'oss';
  const select = selectItem(flavor);
  const formulas: Shape = oss ? { formulas: arr(formula).max(10).optional(), showOperandSeries: bool().optional() } : {};
  const seriesLimit: Shape = oss ? { seriesLimit: num().int().min(0).optional() } : {};
  const timeSeries: Shape = {
    sourceId: objectId(), select: arr(select).min(1).max(20), groupBy: str().max(10000).optional(), asRatio: bool().optional(),
    alignDateRangeToGranularity: bool().optional(), fillNulls: bool().optional(), numberFormat: numberFormat.optional(), ...formulas,
  };
  const categorical = (displayType: string) => obj({
    displayType: literal(displayType), sourceId: objectId(), select: arr(select).length(1), groupBy: str().max(10000).optional(),
    orderBy: str().max(10000).optional(), numberFormat: numberFormat.optional(), limit: num().int().min(0).optional(),
  });
  const { showOperandSeries: _hidden, ...numberFormulas } = formulas;
  return {
    line: obj({ ...timeSeries, displayType: literal('line'), compareToPreviousPeriod: bool().optional(), fitYAxisToData: bool().optional(), ...seriesLimit }),
    stacked_bar: obj({ ...timeSeries, displayType: literal('stacked_bar'), ...seriesLimit }),
    table: obj({
      displayType: literal('table'), sourceId: objectId(), select: arr(select).min(1).max(20), groupBy: str().max(10000).optional(),
      having: str().max(10000).optional(), orderBy: str().max(10000).optional(), asRatio: bool().optional(), numberFormat: numberFormat.optional(),
      groupByColumnsOnLeft: bool().optional(), onClick: onClick.optional(), ...formulas,
    }),
    number: obj({
      displayType: literal('number'), sourceId: objectId(), select: arr(select).min(1).max(20), numberFormat: numberFormat.optional(),
      ...numberFormulas, color: palette().optional(), colorRules: arr(colorRule).max(10).optional(),
      backgroundChart: obj({ type: enumOf(['line', 'area'] as const), color: palette().optional() }).optional(),
    }),
    pie: categorical('pie'),
    bar: categorical('bar'),
    heatmap: obj({
      displayType: literal('heatmap'), sourceId: objectId(),
      select: arr(obj({ valueExpression: str().min(1).max(10000), countExpression: str().max(10000).optional(), heatmapScaleType: enumOf(['log', 'linear'] as const).optional() })).length(1),
      where: str().max(10000).optional().default(''), whereLanguage: queryLanguage(), numberFormat: numberFormat.optional(),
    }),
    markdown: obj({ displayType: literal('markdown'), markdown: str().max(50000).optional() }),
    search: obj({ displayType: literal('search'), sourceId: objectId(), select: str().max(10000), where: str().max(10000).optional().default(''), whereLanguage: queryLanguage() }),
    event_patterns: obj({
      displayType: literal('event_patterns'), sourceId: objectId(), select: str().max(10000).optional().default(''),
      where: str().max(10000).optional().default(''), whereLanguage: queryLanguage(),
    }),
  };
}

/** Raw SQL configs (`configType: "sql"`) by display type. */
function rawSqlConfigs(flavor: Flavor): Record<string, Schema<Json>> {
  const seriesLimit: Shape = flavor === 'oss' ? { seriesLimit: num().int().min(0).optional() } : {};
  const base = (displayType: string, extra: Shape = {}) => obj({
    configType: literal('sql'), connectionId: objectId(), sqlTemplate: str().max(100000), sourceId: objectId().optional(),
    numberFormat: numberFormat.optional(), displayType: literal(displayType), ...extra,
  });
  return {
    line: base('line', { compareToPreviousPeriod: bool().optional(), fillNulls: bool().optional(), alignDateRangeToGranularity: bool().optional(), fitYAxisToData: bool().optional(), ...seriesLimit }),
    stacked_bar: base('stacked_bar', { fillNulls: bool().optional(), alignDateRangeToGranularity: bool().optional(), ...seriesLimit }),
    table: base('table', { onClick: onClick.optional() }),
    number: base('number', { color: palette().optional() }),
    pie: base('pie'),
    bar: base('bar'),
  };
}

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object';

/**
 * A tile config (RULES §5.5): `configType: "sql"` picks the raw SQL variants, anything else the builder ones. The
 * cross-field rules read the config as sent, and only run once its variant has passed. A failing config leaves the
 * tile dirty, never aborted, so the tile's own rules still report beside it.
 */
function tileConfig(flavor: Flavor): Schema<Json> {
  const builder = discriminated('displayType', builderConfigs(flavor));
  const rawSql = discriminated('displayType', rawSqlConfigs(flavor));
  return custom((sent, ctx) => {
    const variant = isObject(sent) && 'configType' in sent && sent.configType === 'sql' ? rawSql : builder;
    const outcome = variant.check(sent, ctx);
    if (outcome.status !== 'valid') return { status: 'dirty', value: sent as Json };
    const before = ctx.issues.length;
    const add: Report = (message, path) => report(ctx, message, path);
    const config = sent as Json;
    if ('asRatio' in config && config.asRatio && (!Array.isArray(config.select) || config.select.length !== 2)) add('asRatio can only be used with exactly two select items');
    if (!('configType' in config)) {
      if (flavor === 'oss') formulaRules(config, add);
      const formulaCount = Array.isArray(config.formulas) ? config.formulas.length : 0;
      if (config.displayType === 'number' && !formulaCount && Array.isArray(config.select) && config.select.length !== 1) {
        add('Number tiles support a single select item unless formulas are used (extra items are formula operands)', ['select']);
      }
    }
    return ctx.issues.length > before ? { status: 'dirty', value: config } : outcome;
  });
}

/** Every formula parses over the select items; formulas exclude asRatio; a number tile takes one. */
function formulaRules(config: Json, report: Report): void {
  const formulas: Json[] = config.formulas ?? [];
  if (!formulas.length) return;
  const seriesCount = Array.isArray(config.select) ? config.select.length : 0;
  formulas.forEach((item, index) => {
    const problems = formulaProblems(item.expression ?? '', seriesCount);
    if (problems.length) report(problems.join('; '), ['formulas', index, 'expression']);
  });
  if (config.asRatio) report('formulas cannot be combined with asRatio; express the ratio as a formula instead (e.g. "A / B")', ['formulas']);
  if (config.displayType === 'number' && formulas.length > 1) report('Number charts support a single formula', ['formulas']);
}

/** Deprecated `series` tiles (RULES §5.7), discriminated on `type`. */
const legacySeries = (() => {
  const aggregated: Shape = {
    sourceId: objectId(), aggFn: enumOf(AGG_FNS), level: num().min(0).max(1).optional(), field: str().optional(), alias: str().optional(),
    where: str(), whereLanguage: queryLanguage(),
  };
  const metric: Shape = { metricDataType: nativeEnum(METRIC_TYPES).optional(), metricName: str().optional() };
  const groupBy = arr(str()).max(10);
  const sortOrder = union(literal('desc'), literal('asc')).optional();
  return discriminated('type', {
    time: obj({ type: literal('time'), ...aggregated, groupBy, numberFormat: numberFormat.optional(), ...metric, displayType: union(literal('stacked_bar'), literal('line')).optional() }),
    table: obj({ type: literal('table'), ...aggregated, groupBy, sortOrder, numberFormat: numberFormat.optional(), ...metric }),
    search: obj({ type: literal('search'), sourceId: objectId(), fields: arr(str()), where: str(), whereLanguage: queryLanguage() }),
    number: obj({ type: literal('number'), ...aggregated, numberFormat: numberFormat.optional(), ...metric }),
    markdown: obj({ type: literal('markdown'), content: str().max(100000) }),
  });
})();

/** A tile (RULES §5.4): layout, then exactly one of `config` and the deprecated `series`; `id` is optional. */
function tile(flavor: Flavor): Schema<Json> {
  const layout = obj({
    name: str(),
    x: num().min(0).max(23),
    y: num().min(0),
    w: num().min(1).max(24),
    h: num().min(1),
    asRatio: bool().optional(),
    series: arr(legacySeries).min(1).superRefine((series, report) => {
      if (!series.every((item) => (item as Json).type === (series[0] as Json).type)) report('All series must have the same type');
    }).optional(),
    config: tileConfig(flavor).optional(),
    containerId: str().min(1).max(256).optional(),
    tabId: str().min(1).max(256).optional(),
  }).superRefine((tile, report) => {
    if (tile.series && tile.config) report('Tile cannot have both series and config');
    else if (!tile.series && !tile.config) report('Tile must have either series or config');
    if (tile.asRatio != undefined && tile.config) report('asRatio property is not supported when using config property. Specify config.asRatio instead.');
  });
  return intersect(layout, obj({ id: str().max(36).optional() }));
}

const VARIABLE_NAME = /^[a-zA-Z][a-zA-Z0-9_]*$/;

/** Dashboard filters are strict objects: an unknown key (an `id` on create) is refused (RULES §5.8). */
function filter(flavor: Flavor, withId: boolean): Schema<Json> {
  const variables: Shape = flavor === 'oss'
    ? { isBroadcastEnabled: bool().optional(), isVariableEnabled: bool().optional(), variableName: str().max(64).regex(VARIABLE_NAME).optional() }
    : {};
  return strictObj({
    ...(withId ? { id: str() } : {}),
    type: enumOf(['QUERY_EXPRESSION'] as const),
    name: str().min(1),
    expression: str().min(1),
    sourceMetricType: nativeEnum(METRIC_TYPES).optional(),
    where: str().optional(),
    whereLanguage: enumOf(FILTER_LANGUAGES).optional(),
    appliesToSourceIds: arr(str().min(1)).optional(),
    ...variables,
    sourceId: objectId(),
  });
}

const container = obj({
  id: str().min(1).max(256),
  title: str().min(1).max(256),
  collapsed: bool(),
  collapsible: bool().optional(),
  bordered: bool().optional(),
  tabs: arr(obj({ id: str().min(1).max(256), title: str().min(1).max(256) })).max(20).optional(),
});

/** The variable name a filter is referenced by: its own, else one derived from its display name. */
function variableNameOf(filter: Json): string | undefined {
  const derived = String(filter.name).trim().replace(/\s+/g, '_').replace(/[^A-Za-z0-9_]+/g, '');
  return (filter.variableName as string | undefined)?.trim() || (/^[0-9_]/.test(derived) ? `v${derived}` : derived) || undefined;
}

/** Dashboard-wide rules on the parsed body (RULES §5.2). */
function dashboardRules(body: Json, report: Report): void {
  if (body.savedQuery != null && body.savedQueryLanguage === null) report('savedQueryLanguage cannot be null when savedQuery is provided', ['savedQueryLanguage']);
  const containerIds = new Set<string>();
  (body.containers ?? []).forEach((item: Json, index: number) => {
    if (containerIds.has(item.id)) report(`Container IDs must be unique: "${item.id}"`, ['containers', index, 'id']);
    containerIds.add(item.id);
    const tabIds = new Set<string>();
    (item.tabs ?? []).forEach((tab: Json, tabIndex: number) => {
      if (tabIds.has(tab.id)) report(`Duplicate tab id "${tab.id}" in container "${item.id}"`, ['containers', index, 'tabs', tabIndex, 'id']);
      tabIds.add(tab.id);
    });
  });
  const filters: Json[] = body.filters ?? [];
  const variableNames = new Set<string>();
  filters.forEach((item, index) => {
    if (item.isVariableEnabled !== true) return;
    const name = variableNameOf(item);
    if (!name) report(`Variable name is required for filter "${item.name}"`, ['filters', index, 'variableName']);
    else if (variableNames.has(name)) report(`Variable names must be unique: "${name}"`, ['filters', index, 'variableName']);
    else variableNames.add(name);
  });
  filters.forEach((item, index) => {
    if (item.isBroadcastEnabled === false && item.isVariableEnabled !== true) {
      report(`Filter "${item.name}" must broadcast its value, be available as a variable, or both`, ['filters', index, 'isBroadcastEnabled']);
    }
  });
  filters.forEach((item, index) => {
    if (item.variableName !== undefined && item.isVariableEnabled !== true) {
      report(`Filter "${item.name}" sets variableName but is not available as a variable; set isVariableEnabled to true or drop variableName`, ['filters', index, 'variableName']);
    }
    if (item.appliesToSourceIds?.length && item.isBroadcastEnabled === false) {
      report(`Filter "${item.name}" sets appliesToSourceIds but does not broadcast its value; set isBroadcastEnabled to true or drop appliesToSourceIds`, ['filters', index, 'appliesToSourceIds']);
    }
  });
}

export type DashboardBody = {
  name: string;
  tiles: Json[];
  tags?: string[];
  savedQuery?: string | null;
  savedQueryLanguage?: string | null;
  savedFilterValues?: Json[];
  containers?: Json[];
  filters?: Json[];
};

/** The create (`update = false`: filters without ids) or update request body of a dashboard. */
export function dashboardSchema(flavor: Flavor, update: boolean): Schema<DashboardBody> {
  const tiles = arr(tile(flavor)).max(DASHBOARD_MAX_TILES).superRefine((items, report) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const id = (item as Json).id as string | undefined;
      if (!id) return;
      if (seen.has(id)) report(`Duplicate tile ID: ${id}. Omit the ID to generate a unique one.`, [index, 'id']);
      seen.add(id);
    });
  });
  return obj<DashboardBody>({
    name: str().max(1024),
    tiles,
    tags: arr(str().max(32)).max(50).optional(),
    savedQuery: str().nullable().optional(),
    savedQueryLanguage: queryLanguage().nullable().optional(),
    savedFilterValues: arr(obj({ type: literal('sql').optional().default('sql'), condition: str().max(10000) })).optional(),
    containers: arr(container).max(50).optional(),
    filters: arr(filter(flavor, update)).optional(),
  }).superRefine(dashboardRules);
}
