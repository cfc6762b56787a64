// The tile types of clickstack_dashboard: one list of tiles per display type, builder and raw SQL (`sql_*`), each tile
// with the attributes of its type's API config beside those every tile has (schema.ts). The API's `displayType` (and
// `configType: "sql"`) say which type a tile is.
import type { Diagnostics } from '../../runtime/provider';
import type { Attribute, AttributePath, Attributes, AttributeValidator, TfValue } from '../../runtime/types';
import { isKnown, numberBetween, oneOf, sizeBetween, stringLength, wholeNumber } from '../../runtime/validators';
import { toNumber } from '../../shared/api-mapping';
import { codeList, optionalBool, optionalString, ossOnly, requiredString, serverDefault } from '../../shared/attributes';
import { luceneQueryIn } from '../../shared/lucene-query';
import {
  AGG_FNS,
  BACKGROUND_CHART_TYPES,
  COLOR_RULE_OPERATORS,
  type DisplayType,
  HEATMAP_SCALE_TYPES,
  METRIC_DATA_TYPES,
  NUMBER_FORMAT_OUTPUTS,
  ON_CLICK_TARGET_MODES,
  ON_CLICK_TYPES,
  PALETTE_TOKENS,
  PERIOD_AGG_FNS,
  QUANTILE_LEVELS,
  QUERY_LANGUAGES,
  type RawSqlDisplayType,
} from '../../values';

// --- attribute builders -----------------------------------------------------------------------------------

const single = (description: string, attributes: Attributes, extra: Partial<Attribute> = {}): Attribute => ({
  optional: true,
  description,
  nested: { nesting: 'single', attributes },
  ...extra,
});
const list = (description: string, attributes: Attributes, extra: Partial<Attribute> = {}): Attribute => ({
  optional: true,
  description,
  nested: { nesting: 'list', attributes },
  ...extra,
});

// --- shared pieces ----------------------------------------------------------------------------------------

const palette = codeList(PALETTE_TOKENS);

const levelValidator = {
  description: `one of ${QUANTILE_LEVELS.join(', ')}`,
  validate(value: TfValue, path: AttributePath, diagnostics: Diagnostics) {
    if (isKnown(value) && !(QUANTILE_LEVELS as readonly number[]).includes(toNumber(value)))
      diagnostics.error('Invalid attribute value', `Must be one of ${QUANTILE_LEVELS.join(', ')}, got ${value.toString()}.`, path);
  },
};

const whereLanguage = (what: string) =>
  serverDefault(optionalString(`Query language of ${what}: ${codeList(QUERY_LANGUAGES, ', ', ' or ')}.`, oneOf(...QUERY_LANGUAGES)), 'lucene');

export const numberFormat = single('How numbers are displayed.', {
  output: requiredString(`Kind of value: ${codeList(NUMBER_FORMAT_OUTPUTS)}.`, oneOf(...NUMBER_FORMAT_OUTPUTS)),
  numeric_unit: optionalString('Unit of the raw value (for example `bytes_iec`, `seconds`), used with `byte`, `time`, `data_rate` and `throughput`.'),
  mantissa: { ...optionalString('Decimal places shown.'), type: 'number', validators: [wholeNumber, numberBetween(0)] },
  thousand_separated: optionalBool('Group thousands with a separator.'),
  average: optionalBool('Abbreviate large numbers (1.2k, 3.4M).'),
  decimal_bytes: optionalBool('Use powers of 1000 instead of 1024 for bytes.'),
  factor: { ...optionalString('Multiply the value by this factor before display.'), type: 'number' },
  currency_symbol: optionalString('Currency symbol, for `output = "currency"`.'),
  unit: optionalString('Free-text unit appended to the value.'),
});

