// Request contract: every call of the client, run against the emulator, sends what the vendored OpenAPI file of
// its flavor accepts (as corrected in test/contract/openapi.ts, api-behaviour §12). Query strings are not checked by
// the validator: Cloud declares no limit/offset, which the client sends anyway (api-behaviour §4.2).
import { IDENTITY, SEED_IDS, startEmulator } from '../../emulator';
import type { EmulatorHandle } from '../../emulator';
import { CLOUD_PREFIX, listOperations, OSS_PREFIX, validateRequest } from '../../test/contract/openapi';
import type { ClickStackClient, DashboardCreateInput, FlavorName, SourceInput, TileInput } from './index';
import { toDashboardUpdateInput } from './index';
import { emulatorClient, FLAVORS } from '../../test/support/emulator-clients';

let handle: EmulatorHandle;

beforeAll(async () => {
  handle = await startEmulator({ rateLimit: false });
});

afterAll(() => handle.close());

/** Every tile kind the models describe; OSS-only fields only for OSS. */
function tiles(flavor: FlavorName): TileInput[] {
  const log = SEED_IDS.logSource;
  const ossOnly = flavor === 'oss';
  const at = (index: number) => ({ x: (index % 4) * 6, y: Math.floor(index / 4) * 3, w: 6, h: 3 });
  const configs: TileInput['config'][] = [
    {
      displayType: 'line',
      sourceId: log,
      select: [
        { aggFn: 'count', where: 'SeverityText:error', whereLanguage: 'lucene', alias: 'errors' },
        { aggFn: 'quantile', level: 0.95, valueExpression: 'Duration', where: '', whereLanguage: 'sql', numberFormat: { output: 'duration', factor: 0.001 } },
      ],
      groupBy: 'ServiceName',
      fillNulls: true,
      alignDateRangeToGranularity: true,
      compareToPreviousPeriod: false,
      numberFormat: { output: 'number', mantissa: 2, thousandSeparated: true },
      ...(ossOnly ? { seriesLimit: 5, formulas: [{ expression: 'A / B', alias: 'ratio' }], showOperandSeries: true } : {}),
    },
    { displayType: 'stacked_bar', sourceId: log, select: [{ aggFn: 'count' }, { aggFn: 'count_distinct', valueExpression: 'TraceId' }], asRatio: true },
    {
      displayType: 'table',
      sourceId: log,
      select: [{ aggFn: 'avg', valueExpression: 'length(Body)' }],
      groupBy: 'ServiceName',
      orderBy: 'ServiceName',
      groupByColumnsOnLeft: true,
      onClick: { type: 'search', target: { mode: 'id', id: log }, whereTemplate: "ServiceName = '{{ServiceName}}'", whereLanguage: 'sql' },
    },
    {
      displayType: 'number',
      sourceId: log,
      select: [{ aggFn: 'sum', valueExpression: 'toFloat64(1)' }],
      color: 'chart-green',
      colorRules: [{ operator: 'gt', value: 100, color: 'chart-red', label: 'high' }],
      backgroundChart: { type: 'area', color: 'chart-blue' },
    },
    { displayType: 'pie', sourceId: log, select: [{ aggFn: 'count' }], groupBy: 'SeverityText', limit: 5 },
    { displayType: 'bar', sourceId: log, select: [{ aggFn: 'max', valueExpression: 'length(Body)' }], groupBy: 'ServiceName', orderBy: 'ServiceName' },
    { displayType: 'heatmap', sourceId: SEED_IDS.traceSource, select: [{ valueExpression: 'Duration', heatmapScaleType: 'log' }], where: '', whereLanguage: 'lucene' },
    { displayType: 'search', sourceId: log, select: 'Timestamp, Body', where: 'level:error', whereLanguage: 'lucene' },
    { displayType: 'event_patterns', sourceId: log, select: 'Body', where: '' },
    { displayType: 'markdown', markdown: '# Notes' },
    { configType: 'sql', displayType: 'line', connectionId: SEED_IDS.connection, sqlTemplate: 'SELECT 1', fillNulls: true },
    { configType: 'sql', displayType: 'table', connectionId: SEED_IDS.connection, sqlTemplate: 'SELECT 2', sourceId: log },
  ];
  return configs.map((config, index) => ({
    name: `${config.displayType} ${index}`,
    ...at(index),
    config,
    ...(index === 0 ? { containerId: 'health', tabId: 'errors' } : {}),
  }));
}

