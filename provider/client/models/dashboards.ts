// Dashboards: tiles with a config per display type (builder or raw SQL), filters, containers with tabs.
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
