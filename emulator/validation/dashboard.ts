// Dashboard request schema (OSS notes §2; Cloud notes §3): tiles, tile configs, select items, filters,
// containers. Written once; `flavor` switches off the OSS-only fields (Cloud notes §5 table), which are stripped.
import type { Flavor } from '../context';
import {
  arr, bool, discriminated, enumOf, literal, nullable, num, obj, objectId, optional, refine, str, withDefault,
  type Issue, type Parser, type Path, type Shape,
} from './schema';

export const AGG_FNS = ['avg', 'count', 'count_distinct', 'last_value', 'max', 'min', 'quantile', 'sum', 'any', 'none', 'increase'] as const;
export const QUANTILE_LEVELS = [0.5, 0.9, 0.95, 0.99] as const;
export const METRIC_TYPES = ['gauge', 'histogram', 'sum', 'summary', 'exponential histogram'] as const;
const WHERE_LANGUAGES = ['sql', 'lucene'] as const;
const SELECT_WHERE_LANGUAGES = ['sql', 'lucene', 'promql'] as const;
const NUMBER_OUTPUTS = ['currency', 'percent', 'byte', 'time', 'duration', 'number', 'data_rate', 'throughput'] as const;
const PALETTE = ['chart-blue', 'chart-orange', 'chart-red', 'chart-cyan', 'chart-green', 'chart-pink', 'chart-purple', 'chart-light-blue', 'chart-brown', 'chart-gray', 'chart-success', 'chart-warning', 'chart-error'] as const;
/** Display types whose tiles may carry an alert (OSS notes §2, tile-alert side effects). */
export const ALERTABLE_DISPLAY_TYPES = ['line', 'stacked_bar', 'number'];
export const DASHBOARD_MAX_TILES = 500;

const numberFormat = obj({
  output: enumOf(NUMBER_OUTPUTS),
  numericUnit: optional(str()),
  mantissa: optional(num({ int: true })),
  thousandSeparated: optional(bool()),
  average: optional(bool()),
  decimalBytes: optional(bool()),
  factor: optional(num()),
  currencySymbol: optional(str()),
  unit: optional(str()),
});

const selectItem = refine(
  obj({
    aggFn: enumOf(AGG_FNS),
    valueExpression: optional(str({ max: 10000 })),
    alias: optional(str({ max: 10000 })),
    where: withDefault(str({ max: 10000 }), () => ''),
    whereLanguage: withDefault(enumOf(SELECT_WHERE_LANGUAGES), () => 'lucene' as const),
    level: optional(enumOf(QUANTILE_LEVELS)),
    numberFormat: optional(numberFormat),
    metricType: optional(enumOf(METRIC_TYPES)),
    metricName: optional(str()),
    periodAggFn: optional(literal('delta')),
  }),
  (item, path, issues) => {
    if (item.aggFn === 'count' && item.valueExpression !== undefined) {
      issues.push({ path, message: 'Value expression is not allowed with the count aggregation function' });
    }
    if (item.aggFn !== 'count' && !item.valueExpression) {
      issues.push({ path, message: 'Value expression is required for non-count aggregation functions' });
    }
    if (item.level !== undefined && item.aggFn !== 'quantile') {
      issues.push({ path, message: 'Level can only be used with quantile aggregation function' });
    }
  },
);

const formula = obj({ expression: str({ max: 1024 }), alias: optional(str()), numberFormat: optional(numberFormat) });

const onClickTarget = discriminated('mode', {
  id: obj({ mode: literal('id'), id: objectId() }),
  template: obj({ mode: literal('template'), template: str({ min: 1, max: 10000 }) }),
});
const onClick = discriminated('type', {
  search: obj({ type: literal('search'), target: onClickTarget, whereTemplate: optional(str()), whereLanguage: optional(enumOf(WHERE_LANGUAGES)), filters: optional(arr(obj({ kind: literal('expressionTemplate'), expression: str(), template: str() }), { max: 50 })) }),
  dashboard: obj({ type: literal('dashboard'), target: onClickTarget, whereTemplate: optional(str()), whereLanguage: optional(enumOf(WHERE_LANGUAGES)), filters: optional(arr(obj({ kind: literal('expressionTemplate'), expression: str(), template: str() }), { max: 50 })) }),
  external: obj({ type: literal('external'), urlTemplate: str({ min: 1 }) }),
});

const colorRule = (value: unknown, path: Path, issues: Issue[]) => {
  const common = { color: enumOf(PALETTE), label: optional(str({ max: 40 })) };
  return discriminated('operator', {
    ...Object.fromEntries(['gt', 'gte', 'lt', 'lte'].map((op) => [op, obj({ operator: literal(op), value: num(), ...common })])),
    between: obj({ operator: literal('between'), value: arr(num(), { min: 2, max: 2 }), ...common }),
    ...Object.fromEntries(['eq', 'neq'].map((op) => [op, obj({ operator: literal(op), value: (v: unknown, p: Path, i: Issue[]) => (typeof v === 'string' ? str({ max: 200 })(v, p, i) : num()(v, p, i)), ...common })])),
  })(value, path, issues);
};

