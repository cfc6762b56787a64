// A read sent back unchanged is accepted and changes nothing (RULES §5.9, §12.6): for every kind of document and
// both flavors, create it as the UI would, GET it, PUT the GET body back, GET again. The real OSS server accepts
// this for all of them; Managed ClickStack needs three fields removed from a dashboard read first (the Cloud notes),
// which `writable` does and nothing else. Connections exist on OSS only, roles on Managed ClickStack only.
import { SEED_IDS, startEmulator, type EmulatorHandle } from './index';
import { FLAVORS, type Flavor, payload, send } from '../test/support/emulator-http';
import { type Kind, readDocument, writable } from '../test/support/ui-edit';

type Json = Record<string, any>;

let emulator: EmulatorHandle;
beforeAll(async () => {
  emulator = await startEmulator({ rateLimit: false });
});
afterAll(() => emulator.close());

const count = { aggFn: 'count', where: 'SeverityText:error', whereLanguage: 'lucene' };
const layout = (x: number, y: number) => ({ x, y, w: 6, h: 3 });

/** A dashboard as the UI saves one: every tile type, raw SQL, containers with tabs, filters, a saved query. */
function dashboardBody(flavor: Flavor): Json {
  const oss = flavor === 'oss';
  const source = SEED_IDS.logSource;
  return {
    name: `Round trip ${flavor}`,
    tags: ['prod', 'team-a'],
    tiles: [
      { name: 'Errors', ...layout(0, 0), containerId: 'main', tabId: 'overview', config: { displayType: 'line', sourceId: source, select: [count, { aggFn: 'sum', valueExpression: 'Duration', alias: 'time' }], groupBy: 'ServiceName', ...(oss ? { formulas: [{ expression: 'B / A' }] } : {}) } },
      { name: 'Stacked', ...layout(6, 0), containerId: 'main', tabId: 'details', config: { displayType: 'stacked_bar', sourceId: source, select: [{ aggFn: 'count' }], fillNulls: false } },
      { name: 'Table', ...layout(12, 0), config: { displayType: 'table', sourceId: source, select: [{ aggFn: 'quantile', level: 0.95, valueExpression: 'Duration' }], groupBy: 'ServiceName', orderBy: 'x', onClick: { type: 'search', target: { mode: 'id', id: source }, whereTemplate: 'ServiceName:{{ServiceName}}' } } },
      { name: 'Number', ...layout(18, 0), config: { displayType: 'number', sourceId: source, select: [{ aggFn: 'count' }], color: 'chart-blue', colorRules: [{ operator: 'gt', value: 10, color: 'chart-red' }], numberFormat: { output: 'number', mantissa: 1 } } },
      { name: 'Pie', ...layout(0, 3), config: { displayType: 'pie', sourceId: source, select: [{ aggFn: 'count' }], groupBy: 'ServiceName', limit: 5 } },
      { name: 'Bar', ...layout(6, 3), config: { displayType: 'bar', sourceId: source, select: [{ aggFn: 'count_distinct', valueExpression: 'TraceId' }], groupBy: 'ServiceName' } },
      { name: 'Heatmap', ...layout(12, 3), config: { displayType: 'heatmap', sourceId: SEED_IDS.traceSource, select: [{ valueExpression: 'Duration', heatmapScaleType: 'log' }] } },
      { name: 'Search', ...layout(18, 3), config: { displayType: 'search', sourceId: source, select: 'Timestamp, Body', where: 'level:error' } },
      { name: 'Patterns', ...layout(0, 6), config: { displayType: 'event_patterns', sourceId: source } },
      { name: '', ...layout(6, 6), config: { displayType: 'markdown', markdown: '# Notes' } },
      { name: 'Raw line', ...layout(12, 6), config: { configType: 'sql', displayType: 'line', connectionId: SEED_IDS.connection, sqlTemplate: 'SELECT $__timeInterval(Timestamp) AS t, count() FROM otel_logs GROUP BY t' } },
      { name: 'Raw table', ...layout(18, 6), config: { configType: 'sql', displayType: 'table', connectionId: SEED_IDS.connection, sourceId: source, sqlTemplate: 'SELECT 1' } },
    ],
    containers: [{ id: 'main', title: 'Main', collapsed: false, tabs: [{ id: 'overview', title: 'Overview' }, { id: 'details', title: 'Details' }] }],
    filters: [
      { type: 'QUERY_EXPRESSION', name: 'Service', expression: 'ServiceName', sourceId: source },
      ...(oss ? [{ type: 'QUERY_EXPRESSION', name: 'Environment', expression: 'Env', sourceId: source, isBroadcastEnabled: false, isVariableEnabled: true }] : []),
    ],
    savedQuery: 'level:error',
    savedFilterValues: [{ condition: "ServiceName IN ('api')" }],
  };
}

