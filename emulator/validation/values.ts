// The value lists the emulated servers accept (RULES §3), in the servers' own order: that order is the order of
// the `Expected 'a' | 'b'` lists in their error messages. The emulator keeps its own copy, apart from the client's.

export const AGG_FNS = ['avg', 'count', 'count_distinct', 'last_value', 'max', 'min', 'quantile', 'sum', 'any', 'none', 'increase'] as const;
/** Materialized-view columns also take the internal `histogram`. */
export const MV_AGG_FNS = [...AGG_FNS, 'histogram'] as const;
export const QUANTILE_LEVELS = [0.5, 0.9, 0.95, 0.99] as const;
export const METRIC_TYPES = ['gauge', 'histogram', 'sum', 'summary', 'exponential histogram'] as const;
/** Query languages of a select item, a tile, a search tile and the dashboard's saved query. */
export const QUERY_LANGUAGES = ['sql', 'lucene', 'promql'] as const;
/** Dashboard filters and saved searches take no PromQL. */
export const FILTER_LANGUAGES = ['sql', 'lucene'] as const;
export const NUMBER_OUTPUTS = ['currency', 'percent', 'byte', 'time', 'duration', 'number', 'data_rate', 'throughput'] as const;
export const NUMERIC_UNITS = [
  'bytes_iec', 'bytes_si', 'bits_iec', 'bits_si', 'kibibytes', 'kilobytes', 'mebibytes', 'megabytes', 'gibibytes', 'gigabytes',
  'tebibytes', 'terabytes', 'pebibytes', 'petabytes', 'packets_sec', 'bytes_sec_iec', 'bytes_sec_si', 'bits_sec_iec', 'bits_sec_si',
  'kibibytes_sec', 'kibibits_sec', 'kilobytes_sec', 'kilobits_sec', 'mebibytes_sec', 'mebibits_sec', 'megabytes_sec', 'megabits_sec',
  'gibibytes_sec', 'gibibits_sec', 'gigabytes_sec', 'gigabits_sec', 'tebibytes_sec', 'tebibits_sec', 'terabytes_sec', 'terabits_sec',
  'pebibytes_sec', 'pebibits_sec', 'petabytes_sec', 'petabits_sec', 'cps', 'ops', 'rps', 'reads_sec', 'wps', 'iops', 'cpm', 'opm',
  'rpm_reads', 'wpm',
] as const;
export const PALETTE = [
  'chart-blue', 'chart-orange', 'chart-red', 'chart-cyan', 'chart-green', 'chart-pink', 'chart-purple', 'chart-light-blue', 'chart-brown',
  'chart-gray', 'chart-success', 'chart-warning', 'chart-error',
] as const;

/** Builder and raw SQL display types that can carry an alert. */
export const ALERTABLE_DISPLAY_TYPES = ['line', 'stacked_bar', 'number'];
/** Raw SQL display types drawn over time: an alert on them needs an interval in the SQL. */
export const TIME_SERIES_DISPLAY_TYPES = ['line', 'stacked_bar'];
export const DASHBOARD_MAX_TILES = 500;

export const ALERT_INTERVAL_MINUTES: Record<string, number> = { '1m': 1, '5m': 5, '15m': 15, '30m': 30, '1h': 60, '6h': 360, '12h': 720, '1d': 1440 };
export const THRESHOLD_TYPES = ['above', 'below', 'above_exclusive', 'below_or_equal', 'equal', 'not_equal', 'between', 'not_between'] as const;
export const RANGE_THRESHOLD_TYPES = ['between', 'not_between'];
export const WEBHOOK_SERVICES = ['slack', 'generic', 'incidentio'] as const;
export const TEXT_INDEX_MODES = ['auto', 'enabled', 'disabled'] as const;
