// A deployment made in the ClickStack UI, as the app's own routes store it (emulator `storeAsTheApp`, RULES §4): ids
// the UI mints for tiles, containers and tabs (two base-36 random strings, `makeId` in the app), every display type,
// raw SQL tiles, containers with tabs, dashboard filters, a saved query, two tiles with the same name, tile alerts,
// multi-channel alerts (OSS), email and UI-only webhook channels (Managed ClickStack), saved-search alerts, a saved
// search with a filter only the UI makes, and two sources that share a name. Every id is fixed, so that an export of
// it is the same on every run (examples/import-existing is one). What the emulator shows of a stored tile config is
// what the server's read shows (its normalization, RULES §5.9).
import { type EmulatorHandle, SEED_IDS } from '../../emulator';
import { normalizeConfig } from '../../emulator/handlers/dashboard-normalization';
import { withModelDefaults } from '../../emulator/handlers/sources';
import type { CollectionName } from '../../emulator/store';
import type { FlavorName } from '../../provider/client';

type Json = Record<string, any>;

const CREATED = '2026-02-02T09:00:00.000Z';
const logs = SEED_IDS.logSource;
const traces = SEED_IDS.traceSource;
const connection = SEED_IDS.connection;

export const UI_IDS = {
  overview: '6650000000000000000000d1',
  database: '6650000000000000000000d2',
  checkoutSearch: '6650000000000000000000e1',
  slowSpansSearch: '6650000000000000000000e2',
  oncall: '6650000000000000000000b1',
  slack: '6650000000000000000000b2',
  pagerduty: '6650000000000000000000b3',
  auditLogs: '6650000000000000000000a1',
  auditLogsCopy: '6650000000000000000000a2',
  requestRateAlert: '6650000000000000000000f1',
  errorsAlert: '6650000000000000000000f2',
  queriesAlert: '6650000000000000000000f3',
  checkoutAlert: '6650000000000000000000f4',
  slowSpansAlert: '6650000000000000000000f5',
  deployRole: '6650000000000000000000c1',
  invitation: '6650000000000000000000c2',
  /** Tile ids as the UI mints them. */
  tiles: {
    requestRate: 'k2x9q0d7m1wz5r8b4y6uj3',
    errorsLine: 'p8f3n6t1c9vh2l7s0a5ge4',
    errorsNumber: 'w5j2r8y0b3kq7m1x6d9tf4',
    latency: 'h7c4u1n9e6sz3p0v8g2lb5',
    topEndpoints: 'z1m8f5t2w9dy6q3j0c7ka4',
    byService: 'r4v1k8x5n2hb9e6u3s0gl7',
    bySeverity: 'c6q3z0j7m4tw1f8p5y2dn9',
    heatmap: 'f9w6b3r0v7ky4n1h8q5cj2',
    recentErrors: 'u3h0d7k4x1gs8b5m2z9tq6',
    patterns: 'n0t7w4f1q8jc5v2r9k6yb3',
    readMe: 'b2y9p6h3u0mx7d4w1f8sk5',
    auditTrail: 'e8k5s2g9z6rq3c0n7j4vh1',
    queries: 'q5b2w9m6f3tx0k7h4r1zc8',
    queryTypes: 'g1n8c5x2p9vd6s3b0w7ym4',
    slowQueries: 'y7r4j1z8d5qm2h9k6c3tf0',
    failedQueries: 's4d1h8v5k2bn9y6q3g0xw7',
    tablesShare: 'x0e7q4n1y8hk5w2j9b6rd3',
    partsPerTable: 'j6u3f0b7s4cp1r8d5m2zg9',
    notes: 'm9g6y3e0w7nt4k1z8v5qb2',
  },
  containers: { queries: 'a3s0v7c4j1fz8m5d2x9hk6', details: 't8b5x2r9e6gw3n0y7q4mu1' },
  tabs: { volume: 'd5z2k9g6b3xq0w7e4n1sv8', latency: 'v2n9y6s3f0jr7t4b1k8hc5', details: 'l4g1t8q5d2mc9x6f3z0wb7' },
  filters: { service: '6650000000000000000000c1', environment: '6650000000000000000000c2' },
};
const T = UI_IDS.tiles;

const count = (extra: Json = {}) => ({ aggFn: 'count', ...extra });
const tile = (id: string, name: string, [x, y, w, h]: number[], config: Json, place: Json = {}) => ({ id, name, x, y, w, h, config: normalizeConfig(config), ...place });
const sql = (displayType: string, sqlTemplate: string, extra: Json = {}) => ({ configType: 'sql', displayType, connectionId: connection, sqlTemplate, ...extra });