/** Each kind, created as the UI would; returns the id. */
const create: Record<string, (flavor: Flavor) => Promise<string>> = {
  async dashboards(flavor) {
    return payload(flavor, await send(emulator, flavor, 'POST', '/dashboards', dashboardBody(flavor))).id;
  },
  async 'saved-searches'(flavor) {
    const body = { name: 'Errors', sourceId: SEED_IDS.logSource, select: 'Timestamp, Body', where: 'level:error', orderBy: 'Timestamp DESC', tags: ['prod'], filters: [{ type: 'sql', condition: "ServiceName IN ('api', 'web')" }] };
    return payload(flavor, await send(emulator, flavor, 'POST', '/saved-searches', body)).id;
  },
  async 'alerts (tile)'(flavor) {
    const dashboard = payload(flavor, await send(emulator, flavor, 'GET', `/dashboards/${await create.dashboards(flavor)}`));
    const body = { source: 'tile', dashboardId: dashboard.id, tileId: dashboard.tiles[0].id, threshold: 10, thresholdType: 'above', interval: '5m', name: 'Errors', message: 'Too many', channel: { type: 'webhook', webhookId: SEED_IDS.webhook } };
    return payload(flavor, await send(emulator, flavor, 'POST', '/alerts', body)).id;
  },
  async 'alerts (saved search)'(flavor) {
    const savedSearchId = await create['saved-searches'](flavor);
    const body = {
      source: 'saved_search', savedSearchId, groupBy: 'ServiceName', threshold: 1, thresholdMax: 5, thresholdType: 'between', interval: '1h',
      scheduleStartAt: '2026-01-01T00:00:00Z', numConsecutiveWindows: 2, note: 'Runbook', channel: { type: 'webhook', webhookId: SEED_IDS.webhook },
    };
    return payload(flavor, await send(emulator, flavor, 'POST', '/alerts', body)).id;
  },
  async 'sources (log)'(flavor) {
    const body = {
      kind: 'log', name: `Logs ${flavor}`, connection: SEED_IDS.connection, from: { databaseName: 'default', tableName: 'otel_logs' }, timestampValueExpression: 'TimestampTime',
      defaultTableSelectExpression: 'Timestamp, Body', serviceNameExpression: 'ServiceName', querySettings: [{ setting: 'max_threads', value: '4' }],
      materializedViews: [{ databaseName: 'default', tableName: 'logs_mv', dimensionColumns: 'ServiceName', minGranularity: '15m', timestampColumn: 'Timestamp', aggregatedColumns: [{ aggFn: 'count', mvColumn: 'c' }] }],
      metadataMaterializedViews: { kvRollupTable: 'kv', granularity: '1h' },
    };
    return payload(flavor, await send(emulator, flavor, 'POST', '/sources', body)).id;
  },
  async 'sources (metric)'(flavor) {
    const body = { kind: 'metric', name: `Metrics ${flavor}`, connection: SEED_IDS.connection, from: { databaseName: 'default', tableName: '' }, timestampValueExpression: 'TimeUnix', metricTables: { gauge: 'otel_metrics_gauge' }, resourceAttributesExpression: 'ResourceAttributes' };
    return payload(flavor, await send(emulator, flavor, 'POST', '/sources', body)).id;
  },
  async 'sources (trace)'(flavor) {
    const body = {
      kind: 'trace', name: `Traces ${flavor}`, connection: SEED_IDS.connection, from: { databaseName: 'default', tableName: 'otel_traces' }, timestampValueExpression: 'Timestamp',
      defaultTableSelectExpression: 'Timestamp, SpanName', durationExpression: 'Duration', traceIdExpression: 'TraceId', spanIdExpression: 'SpanId',
      parentSpanIdExpression: 'ParentSpanId', spanNameExpression: 'SpanName', spanKindExpression: 'SpanKind', highlightedRowAttributeExpressions: [{ sqlExpression: 'SpanAttributes' }],
    };
    return payload(flavor, await send(emulator, flavor, 'POST', '/sources', body)).id;
  },
  async 'sources (promql)'(flavor) {
    const body = { kind: 'promql', name: `PromQL ${flavor}`, connection: SEED_IDS.connection, from: { databaseName: 'default', tableName: 'otel_metrics_sum' }, timestampValueExpression: 'TimeUnix', querySettings: [] };
    return payload(flavor, await send(emulator, flavor, 'POST', '/sources', body)).id;
  },
  async 'sources (log, empty expressions)'(flavor) {
    const body = {
      kind: 'log', name: `Logs blank ${flavor}`, connection: SEED_IDS.connection, from: { databaseName: 'default', tableName: 'otel_logs' }, timestampValueExpression: 'TimestampTime',
      defaultTableSelectExpression: 'Timestamp, Body', serviceNameExpression: '', bodyExpression: '', traceSourceId: '', disabled: true,
    };
    const created = payload(flavor, await send(emulator, flavor, 'POST', '/sources', body));
    expect(created).toMatchObject({ serviceNameExpression: '', bodyExpression: '', traceSourceId: '', disabled: true }); // `""` is stored and read back as sent
    return created.id;
  },
  async 'sources (session)'(flavor) {
    const body = { kind: 'session', name: `Sessions ${flavor}`, connection: SEED_IDS.connection, from: { databaseName: 'default', tableName: 'hyperdx_sessions' }, timestampValueExpression: 'TimestampTime', traceSourceId: SEED_IDS.traceSource };
    return payload(flavor, await send(emulator, flavor, 'POST', '/sources', body)).id;
  },
  async connections(flavor) {
    const body = { name: 'Warehouse', host: 'https://ch.example.com:8443', username: 'reader', password: 'secret', hyperdxSettingPrefix: 'hdx_team', isPrometheusEndpoint: false };
    return payload(flavor, await send(emulator, flavor, 'POST', '/connections', body)).id;
  },
  async roles(flavor) {
    const permissions = [{ action: 'read', subject: 'Dashboard' }, { action: 'manage', subject: 'Alert', inverted: true, conditions: { team: 'a' } }];
    return payload(flavor, await send(emulator, flavor, 'POST', '/roles', { name: 'Deploy bot', description: 'Terraform', permissions })).id;
  },
  async webhooks(flavor) {
    const body = { name: `Hook ${flavor}`, service: 'generic', url: 'https://hooks.example.com/round-trip', description: 'd', body: '{"text":"{{title}}"}', headers: { 'X-Token': 'secret' } };
    return payload(flavor, await send(emulator, flavor, 'POST', '/webhooks', body)).id;
  },
};