function dashboardBody(flavor: FlavorName): DashboardCreateInput {
  return {
    name: 'Contract dashboard',
    tags: ['contract'],
    tiles: tiles(flavor),
    filters: [
      {
        type: 'QUERY_EXPRESSION',
        name: 'Service',
        expression: 'ServiceName',
        sourceId: SEED_IDS.logSource,
        where: '',
        whereLanguage: 'sql',
        ...(flavor === 'oss' ? { isBroadcastEnabled: true } : {}),
      },
    ],
    savedQuery: 'level:error',
    savedQueryLanguage: 'lucene',
    savedFilterValues: [{ type: 'sql', condition: "ServiceName IN ('api')" }],
    containers: [{ id: 'health', title: 'Health', collapsed: false, collapsible: true, bordered: true, tabs: [{ id: 'errors', title: 'Errors' }] }],
  };
}

function logSourceBody(): SourceInput {
  return {
    kind: 'log',
    name: 'Contract logs',
    connection: SEED_IDS.connection,
    from: { databaseName: 'default', tableName: 'otel_logs' },
    timestampValueExpression: 'TimestampTime',
    defaultTableSelectExpression: 'Timestamp, Body',
    serviceNameExpression: 'ServiceName',
    bodyExpression: 'Body',
    querySettings: [{ setting: 'max_threads', value: '4' }],
    highlightedRowAttributeExpressions: [{ sqlExpression: 'ServiceName', alias: 'service' }],
    materializedViews: [
      {
        databaseName: 'default',
        tableName: 'logs_mv',
        dimensionColumns: 'ServiceName',
        minGranularity: '1m',
        timestampColumn: 'Timestamp',
        aggregatedColumns: [{ aggFn: 'count', mvColumn: 'count' }],
      },
    ],
  };
}

/** Calls every method of the client once or more. */
async function exerciseEverything(client: ClickStackClient, flavor: FlavorName): Promise<void> {
  // Sources
  const sources = await client.sources.list();
  expect(sources.length).toBeGreaterThanOrEqual(4);
  const source = await client.sources.create(logSourceBody());
  await client.sources.get(source.id);
  await client.sources.update(source.id, { ...logSourceBody(), name: 'Contract logs 2' });
  const metric = sources.find((item) => item.kind === 'metric');
  if (!metric) throw new Error('the seed has a metric source');
  const { id: metricId, ...metricBody } = metric;
  await client.sources.update(metricId, metricBody as SourceInput);

  // Dashboards
  const body = dashboardBody(flavor);
  const validation = await client.dashboards.validate(body);
  expect(validation).toMatchObject({ valid: true, errors: [] });
  const dashboard = await client.dashboards.create(body);
  await client.dashboards.list();
  await client.dashboards.get(dashboard.id);
  await client.dashboards.update(dashboard.id, { ...toDashboardUpdateInput(dashboard), name: 'Contract dashboard 2' });

  // Webhooks
  const webhook = await client.webhooks.create({
    name: 'Contract hook',
    service: 'generic',
    url: 'https://example.com/hooks/contract',
    description: 'contract',
    body: '{"text":"{{title}}"}',
    headers: { 'X-Token': 'abc123' },
    queryParams: { channel: 'ops' },
  });
  await client.webhooks.update(webhook.id, { name: 'Contract hook', service: 'generic', url: 'https://example.com/hooks/contract', body: '{}' });
  await client.webhooks.get(webhook.id);

  // Saved searches
  const search = await client.savedSearches.create({
    name: 'Contract search',
    sourceId: SEED_IDS.logSource,
    select: 'Timestamp, Body',
    where: 'level:error',
    whereLanguage: 'lucene',
    orderBy: 'Timestamp DESC',
    tags: ['contract'],
    filters: [{ type: 'sql', condition: "ServiceName IN ('api', 'web')" }],
  });
  await client.savedSearches.get(search.id);
  await client.savedSearches.update(search.id, { name: 'Contract search 2', sourceId: SEED_IDS.logSource });
  await client.savedSearches.list();

  // Alerts
  const lineTile = dashboard.tiles.find((tile) => tile.config.displayType === 'line' && tile.config.configType !== 'sql');
  const channel = { type: 'webhook' as const, webhookId: webhook.id };
  const tileAlert = await client.alerts.create({
    source: 'tile',
    dashboardId: dashboard.id,
    tileId: lineTile?.id,
    threshold: 10,
    thresholdType: 'between',
    thresholdMax: 20,
    interval: '15m',
    scheduleOffsetMinutes: 5,
    channel,
    ...(flavor === 'oss' ? { channels: [channel] } : {}),
    name: 'Contract tile alert',
    message: 'too many',
    numConsecutiveWindows: 2,
  });
  const searchAlert = await client.alerts.create({
    source: 'saved_search',
    savedSearchId: search.id,
    groupBy: 'ServiceName',
    threshold: 1,
    thresholdType: 'above',
    interval: '5m',
    scheduleStartAt: new Date(Date.now() + 3_600_000).toISOString(),
    channel: flavor === 'cloud' ? { type: 'email', emailRecipients: ['ops@example.com'] } : channel,
    note: 'runbook',
  });
  await client.alerts.get(tileAlert.id);
  await client.alerts.update(tileAlert.id, { source: 'tile', dashboardId: dashboard.id, tileId: lineTile?.id, threshold: 5, thresholdType: 'above', interval: '1h', channel });
  await client.alerts.list();

  // OSS-only reads
  if (flavor === 'oss') {
    const connections = await client.connections.list();
    await client.connections.get(connections[0].id);
    const connection = await client.connections.create({ name: 'Contract', host: 'http://clickhouse:8123', username: 'u', password: 'pw-contract', hyperdxSettingPrefix: 'hdx' });
    await client.connections.update(connection.id, { name: 'Contract', host: 'http://clickhouse:8123', username: 'u', hyperdxSettingPrefix: null, isPrometheusEndpoint: false });
    await client.connections.delete(connection.id);
    await client.team.members.list();
    const invitation = await client.team.invite({ email: 'contract@example.com', name: 'Contract' });
    await client.team.invitations.list();
    await client.team.deleteInvitation(invitation.invitationId);
    await client.team.deleteMember(IDENTITY.teammateId);
    await client.charts.series({
      series: [{ sourceId: SEED_IDS.logSource, aggFn: 'count', where: '', whereLanguage: 'lucene', groupBy: ['ServiceName'] }],
      startTime: 1_767_225_600_000,
      endTime: 1_767_229_200_000,
      granularity: '5m',
    });
  }

  // Cloud-only
  if (flavor === 'cloud') {
    const roles = await client.roles.list();
    await client.roles.get(roles[0].id);
    const permissions = [{ action: 'read', subject: 'Dashboard' }, { action: 'manage', subject: 'Alert', inverted: true, conditions: { teamId: 'x' } }];
    const role = await client.roles.create({ name: 'Contract role', permissions });
    await client.roles.update(role.id, { name: 'Contract role', permissions: permissions.slice(0, 1) });
    await client.roles.delete(role.id);
  }

  // Deletes, dependents first
  await client.alerts.delete(tileAlert.id);
  await client.alerts.delete(searchAlert.id);
  await client.savedSearches.delete(search.id);
  await client.webhooks.delete(webhook.id);
  await client.dashboards.delete(dashboard.id);
  await client.sources.delete(source.id);
}

