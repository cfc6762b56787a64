// Wire tests: data "clickstack_source" and "clickstack_sources" against the in-process emulator, both flavors.
import { SEED_IDS } from '../../emulator';
import { readDataSource } from '../../test/support/clickstack';
import { FLAVORS, useEmulator } from '../../test/support/emulator-clients';
import { complete } from '../../test/support/objects';
import { kindAttributes } from '../resources/source/schema';
import { sourceAttributes } from './source';

const source = (values: { [name: string]: unknown }) => complete(sourceAttributes, values);

/** The seeded log source's expressions, which the data source reports both flat and in `log`. */
const logExpressions = {
  displayed_timestamp_value_expression: 'Timestamp',
  default_table_select_expression: 'Timestamp, ServiceName, SeverityText, Body',
  implicit_column_expression: 'Body',
  service_name_expression: 'ServiceName',
  severity_text_expression: 'SeverityText',
  body_expression: 'Body',
  event_attributes_expression: 'LogAttributes',
  resource_attributes_expression: 'ResourceAttributes',
  trace_id_expression: 'TraceId',
  span_id_expression: 'SpanId',
};

const seededLogs = source({
  id: SEED_IDS.logSource,
  name: 'Logs',
  kind: 'log',
  connection: SEED_IDS.connection,
  database: 'default',
  table: 'otel_logs',
  disabled: false,
  timestamp_value_expression: 'TimestampTime',
  ...logExpressions,
  trace_source_id: SEED_IDS.traceSource,
  metric_source_id: SEED_IDS.metricSource,
  query_settings: [],
  log: complete(kindAttributes.log, { ...logExpressions, highlighted_trace_attribute_expressions: [], highlighted_row_attribute_expressions: [], materialized_views: [] }),
});

/** The seeded metric source's tables, reported both as `metric_tables` and in `metric`. */
const metricTables = {
  gauge: 'otel_metrics_gauge',
  histogram: 'otel_metrics_histogram',
  sum: 'otel_metrics_sum',
  summary: 'otel_metrics_summary',
  exponential_histogram: 'otel_metrics_exponential_histogram',
};

const seededMetrics = source({
  id: SEED_IDS.metricSource,
  name: 'Metrics',
  kind: 'metric',
  connection: SEED_IDS.connection,
  database: 'default',
  disabled: false,
  timestamp_value_expression: 'TimeUnix',
  service_name_expression: 'ServiceName',
  resource_attributes_expression: 'ResourceAttributes',
  log_source_id: SEED_IDS.logSource,
  metric_tables: metricTables,
  query_settings: [],
  metric: { tables: metricTables, resource_attributes_expression: 'ResourceAttributes', service_name_expression: 'ServiceName', series_table: null },
});

