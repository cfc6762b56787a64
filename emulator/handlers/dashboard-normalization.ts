// What a dashboard tile reads back as after a write (RULES §5.9). The real server converts a tile to its internal
// chart format on write and back on read; the emulator stores the result of that round, so a GET shows the same
// defaults (fillNulls, asRatio, where, whereLanguage, ...) and drops the same fields.
import { compact } from '../json';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- validated JSON

const pick = (value: Json, keys: string[]) => compact(Object.fromEntries(keys.map((key) => [key, value[key]])));
const stringOr = <T>(value: unknown, fallback: T) => (typeof value === 'string' ? value : fallback);
const QUANTILE_LEVELS = [0.5, 0.9, 0.95, 0.99];

/**
 * A select item: `where` and `whereLanguage` always answered; a count keeps an empty valueExpression (`""` when none
 * was sent) but loses a stale one; `level` only on a quantile.
 */
function selectItem(item: Json): Json {
  const valueExpression = item.valueExpression ?? '';
  const staleValue = item.aggFn === 'count' && Boolean(valueExpression);
  return compact({
    ...pick(item, ['alias', 'metricType', 'metricName', 'numberFormat']),
    valueExpression: staleValue ? undefined : valueExpression,
    aggFn: item.aggFn,
    where: item.where ?? '',
    whereLanguage: item.whereLanguage ?? 'lucene',
    periodAggFn: item.periodAggFn === 'delta' ? 'delta' : undefined,
    level: item.aggFn === 'quantile' && QUANTILE_LEVELS.includes(item.level) ? item.level : undefined,
  });
}

/** `formulas` only when non-empty, `showOperandSeries` only beside them. */
function formulaFields(config: Json, withOperands: boolean): Json {
  if (!config.formulas?.length) return {};
  return compact({ formulas: config.formulas, showOperandSeries: withOperands ? config.showOperandSeries : undefined });
}

/** asRatio is answered on every time series and table: true only when asked with exactly two select items. */
const asRatio = (config: Json) => config.asRatio === true && config.select.length === 2;

function rawSqlConfig(config: Json): Json {
  const common = { configType: 'sql', displayType: config.displayType, connectionId: config.connectionId, sqlTemplate: config.sqlTemplate, sourceId: config.sourceId };
  switch (config.displayType) {
    case 'line':
    case 'stacked_bar':
      return compact({
        ...common,
        alignDateRangeToGranularity: config.alignDateRangeToGranularity,
        // Stored only when false, answered as a boolean: true unless turned off.
        fillNulls: config.fillNulls !== false,
        ...(config.displayType === 'line' ? { fitYAxisToData: config.fitYAxisToData } : {}),
        numberFormat: config.numberFormat,
        ...(config.displayType === 'line' ? { compareToPreviousPeriod: config.compareToPreviousPeriod } : {}),
        seriesLimit: config.seriesLimit,
      });
    case 'table':
      return compact({ ...common, numberFormat: config.numberFormat, onClick: config.onClick });
    case 'number':
      return compact({ ...common, numberFormat: config.numberFormat, color: config.color });
    default:
      return compact({ ...common, numberFormat: config.numberFormat });
  }
}

function builderConfig(config: Json): Json {
  const { displayType, sourceId } = config;
  switch (displayType) {
    case 'line':
    case 'stacked_bar':
      return compact({
        displayType,
        sourceId,
        asRatio: asRatio(config),
        alignDateRangeToGranularity: config.alignDateRangeToGranularity,
        fillNulls: config.fillNulls !== false,
        ...(displayType === 'line' ? { fitYAxisToData: config.fitYAxisToData } : {}),
        groupBy: stringOr(config.groupBy, undefined),
        select: config.select.map(selectItem),
        ...(displayType === 'line' ? { compareToPreviousPeriod: config.compareToPreviousPeriod } : {}),
        numberFormat: config.numberFormat,
        seriesLimit: config.seriesLimit,
        ...formulaFields(config, true),
      });
    case 'number': {
      const withFormulas = Boolean(config.formulas?.length);
      return compact({
        displayType,
        sourceId,
        select: (withFormulas ? config.select : config.select.slice(0, 1)).map(selectItem),
        numberFormat: config.numberFormat,
        ...formulaFields(config, false),
        color: config.color,
        colorRules: config.colorRules?.length ? config.colorRules : undefined,
        backgroundChart: config.backgroundChart,
      });
    }
    case 'pie':
    case 'bar':
      return compact({
        displayType, sourceId, select: config.select.slice(0, 1).map(selectItem), groupBy: stringOr(config.groupBy, undefined),
        orderBy: stringOr(config.orderBy, undefined), numberFormat: config.numberFormat, limit: config.limit,
      });
    case 'table':
      return compact({
        ...pick(config, ['having', 'numberFormat', 'groupByColumnsOnLeft', 'onClick']),
        displayType, sourceId, asRatio: asRatio(config), groupBy: stringOr(config.groupBy, undefined), select: config.select.map(selectItem),
        orderBy: stringOr(config.orderBy, undefined), ...formulaFields(config, true),
      });
    case 'search':
      return compact({ displayType, sourceId, select: stringOr(config.select, ''), where: config.where, whereLanguage: config.whereLanguage ?? 'lucene' });
    case 'markdown':
      return { displayType, markdown: stringOr(config.markdown, '') };
    case 'heatmap': {
      const [item] = config.select;
      return compact({
        displayType, sourceId, select: [pick(item, ['valueExpression', 'countExpression', 'heatmapScaleType'])], where: stringOr(config.where, ''),
        whereLanguage: config.whereLanguage ?? 'lucene', numberFormat: config.numberFormat,
      });
    }
    default: // event_patterns
      return compact({ displayType, sourceId, select: stringOr(config.select, ''), where: stringOr(config.where, ''), whereLanguage: config.whereLanguage ?? 'lucene' });
  }
}

/** A validated tile config as the server answers it. */
export const normalizeConfig = (config: Json): Json => (config.configType === 'sql' ? rawSqlConfig(config) : builderConfig(config));

/**
 * A deprecated `series` tile becomes the config the server stores for it (RULES §5.7): time series → line or
 * stacked bar, then read back like any other config.
 */
export function configFromSeries(series: Json[], tileAsRatio: boolean | undefined): Json {
  const [first] = series;
  if (first.type === 'markdown') return { displayType: 'markdown', markdown: first.content };
  if (first.type === 'search') return normalizeConfig({ displayType: 'search', sourceId: first.sourceId, select: first.fields.join(', '), where: first.where, whereLanguage: first.whereLanguage ?? 'lucene' });
  const items = first.type === 'number' ? [first] : series;
  // Only truthy optional fields are kept; the field becomes the valueExpression.
  const select = items.map((item) => compact({
    alias: item.alias || undefined, aggFn: item.aggFn, level: item.level || undefined, metricName: item.metricName || undefined,
    metricType: item.metricDataType || undefined, valueExpression: item.field ?? '', where: item.where, whereLanguage: item.whereLanguage ?? 'lucene',
  }));
  const displayType = first.type === 'time' ? (first.displayType === 'stacked_bar' ? 'stacked_bar' : 'line') : first.type;
  const groupBy = first.type === 'number' ? '' : (first.groupBy as string[]).join(',');
  const numberFormat = first.type === 'number' ? first.numberFormat : items.find((item) => item.numberFormat)?.numberFormat;
  return normalizeConfig({ displayType, sourceId: first.sourceId, select, groupBy: groupBy || undefined, asRatio: tileAsRatio === true, numberFormat });
}