/** The spec templates the client is expected to call, per flavor (the report's endpoint table). */
const EXPECTED_OPERATIONS: Record<FlavorName, string[]> = {
  oss: [
    'GET /dashboards', 'POST /dashboards', 'GET /dashboards/{id}', 'PUT /dashboards/{id}', 'DELETE /dashboards/{id}', 'POST /dashboards/validate',
    'GET /alerts', 'POST /alerts', 'GET /alerts/{id}', 'PUT /alerts/{id}', 'DELETE /alerts/{id}',
    'GET /webhooks', 'POST /webhooks', 'PUT /webhooks/{id}', 'DELETE /webhooks/{id}',
    'GET /saved-searches', 'POST /saved-searches', 'GET /saved-searches/{id}', 'PUT /saved-searches/{id}', 'DELETE /saved-searches/{id}',
    'GET /sources', 'POST /sources', 'GET /sources/{id}', 'PUT /sources/{id}', 'DELETE /sources/{id}',
    'GET /connections', 'GET /connections/{id}', 'POST /connections', 'PUT /connections/{id}', 'DELETE /connections/{id}',
    'GET /team/members', 'POST /team/invitation', 'GET /team/invitations', 'DELETE /team/invitation/{id}', 'DELETE /team/member/{id}',
    'POST /charts/series',
  ],
  cloud: [
    'GET /dashboards', 'POST /dashboards', 'GET /dashboards/{clickStackDashboardId}', 'PUT /dashboards/{clickStackDashboardId}',
    'DELETE /dashboards/{clickStackDashboardId}', 'POST /dashboards/validate',
    'GET /alerts', 'POST /alerts', 'GET /alerts/{clickStackAlertId}', 'PUT /alerts/{clickStackAlertId}', 'DELETE /alerts/{clickStackAlertId}',
    'GET /webhooks', 'POST /webhooks', 'PUT /webhooks/{clickStackWebhookId}', 'DELETE /webhooks/{clickStackWebhookId}',
    'GET /saved-searches', 'POST /saved-searches', 'GET /saved-searches/{clickStackSavedSearchId}',
    'PUT /saved-searches/{clickStackSavedSearchId}', 'DELETE /saved-searches/{clickStackSavedSearchId}',
    'GET /sources', 'POST /sources', 'GET /sources/{clickStackSourceId}', 'PUT /sources/{clickStackSourceId}', 'DELETE /sources/{clickStackSourceId}',
    'GET /roles', 'POST /roles', 'GET /roles/{clickStackRoleId}', 'PUT /roles/{clickStackRoleId}', 'DELETE /roles/{clickStackRoleId}',
  ],
};