describe.each(FLAVORS)('source data sources against the %s emulator', (flavor) => {
  const suite = useEmulator(flavor);
  /** A log source named like the seeded trace source, so that the name alone is ambiguous. */
  let logsNamedTraces: string;

  beforeAll(async () => {
    const created = await suite.client.sources.create({
      kind: 'log',
      name: 'Traces',
      connection: SEED_IDS.connection,
      from: { databaseName: 'default', tableName: 'otel_logs' },
      timestampValueExpression: 'TimestampTime',
      defaultTableSelectExpression: 'Body',
      serviceNameExpression: '',
    });
    logsNamedTraces = created.id;
  });

  describe('clickstack_source', () => {
    it('reads a source by id with its typed attributes', async () => {
      expect(await readDataSource(suite.client, 'clickstack_source', { id: SEED_IDS.logSource })).toEqual({ state: seededLogs, diagnostics: [] });
    });

    it('reads a source by name, a metric source with its tables and no table of its own', async () => {
      expect(await readDataSource(suite.client, 'clickstack_source', { name: 'Metrics' })).toEqual({ state: seededMetrics, diagnostics: [] });
    });

    it('reads the trace fields of a trace source', async () => {
      const { state } = await readDataSource(suite.client, 'clickstack_source', { name: 'Traces', kind: 'trace' });
      expect(state).toMatchObject({
        id: SEED_IDS.traceSource,
        kind: 'trace',
        duration_expression: 'Duration',
        duration_precision: 9,
        parent_span_id_expression: 'ParentSpanId',
        span_kind_expression: 'SpanKind',
        status_code_expression: 'StatusCode',
        session_source_id: SEED_IDS.sessionSource,
        severity_text_expression: null,
      });
    });

    it('reports what clickstack_source manages beyond the flat attributes: section, query settings, views, highlighted attributes', async () => {
      const created = await suite.client.sources.create({
        kind: 'log',
        name: 'Logs with views',
        section: 'Platform',
        connection: SEED_IDS.connection,
        from: { databaseName: 'default', tableName: 'otel_logs' },
        timestampValueExpression: 'TimestampTime',
        defaultTableSelectExpression: 'Body',
        querySettings: [{ setting: 'max_threads', value: '4' }],
        highlightedRowAttributeExpressions: [{ sqlExpression: "LogAttributes['user']", alias: 'user' }],
        materializedViews: [
          {
            databaseName: 'default',
            tableName: 'logs_by_minute',
            dimensionColumns: 'ServiceName',
            minGranularity: '1m',
            timestampColumn: 'Timestamp',
            aggregatedColumns: [{ aggFn: 'count', mvColumn: 'count' }],
          },
        ],
      });
      const { state, diagnostics } = await readDataSource(suite.client, 'clickstack_source', { id: created.id });
      await suite.client.sources.delete(created.id);
      expect(diagnostics).toEqual([]);
      expect(state).toMatchObject({
        section: 'Platform',
        query_settings: [{ setting: 'max_threads', value: '4' }],
        trace: null,
        metric: null,
        session: null,
        log: {
          default_table_select_expression: 'Body',
          highlighted_row_attribute_expressions: [{ sql_expression: "LogAttributes['user']", lucene_expression: null, alias: 'user' }],
          highlighted_trace_attribute_expressions: [],
          materialized_views: [
            {
              database: 'default',
              table: 'logs_by_minute',
              dimension_columns: 'ServiceName',
              min_granularity: '1m',
              min_date: null,
              timestamp_column: 'Timestamp',
              aggregated_columns: [{ source_column: null, agg_fn: 'count', mv_column: 'count' }],
            },
          ],
        },
      });
    });

    it('reads an expression the server holds as "" as null', async () => {
      const { state } = await readDataSource(suite.client, 'clickstack_source', { id: logsNamedTraces });
      expect(state).toMatchObject({ name: 'Traces', kind: 'log', default_table_select_expression: 'Body', service_name_expression: null });
    });

    it('lists the candidates of an ambiguous name', async () => {
      expect(await readDataSource(suite.client, 'clickstack_source', { name: 'Traces' })).toEqual({
        state: null,
        diagnostics: [
          {
            severity: 'error',
            summary: 'Source lookup is ambiguous',
            detail:
              `2 sources have name "Traces": "Traces" (kind trace, id ${SEED_IDS.traceSource}), "Traces" (kind log, id ${logsNamedTraces}). ` +
              'Narrow the lookup with `kind`, or look one up by `id`.',
            path: ['name'],
          },
        ],
      });
    });

    it('lists every source when none matches', async () => {
      const { diagnostics } = await readDataSource(suite.client, 'clickstack_source', { name: 'Logs', kind: 'trace' });
      expect(diagnostics).toEqual([
        {
          severity: 'error',
          summary: 'Source not found',
          detail: expect.stringMatching(/^No source has name "Logs" and kind "trace"\. Sources: "Logs" \(kind log, id \w+\), "Traces" \(kind trace/),
          path: ['name'],
        },
      ]);
    });

    it('reports an id no source has', async () => {
      expect((await readDataSource(suite.client, 'clickstack_source', { id: '64f0000000000000000000ff' })).diagnostics).toEqual([
        { severity: 'error', summary: 'Source not found', detail: 'No source has the id "64f0000000000000000000ff".', path: ['id'] },
      ]);
    });
  });

  describe('clickstack_sources', () => {
    it('lists every source', async () => {
      const { state, diagnostics } = await readDataSource(suite.client, 'clickstack_sources', {});
      expect(diagnostics).toEqual([]);
      expect(state?.kind).toBeNull();
      expect((state?.sources as { id: string }[]).map((s) => s.id)).toEqual([
        SEED_IDS.logSource,
        SEED_IDS.traceSource,
        SEED_IDS.metricSource,
        SEED_IDS.sessionSource,
        logsNamedTraces,
      ]);
    });

    it('lists the sources of one kind with the attributes of clickstack_source', async () => {
      expect(await readDataSource(suite.client, 'clickstack_sources', { kind: 'metric' })).toEqual({
        state: { kind: 'metric', sources: [seededMetrics] },
        diagnostics: [],
      });
    });
  });
});