function selectCount(exactly: number): (config: Record<string, unknown>, path: Path, issues: Issue[]) => void {
  return (config, path, issues) => {
    const select = config.select as unknown[];
    if (select.length !== exactly) issues.push({ path: [...path, 'select'], message: `Array must contain exactly ${exactly} element(s)` });
  };
}

/** Builder (sourceId + select) and raw-SQL (configType "sql") tile configs, keyed by displayType. */
function tileConfig(flavor: Flavor): Parser<Record<string, unknown>> {
  const formulaFields: Shape = flavor === 'oss'
    ? { formulas: optional(arr(formula, { max: 10 })), showOperandSeries: optional(bool()) }
    : {};
  const seriesLimit: Shape = flavor === 'oss' ? { seriesLimit: optional(num({ int: true, min: 0 })) } : {};
  const builderBase = (displayType: string): Shape => ({
    displayType: literal(displayType),
    sourceId: objectId(),
    select: arr(selectItem, { min: 1, max: 20 }),
    numberFormat: optional(numberFormat),
  });
  const ratioRule = (config: Record<string, unknown>, path: Path, issues: Issue[]) => {
    const select = config.select as unknown[];
    if (config.asRatio && select.length !== 2) issues.push({ path: [...path, 'asRatio'], message: 'asRatio requires exactly 2 select items' });
    if (config.asRatio && Array.isArray(config.formulas) && config.formulas.length) {
      issues.push({ path: [...path, 'formulas'], message: 'formulas cannot be used with asRatio' });
    }
  };
  const timeSeries: Shape = { groupBy: optional(str({ max: 10000 })), asRatio: optional(bool()), alignDateRangeToGranularity: optional(bool()), fillNulls: optional(bool()), ...seriesLimit, ...formulaFields };
  const builders: Record<string, Parser<Record<string, unknown>>> = {
    line: refine(obj({ ...builderBase('line'), ...timeSeries, fitYAxisToData: optional(bool()), compareToPreviousPeriod: optional(bool()) }), ratioRule),
    stacked_bar: refine(obj({ ...builderBase('stacked_bar'), ...timeSeries }), ratioRule),
    table: refine(obj({ ...builderBase('table'), groupBy: optional(str({ max: 10000 })), having: optional(str({ max: 10000 })), orderBy: optional(str({ max: 10000 })), asRatio: optional(bool()), groupByColumnsOnLeft: optional(bool()), onClick: optional(onClick), ...formulaFields }), ratioRule),
    number: refine(obj({ ...builderBase('number'), ...formulaFields, color: optional(enumOf(PALETTE)), colorRules: optional(arr(colorRule, { max: 10 })), backgroundChart: optional(obj({ type: enumOf(['line', 'area'] as const), color: optional(enumOf(PALETTE)) })) }), (config, path, issues) => {
      const formulas = (config.formulas as unknown[] | undefined) ?? [];
      if (formulas.length > 1) issues.push({ path: [...path, 'formulas'], message: 'Number tiles support at most 1 formula' });
      if (!formulas.length) selectCount(1)(config, path, issues);
    }),
    pie: refine(obj({ ...builderBase('pie'), groupBy: optional(str({ max: 10000 })), orderBy: optional(str({ max: 10000 })), limit: optional(num({ int: true, min: 0 })) }), selectCount(1)),
    bar: refine(obj({ ...builderBase('bar'), groupBy: optional(str({ max: 10000 })), orderBy: optional(str({ max: 10000 })), limit: optional(num({ int: true, min: 0 })) }), selectCount(1)),
    heatmap: obj({
      displayType: literal('heatmap'), sourceId: objectId(),
      select: arr(obj({ valueExpression: str({ min: 1, max: 10000 }), countExpression: optional(str({ max: 10000 })), heatmapScaleType: optional(enumOf(['log', 'linear'] as const)) }), { min: 1, max: 1 }),
      where: withDefault(str({ max: 10000 }), () => ''), whereLanguage: withDefault(enumOf(WHERE_LANGUAGES), () => 'lucene' as const), numberFormat: optional(numberFormat),
    }),
    search: obj({ displayType: literal('search'), sourceId: objectId(), select: str({ max: 10000 }), where: withDefault(str({ max: 10000 }), () => ''), whereLanguage: withDefault(enumOf(WHERE_LANGUAGES), () => 'lucene' as const) }),
    event_patterns: obj({ displayType: literal('event_patterns'), sourceId: objectId(), select: withDefault(str({ max: 10000 }), () => ''), where: withDefault(str({ max: 10000 }), () => ''), whereLanguage: withDefault(enumOf(WHERE_LANGUAGES), () => 'lucene' as const) }),
    markdown: obj({ displayType: literal('markdown'), markdown: optional(str({ max: 50000 })) }),
  };
  const rawBase = (displayType: string): Shape => ({
    configType: literal('sql'), displayType: literal(displayType), connectionId: objectId(), sqlTemplate: str({ max: 100000 }),
    sourceId: optional(objectId()), numberFormat: optional(numberFormat),
  });
  const timeExtras: Shape = { fillNulls: optional(bool()), alignDateRangeToGranularity: optional(bool()), ...seriesLimit };
  const rawSql: Record<string, Parser<Record<string, unknown>>> = {
    line: obj({ ...rawBase('line'), ...timeExtras, compareToPreviousPeriod: optional(bool()), fitYAxisToData: optional(bool()) }),
    stacked_bar: obj({ ...rawBase('stacked_bar'), ...timeExtras }),
    table: obj({ ...rawBase('table'), onClick: optional(onClick) }),
    number: obj({ ...rawBase('number'), color: optional(enumOf(PALETTE)) }),
    pie: obj(rawBase('pie')),
    bar: obj(rawBase('bar')),
  };
  const byDisplayType = discriminated('displayType', builders);
  const rawByDisplayType = discriminated('displayType', rawSql);
  return (value, path, issues) =>
    value && typeof value === 'object' && (value as Record<string, unknown>).configType === 'sql'
      ? rawByDisplayType(value, path, issues)
      : byDisplayType(value, path, issues);
}

