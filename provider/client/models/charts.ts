// POST /charts/series (OSS only): time-bucketed aggregates for up to 5 series.
import type { ObjectId, OpenObject, QueryLanguage } from './common';

export const GRANULARITIES = ['30s', '1m', '5m', '10m', '15m', '30m', '1h', '2h', '6h', '12h', '1d', '2d', '7d', '30d', 'auto'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

export interface ChartSeries extends OpenObject {
  sourceId: ObjectId;
  aggFn: string;
  /** 0–1, for quantile. */
  level?: number;
  field?: string;
  where: string;
  whereLanguage?: QueryLanguage;
  /** Identical across the series of one request; at most 10. */
  groupBy: string[];
  sortOrder?: 'asc' | 'desc';
  metricDataType?: string;
  metricName?: string;
}

export interface ChartSeriesRequest extends OpenObject {
  /** 1–5 */
  series: ChartSeries[];
  /** Epoch milliseconds. */
  startTime: number;
  endTime: number;
  granularity?: Granularity;
  seriesReturnType?: 'ratio' | 'column';
}

/**
 * One row: by default `{ts_bucket, group, "series_0.data", ...}`; with `seriesReturnType: "column"` the raw
 * ClickHouse row. Values of 64-bit integers may arrive as strings.
 */
export interface SeriesDataPoint extends OpenObject {
  ts_bucket?: number;
  group?: unknown[];
}