function overview(flavor: FlavorName): Json {
  const oss = flavor === 'oss';
  return {
    id: UI_IDS.overview,
    name: 'Service overview',
    tags: ['prod', 'team-a'],
    tiles: [
      tile(T.requestRate, 'Request rate', [0, 0, 12, 4], {
        displayType: 'line', sourceId: traces, select: [count({ alias: 'requests' })], groupBy: 'ServiceName',
        numberFormat: { output: 'number', average: true, mantissa: 1 },
      }),
      tile(T.errorsLine, 'Errors', [12, 0, 12, 4], {
        displayType: 'line', sourceId: logs, select: [count({ where: "SeverityText = 'error'", whereLanguage: 'sql', alias: 'errors' })],
        groupBy: 'ServiceName', compareToPreviousPeriod: true,
      }),
      tile(T.errorsNumber, 'Errors', [0, 4, 6, 3], {
        displayType: 'number', sourceId: logs, select: [count({ where: 'SeverityText:error' })], color: 'chart-red',
        colorRules: [{ operator: 'gt', value: 100, color: 'chart-error', label: 'high' }, { operator: 'between', value: [10, 100], color: 'chart-warning' }],
        backgroundChart: { type: 'area' },
      }),
      tile(T.latency, 'Latency p95', [6, 4, 10, 3], {
        displayType: 'stacked_bar', sourceId: traces, select: [{ aggFn: 'quantile', level: 0.95, valueExpression: 'Duration', alias: 'p95' }],
        groupBy: 'SpanName', numberFormat: { output: 'duration', factor: 0.000000001 },
      }),
      tile(T.topEndpoints, 'Top endpoints', [16, 4, 8, 7], {
        displayType: 'table', sourceId: traces, select: [count({ alias: 'calls' }), { aggFn: 'avg', valueExpression: 'Duration', alias: 'avg' }],
        groupBy: 'SpanName', orderBy: 'calls DESC', groupByColumnsOnLeft: true,
        onClick: { type: 'dashboard', target: { mode: 'id', id: UI_IDS.database }, filters: [{ kind: 'expressionTemplate', expression: 'ServiceName', template: '{{ServiceName}}' }] },
        ...(oss ? { formulas: [{ expression: 'B / A', alias: 'avg per call' }], showOperandSeries: true } : {}),
      }),
      tile(T.byService, 'By service', [0, 7, 8, 4], { displayType: 'pie', sourceId: logs, select: [count()], groupBy: 'ServiceName', limit: 8 }),
      tile(T.bySeverity, 'By severity', [8, 7, 8, 4], { displayType: 'bar', sourceId: logs, select: [count()], groupBy: 'SeverityText', orderBy: 'count() DESC' }),
      tile(T.heatmap, 'Span durations', [0, 11, 12, 5], { displayType: 'heatmap', sourceId: traces, select: [{ valueExpression: 'Duration', heatmapScaleType: 'log' }], where: '' }),
      tile(T.recentErrors, 'Recent errors', [12, 11, 12, 5], { displayType: 'search', sourceId: logs, select: 'Timestamp, ServiceName, Body', where: 'SeverityText:error' }),
      tile(T.patterns, 'Log patterns', [0, 16, 12, 5], { displayType: 'event_patterns', sourceId: logs, select: 'Body', where: 'ServiceName:checkout' }),
      tile(T.readMe, 'Read me', [12, 16, 12, 5], { displayType: 'markdown', markdown: '## On call\n\nCheck **Errors** first; `${env}` is not a template here.' }),
      tile(T.auditTrail, 'Audit trail', [0, 21, 24, 4], { displayType: 'search', sourceId: UI_IDS.auditLogs, select: 'Timestamp, Body', where: '' }),
    ],
    filters: [
      { id: UI_IDS.filters.service, type: 'QUERY_EXPRESSION', name: 'Service', expression: 'ServiceName', sourceId: logs },
      {
        id: UI_IDS.filters.environment, type: 'QUERY_EXPRESSION', name: 'Environment', expression: "ResourceAttributes['deployment.environment']",
        sourceId: traces, ...(oss ? { isBroadcastEnabled: true, isVariableEnabled: true, variableName: 'env' } : {}),
      },
    ],
    savedQuery: 'ServiceName:checkout',
    savedQueryLanguage: 'lucene',
    savedFilterValues: [{ type: 'sql', condition: "SeverityText != 'debug'" }],
  };
}

const queriesSql = [
  'SELECT toStartOfInterval(event_time, INTERVAL {intervalSeconds:Int64} second) AS ts, count() AS queries',
  'FROM system.query_log',
  'WHERE event_time >= fromUnixTimestamp64Milli({startDateMilliseconds:Int64})',
  '  AND event_time < fromUnixTimestamp64Milli({endDateMilliseconds:Int64})',
  'GROUP BY ts ORDER BY ts',
].join('\n');

