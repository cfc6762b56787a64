// Dashboards: tiles with a config per display type (builder or raw SQL), filters, containers with tabs.
import { boolean, either, finiteNumber, id, list, object, optional, present, text } from '../response-shape';
import type { ObjectId, OpenObject } from './common';
import type {
  AggFn,
  BackgroundChartType,
  HeatmapScaleType,
  MetricDataType,
  NumberFormatOutput,
  OnClickType,
  PaletteToken,
  PeriodAggFn,
  QuantileLevel,
  QueryLanguage,
  RawSqlDisplayType,
} from '../../values';

export interface NumberFormat extends OpenObject {
  output: NumberFormatOutput;
  numericUnit?: string;
  mantissa?: number;
  thousandSeparated?: boolean;
  average?: boolean;
  decimalBytes?: boolean;
  factor?: number;
  currencySymbol?: string;
  unit?: string;
}

/** One aggregated value. `valueExpression` is forbidden with `count`; `level` only with `quantile`. */
export interface SelectItem extends OpenObject {
  aggFn: AggFn;
  valueExpression?: string;
  alias?: string;
  level?: QuantileLevel;
  where?: string;
  whereLanguage?: QueryLanguage | 'promql';
  metricName?: string;
  metricType?: MetricDataType;
  periodAggFn?: PeriodAggFn;
  numberFormat?: NumberFormat;
}

/** OSS only. */
export interface Formula extends OpenObject {
  expression: string;
  alias?: string;
  numberFormat?: NumberFormat;
}

export type OnClickTarget = ({ mode: 'id'; id: ObjectId } | { mode: 'template'; template: string }) & OpenObject;

export interface OnClickFilterTemplate extends OpenObject {
  kind: 'expressionTemplate';
  expression: string;
  template: string;
}

export interface OnClickNavigate extends OpenObject {
  type: Exclude<OnClickType, 'external'>;
  target: OnClickTarget;
  whereTemplate?: string;
  whereLanguage?: QueryLanguage;
  filters?: OnClickFilterTemplate[];
}

export interface OnClickExternal extends OpenObject {
  type: 'external';
  urlTemplate: string;
}

export type OnClick = OnClickNavigate | OnClickExternal;

export type ColorRule = (
  | { operator: 'gt' | 'gte' | 'lt' | 'lte'; value: number }
  | { operator: 'between'; value: [number, number] }
  | { operator: 'eq' | 'neq'; value: number | string }
) & { color: PaletteToken | string; label?: string } & OpenObject;

export interface BackgroundChart extends OpenObject {
  type: BackgroundChartType;
  color?: PaletteToken | string;
}

/** Fields of every builder chart that aggregates `select` items over a source. */
interface BuilderChartBase extends OpenObject {
  /** Builder configs carry no `configType`; `"sql"` marks the raw-SQL variant. */
  configType?: never;
  sourceId: ObjectId;
  select: SelectItem[];
  numberFormat?: NumberFormat;
}

interface TimeSeriesOptions {
  groupBy?: string;
  asRatio?: boolean;
  alignDateRangeToGranularity?: boolean;
  fillNulls?: boolean;
  /** 0 = unlimited. OSS only. */
  seriesLimit?: number;
  formulas?: Formula[];
  showOperandSeries?: boolean;
}

export interface LineConfig extends BuilderChartBase, TimeSeriesOptions {
  displayType: 'line';
  fitYAxisToData?: boolean;
  compareToPreviousPeriod?: boolean;
}

export interface StackedBarConfig extends BuilderChartBase, TimeSeriesOptions {
  displayType: 'stacked_bar';
}

export interface TableConfig extends BuilderChartBase {
  displayType: 'table';
  groupBy?: string;
  having?: string;
  orderBy?: string;
  asRatio?: boolean;
  groupByColumnsOnLeft?: boolean;
  onClick?: OnClick;
  formulas?: Formula[];
  showOperandSeries?: boolean;
}

export interface NumberConfig extends BuilderChartBase {
  displayType: 'number';
  formulas?: Formula[];
  color?: PaletteToken | string;
  colorRules?: ColorRule[];
  backgroundChart?: BackgroundChart;
}

/** `pie` and categorical `bar`: exactly one select item. */
export interface CategoricalConfig extends BuilderChartBase {
  displayType: 'pie' | 'bar';
  groupBy?: string;
  orderBy?: string;
  limit?: number;
}

export interface HeatmapSelectItem extends OpenObject {
  valueExpression: string;
  countExpression?: string;
  heatmapScaleType?: HeatmapScaleType;
}