const selectItem: Attributes = {
  agg_fn: requiredString(`Aggregation: ${codeList(AGG_FNS)}.`, oneOf(...AGG_FNS)),
  value_expression: optionalString('Column or SQL expression aggregated. Required unless `agg_fn` is `count`, where it must be left out.', stringLength(0, 10000)),
  alias: optionalString('Series name shown in the legend.', stringLength(0, 10000)),
  where: serverDefault(optionalString('Filter of this series only.', stringLength(0, 10000)), ''),
  where_language: whereLanguage('`where`'),
  level: { type: 'number', optional: true, description: 'Quantile level (0.5, 0.9, 0.95 or 0.99); only with `agg_fn = "quantile"`.', validators: [levelValidator] },
  metric_type: optionalString(`Metric data type, for metric sources: ${codeList(METRIC_DATA_TYPES)}.`, oneOf(...METRIC_DATA_TYPES)),
  metric_name: optionalString('Metric name, for metric sources.'),
  period_agg_fn: optionalString(`Per-period aggregation applied before \`agg_fn\`: ${codeList(PERIOD_AGG_FNS)}.`, oneOf(...PERIOD_AGG_FNS)),
  number_format: numberFormat,
};

/** A query and its language, in an object where the language defaults to Lucene (api-behaviour §6.4). */
const LUCENE_WHERE = { query: 'where', language: 'where_language' };

const select = (description: string, min: number, max: number) => ({
  ...list(description, selectItem),
  optional: false,
  required: true,
  validators: [sizeBetween(min, max), luceneQueryIn(LUCENE_WHERE)],
});

const formulas = list(`Formulas over the select items (up to 10), such as \`A / B\`.${ossOnly}`, {
  expression: requiredString('Formula over the select items, referenced as A, B, C ...', stringLength(1, 1024)),
  alias: optionalString('Name of the formula series.'),
  number_format: numberFormat,
}, { validators: [sizeBetween(0, 10)] });

const onClick = single('What clicking a row opens.', {
  type: requiredString('`search` (a search page), `dashboard` (another dashboard) or `external` (a URL).', oneOf(...ON_CLICK_TYPES)),
  target: single('The search source or dashboard opened, for `search` and `dashboard`.', {
    mode: requiredString('`id` (a fixed source or dashboard) or `template` (a name template).', oneOf(...ON_CLICK_TARGET_MODES)),
    id: optionalString('Source id (search) or dashboard id, with `mode = "id"`.'),
    template: optionalString('Template resolving to a source or dashboard name, with `mode = "template"`.', stringLength(1, 10000)),
  }),
  where_template: optionalString('Template of the query applied on the target.'),
  where_language: optionalString(`Language of \`where_template\`: ${codeList(QUERY_LANGUAGES, ', ', ' or ')}.`, oneOf(...QUERY_LANGUAGES)),
  filters: list('Filters applied on the target (up to 50).', {
    kind: serverDefault(optionalString('Kind of filter: `expressionTemplate`.', oneOf('expressionTemplate')), 'expressionTemplate'),
    expression: requiredString('Expression filtered on.'),
    template: requiredString('Template of the value, from the clicked row.'),
  }, { validators: [sizeBetween(0, 50)] }),
  url_template: optionalString('URL template, for `type = "external"`.'),
});

const colorRules = list('Colour the value by thresholds (up to 10), first match wins.', {
  operator: requiredString(`${codeList(COLOR_RULE_OPERATORS, ', ', ' or ')}.`, oneOf(...COLOR_RULE_OPERATORS)),
  value: { type: 'number', optional: true, description: 'Number compared with (lower bound for `between`).' },
  value_max: { type: 'number', optional: true, description: 'Upper bound, for `between` only.' },
  value_text: optionalString('Text compared with, for `eq` and `neq` on text values (instead of `value`).', stringLength(0, 200)),
  color: requiredString(`Palette token: ${palette}.`),
  label: optionalString('Label shown with the value.', stringLength(0, 40)),
}, { validators: [sizeBetween(0, 10)] });

const sourceId = requiredString('Id of the source queried (see the `clickstack_source` data source).');
const groupBy = optionalString('Group by expression (one series per group).', stringLength(0, 10000));
const timeSeriesOptions: Attributes = {
  align_date_range_to_granularity: optionalBool('Align the time range to whole buckets.'),
  series_limit: { type: 'number', optional: true, description: `Maximum series shown; 0 means unlimited.${ossOnly}`, validators: [wholeNumber, numberBetween(0)] },
};