function database(): Json {
  const { containers, tabs } = UI_IDS;
  return {
    id: UI_IDS.database,
    name: 'Database (raw SQL)',
    tags: ['team-b'],
    tiles: [
      tile(T.notes, 'Notes', [0, 0, 24, 2], { displayType: 'markdown', markdown: 'Queries of the ClickHouse behind the sources.' }),
      tile(T.queries, 'Queries', [0, 0, 12, 4], sql('line', queriesSql, { fillNulls: false }), { containerId: containers.queries, tabId: tabs.volume }),
      tile(T.queryTypes, 'Query kinds', [12, 0, 12, 4], sql('stacked_bar', 'SELECT $__timeInterval(event_time) AS ts, query_kind, count()\nFROM system.query_log\nWHERE $__timeFilter(event_time)\nGROUP BY ts, query_kind'), { containerId: containers.queries, tabId: tabs.volume }),
      tile(T.slowQueries, 'Slowest queries', [0, 0, 16, 5], sql('table', 'SELECT query, query_duration_ms FROM system.query_log\nWHERE $__timeFilter(event_time)\nORDER BY query_duration_ms DESC LIMIT 20', { sourceId: logs }), { containerId: containers.queries, tabId: tabs.latency }),
      tile(T.failedQueries, 'Failed queries', [16, 0, 8, 5], sql('number', "SELECT $__timeInterval(event_time) AS ts, count() FROM system.query_log WHERE type = 'ExceptionWhileProcessing' AND $__timeFilter(event_time) GROUP BY ts", { color: 'chart-red' }), { containerId: containers.queries, tabId: tabs.latency }),
      tile(T.tablesShare, 'Rows by table', [0, 0, 12, 5], sql('pie', 'SELECT table, sum(rows) FROM system.parts GROUP BY table'), { containerId: containers.details, tabId: tabs.details }),
      tile(T.partsPerTable, 'Parts by table', [12, 0, 12, 5], sql('bar', 'SELECT table, count() FROM system.parts GROUP BY table'), { containerId: containers.details, tabId: tabs.details }),
    ],
    filters: [],
    savedQuery: null,
    savedQueryLanguage: null,
    savedFilterValues: [],
    containers: [
      { id: containers.queries, title: 'Queries', collapsed: false, tabs: [{ id: tabs.volume, title: 'Volume' }, { id: tabs.latency, title: 'Latency' }] },
      { id: containers.details, title: 'Storage', collapsed: true, tabs: [{ id: tabs.details, title: 'Storage' }] },
    ],
  };
}

function savedSearches(): Json[] {
  const stored = { teamId: '64f000000000000000000001', createdAt: CREATED, updatedAt: CREATED };
  return [
    {
      id: UI_IDS.checkoutSearch, name: 'Checkout errors', sourceId: logs, select: 'Timestamp, ServiceName, Body', where: 'ServiceName:checkout SeverityText:error',
      whereLanguage: 'lucene', orderBy: 'Timestamp DESC', tags: ['team-a'],
      filters: [{ type: 'sql', condition: "ServiceName IN ('checkout', 'cart')" }, { type: 'sql_ast', operator: '!=', left: 'SeverityText', right: "'debug'" }],
      ...stored,
    },
    { id: UI_IDS.slowSpansSearch, name: 'Slow spans', sourceId: traces, select: '', where: 'Duration > 1000000000', whereLanguage: 'sql', orderBy: '', tags: [], filters: [], ...stored },
  ];
}

function webhooks(flavor: FlavorName): Json[] {
  const stored = { createdAt: CREATED, updatedAt: CREATED };
  return [
    {
      id: UI_IDS.oncall, name: 'On-call', service: 'generic', url: 'https://hooks.example.com/oncall?token=secret-in-url', description: 'Pages the on-call engineer',
      body: '{"summary":"{{title}}","link":"{{link}}"}', headers: { Authorization: 'Bearer secret-header' }, ...stored,
    },
    { id: UI_IDS.slack, name: 'Team channel', service: 'slack', url: 'https://hooks.slack.com/services/T000/B000/secret', ...stored },
    ...(flavor === 'cloud' ? [{ id: UI_IDS.pagerduty, name: 'PagerDuty', service: 'pagerduty_api', url: 'https://events.pagerduty.com/v2/enqueue', ...stored }] : []),
  ];
}

