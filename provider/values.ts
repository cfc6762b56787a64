// ClickStack's value lists: the closed sets of strings and numbers the APIs accept. One dependency-free module,
// shared by the API client's models, the Terraform resources and the CDKTF constructs, so that a value the server
// gains is added once. (The emulator keeps its own lists: it must not share a misreading with the client.)

/** Tile display types (builder tiles). */
export const DISPLAY_TYPES = [
  'line',
  'stacked_bar',
  'table',
  'number',
  'pie',
  'bar',
  'heatmap',
  'search',
  'event_patterns',
  'markdown',
] as const;
export type DisplayType = (typeof DISPLAY_TYPES)[number];

/** Display types with a raw-SQL variant (`configType: "sql"`). */
export const RAW_SQL_DISPLAY_TYPES = ['line', 'stacked_bar', 'table', 'number', 'pie', 'bar'] as const;
export type RawSqlDisplayType = (typeof RAW_SQL_DISPLAY_TYPES)[number];

/** Tiles an alert can watch; a dashboard PUT turning a tile into another type deletes its alerts. */
export const ALERTABLE_DISPLAY_TYPES = ['line', 'stacked_bar', 'number'] as const;

/** `increase` is accepted by the OSS server though missing from its OpenAPI enum (api-behaviour §12.1). */
export const AGG_FNS = ['avg', 'count', 'count_distinct', 'last_value', 'max', 'min', 'quantile', 'sum', 'any', 'none', 'increase'] as const;
export type AggFn = (typeof AGG_FNS)[number];

/** Per-period aggregations applied before a select item's aggregation. */
export const PERIOD_AGG_FNS = ['delta'] as const;
export type PeriodAggFn = (typeof PERIOD_AGG_FNS)[number];

export const QUANTILE_LEVELS = [0.5, 0.9, 0.95, 0.99] as const;
export type QuantileLevel = (typeof QUANTILE_LEVELS)[number];

export const NUMBER_FORMAT_OUTPUTS = ['currency', 'percent', 'byte', 'time', 'duration', 'number', 'data_rate', 'throughput'] as const;
export type NumberFormatOutput = (typeof NUMBER_FORMAT_OUTPUTS)[number];

/** Units of a number format's raw value (`numericUnit`), for the `byte` output. */
export const DATA_UNITS = [
  'bytes_iec', 'bytes_si', 'bits_iec', 'bits_si', 'kibibytes', 'kilobytes', 'mebibytes', 'megabytes', 'gibibytes', 'gigabytes',
  'tebibytes', 'terabytes', 'pebibytes', 'petabytes',
] as const;
export type DataUnit = (typeof DATA_UNITS)[number];
/** Units of a number format's raw value, for the `data_rate` output. */
export const DATA_RATE_UNITS = [
  'packets_sec', 'bytes_sec_iec', 'bytes_sec_si', 'bits_sec_iec', 'bits_sec_si', 'kibibytes_sec', 'kibibits_sec', 'kilobytes_sec',
  'kilobits_sec', 'mebibytes_sec', 'mebibits_sec', 'megabytes_sec', 'megabits_sec', 'gibibytes_sec', 'gibibits_sec', 'gigabytes_sec',
  'gigabits_sec', 'tebibytes_sec', 'tebibits_sec', 'terabytes_sec', 'terabits_sec', 'pebibytes_sec', 'pebibits_sec', 'petabytes_sec',
  'petabits_sec',
] as const;
export type DataRateUnit = (typeof DATA_RATE_UNITS)[number];
/** Units of a number format's raw value, for the `throughput` output. */
export const THROUGHPUT_UNITS = ['cps', 'ops', 'rps', 'reads_sec', 'wps', 'iops', 'cpm', 'opm', 'rpm_reads', 'wpm'] as const;
export type ThroughputUnit = (typeof THROUGHPUT_UNITS)[number];
/** Every `numericUnit` the API accepts. (Time and duration outputs take their input unit as `factor` instead.) */
export const NUMERIC_UNITS = [...DATA_UNITS, ...DATA_RATE_UNITS, ...THROUGHPUT_UNITS] as const;
export type NumericUnit = (typeof NUMERIC_UNITS)[number];

/** Comparisons of a number tile's colour rules: `between` takes two bounds, `eq` and `neq` also take text. */
export const COLOR_RULE_OPERATORS = ['gt', 'gte', 'lt', 'lte', 'between', 'eq', 'neq'] as const;
export type ColorRuleOperator = (typeof COLOR_RULE_OPERATORS)[number];

export const BACKGROUND_CHART_TYPES = ['line', 'area'] as const;
export type BackgroundChartType = (typeof BACKGROUND_CHART_TYPES)[number];

export const HEATMAP_SCALE_TYPES = ['log', 'linear'] as const;
export type HeatmapScaleType = (typeof HEATMAP_SCALE_TYPES)[number];

/** What clicking a table row opens: a search page, another dashboard, or a URL. */
export const ON_CLICK_TYPES = ['search', 'dashboard', 'external'] as const;
export type OnClickType = (typeof ON_CLICK_TYPES)[number];

/** How an on-click target names its search source or dashboard: a fixed id, or a name template. */
export const ON_CLICK_TARGET_MODES = ['id', 'template'] as const;

