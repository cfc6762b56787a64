// POST /charts/series (OSS only): time-bucketed aggregates for up to 5 series.
import { list, object } from '../response-shape';
import type { ObjectId, OpenObject } from './common';
import type { Granularity, QueryLanguage, SortOrder } from '../../values';

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
  sortOrder?: SortOrder;
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

/** Rows are objects; their values vary with the query (64-bit integers may be strings: api-behaviour §11). */
export const seriesShape = list(object({}));
