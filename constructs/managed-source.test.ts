import type { TerraformStack } from 'cdktf';
import { synth, synthError } from '../test/support/cdktf';
import { ClickStackEnvironment } from './environment';
import { LogSource, MetricSource, PromqlSource, SessionSource, SourceLinks, TraceSource } from './managed-source';
import { Source } from './source';

const common = { connectionId: 'c1', database: 'default' };

/** A log, a trace, a metric and a session source, the log and trace sources linked both ways. */
function linkedSources(stack: TerraformStack) {
  const logs = new LogSource(stack, 'logs', {
    ...common,
    name: 'App logs',
    table: 'otel_logs',
    timestampValueExpression: 'TimestampTime',
    defaultTableSelectExpression: 'Timestamp, Body',
    traceIdExpression: 'TraceId',
    highlightedRowAttributes: [{ sqlExpression: "LogAttributes['user']", alias: 'user' }],
    querySettings: { max_threads: '4' },
  });
  const traces = new TraceSource(stack, 'traces', {
    ...common,
    name: 'App traces',
    table: 'otel_traces',
    timestampValueExpression: 'Timestamp',
    defaultTableSelectExpression: 'Timestamp, SpanName',
    durationExpression: 'Duration',
    durationPrecision: 9,
    traceIdExpression: 'TraceId',
    spanIdExpression: 'SpanId',
    parentSpanIdExpression: 'ParentSpanId',
    spanNameExpression: 'SpanName',
    spanKindExpression: 'SpanKind',
    materializedViews: [{ database: 'default', table: 'spans_mv', dimensionColumns: 'ServiceName', minGranularity: '1m', timestampColumn: 'Timestamp', aggregatedColumns: [{ aggFn: 'count', mvColumn: 'n' }] }],
  });
  const metrics = new MetricSource(stack, 'metrics', {
    ...common,
    name: 'App metrics',
    timestampValueExpression: 'TimeUnix',
    tables: { gauge: 'otel_metrics_gauge', exponentialHistogram: 'otel_metrics_exponential_histogram' },
    resourceAttributesExpression: 'ResourceAttributes',
  });
  const sessions = new SessionSource(stack, 'sessions', { ...common, name: 'Sessions', table: 'hyperdx_sessions', timestampValueExpression: 'TimestampTime', traceSource: traces });
  logs.linkTo({ traceSource: traces, metricSource: metrics });
  traces.linkTo({ logSource: logs, sessionSource: sessions });
  return { logs, traces, metrics, sessions };
}

describe('managed sources', () => {
  it('synthesize a clickstack_source per kind, and their links both ways as clickstack_source_links', () => {
    const json = synth((stack) => {
      new ClickStackEnvironment(stack, 'clickstack', { flavor: 'oss' });
      linkedSources(stack);
      new PromqlSource(stack, 'prometheus', { ...common, name: 'Prometheus', table: 'prometheus', timestampValueExpression: 'Timestamp' });
    });
    expect(json.resource).toMatchSnapshot();
    expect(json.resource.clickstack_source_links.logs_links).toMatchObject({
      source_id: '${clickstack_source.logs.id}',
      trace_source_id: '${clickstack_source.traces.id}',
      metric_source_id: '${clickstack_source.metrics.id}',
    });
  });

  it('are sources: their kind and ids, which tiles and saved searches take', () => {
    synth((stack) => {
      new ClickStackEnvironment(stack, 'clickstack', { flavor: 'oss' });
      const { logs, sessions } = linkedSources(stack);
      expect(logs.kind).toBe('log');
      expect(sessions.kind).toBe('session');
      expect(logs.sourceId).toContain('${TfToken[');
      expect(logs.connectionId).toBe('c1');
    });
  });

  it('fail synth with the construct path and every problem of their props', () => {
    const error = synthError((stack) => {
      new ClickStackEnvironment(stack, 'clickstack', { flavor: 'oss' });
      new TraceSource(stack, 'traces', {
        ...common,
        name: '',
        table: 'otel_traces',
        timestampValueExpression: 'Timestamp',
        defaultTableSelectExpression: 'Timestamp',
        durationExpression: 'Duration',
        durationPrecision: 12,
        traceIdExpression: 'TraceId',
        spanIdExpression: 'SpanId',
        parentSpanIdExpression: 'ParentSpanId',
        spanNameExpression: 'SpanName',
        spanKindExpression: 'SpanKind',
        filterSettings: { database: 'default', table: 'facets', columns: [] },
        materializedViews: [{ database: 'default', table: 'mv', dimensionColumns: '', minGranularity: 'hourly', timestampColumn: 'T', aggregatedColumns: [{ aggFn: 'sum', mvColumn: 's' }] }],
      });
      new MetricSource(stack, 'metrics', { ...common, name: 'M', timestampValueExpression: 'TimeUnix', tables: {}, resourceAttributesExpression: 'R' });
    });
    expect(error).toContain('[stack/traces] `name` must not be empty.');
    expect(error).toContain('[stack/traces] `durationPrecision` is 12; expected a whole number from 0 to 9.');
    expect(error).toContain('[stack/traces] `filterSettings` exists only on Managed ClickStack.');
    expect(error).toContain('[stack/traces] `materializedViews[0].minGranularity` is "hourly"; expected a granularity such as "15m" or "1h".');
    expect(error).toContain('[stack/traces] `materializedViews[0].aggregatedColumns[0].sourceColumn` is required unless `aggFn` is "count".');
    expect(error).toContain('[stack/metrics] `tables` must name at least one metric table.');
  });

  it('refuse links a kind does not have, and a link to a source of the wrong kind', () => {
    const error = synthError((stack) => {
      new ClickStackEnvironment(stack, 'clickstack', { flavor: 'oss' });
      const { logs, metrics } = linkedSources(stack);
      metrics.linkTo({ traceSource: logs, logSource: Source.fromName(stack, 'other', { name: 'Other', kind: 'trace' }) });
    });
    expect(error).toContain('[stack/metrics_links] `traceSource` is not a link of a metric source.');
    expect(error).toContain('[stack/metrics_links] `traceSource` is a log source; expected a trace source.');
    expect(error).toContain('[stack/metrics_links] `logSource` is a trace source; expected a log source.');
  });

  it('warn when a log source links to a trace source without a trace id expression', () => {
    synth((stack) => {
      new ClickStackEnvironment(stack, 'clickstack', { flavor: 'oss' });
      const { traces } = linkedSources(stack);
      const bare = new LogSource(stack, 'bare', { ...common, name: 'Bare', table: 'logs', timestampValueExpression: 'T', defaultTableSelectExpression: 'Body' });
      const links = new SourceLinks(stack, 'bare_links', { source: bare, traceSource: traces });
      expect(links.node.metadata.map((entry) => [entry.type, entry.data])).toEqual([
        ['@cdktf/warn', 'The log source has no `traceIdExpression`: the UI cannot find the trace of a log line without it.'],
      ]);
    });
  });

  it('refuse a second linkTo on one source', () => {
    synth((stack) => {
      new ClickStackEnvironment(stack, 'clickstack', { flavor: 'oss' });
      const { logs, traces } = linkedSources(stack);
      expect(() => logs.linkTo({ traceSource: traces })).toThrow('stack/logs is linked already: give every link in one linkTo call.');
    });
  });
});