/** Alerts as the app stores them (RULES §6.4): `channel` mirrors the first of `channels`. */
function alerts(flavor: FlavorName): Json[] {
  const stored = { state: 'OK', scheduleOffsetMinutes: 0, createdAt: CREATED, updatedAt: CREATED };
  const webhook = (webhookId: string, extra: Json = {}) => ({ type: 'webhook', webhookId, ...extra });
  const channels = (...list: Json[]) => ({ channel: list[0], channels: list });
  const onTile = (dashboardId: string, tileId: string) => ({ source: 'tile', dashboardId, tileId });
  return [
    {
      id: UI_IDS.requestRateAlert, name: 'Traffic drop', message: 'Requests fell below 10 per 5 minutes.', threshold: 10, thresholdType: 'below', interval: '5m',
      ...onTile(UI_IDS.overview, T.requestRate),
      ...(flavor === 'oss' ? channels(webhook(UI_IDS.oncall), webhook(UI_IDS.slack), webhook(SEED_IDS.webhook)) : channels(webhook(UI_IDS.pagerduty, { webhookService: 'pagerduty_api', severity: 'critical' }))),
      ...stored,
    },
    {
      id: UI_IDS.errorsAlert, name: null, threshold: 100, thresholdType: 'above', interval: '15m', numConsecutiveWindows: 2,
      ...onTile(UI_IDS.overview, T.errorsNumber), ...channels(webhook(UI_IDS.oncall)), ...stored,
    },
    {
      id: UI_IDS.queriesAlert, name: 'Query storm', threshold: 10, thresholdMax: 5000, thresholdType: 'not_between', interval: '1h', note: 'See the *Queries* tab.',
      ...onTile(UI_IDS.database, T.queries), ...channels(webhook(UI_IDS.slack)), ...stored,
    },
    {
      id: UI_IDS.checkoutAlert, name: 'Checkout errors', threshold: 5, thresholdType: 'above_exclusive', interval: '5m', source: 'saved_search',
      savedSearchId: UI_IDS.checkoutSearch, groupBy: 'ServiceName',
      ...(flavor === 'oss' ? channels(webhook(UI_IDS.oncall)) : channels({ type: 'email', emailRecipients: ['oncall@example.com', 'checkout-team@example.com'] })),
      ...stored,
    },
    {
      id: UI_IDS.slowSpansAlert, name: 'Slow spans', threshold: 50, thresholdType: 'above', interval: '1h', source: 'saved_search', savedSearchId: UI_IDS.slowSpansSearch,
      ...channels(webhook(SEED_IDS.webhook)), ...stored, scheduleOffsetMinutes: 15,
    },
  ];
}

/** Two log sources named alike: a lookup by name cannot tell them apart, so the tile that uses one keeps its id. */
function sources(): Json[] {
  const audit = (id: string, tableName: string) =>
    withModelDefaults({
      id, kind: 'log', name: 'Audit', connection, from: { databaseName: 'audit', tableName }, timestampValueExpression: 'Timestamp',
      defaultTableSelectExpression: 'Timestamp, Body', bodyExpression: 'Body', serviceNameExpression: 'ServiceName', severityTextExpression: 'SeverityText',
    });
  return [audit(UI_IDS.auditLogs, 'events'), audit(UI_IDS.auditLogsCopy, 'events_v2')];
}

/** The documents of the deployment, for a flavor, by collection. */
export function uiMadeDocuments(flavor: FlavorName): Partial<Record<CollectionName, Json[]>> {
  return {
    sources: sources(),
    webhooks: webhooks(flavor),
    savedSearches: savedSearches(),
    dashboards: [overview(flavor), database()],
    alerts: alerts(flavor),
    ...(flavor === 'cloud' ? { roles: [deployRole()] } : { invitations: [invitation()] }),
  };
}

/** A custom role made in the Managed ClickStack UI, with conditions (RULES §12.3). */
function deployRole(): Json {
  const permissions = [
    { action: 'manage', subject: 'Dashboard' },
    { action: 'delete', subject: 'Alert', inverted: true, conditions: { name: 'Paging', tags: ['prod'] } },
  ];
  return { id: UI_IDS.deployRole, name: 'Deploy bot', description: 'Deploys dashboards from CI', permissions, isPredefined: false, createdAt: CREATED, updatedAt: CREATED };
}

/** An invitation sent from the OSS team settings, not accepted yet (RULES §11). */
function invitation(): Json {
  return { id: UI_IDS.invitation, email: 'newcomer@example.com', name: 'Newcomer', createdAt: CREATED };
}

/** Stores the deployment in the emulator's `flavor` deployment (seeded with the default seed), as the UI's routes would. */
export function storeUiMadeDeployment(emulator: EmulatorHandle, flavor: FlavorName): void {
  for (const [collection, documents] of Object.entries(uiMadeDocuments(flavor)) as [CollectionName, Json[]][])
    for (const document of documents) emulator[flavor].storeAsTheApp(collection, document);
}