/** Deprecated tile `series` items (OSS spec DashboardChartSeries), discriminated on `type`. */
const legacySeriesItem = (() => {
  const aggregated: Shape = {
    sourceId: objectId(), aggFn: enumOf(AGG_FNS), level: optional(num({ min: 0, max: 1 })), field: optional(str()), alias: optional(str()),
    where: str(), whereLanguage: enumOf(SELECT_WHERE_LANGUAGES), numberFormat: optional(numberFormat),
    metricDataType: optional(enumOf(METRIC_TYPES)), metricName: optional(str()),
  };
  const groupBy = arr(str(), { max: 10 });
  return discriminated('type', {
    time: obj({ type: literal('time'), ...aggregated, groupBy, displayType: optional(enumOf(['line', 'stacked_bar'] as const)) }),
    table: obj({ type: literal('table'), ...aggregated, groupBy, sortOrder: optional(enumOf(['asc', 'desc'] as const)) }),
    number: obj({ type: literal('number'), ...aggregated }),
    search: obj({ type: literal('search'), sourceId: objectId(), fields: arr(str()), where: str(), whereLanguage: enumOf(SELECT_WHERE_LANGUAGES) }),
    markdown: obj({ type: literal('markdown'), content: str({ max: 100000 }) }),
  });
})();

const VARIABLE_NAME = /^[a-zA-Z][a-zA-Z0-9_]*$/;

function filterSchema(flavor: Flavor, withId: boolean): Parser<Record<string, unknown>> {
  const shape: Shape = {
    type: literal('QUERY_EXPRESSION'),
    name: str({ min: 1 }),
    expression: str({ min: 1 }),
    sourceId: objectId(),
    sourceMetricType: optional(enumOf(METRIC_TYPES)),
    where: optional(str()),
    whereLanguage: optional(enumOf(WHERE_LANGUAGES)),
    appliesToSourceIds: optional(arr(objectId())),
  };
  if (flavor === 'oss') {
    Object.assign(shape, {
      isBroadcastEnabled: optional(bool()),
      isVariableEnabled: optional(bool()),
      variableName: optional(str({ max: 64, regex: [VARIABLE_NAME, 'Variable name must start with a letter and contain only letters, digits and _'] })),
    });
  }
  if (withId) shape.id = str();
  // OSS notes §2: filters are strict objects, which is what rejects `id` on create.
  return refine(obj(shape, { strict: true }), (filter, path, issues) => {
    if (flavor !== 'oss') return;
    const broadcast = filter.isBroadcastEnabled !== false;
    const variable = filter.isVariableEnabled === true;
    if (!broadcast && !variable) issues.push({ path, message: 'A filter must be broadcast, a variable, or both' });
    if (!broadcast && Array.isArray(filter.appliesToSourceIds) && filter.appliesToSourceIds.length) {
      issues.push({ path: [...path, 'appliesToSourceIds'], message: 'appliesToSourceIds is only allowed when the filter is broadcast' });
    }
    if (!variable && filter.variableName !== undefined) {
      issues.push({ path: [...path, 'variableName'], message: 'variableName is only allowed when isVariableEnabled is true' });
    }
    if (variable && !VARIABLE_NAME.test(variableNameOf(filter))) {
      issues.push({ path: [...path, 'variableName'], message: 'A variable-enabled filter needs a valid variable name' });
    }
  });
}