const builderLine: Attributes = {
  source_id: sourceId,
  select: select('Series plotted (1 to 20).', 1, 20),
  group_by: groupBy,
  as_ratio: serverDefault(optionalBool('Plot the first series divided by the second (needs exactly 2 select items).'), false),
  fill_nulls: serverDefault(optionalBool('Plot missing buckets as zero.'), true),
  fit_y_axis_to_data: optionalBool('Fit the y axis to the data rather than starting at zero.'),
  compare_to_previous_period: optionalBool('Also plot the previous period.'),
  ...timeSeriesOptions,
  number_format: numberFormat,
  formulas,
  show_operand_series: optionalBool(`Show the select series alongside the formulas.${ossOnly}`),
};
const { fit_y_axis_to_data: _fit, compare_to_previous_period: _compare, ...builderStackedBar } = builderLine;

const builderTable: Attributes = {
  source_id: sourceId,
  select: select('Columns aggregated (1 to 20).', 1, 20),
  group_by: groupBy,
  having: optionalString('SQL `HAVING` condition.', stringLength(0, 10000)),
  order_by: optionalString('SQL `ORDER BY` expression.', stringLength(0, 10000)),
  as_ratio: serverDefault(optionalBool('Show the first column divided by the second (needs exactly 2 select items).'), false),
  number_format: numberFormat,
  group_by_columns_on_left: optionalBool('Show the group-by columns first.'),
  on_click: onClick,
  formulas,
  show_operand_series: optionalBool(`Show the select columns alongside the formulas.${ossOnly}`),
};

const builderNumber: Attributes = {
  source_id: sourceId,
  select: select('The value shown: exactly 1 select item, or up to 20 combined by one formula.', 1, 20),
  number_format: numberFormat,
  formulas: { ...formulas, description: `One formula combining the select items.${ossOnly}` },
  color: optionalString(`Colour of the value: ${palette}.`, oneOf(...PALETTE_TOKENS)),
  color_rules: colorRules,
  background_chart: single('A small chart behind the value.', {
    type: requiredString(`${codeList(BACKGROUND_CHART_TYPES, ', ', ' or ')}.`, oneOf(...BACKGROUND_CHART_TYPES)),
    color: optionalString(`Palette token: ${palette}.`, oneOf(...PALETTE_TOKENS)),
  }),
};

const builderCategorical = (shape: string): Attributes => ({
  source_id: sourceId,
  select: select(`The value of each ${shape} (exactly 1 select item).`, 1, 1),
  group_by: groupBy,
  order_by: optionalString('SQL `ORDER BY` expression.', stringLength(0, 10000)),
  number_format: numberFormat,
  limit: { type: 'number', optional: true, description: `Maximum number of ${shape}s.`, validators: [wholeNumber, numberBetween(0)] },
});

const heatmap: Attributes = {
  source_id: { ...sourceId, description: 'Id of a trace source.' },
  select: {
    ...list('The distribution plotted (exactly 1).', {
      value_expression: requiredString('Expression whose distribution is plotted, such as a duration.', stringLength(1, 10000)),
      count_expression: optionalString('Expression counted per cell (defaults to a row count).'),
      heatmap_scale_type: optionalString(`${codeList(HEATMAP_SCALE_TYPES, ', ', ' or ')} scale.`, oneOf(...HEATMAP_SCALE_TYPES)),
    }),
    optional: false,
    required: true,
    validators: [sizeBetween(1, 1)],
  },
  where: serverDefault(optionalString('Filter.', stringLength(0, 10000)), ''),
  where_language: whereLanguage('`where`'),
  number_format: numberFormat,
};

const search: Attributes = {
  source_id: { ...sourceId, description: 'Id of a log or trace source.' },
  select: requiredString('Columns shown, comma separated SQL expressions.', stringLength(0, 10000)),
  where: serverDefault(optionalString('Search query.', stringLength(0, 10000)), ''),
  where_language: whereLanguage('`where`'),
};

