// data "clickstack_chart_series": time-bucketed aggregates of up to five series over one time range (OSS POST
// /charts/series), as a typed list of points. Managed ClickStack has no such endpoint.
import type { ClickStackClient } from '../client';
import type { ChartSeriesRequest, SeriesDataPoint } from '../client/models/charts';
import { toApiObject } from '../shared/api-mapping';
import type { DataSourceDefinition } from '../runtime/provider';
import type { Attribute, Attributes, TfObject, TfValue } from '../runtime/types';
import { numberBetween, oneOf, rfc3339Instant, rfc3339Time, sizeBetween } from '../runtime/validators';
import { AGG_FNS, GRANULARITIES, METRIC_DATA_TYPES, QUERY_LANGUAGES, SORT_ORDERS } from '../values';
import { callOptions, reportingApiErrors } from '../shared/api-errors';
import { codeList, optionalString, requiredString } from '../shared/attributes';
import { luceneQueryIn } from '../shared/lucene-query';

// --- schema ---------------------------------------------------------------------------------------------------

const timestamp = (description: string): Attribute => requiredString(`${description}, such as \`2026-01-01T00:00:00Z\`.`, rfc3339Time);

const seriesAttributes: Attributes = {
  source_id: { type: 'string', required: true, description: 'Id of the source queried.' },
  agg_fn: { type: 'string', required: true, description: `Aggregation: ${codeList(AGG_FNS)}.`, validators: [oneOf(...AGG_FNS)] },
  field: optionalString('Column or expression aggregated; leave it out for `count`. For metric sources, the metric name.'),
  level: { type: 'number', optional: true, description: 'Quantile level, 0 to 1; only with `agg_fn = "quantile"`.', validators: [numberBetween(0, 1)] },
  where: optionalString('Condition the rows must meet; all rows when unset.'),
  where_language: optionalString(`Language of \`where\`: ${codeList(QUERY_LANGUAGES)}.`, oneOf(...QUERY_LANGUAGES)),
  sort_order: optionalString(`Order of the groups: ${codeList(SORT_ORDERS, ', ', ' or ')}.`, oneOf(...SORT_ORDERS)),
  metric_data_type: optionalString(`Metric type, for metric sources: ${codeList(METRIC_DATA_TYPES)}.`, oneOf(...METRIC_DATA_TYPES)),
  metric_name: optionalString('Metric name, for metric sources; defaults to `field`.'),
};

const pointAttributes: Attributes = {
  ts: { type: 'string', computed: true, description: 'Start of the time bucket (RFC 3339, UTC).' },
  group: { type: ['list', 'string'], computed: true, description: 'Values of the `group_by` expressions for this point; empty without `group_by`.' },
  values: {
    type: ['list', 'number'],
    computed: true,
    description: 'One value per series, in the order of `series`; null where a series has no value in this bucket and group.',
  },
};

// --- API request and response --------------------------------------------------------------------------------------

function seriesRequest(config: TfObject): ChartSeriesRequest {
  const groupBy = (config.group_by ?? []) as string[];
  return {
    series: (config.series as TfObject[]).map((series) => ({ where: '', ...toApiObject(seriesAttributes, series), groupBy }) as ChartSeriesRequest['series'][number]),
    startTime: rfc3339Instant(config.start_time),
    endTime: rfc3339Instant(config.end_time),
    ...(config.granularity === null ? {} : { granularity: config.granularity as ChartSeriesRequest['granularity'] }),
  };
}

/** A series value as a number; 64-bit integers arrive as strings (api-behaviour §11) and stay exact (as bigint) beyond 2^53. */
function seriesValue(value: unknown): TfValue {
  if (value === null || value === undefined || value === '') return null;
  const text = String(value);
  if (/^-?\d+$/.test(text) && !Number.isSafeInteger(Number(text))) return BigInt(text);
  const number = Number(text);
  return Number.isFinite(number) ? number : null;
}

function pointFromApi(row: SeriesDataPoint, seriesCount: number): TfObject {
  return {
    ts: new Date(Number(row.ts_bucket)).toISOString(),
    group: (row.group ?? []).map((value) => (value === null || value === undefined ? null : String(value))),
    values: Array.from({ length: seriesCount }, (_, i) => seriesValue(row[`series_${i}.data`])),
  };
}

// --- data source ------------------------------------------------------------------------------------------------

export const chartSeriesDataSource: DataSourceDefinition<ClickStackClient> = {
  schema: {
    version: 0,
    block: {
      description:
        'Queries time-bucketed aggregates of up to five series over a time range, as a chart would show them. ' +
        'ClickStack open source only: Managed ClickStack has no chart series endpoint.',
      attributes: {
        series: {
          required: true,
          description: 'The series, 1 to 5.',
          nested: { nesting: 'list', attributes: seriesAttributes },
          validators: [sizeBetween(1, 5), luceneQueryIn({ query: 'where', language: 'where_language' })],
        },
        group_by: {
          type: ['list', 'string'],
          optional: true,
          description: 'Columns or expressions every series is grouped by, at most 10.',
          validators: [sizeBetween(0, 10)],
        },
        start_time: timestamp('Start of the time range'),
        end_time: timestamp('End of the time range'),
        granularity: optionalString(`Width of the time buckets: ${codeList(GRANULARITIES)}. The server picks one when unset.`, oneOf(...GRANULARITIES)),
        points: {
          computed: true,
          description: 'One point per time bucket and group, in the order the API returns them.',
          nested: { nesting: 'list', attributes: pointAttributes },
        },
      },
    },
  },

  validate(config, ctx) {
    // NaN (unknown until apply, or malformed: the attribute's validator reports it) compares as neither.
    const [start, end] = [rfc3339Instant(config.start_time), rfc3339Instant(config.end_time)];
    if (end < start) ctx.diagnostics.error('Invalid time range', '`end_time` must not be before `start_time`.', ['end_time']);
  },

  async read({ config, client }, ctx) {
    if (!client.supports('charts.series')) {
      ctx.diagnostics.error(
        'Chart series are not available on Managed ClickStack',
        'data "clickstack_chart_series" needs the chart series endpoint of ClickStack open source (POST /api/v2/charts/series); ' +
          'the Managed ClickStack API on ClickHouse Cloud has none. Use it with a provider configured with `endpoint` and `api_key`.',
      );
      return null;
    }
    const request = seriesRequest(config);
    const rows = await reportingApiErrors('Could not query the chart series', ctx.diagnostics, () => client.charts.series(request, callOptions(ctx)));
    return rows && { ...config, points: rows.map((row) => pointFromApi(row, request.series.length)) };
  },
};
