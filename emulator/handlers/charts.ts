// OSS POST /charts/series (notes §6) with deterministic synthetic data instead of ClickHouse, and the bonus
// POST /search returning synthetic rows.
import * as crypto from 'node:crypto';
import type { Handler } from '../context';
import { ApiError } from '../errors';
import { arr, enumOf, num, obj, optional, refine, str, withDefault } from '../validation/schema';
import { AGG_FNS, METRIC_TYPES } from '../validation/dashboard';
import { parseBody } from './common';

const GRANULARITY_SECONDS: Record<string, number> = { '30s': 30, '1m': 60, '5m': 300, '10m': 600, '15m': 900, '30m': 1800, '1h': 3600, '2h': 7200, '6h': 21600, '12h': 43200, '1d': 86400, '2d': 172800, '7d': 604800, '30d': 2592000 };
const MAX_BUCKETS = 1000;
const GROUP_VALUES = ['frontend', 'checkout', 'payment'];
const epochMs = num({ int: true, min: 1e12 });

type SeriesBody = { series: Array<Record<string, any>>; startTime: number; endTime: number; granularity?: string; seriesReturnType?: string }; // eslint-disable-line @typescript-eslint/no-explicit-any -- validated JSON

const seriesSchema = refine(obj<SeriesBody>({
  series: arr(obj({
    sourceId: str({ min: 1 }), aggFn: enumOf(AGG_FNS), level: optional(num({ min: 0, max: 1 })), field: optional(str()), where: str(),
    whereLanguage: optional(enumOf(['sql', 'lucene'] as const)), groupBy: arr(str(), { max: 10 }), sortOrder: optional(enumOf(['asc', 'desc'] as const)),
    metricDataType: optional(enumOf(METRIC_TYPES)), metricName: optional(str()), dataSource: optional(enumOf(['events', 'metrics'] as const)),
  }), { min: 1, max: 5, minMessage: 'Series array cannot be empty' }),
  startTime: epochMs,
  endTime: epochMs,
  granularity: optional(enumOf([...Object.keys(GRANULARITY_SECONDS), 'auto'])),
  seriesReturnType: optional(enumOf(['ratio', 'column'] as const)),
}), (body, path, issues) => {
  const groupBys = new Set(body.series.map((s) => JSON.stringify(s.groupBy)));
  if (groupBys.size > 1) issues.push({ path: [...path, 'series'], message: 'All series must have the same groupBy' });
  if (body.endTime < body.startTime) issues.push({ path: [...path, 'endTime'], message: 'endTime must be after startTime' });
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

export const chartSeries: Handler = (context, input) => {
  const body = parseBody(seriesSchema, input);
  body.series.forEach((series, index) => {
    const source = context.store.get('sources', series.sourceId);
    if (!source) throw new ApiError(404, `Source not found for series ${index}`, undefined, 'error');
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
  sourceId: str({ min: 1 }), startTime: optional(str()), endTime: optional(str()), where: withDefault(str(), () => ''),
  whereLanguage: withDefault(enumOf(['lucene', 'sql'] as const), () => 'lucene' as const),
  select: optional(str({ max: 4096, regex: [/^[^;]*$/, 'select must not contain ;'] })), orderBy: optional(str()),
  maxResults: withDefault(num({ int: true, min: 1, max: 2000 }), () => 100), offset: withDefault(num({ int: true, min: 0, max: 10000 }), () => 0),
});

/** Synthetic rows (at most 50) over the last 15 minutes unless a range is given. */
export const search: Handler = (context, input) => {
  const body = parseBody(searchSchema, input);
  const source = context.store.get('sources', body.sourceId);
  if (!source) throw new ApiError(404, 'Source not found');
  const end = body.endTime ? Date.parse(body.endTime) : Date.now();
  const count = Math.min(body.maxResults, 50);
  const data = Array.from({ length: count }, (_, index) => ({
    Timestamp: new Date(end - (body.offset + index) * 1000).toISOString(),
    ServiceName: GROUP_VALUES[syntheticValue(body.sourceId, body.offset + index) % GROUP_VALUES.length],
    Body: `synthetic ${source.kind} row ${body.offset + index}`,
  }));
  return { raw: { data, rows: data.length } };
};
