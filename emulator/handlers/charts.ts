// OSS POST /charts/series and POST /search (RULES §13): the servers' request rules, with deterministic synthetic
// data instead of ClickHouse.
import * as crypto from 'node:crypto';
import type { Handler } from '../context';
import { ApiError } from '../errors';
import { canonicalJson } from '../json';
import { arr, enumOf, isObjectIdLike, literal, nativeEnum, num, obj, objectId, str, union } from '../validation/schema';
import { AGG_FNS, METRIC_TYPES, QUERY_LANGUAGES } from '../validation/values';
import { validateRequest } from './common';

const GRANULARITY_SECONDS: Record<string, number> = { '30s': 30, '1m': 60, '5m': 300, '10m': 600, '15m': 900, '30m': 1800, '1h': 3600, '2h': 7200, '6h': 21600, '12h': 43200, '1d': 86400, '2d': 172800, '7d': 604800, '30d': 2592000 };
const MAX_BUCKETS = 1000;
const GROUP_VALUES = ['frontend', 'checkout', 'payment'];

type SeriesBody = { series: Array<Record<string, any>>; startTime: number; endTime: number; granularity?: string; seriesReturnType?: string }; // eslint-disable-line @typescript-eslint/no-explicit-any -- validated JSON

const epochMs = num().int('Timestamp must be an integer').positive('Timestamp must be positive')
  .refine((value) => String(value).length >= 13, 'Timestamp must be in milliseconds');

const seriesSchema = obj<SeriesBody>({
  series: arr(obj({
    sourceId: objectId(), dataSource: enumOf(['events', 'metrics'] as const).optional(), aggFn: enumOf(AGG_FNS), level: num().min(0).max(1).optional(),
    field: str().optional(), where: str(), whereLanguage: enumOf(QUERY_LANGUAGES).optional(), groupBy: arr(str()).max(10),
    sortOrder: union(literal('desc'), literal('asc')).optional(), metricDataType: nativeEnum(METRIC_TYPES).optional(), metricName: str().optional(),
  })).min(1, 'Series array cannot be empty').max(5)
    .refine((series) => series.every((item) => canonicalJson((item as SeriesBody['series'][number]).groupBy) === canonicalJson((series[0] as SeriesBody['series'][number])?.groupBy)), 'All series must have the same groupBy fields'),
  endTime: epochMs,
  granularity: enumOf([...Object.keys(GRANULARITY_SECONDS), 'auto']).optional(),
  startTime: epochMs,
  seriesReturnType: enumOf(['ratio', 'column'] as const).optional(),
});

/** A deterministic value in [0, 1000) for a series, group and bucket. */
function syntheticValue(...parts: Array<string | number>): number {
  return crypto.createHash('sha256').update(parts.join('|')).digest().readUInt32BE(0) % 1000;
}

function bucketSeconds(body: SeriesBody): number {
  const span = (body.endTime - body.startTime) / 1000;
  const requested = body.granularity && body.granularity !== 'auto' ? GRANULARITY_SECONDS[body.granularity] : undefined;
  const fitting = Object.values(GRANULARITY_SECONDS).find((seconds) => span / seconds <= 60) ?? GRANULARITY_SECONDS['30d'];
  return Math.max(requested ?? fitting, Math.ceil(span / MAX_BUCKETS));
}

/** Synthetic rows per bucket and group (RULES §13); a source without its connection is a 404 `{error}`. */
export const chartSeries: Handler = (context, input) => {
  const { body } = validateRequest(input, { body: seriesSchema });
  body.series.forEach((series, index) => {
    const source = context.store.get('sources', series.sourceId);
    if (!source?.connection) throw new ApiError(404, `Source not found for series ${index}`, undefined, 'error');
    if (!context.store.get('connections', source.connection)) throw new ApiError(404, `Connection not found for series ${index}`, undefined, 'error');
  });
  const step = bucketSeconds(body) * 1000;
  const groupBy: string[] = body.series[0].groupBy;
  const groups = groupBy.length ? GROUP_VALUES.map((value) => groupBy.map((column) => `${column === 'ServiceName' ? '' : `${column}-`}${value}`)) : [[]];
  const rows: Array<Record<string, unknown>> = [];
  for (let bucket = Math.floor(body.startTime / step) * step; bucket < body.endTime; bucket += step) {
    for (const group of groups) {
      const values = body.series.map((series, index) => syntheticValue(series.sourceId, series.aggFn, series.field ?? '', index, group.join(','), bucket));
      if (body.seriesReturnType === 'column') {
        rows.push({ ...Object.fromEntries(values.map((v, i) => [`series_${i}`, v])), ...Object.fromEntries(groupBy.map((column, i) => [column, group[i]])), __hdx_time_bucket: new Date(bucket).toISOString() });
      } else {
        rows.push({ ts_bucket: bucket, group, ...Object.fromEntries(values.map((v, i) => [`series_${i}.data`, v])) });
      }
    }
  }
  return { payload: rows };
};

const searchSchema = obj<Record<string, any>>({ // eslint-disable-line @typescript-eslint/no-explicit-any -- validated JSON
  sourceId: str().min(1, 'sourceId is required').refine(isObjectIdLike, 'sourceId must be a valid ObjectId'),
  startTime: str().optional(),
  endTime: str().optional(),
  where: str().max(8192).optional().default(''),
  whereLanguage: enumOf(['lucene', 'sql'] as const).optional().default('lucene'),
  select: str().max(4096).optional().default('')
    .refine((value) => !value || !/;|(?<!\w)SELECT\s/i.test(value), 'select must not contain semicolons or SELECT subqueries; use column references, map lookups, or scalar functions only'),
  orderBy: str().max(1024).optional(),
  maxResults: num().int().min(1).max(2000).optional().default(100),
  offset: num().int().min(0).max(10000).optional().default(0),
});

/** Synthetic rows (at most 50) over the last 15 minutes unless a range is given (RULES §13). */
export const search: Handler = (context, input) => {
  const { body } = validateRequest(input, { body: searchSchema });
  const end = body.endTime ? new Date(body.endTime).getTime() : Date.now();
  const start = body.startTime ? new Date(body.startTime).getTime() : end - 15 * 60_000;
  if (Number.isNaN(end) || Number.isNaN(start)) throw new ApiError(400, 'Invalid startTime or endTime: must be valid ISO 8601 strings');
  if (start >= end) throw new ApiError(400, 'endTime must be greater than startTime');
  const source = context.store.get('sources', body.sourceId);
  if (!source) throw new ApiError(404, `Source not found: ${body.sourceId}`);
  if (!context.store.get('connections', source.connection)) throw new ApiError(404, `Connection not found for source: ${body.sourceId}`);
  const count = Math.min(body.maxResults, 50);
  const data = Array.from({ length: count }, (_, index) => ({
    Timestamp: new Date(end - (body.offset + index) * 1000).toISOString(),
    ServiceName: GROUP_VALUES[syntheticValue(body.sourceId, body.offset + index) % GROUP_VALUES.length],
    Body: `synthetic ${source.kind} row ${body.offset + index}`,
  }));
  return { raw: { data, rows: data.length } };
};