const kindOf = (name: string) => name.split(' ')[0] as Kind;
/** The kinds one flavor has only. */
const ONLY_ON: Partial<Record<string, Flavor>> = { connections: 'oss', roles: 'cloud' };
/** A PUT moves updatedAt on the documents that have it; everything else must stay. */
const withoutUpdatedAt = ({ updatedAt: _updatedAt, ...document }: Json) => document;

describe.each(FLAVORS)('%s: a GET body PUT back is accepted and changes nothing', (flavor) => {
  test.each(Object.keys(create).filter((name) => (ONLY_ON[name] ?? flavor) === flavor))('%s', async (name) => {
    const kind = kindOf(name);
    const id = await create[name](flavor);
    const read = await readDocument(emulator, flavor, kind, id);
    const put = await send(emulator, flavor, 'PUT', `/${kind}/${id}`, writable(flavor, kind, read));
    expect(put.status).toBe(200);
    expect(withoutUpdatedAt(payload(flavor, put))).toEqual(withoutUpdatedAt(read));
    expect(withoutUpdatedAt(await readDocument(emulator, flavor, kind, id))).toEqual(withoutUpdatedAt(read));
  });

  test('a dashboard PUT with its tiles in another order keeps their ids, in the order sent', async () => {
    const id = await create.dashboards(flavor);
    const read = await readDocument(emulator, flavor, 'dashboards', id);
    const reordered = { ...read, tiles: [...read.tiles].reverse() };
    const updated = payload(flavor, await send(emulator, flavor, 'PUT', `/dashboards/${id}`, writable(flavor, 'dashboards', reordered)));
    expect(updated.tiles).toEqual(reordered.tiles);
    expect(await readDocument(emulator, flavor, 'dashboards', id)).toEqual({ ...read, tiles: reordered.tiles });
  });
});

test('Managed ClickStack refuses a dashboard read sent back with the fields the notes say to remove', async () => {
  const id = await create.dashboards('cloud');
  const read = await readDocument(emulator, 'cloud', 'dashboards', id);
  const { id: _id, ...withoutId } = read;
  expect((await send(emulator, 'cloud', 'PUT', `/dashboards/${id}`, read)).body.error).toBe("Body validation failed: Unrecognized key(s) in object: 'id'");
  expect((await send(emulator, 'cloud', 'PUT', `/dashboards/${id}`, withoutId)).body.error).toContain('Value expression cannot be used with count aggregation function');
});
