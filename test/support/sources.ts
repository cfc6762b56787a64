// Fixtures of the clickstack_source tests: one configuration per kind, built from the resource's schema, reading the
// emulator's seeded OpenTelemetry tables.
import { SEED_IDS } from '../../emulator';
import { sourceAttributes } from '../../provider/resources/source/schema';
import { complete } from './objects';

type Partial = { [name: string]: unknown };

export const source = (partial: Partial) => complete(sourceAttributes, partial);

const common = (kind: string, name: string, extra: Partial) =>
  source({ name, kind, connection_id: SEED_IDS.connection, database: 'default', timestamp_value_expression: 'TimestampTime', ...extra });

export const logSource = (extra: Partial = {}, log: Partial = {}) =>
  common('log', 'App logs', {
    table: 'otel_logs',
    log: { default_table_select_expression: 'Timestamp, ServiceName, Body', service_name_expression: 'ServiceName', body_expression: 'Body', ...log },
    ...extra,
  });

export const traceSource = (extra: Partial = {}, trace: Partial = {}) =>
  common('trace', 'App traces', {
    table: 'otel_traces',
    timestamp_value_expression: 'Timestamp',
    trace: {
      default_table_select_expression: 'Timestamp, ServiceName, SpanName',
      duration_expression: 'Duration',
      duration_precision: 9,
      trace_id_expression: 'TraceId',
      span_id_expression: 'SpanId',
      parent_span_id_expression: 'ParentSpanId',
      span_name_expression: 'SpanName',
      span_kind_expression: 'SpanKind',
      ...trace,
    },
    ...extra,
  });

export const metricSource = (extra: Partial = {}) =>
  common('metric', 'App metrics', {
    timestamp_value_expression: 'TimeUnix',
    metric: { tables: { gauge: 'otel_metrics_gauge', sum: 'otel_metrics_sum', exponential_histogram: 'otel_metrics_exponential_histogram' }, resource_attributes_expression: 'ResourceAttributes' },
    ...extra,
  });

export const sessionSource = (traceSourceId: string, extra: Partial = {}) =>
  common('session', 'App sessions', { table: 'hyperdx_sessions', session: { trace_source_id: traceSourceId }, ...extra });

export const promqlSource = (extra: Partial = {}) => common('promql', 'Prometheus', { table: 'prometheus', ...extra });