export const PALETTE_TOKENS = [
  'chart-blue',
  'chart-orange',
  'chart-red',
  'chart-cyan',
  'chart-green',
  'chart-pink',
  'chart-purple',
  'chart-light-blue',
  'chart-brown',
  'chart-gray',
  'chart-success',
  'chart-warning',
  'chart-error',
] as const;
export type PaletteToken = (typeof PALETTE_TOKENS)[number];

/** Languages of `where` conditions and saved queries; the server's default, `lucene`, first. */
export const QUERY_LANGUAGES = ['lucene', 'sql'] as const;
export type QueryLanguage = (typeof QUERY_LANGUAGES)[number];

export const METRIC_DATA_TYPES = ['sum', 'gauge', 'histogram', 'summary', 'exponential histogram'] as const;
export type MetricDataType = (typeof METRIC_DATA_TYPES)[number];

export const ALERT_INTERVALS = ['1m', '5m', '15m', '30m', '1h', '6h', '12h', '1d'] as const;
export type AlertInterval = (typeof ALERT_INTERVALS)[number];

/** Length of each alert interval in minutes (a schedule offset must stay below it). */
export const ALERT_INTERVAL_MINUTES: Readonly<Record<AlertInterval, number>> = {
  '1m': 1,
  '5m': 5,
  '15m': 15,
  '30m': 30,
  '1h': 60,
  '6h': 360,
  '12h': 720,
  '1d': 1440,
};

export const THRESHOLD_TYPES = ['above', 'below', 'above_exclusive', 'below_or_equal', 'equal', 'not_equal', 'between', 'not_between'] as const;
export type ThresholdType = (typeof THRESHOLD_TYPES)[number];

/** Threshold types that need `thresholdMax` (≥ threshold). */
export const RANGE_THRESHOLD_TYPES = ['between', 'not_between'] as const;

export const ALERT_STATES = ['ALERT', 'OK', 'INSUFFICIENT_DATA', 'DISABLED', 'PENDING'] as const;
export type AlertState = (typeof ALERT_STATES)[number];

/** Kinds of error an alert evaluation reports. */
export const EXECUTION_ERROR_TYPES = ['QUERY_ERROR', 'QUERY_TIMEOUT', 'WEBHOOK_ERROR', 'INVALID_ALERT', 'UNKNOWN'] as const;
export type ExecutionErrorType = (typeof EXECUTION_ERROR_TYPES)[number];

/** Severity labels of a Managed ClickStack webhook channel (PagerDuty API webhooks). */
export const ALERT_SEVERITIES = ['critical', 'error', 'warning', 'info'] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];

/** Kinds of pinned filter of a saved search: `sql_ast` ones are made by the search UI. */
export const SAVED_SEARCH_FILTER_TYPES = ['sql', 'lucene', 'sql_ast'] as const;
export type SavedSearchFilterType = (typeof SAVED_SEARCH_FILTER_TYPES)[number];

/** Comparisons of a `sql_ast` saved-search filter. */
export const SQL_AST_OPERATORS = ['=', '!=', '<', '<=', '>', '>='] as const;

/** Granularities of `POST /charts/series` (OSS only). */
export const GRANULARITIES = ['30s', '1m', '5m', '10m', '15m', '30m', '1h', '2h', '6h', '12h', '1d', '2d', '7d', '30d', 'auto'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** Order of the groups of `POST /charts/series`. */
export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export const SOURCE_KINDS = ['log', 'trace', 'metric', 'session', 'promql'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * The fields of each kind of source that name another source. The server checks none of them (a dangling id is stored
 * as is) and strips a field the kind does not have. A session's `traceSourceId` is required, so it is made with the
 * session rather than linked afterwards.
 */
export const SOURCE_LINK_FIELDS = {
  log: ['traceSourceId', 'metricSourceId'],
  trace: ['logSourceId', 'sessionSourceId', 'metricSourceId'],
  metric: ['logSourceId'],
  session: [],
  promql: [],
} as const satisfies Record<SourceKind, readonly string[]>;
export type SourceLinkField = (typeof SOURCE_LINK_FIELDS)[SourceKind][number];

/** Aggregations of a source's materialized-view columns: the select items' and the internal `histogram`. */
export const MV_AGG_FNS = [...AGG_FNS, 'histogram'] as const;

/** Whether searches on a source's implicit column use a text index. */
export const TEXT_INDEX_MODES = ['auto', 'enabled', 'disabled'] as const;

/** Webhook services either flavor creates. */
export const WEBHOOK_SERVICES = ['slack', 'generic', 'incidentio'] as const;
export type WebhookService = (typeof WEBHOOK_SERVICES)[number];

/** Services Managed ClickStack reports for webhooks made in its UI; its API does not create them. */
export const CLOUD_ONLY_WEBHOOK_SERVICES = ['slack_api', 'pagerduty_api'] as const;

/** Every service a webhook read from either flavor can have. */
export const REPORTED_WEBHOOK_SERVICES = [...WEBHOOK_SERVICES, ...CLOUD_ONLY_WEBHOOK_SERVICES] as const;
export type ReportedWebhookService = (typeof REPORTED_WEBHOOK_SERVICES)[number];
