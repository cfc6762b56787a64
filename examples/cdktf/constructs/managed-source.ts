// Managed sources: one class per kind, each an ISource that tiles, saved searches and alerts take. Sources that name
// each other are linked with `linkTo` after both exist, so a log and a trace source link both ways in one apply.
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { ClickStackEnvironment, LogSource, MetricSource, SessionSource, Source, TraceSource } from 'clickstack-cdktf';

const app = new App();
const stack = new TerraformStack(app, 'managed-source');
new ClickStackEnvironment(stack, 'clickstack'); // CLICKSTACK_ENDPOINT and CLICKSTACK_API_KEY

// The connection: a Connection construct's id on OSS; on Managed ClickStack the service's own, which any source reports.
const connectionId = Source.fromName(stack, 'existing', { name: 'Logs', kind: 'log' }).connectionId;
const common = { connectionId, database: 'default' };

const logs = new LogSource(stack, 'app_logs', {
  ...common,
  name: 'App logs',
  table: 'otel_logs',
  timestampValueExpression: 'TimestampTime',
  defaultTableSelectExpression: 'Timestamp, ServiceName, SeverityText, Body',
  serviceNameExpression: 'ServiceName',
  severityTextExpression: 'SeverityText',
  bodyExpression: 'Body',
  traceIdExpression: 'TraceId',
  spanIdExpression: 'SpanId',
});
const traces = new TraceSource(stack, 'app_traces', {
  ...common,
  name: 'App traces',
  table: 'otel_traces',
  timestampValueExpression: 'Timestamp',
  defaultTableSelectExpression: 'Timestamp, ServiceName, SpanName, Duration',
  durationExpression: 'Duration',
  durationPrecision: 9,
  traceIdExpression: 'TraceId',
  spanIdExpression: 'SpanId',
  parentSpanIdExpression: 'ParentSpanId',
  spanNameExpression: 'SpanName',
  spanKindExpression: 'SpanKind',
});
const metrics = new MetricSource(stack, 'app_metrics', {
  ...common,
  name: 'App metrics',
  timestampValueExpression: 'TimeUnix',
  tables: { gauge: 'otel_metrics_gauge', sum: 'otel_metrics_sum', histogram: 'otel_metrics_histogram' },
  resourceAttributesExpression: 'ResourceAttributes',
});
// A session source names its trace source in its props: the server requires it at create.
const sessions = new SessionSource(stack, 'app_sessions', { ...common, name: 'App sessions', table: 'hyperdx_sessions', timestampValueExpression: 'TimestampTime', traceSource: traces });

logs.linkTo({ traceSource: traces, metricSource: metrics });
traces.linkTo({ logSource: logs, sessionSource: sessions, metricSource: metrics });
metrics.linkTo({ logSource: logs });

new TerraformOutput(stack, 'sources', { value: { logs: logs.sourceId, traces: traces.sourceId, metrics: metrics.sourceId, sessions: sessions.sourceId } });
app.synth();
