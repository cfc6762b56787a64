// clickstack_source, unit: the rules across attributes, the planned server defaults, the flavor checks and the API
// documents (links kept on update, `""` and granularity spellings read as known).
import type { ClickStackClient } from '../../client';
import type { Source } from '../../client/models/sources';
import { clickstackHarness } from '../../../test/support/clickstack';
import { logSource, metricSource, promqlSource, source, traceSource } from '../../../test/support/sources';
import { sourceFromApi, sourceToApi } from './documents';

describe('clickstack_source, unit', () => {
  const lifecycle = clickstackHarness(() => undefined).resource('clickstack_source');
  const onFlavor = (flavor: string) => clickstackHarness(() => ({ flavor }) as ClickStackClient).resource('clickstack_source');
  const problems = async (config: ReturnType<typeof source>) => (await lifecycle.plan(null, config)).diagnostics.map((d) => [d.summary, d.detail, d.path]);

  it('requires the nested object of the kind, refuses those of other kinds, and a table except on metric sources', async () => {
    expect(await problems(logSource({ log: null, trace: traceSource().trace }))).toEqual([
      ['Invalid source', '`trace` is set, but `kind` is `log`: set the fields of a `log` source only.', ['trace']],
      ['Invalid source', '`log` is required when `kind` is `log`: it holds the fields the server requires of such a source.', ['log']],
    ]);
    expect(await problems(promqlSource({ table: null }))).toEqual([['Invalid source', '`table` is required for a `promql` source (the server: "Table is required").', ['table']]]);
    expect(await problems(metricSource())).toEqual([]);
  });

  it('refuses a metric source without tables, and a view column without its source column unless it counts', async () => {
    expect(await problems(metricSource({ metric: { tables: {}, resource_attributes_expression: 'ResourceAttributes' } }))).toEqual([
      ['Invalid metric source', 'At least one metric table must be set.', ['metric', 'tables']],
    ]);
    const view = (agg_fn: string) => ({ database: 'default', table: 'logs_mv', dimension_columns: 'ServiceName', min_granularity: '1m', timestamp_column: 'Timestamp', aggregated_columns: [{ agg_fn, mv_column: 'c' }] });
    expect(await problems(logSource({}, { materialized_views: [view('count'), view('sum')] }))).toEqual([
      ['Invalid materialized view', '`source_column` is required unless `agg_fn` is `count`.', ['log', 'materialized_views', 1, 'aggregated_columns', 0, 'source_column']],
    ]);
  });

  it('checks values at their attributes: enums, precision, granularities, up to 10 query settings', async () => {
    const settings = Array.from({ length: 11 }, (_, i) => ({ setting: `s${i}`, value: '1' }));
    const diagnostics = await problems(
      traceSource({ query_settings: settings }, { duration_precision: 10, use_text_index_for_implicit_column: 'sometimes', metadata_materialized_views: { kv_rollup_table: 'kv', granularity: 'hourly' } }),
    );
    expect(diagnostics.map(([, , path]) => path)).toEqual([
      ['query_settings'],
      ['trace', 'use_text_index_for_implicit_column'],
      ['trace', 'metadata_materialized_views', 'granularity'],
      ['trace', 'duration_precision'],
    ]);
  });

  it("plans the server's defaults, so that its echo is no diff", async () => {
    const { planned } = await lifecycle.plan(null, traceSource({}, { duration_precision: null }));
    expect(planned).toMatchObject({ disabled: false, query_settings: [], log: null });
    expect(planned!.trace).toMatchObject({ duration_precision: 3, highlighted_trace_attribute_expressions: [], highlighted_row_attribute_expressions: [], materialized_views: [] });
  });

  it("refuses the other flavor's fields, which its server would drop", async () => {
    const oss = await onFlavor('oss').plan(null, logSource({}, { filter_settings: { database: 'default', table: 'facets', columns: [] } }));
    expect(oss.diagnostics.map((d) => [d.summary, d.detail, d.path])).toEqual([
      ['Not available on ClickStack OSS', '`filter_settings` exists only on Managed ClickStack; ClickStack OSS drops it.', ['log', 'filter_settings']],
    ]);
    const cloud = await onFlavor('cloud').plan(null, traceSource({}, { service_version_expression: 'ServiceVersion' }));
    expect(cloud.diagnostics.map((d) => d.path)).toEqual([['trace', 'service_version_expression']]);
  });

  it('replaces the source when its kind changes', async () => {
    const state = { ...logSource(), id: 'a1' };
    const { requiresReplace } = await lifecycle.plan(state, promqlSource({ name: 'App logs' }));
    expect(requiresReplace).toEqual([['kind']]);
  });

  it('writes the kind\'s fields flat, `from` with "" for a metric source\'s table, and keeps the fields it does not manage', async () => {
    const { planned } = await lifecycle.plan(null, logSource());
    const current = { ...sourceToApi(planned!), id: 'a1', traceSourceId: 't1', tableFilterExpression: 'x', bodyExpression: 'Old' } as Source;
    expect(sourceToApi(planned!, current)).toEqual({
      kind: 'log', name: 'App logs', connection: expect.any(String), from: { databaseName: 'default', tableName: 'otel_logs' },
      timestampValueExpression: 'TimestampTime', disabled: false, querySettings: [],
      defaultTableSelectExpression: 'Timestamp, ServiceName, Body', serviceNameExpression: 'ServiceName', bodyExpression: 'Body',
      highlightedTraceAttributeExpressions: [], highlightedRowAttributeExpressions: [], materializedViews: [],
      traceSourceId: 't1', tableFilterExpression: 'x',
    });
    const metric = sourceToApi((await lifecycle.plan(null, metricSource())).planned!);
    expect(metric).toMatchObject({ from: { databaseName: 'default', tableName: '' }, metricTables: { gauge: 'otel_metrics_gauge', 'exponential histogram': 'otel_metrics_exponential_histogram' } });
  });

  it('reads `""` as unset where the configuration leaves it unset, missing defaults as the defaults, and keeps a granularity\'s spelling', async () => {
    const { planned } = await lifecycle.plan(null, logSource({}, { metadata_materialized_views: { kv_rollup_table: 'kv', granularity: '15 minute' } }));
    const fromServer = {
      ...sourceToApi(planned!), id: 'a1', section: '', severityTextExpression: '', disabled: null, querySettings: undefined,
      metadataMaterializedViews: { kvRollupTable: 'kv', granularity: '15m' },
    } as unknown as Source;
    const state = sourceFromApi(fromServer, { ...planned!, id: 'a1' });
    expect(state).toMatchObject({ section: null, disabled: false, query_settings: [], table: 'otel_logs' });
    expect(state.log).toMatchObject({ severity_text_expression: null, metadata_materialized_views: { kv_rollup_table: 'kv', granularity: '15 minute', key_rollup_table: null } });
    expect((sourceFromApi(fromServer, null).log as { metadata_materialized_views: unknown }).metadata_materialized_views).toMatchObject({ granularity: '15m' });
  });
});
