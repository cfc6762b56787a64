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

/** `increase` is accepted by the OSS server though missing from its OpenAPI enum. */
export const AGG_FNS = ['avg', 'count', 'count_distinct', 'last_value', 'max', 'min', 'quantile', 'sum', 'any', 'none', 'increase'] as const;
export type AggFn = (typeof AGG_FNS)[number];

export const QUANTILE_LEVELS = [0.5, 0.9, 0.95, 0.99] as const;
export type QuantileLevel = (typeof QUANTILE_LEVELS)[number];

export const NUMBER_FORMAT_OUTPUTS = ['currency', 'percent', 'byte', 'time', 'duration', 'number', 'data_rate', 'throughput'] as const;
export type NumberFormatOutput = (typeof NUMBER_FORMAT_OUTPUTS)[number];

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

export const QUERY_LANGUAGES = ['sql', 'lucene'] as const;
export type QueryLanguage = (typeof QUERY_LANGUAGES)[number];

export const METRIC_DATA_TYPES = ['sum', 'gauge', 'histogram', 'summary', 'exponential histogram'] as const;
export type MetricDataType = (typeof METRIC_DATA_TYPES)[number];

export const ALERT_INTERVALS = ['1m', '5m', '15m', '30m', '1h', '6h', '12h', '1d'] as const;
export type AlertInterval = (typeof ALERT_INTERVALS)[number];

export const THRESHOLD_TYPES = ['above', 'below', 'above_exclusive', 'below_or_equal', 'equal', 'not_equal', 'between', 'not_between'] as const;
export type ThresholdType = (typeof THRESHOLD_TYPES)[number];

/** Threshold types that need `thresholdMax` (≥ threshold). */
export const RANGE_THRESHOLD_TYPES = ['between', 'not_between'] as const;

export const ALERT_STATES = ['ALERT', 'OK', 'INSUFFICIENT_DATA', 'DISABLED', 'PENDING'] as const;
export type AlertState = (typeof ALERT_STATES)[number];

/** Granularities of `POST /charts/series` (OSS only). */
export const GRANULARITIES = ['30s', '1m', '5m', '10m', '15m', '30m', '1h', '2h', '6h', '12h', '1d', '2d', '7d', '30d', 'auto'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

export const SOURCE_KINDS = ['log', 'trace', 'metric', 'session', 'promql'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Webhook services either flavor creates. */
export const WEBHOOK_SERVICES = ['slack', 'generic', 'incidentio'] as const;
export type WebhookService = (typeof WEBHOOK_SERVICES)[number];

/** Services Managed ClickStack reports for webhooks made in its UI; its API does not create them. */
export const CLOUD_ONLY_WEBHOOK_SERVICES = ['slack_api', 'pagerduty_api'] as const;