const eventPatterns: Attributes = {
  source_id: { ...sourceId, description: 'Id of a log source.' },
  select: serverDefault(optionalString('Expression whose values are clustered into patterns.', stringLength(0, 10000)), ''),
  where: serverDefault(optionalString('Filter.', stringLength(0, 10000)), ''),
  where_language: whereLanguage('`where`'),
};

const markdown: Attributes = { text: optionalString('Markdown shown in the tile.', stringLength(0, 50000)) };

const rawSql = (extra: Attributes): Attributes => ({
  connection_id: requiredString('Id of the ClickHouse connection the query runs on.'),
  sql_template: requiredString('The SQL query, with `{{...}}` macros for the time range and filters.', stringLength(1, 100000)),
  source_id: optionalString('Id of a source whose filters apply to the query.'),
  number_format: numberFormat,
  ...extra,
});

// --- the tile types -------------------------------------------------------------------------------------------

export interface TileType {
  /** The type's name, as in `<name>_tiles`: the display type, `sql_` first for a raw SQL one. */
  name: string;
  /** The attribute of the dashboard that lists the tiles of this type. */
  list: string;
  /** The API's `displayType`. */
  displayType: DisplayType;
  /** Whether the API config is a raw SQL one (`configType: "sql"`). */
  sql: boolean;
  title: string;
  /** The attributes of the API config, beside the attributes every tile has. */
  attributes: Attributes;
  /** Validators of the type's list of tiles. */
  validators: AttributeValidator[];
}

/** Heatmap, search and event-pattern tiles filter with a query of their own, checked when it is Lucene. */
const listValidators = (attributes: Attributes): AttributeValidator[] =>
  'where' in attributes && 'where_language' in attributes ? [luceneQueryIn(LUCENE_WHERE)] : [];

const builder = (displayType: DisplayType, title: string, attributes: Attributes): TileType => ({
  name: displayType,
  list: `${displayType}_tiles`,
  displayType,
  sql: false,
  title,
  attributes,
  validators: listValidators(attributes),
});
const rawSqlType = (displayType: RawSqlDisplayType, title: string, extra: Attributes): TileType => ({
  name: `sql_${displayType}`,
  list: `sql_${displayType}_tiles`,
  displayType,
  sql: true,
  title: `${title} from a raw SQL query`,
  attributes: rawSql(extra),
  validators: [],
});

/**
 * Every tile type, in the order of the dashboard's tile lists: the order in which tiles are sent to ClickStack and
 * read back, whatever order the server holds them in.
 */
export const TILE_TYPES: readonly TileType[] = [
  builder('line', 'Line chart over time', builderLine),
  builder('stacked_bar', 'Stacked bar chart over time', builderStackedBar),
  builder('table', 'Table of aggregates', builderTable),
  builder('number', 'A single number', builderNumber),
  builder('pie', 'Pie chart', builderCategorical('slice')),
  builder('bar', 'Bar chart by category', builderCategorical('bar')),
  builder('heatmap', 'Heatmap of a distribution over time (trace sources)', heatmap),
  builder('search', 'Search results (rows of a log or trace source)', search),
  builder('event_patterns', 'Event patterns of a log source', eventPatterns),
  builder('markdown', 'Markdown text', markdown),
  // The server stores raw SQL time series with fillNulls true when it is not sent, as it does builder ones.
  rawSqlType('line', 'Line chart', {
    compare_to_previous_period: builderLine.compare_to_previous_period,
    fill_nulls: builderLine.fill_nulls,
    fit_y_axis_to_data: builderLine.fit_y_axis_to_data,
    ...timeSeriesOptions,
  }),
  rawSqlType('stacked_bar', 'Stacked bar chart', { fill_nulls: builderLine.fill_nulls, ...timeSeriesOptions }),
  rawSqlType('table', 'Table', { on_click: onClick }),
  rawSqlType('number', 'A single number', { color: builderNumber.color }),
  rawSqlType('pie', 'Pie chart', {}),
  rawSqlType('bar', 'Bar chart', {}),
];

/** Attributes the Managed ClickStack API does not have, of any tile type; set on Cloud they are a plan-time error. */
export const OSS_ONLY_TILE_ATTRIBUTES = ['formulas', 'series_limit', 'show_operand_series'];