/** Needs a trace source. */
export interface HeatmapConfig extends OpenObject {
  configType?: never;
  displayType: 'heatmap';
  sourceId: ObjectId;
  select: HeatmapSelectItem[];
  where?: string;
  whereLanguage?: QueryLanguage;
  numberFormat?: NumberFormat;
}

export interface SearchConfig extends OpenObject {
  configType?: never;
  displayType: 'search';
  sourceId: ObjectId;
  /** Comma-separated column expressions. */
  select: string;
  where?: string;
  whereLanguage: QueryLanguage;
}

export interface EventPatternsConfig extends OpenObject {
  configType?: never;
  displayType: 'event_patterns';
  sourceId: ObjectId;
  select?: string;
  where?: string;
  whereLanguage?: QueryLanguage;
}

export interface MarkdownConfig extends OpenObject {
  configType?: never;
  displayType: 'markdown';
  markdown?: string;
}

/** A raw-SQL chart: a SQL template run on a connection. Extra fields depend on `displayType`. */
export interface RawSqlConfig extends OpenObject {
  configType: 'sql';
  displayType: RawSqlDisplayType;
  connectionId: ObjectId;
  sqlTemplate: string;
  sourceId?: ObjectId;
  numberFormat?: NumberFormat;
  /** line, stacked_bar */
  fillNulls?: boolean;
  alignDateRangeToGranularity?: boolean;
  /** line */
  compareToPreviousPeriod?: boolean;
  fitYAxisToData?: boolean;
  seriesLimit?: number;
  /** table */
  onClick?: OnClick;
  /** number */
  color?: PaletteToken | string;
}

export type BuilderConfig =
  | LineConfig
  | StackedBarConfig
  | TableConfig
  | NumberConfig
  | CategoricalConfig
  | HeatmapConfig
  | SearchConfig
  | EventPatternsConfig
  | MarkdownConfig;

export type TileConfig = BuilderConfig | RawSqlConfig;

export function isRawSqlConfig(config: TileConfig): config is RawSqlConfig {
  return config.configType === 'sql';
}

export interface TileLayout {
  /** 0–23 on the 24-column grid. */
  x: number;
  y: number;
  /** 1–24 */
  w: number;
  h: number;
}

export interface TileInput extends TileLayout, OpenObject {
  /** Ignored on create; on update an id matching a stored tile keeps that tile (and its alerts): api-behaviour §6.1. */
  id?: string;
  name: string;
  config: TileConfig;
  containerId?: string;
  tabId?: string;
}

export interface Tile extends TileInput {
  id: string;
}

/** A dashboard drop-down filter, without its id. */
export interface FilterFields extends OpenObject {
  type: 'QUERY_EXPRESSION';
  name: string;
  expression: string;
  sourceId: ObjectId;
  sourceMetricType?: MetricDataType;
  where?: string;
  whereLanguage?: QueryLanguage;
  appliesToSourceIds?: ObjectId[];
  /** OSS only; omitted = true. */
  isBroadcastEnabled?: boolean;
  /** OSS only. */
  isVariableEnabled?: boolean;
  variableName?: string;
}

/** A filter on create: the server mints the id, and both flavors reject one sent. */
export interface FilterInput extends FilterFields {
  id?: never;
}

/** A stored filter; on update every filter needs an id (a stored one is kept, others are replaced): api-behaviour §6.2. */
export interface Filter extends FilterFields {
  id: string;
}

export interface ContainerTab extends OpenObject {
  id: string;
  title: string;
}

export interface Container extends OpenObject {
  id: string;
  title: string;
  collapsed: boolean;
  collapsible?: boolean;
  bordered?: boolean;
  tabs?: ContainerTab[];
}

export interface SavedFilterValue extends OpenObject {
  type?: 'sql';
  condition: string;
}

interface DashboardFields extends OpenObject {
  name: string;
  tags?: string[];
  savedQuery?: string | null;
  savedQueryLanguage?: QueryLanguage | 'promql' | null;
  savedFilterValues?: SavedFilterValue[];
  containers?: Container[];
}

/** Body of create and of validate. */
export interface DashboardCreateInput extends DashboardFields {
  tiles: TileInput[];
  filters?: FilterInput[];
}

/** Body of update: tiles are replaced wholesale; omitted filters/savedQuery/containers are kept (api-behaviour §6.1, §6.3). */
export interface DashboardUpdateInput extends DashboardFields {
  tiles: TileInput[];
  filters?: Filter[];
}