/** The explicit variable name, or one derived from the filter name. */
export function variableNameOf(filter: Record<string, unknown>): string {
  return (filter.variableName as string | undefined) ?? String(filter.name).replace(/[^a-zA-Z0-9_]/g, '_');
}

const container = obj({
  id: str({ min: 1, max: 256 }),
  title: str({ min: 1, max: 256 }),
  collapsed: bool(),
  collapsible: optional(bool()),
  bordered: optional(bool()),
  tabs: optional(arr(obj({ id: str({ min: 1, max: 256 }), title: str({ min: 1, max: 256 }) }), { max: 20 })),
});

function tileSchema(flavor: Flavor): Parser<Record<string, unknown>> {
  return refine(
    obj({
      id: optional(str({ max: 36 })),
      name: str(),
      x: num({ min: 0, max: 23 }),
      y: num({ min: 0 }),
      w: num({ min: 1, max: 24 }),
      h: num({ min: 1 }),
      config: optional(tileConfig(flavor)),
      series: optional(arr(legacySeriesItem, { min: 1 })),
      asRatio: optional(bool()),
      containerId: optional(str({ min: 1, max: 256 })),
      tabId: optional(str({ min: 1, max: 256 })),
    }),
    (tile, path, issues) => {
      if ((tile.config === undefined) === (tile.series === undefined)) issues.push({ path, message: 'Tile must have either series or config' });
      if (tile.config !== undefined && tile.asRatio !== undefined) issues.push({ path: [...path, 'asRatio'], message: 'asRatio cannot be used with config' });
      if (tile.tabId !== undefined && tile.containerId === undefined) issues.push({ path: [...path, 'tabId'], message: 'tabId requires containerId' });
    },
    { always: true },
  );
}

export type DashboardBody = {
  name: string;
  tiles: Array<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any -- validated JSON
  tags?: string[];
  filters?: Array<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any -- validated JSON
  savedQuery?: string | null;
  savedQueryLanguage?: string | null;
  savedFilterValues?: Array<Record<string, unknown>>;
  containers?: Array<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any -- validated JSON
};

/** The create (`update=false`) or update request body of a dashboard. */
export function dashboardSchema(flavor: Flavor, update: boolean): Parser<DashboardBody> {
  return refine(
    obj<DashboardBody>({
      name: str({ max: 1024 }),
      tiles: arr(tileSchema(flavor), { max: DASHBOARD_MAX_TILES }),
      tags: optional(arr(str({ max: 32 }), { max: 50 })),
      filters: optional(arr(filterSchema(flavor, update))),
      savedQuery: optional(nullable(str())),
      savedQueryLanguage: optional(nullable(enumOf(SELECT_WHERE_LANGUAGES))),
      savedFilterValues: optional(arr(obj({ type: withDefault(literal('sql'), () => 'sql' as const), condition: str({ max: 10000 }) }))),
      containers: optional(arr(container, { max: 50 })),
    }),
    (body, path, issues) => {
      const tileIds = body.tiles.map((tile) => tile.id).filter((id): id is string => id !== undefined);
      const duplicates = tileIds.filter((id, index) => tileIds.indexOf(id) !== index);
      if (duplicates.length) issues.push({ path: [...path, 'tiles'], message: `Duplicate tile ids: ${[...new Set(duplicates)].join(', ')}` });
      if (body.savedQuery && body.savedQueryLanguage === null) {
        issues.push({ path: [...path, 'savedQueryLanguage'], message: 'savedQueryLanguage cannot be null when savedQuery is set' });
      }
      const containerIds = (body.containers ?? []).map((c) => c.id as string);
      if (new Set(containerIds).size !== containerIds.length) issues.push({ path: [...path, 'containers'], message: 'Container ids must be unique' });
      (body.containers ?? []).forEach((c, index) => {
        const tabIds = ((c.tabs as Array<{ id: string }> | undefined) ?? []).map((tab) => tab.id);
        if (new Set(tabIds).size !== tabIds.length) issues.push({ path: [...path, 'containers', index, 'tabs'], message: 'Tab ids must be unique within a container' });
      });
      const variableNames = (body.filters ?? []).filter((f) => f.isVariableEnabled === true).map(variableNameOf);
      if (new Set(variableNames).size !== variableNames.length) issues.push({ path: [...path, 'filters'], message: 'Variable names must be unique' });
    },
  );
}