/** The spec operation a recorded request hit, as `METHOD /template` without the flavor prefix. */
function operationOf(flavor: FlavorName, method: string, path: string): string | undefined {
  const prefix = flavor === 'oss' ? OSS_PREFIX : CLOUD_PREFIX;
  const candidates = listOperations(flavor)
    .filter((operation) => operation.method === method)
    .map((operation) => ({
      template: operation.pathTemplate,
      literalSegments: operation.pathTemplate.split('/').filter((segment) => !segment.startsWith('{')).length,
      pattern: new RegExp(`^${operation.pathTemplate.replace(/\{[^}]+\}/g, '[^/]+')}$`),
    }))
    .filter((operation) => operation.pattern.test(path))
    .sort((a, b) => b.literalSegments - a.literalSegments);
  return candidates[0] && `${method} ${candidates[0].template.slice(prefix.length)}`;
}

describe.each(FLAVORS)('%s request contract', (flavor) => {
  let client: ClickStackClient;

  beforeAll(async () => {
    handle.reset();
    client = emulatorClient(handle, flavor);
    await exerciseEverything(client, flavor);
  });

  afterAll(() => client.close());

  it('every request succeeded', () => {
    const failed = handle.requests.filter((request) => request.status !== 200);
    expect(failed.map((request) => `${request.method} ${request.path} ${request.status} ${JSON.stringify(request.responseBody)}`)).toEqual([]);
  });

  it('the validator is not vacuous: it rejects a filter id on create and a wrong type', () => {
    const filter = { type: 'QUERY_EXPRESSION', name: 'S', expression: 'ServiceName', sourceId: SEED_IDS.logSource };
    expect(validateRequest(flavor, 'POST', '/dashboards', { name: 'x', tiles: [], filters: [{ ...filter, id: 'f1' }] })).not.toEqual([]);
    expect(validateRequest(flavor, 'POST', '/saved-searches', { name: 1, sourceId: SEED_IDS.logSource })).not.toEqual([]);
  });

  it('every request matches the OpenAPI of its flavor', () => {
    expect(handle.requests.length).toBeGreaterThan(20);
    const violations = handle.requests.flatMap((request) => {
      expect(request.flavor).toBe(flavor);
      return validateRequest(flavor, request.method, request.path, request.body);
    });
    expect(violations).toEqual([]);
  });

  it('covers every endpoint the client implements for this flavor', () => {
    const hit = new Set(handle.requests.map((request) => operationOf(flavor, request.method, request.path)));
    expect([...hit].sort()).toEqual([...EXPECTED_OPERATIONS[flavor]].sort());
  });

  it('sends JSON with the project User-Agent and the flavor auth scheme', () => {
    for (const request of handle.requests) {
      expect(request.headers['user-agent']).toMatch(/^clickstack-cdktf\//);
      expect(request.headers.authorization).toBe(flavor === 'oss' ? 'Bearer [REDACTED]' : 'Basic [REDACTED]');
      if (request.body !== undefined) expect(request.headers['content-type']).toBe('application/json');
    }
  });

  if (flavor === 'cloud') {
    it('never sends an OSS-only field or a filter id on create', () => {
      const creates = handle.requests.filter((request) => request.method === 'POST').map((request) => JSON.stringify(request.body));
      for (const body of creates) expect(body).not.toMatch(/"channels"|"formulas"|"seriesLimit"|"isBroadcastEnabled"/);
      const dashboardCreate = handle.requests.find((request) => request.method === 'POST' && request.path.endsWith('/dashboards'));
      expect((dashboardCreate?.body as { filters: Array<Record<string, unknown>> }).filters.every((filter) => !('id' in filter))).toBe(true);
    });
  }
});