export interface Dashboard extends DashboardFields {
  id: ObjectId;
  tiles: Tile[];
  tags: string[];
  filters: Filter[];
}

export interface DashboardValidationError extends OpenObject {
  path: string;
  message: string;
}

export interface DashboardValidation extends OpenObject {
  valid: boolean;
  errors: DashboardValidationError[];
  /** The body with server defaults applied; null when invalid. */
  normalized: OpenObject | null;
}

// --- what the provider reads ---------------------------------------------------------------------------------

const numberFormatShape = object({
  output: optional(text),
  numericUnit: optional(text),
  mantissa: optional(finiteNumber),
  thousandSeparated: optional(boolean),
  average: optional(boolean),
  decimalBytes: optional(boolean),
  factor: optional(finiteNumber),
  currencySymbol: optional(text),
  unit: optional(text),
});

/** A builder select item or a heatmap one: the fields of both, each optional where one of them lacks it. */
const selectItemShape = object({
  aggFn: optional(text),
  valueExpression: optional(text),
  countExpression: optional(text),
  heatmapScaleType: optional(text),
  alias: optional(text),
  level: optional(finiteNumber),
  where: optional(text),
  whereLanguage: optional(text),
  metricName: optional(text),
  metricType: optional(text),
  periodAggFn: optional(text),
  numberFormat: optional(numberFormatShape),
});

const onClickShape = object({
  type: text,
  target: optional(object({ mode: text, id: optional(text), template: optional(text) })),
  whereTemplate: optional(text),
  whereLanguage: optional(text),
  filters: optional(list(object({ expression: text, template: text }))),
  urlTemplate: optional(text),
});

/** Every display type's fields, builder and raw SQL; which apply is the display type's business. */
const tileConfigShape = object({
  displayType: text,
  configType: optional(text),
  sourceId: optional(text),
  connectionId: optional(text),
  sqlTemplate: optional(text),
  // A search tile selects a comma-separated string; the others a list of select items.
  select: optional(either(text, list(selectItemShape))),
  groupBy: optional(text),
  having: optional(text),
  orderBy: optional(text),
  where: optional(text),
  whereLanguage: optional(text),
  markdown: optional(text),
  asRatio: optional(boolean),
  fillNulls: optional(boolean),
  alignDateRangeToGranularity: optional(boolean),
  fitYAxisToData: optional(boolean),
  compareToPreviousPeriod: optional(boolean),
  groupByColumnsOnLeft: optional(boolean),
  showOperandSeries: optional(boolean),
  seriesLimit: optional(finiteNumber),
  limit: optional(finiteNumber),
  numberFormat: optional(numberFormatShape),
  formulas: optional(list(object({ expression: text, alias: optional(text), numberFormat: optional(numberFormatShape) }))),
  color: optional(text),
  colorRules: optional(list(object({ operator: text, color: text, label: optional(text), value: present }))),
  backgroundChart: optional(object({ type: text, color: optional(text) })),
  onClick: optional(onClickShape),
});

const tileShape = object({
  id: text,
  name: text,
  x: finiteNumber,
  y: finiteNumber,
  w: finiteNumber,
  h: finiteNumber,
  config: tileConfigShape,
  containerId: optional(text),
  tabId: optional(text),
});

const filterShape = object({
  id: text,
  type: optional(text),
  name: text,
  expression: text,
  sourceId: optional(text),
  sourceMetricType: optional(text),
  where: optional(text),
  whereLanguage: optional(text),
  appliesToSourceIds: optional(list(text)),
  isBroadcastEnabled: optional(boolean),
  isVariableEnabled: optional(boolean),
  variableName: optional(text),
});

const containerShape = object({
  id: text,
  title: text,
  collapsed: optional(boolean),
  collapsible: optional(boolean),
  bordered: optional(boolean),
  tabs: optional(list(object({ id: text, title: text }))),
});

/** What the provider reads of a dashboard. */
export const dashboardShape = object({
  id,
  name: text,
  tiles: list(tileShape),
  tags: optional(list(text)),
  filters: optional(list(filterShape)),
  savedQuery: optional(text),
  savedQueryLanguage: optional(text),
  savedFilterValues: optional(list(object({ type: optional(text), condition: text }))),
  containers: optional(list(containerShape)),
});

/** What the provider reads of the validate endpoint's answer. */
export const dashboardValidationShape = object({
  valid: boolean,
  errors: list(object({ path: text, message: text })),
  normalized: optional(object({})),
});
