// Contract tests: every emulator endpoint of both flavors, success and error responses, validated against the
// vendored OpenAPI files (with the corrections of openapi.ts, api-behaviour §12). The requests the tests send are checked
// against the spec too, except the ones that are deliberately invalid.
import { IDENTITY, startEmulator, SEED_IDS, type EmulatorHandle } from '../../emulator';
import { listOperations, resolveOperation, validateRequest, validateResponse, type Flavor } from './openapi';

let emulator: EmulatorHandle;
beforeAll(async () => {
  emulator = await startEmulator({ rateLimit: false });
});
afterAll(() => emulator.close());

interface Reply {
  status: number;
  headers: Headers;
  body: any;
}

function base(flavor: Flavor): string {
  return flavor === 'oss'
    ? `${emulator.ossUrl}/api/v2`
    : `${emulator.cloudUrl}/v1/organizations/${emulator.organizationId}/services/${emulator.serviceId}/clickstack`;
}

function authorization(flavor: Flavor): string {
  return flavor === 'oss' ? `Bearer ${emulator.apiKey}` : `Basic ${Buffer.from(`${emulator.keyId}:${emulator.keySecret}`).toString('base64')}`;
}

async function call(flavor: Flavor, method: string, path: string, body?: unknown, auth = authorization(flavor)): Promise<Reply> {
  const response = await fetch(base(flavor) + path, {
    method,
    headers: { Authorization: auth, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const raw = await response.text();
  const isJson = (response.headers.get('content-type') ?? '').includes('json');
  return { status: response.status, headers: response.headers, body: isJson ? JSON.parse(raw) : raw };
}

/** `flavor METHOD template` of every operation a contract case exercised, with the statuses seen. */
const covered = new Map<string, Set<number>>();

/** Sends a request, checks the status, and validates request (unless invalid on purpose) and response. */
async function contract(flavor: Flavor, method: string, path: string, status: number, body?: unknown, options: { invalidRequest?: boolean; auth?: string } = {}): Promise<Reply> {
  const operation = resolveOperation(flavor, method, path);
  const key = `${flavor} ${method} ${operation?.pathTemplate ?? path}`;
  covered.set(key, (covered.get(key) ?? new Set()).add(status));
  if (!options.invalidRequest) expect(validateRequest(flavor, method, path, body)).toEqual([]);
  const reply = await call(flavor, method, path, body, options.auth);
  expect({ status: reply.status, body: reply.body }).toMatchObject({ status });
  expect(validateResponse(flavor, method, path, reply.status, reply.body)).toEqual([]);
  return reply;
}

const payload = (flavor: Flavor, reply: Reply) => (flavor === 'oss' ? reply.body.data : reply.body.result);
const MISSING = '000000000000000000000000';
const TEAMMATE_ID = IDENTITY.teammateId;

const lineTile = (name: string) => ({
  name, x: 0, y: 0, w: 12, h: 4,
  config: { displayType: 'line', sourceId: SEED_IDS.logSource, select: [{ aggFn: 'count', where: 'SeverityText:error', whereLanguage: 'lucene' }], groupBy: 'ServiceName' },
});
const dashboardBody = (name: string) => ({
  name, tags: ['dev'],
  tiles: [lineTile('Errors'), { name: 'p95', x: 12, y: 0, w: 12, h: 4, config: { displayType: 'number', sourceId: SEED_IDS.traceSource, select: [{ aggFn: 'quantile', level: 0.95, valueExpression: 'Duration' }] } }],
  filters: [{ type: 'QUERY_EXPRESSION', name: 'Service', expression: 'ServiceName', sourceId: SEED_IDS.logSource }],
});
const sourceBody = (name: string) => ({
  name, kind: 'log', connection: SEED_IDS.connection, from: { databaseName: 'default', tableName: 'otel_logs' },
  timestampValueExpression: 'TimestampTime', defaultTableSelectExpression: 'Timestamp, Body',
});
const webhookBody = (name: string) => ({ name, service: 'generic', url: 'https://hooks.example.com/x', body: '{"text":"{{title}}"}', headers: { 'X-Token': 'secret' } });
const savedSearchBody = (name: string) => ({ name, sourceId: SEED_IDS.logSource, where: 'level:error', tags: ['errors'] });

describe.each<Flavor>(['oss', 'cloud'])('%s endpoints shared by both flavors', (flavor) => {
  let dashboard: any;
  let savedSearch: any;
  let webhook: any;
  let alert: any;
  let source: any;

  test('POST /dashboards → 200', async () => {
    dashboard = payload(flavor, await contract(flavor, 'POST', '/dashboards', 200, dashboardBody(`Contract ${flavor}`)));
    expect(dashboard.tiles[0].id).toMatch(/^[0-9a-f]{24}$/);
  });
  test('POST /dashboards invalid → 400', () => contract(flavor, 'POST', '/dashboards', 400, { tiles: [{ name: 't', x: 99, y: 0, w: 0, h: 1 }] }, { invalidRequest: true }));
  test('GET /dashboards → 200', () => contract(flavor, 'GET', '/dashboards', 200));
  test('GET /dashboards/{id} → 200', () => contract(flavor, 'GET', `/dashboards/${dashboard.id}`, 200));
  test('GET /dashboards/{id} missing → 404', () => contract(flavor, 'GET', `/dashboards/${MISSING}`, 404));
  test('GET /dashboards/{id} bad id → 400', () => contract(flavor, 'GET', '/dashboards/not-an-id', 400));
  test('PUT /dashboards/{id} → 200', async () => {
    // A GET body is not re-sent as is (api-behaviour §6.6): carry ids forward onto the request shape.
    const body = dashboardBody('Renamed');
    const tiles = body.tiles.map((tile, index) => ({ ...tile, id: dashboard.tiles[index].id }));
    const filters = body.filters.map((filter, index) => ({ ...filter, id: dashboard.filters[index].id }));
    await contract(flavor, 'PUT', `/dashboards/${dashboard.id}`, 200, { ...body, tiles, filters });
  });
  // A valid update body: the body is checked before the dashboard is looked up.
  test('PUT /dashboards/{id} missing → 404', () => contract(flavor, 'PUT', `/dashboards/${MISSING}`, 404, { ...dashboardBody('x'), filters: [] }));
  test('POST /dashboards/validate valid → 200', () => contract(flavor, 'POST', '/dashboards/validate', 200, dashboardBody('v')));
  test('POST /dashboards/validate invalid → 200 valid:false', async () => {
    const reply = await contract(flavor, 'POST', '/dashboards/validate', 200, { name: 'v', tiles: [lineTile('t')], filters: [{ id: 'x', type: 'QUERY_EXPRESSION', name: 'a', expression: 'b', sourceId: SEED_IDS.logSource }] }, { invalidRequest: true });
    expect(flavor === 'oss' ? reply.body : reply.body.result).toMatchObject({ valid: false, normalized: null });
  });

  test('POST /sources → 200', async () => {
    source = payload(flavor, await contract(flavor, 'POST', '/sources', 200, sourceBody(`Contract logs ${flavor}`)));
  });
  test('POST /sources invalid → 400', () => contract(flavor, 'POST', '/sources', 400, { name: 'Bad', kind: 'log' }, { invalidRequest: true }));
  test('GET /sources → 200', () => contract(flavor, 'GET', '/sources', 200));
  test('GET /sources/{id} → 200', () => contract(flavor, 'GET', `/sources/${SEED_IDS.traceSource}`, 200));
  test('GET /sources/{id} missing → 404', () => contract(flavor, 'GET', `/sources/${MISSING}`, 404));
  test('PUT /sources/{id} → 200', () => contract(flavor, 'PUT', `/sources/${source.id}`, 200, { ...sourceBody('Renamed'), kind: 'log' }));
  test('DELETE /sources/{id} → 200', () => contract(flavor, 'DELETE', `/sources/${source.id}`, 200));
  test('DELETE /sources/{id} missing → 404', () => contract(flavor, 'DELETE', `/sources/${MISSING}`, 404));

  test('POST /webhooks → 200', async () => {
    webhook = payload(flavor, await contract(flavor, 'POST', '/webhooks', 200, webhookBody(`Contract hook ${flavor}`)));
  });
  test('POST /webhooks duplicate → 400', () => contract(flavor, 'POST', '/webhooks', 400, webhookBody(`Contract hook ${flavor}`)));
  test('GET /webhooks → 200', () => contract(flavor, 'GET', '/webhooks', 200));
  test('PUT /webhooks/{id} → 200', () => contract(flavor, 'PUT', `/webhooks/${webhook.id}`, 200, webhookBody(`Contract hook ${flavor} 2`)));
  test('PUT /webhooks/{id} missing → 404', () => contract(flavor, 'PUT', `/webhooks/${MISSING}`, 404, webhookBody('y')));

  test('POST /saved-searches → 200', async () => {
    savedSearch = payload(flavor, await contract(flavor, 'POST', '/saved-searches', 200, savedSearchBody(`Contract search ${flavor}`)));
  });
  test('POST /saved-searches unknown source → 400', () => contract(flavor, 'POST', '/saved-searches', 400, { ...savedSearchBody('x'), sourceId: MISSING }));
  test('GET /saved-searches → 200', () => contract(flavor, 'GET', '/saved-searches', 200));
  test('GET /saved-searches/{id} → 200', () => contract(flavor, 'GET', `/saved-searches/${savedSearch.id}`, 200));
  test('GET /saved-searches/{id} missing → 404', () => contract(flavor, 'GET', `/saved-searches/${MISSING}`, 404));
  test('PUT /saved-searches/{id} → 200', () => contract(flavor, 'PUT', `/saved-searches/${savedSearch.id}`, 200, savedSearchBody('Renamed search')));

  test('POST /alerts (tile) → 200', async () => {
    alert = payload(flavor, await contract(flavor, 'POST', '/alerts', 200, {
      source: 'tile', dashboardId: dashboard.id, tileId: dashboard.tiles[0].id, threshold: 100, thresholdType: 'above', interval: '1h',
      channel: { type: 'webhook', webhookId: webhook.id }, name: 'Error Spike',
    }));
  });
  test('POST /alerts (saved search, between) → 200', () => contract(flavor, 'POST', '/alerts', 200, {
    source: 'saved_search', savedSearchId: savedSearch.id, groupBy: 'ServiceName', threshold: 1, thresholdMax: 5, thresholdType: 'between', interval: '5m',
    channel: { type: 'webhook', webhookId: SEED_IDS.webhook },
  }));
  test('POST /alerts invalid → 400', () => contract(flavor, 'POST', '/alerts', 400, { threshold: 'lots', interval: '7m', thresholdType: 'sideways' }, { invalidRequest: true }));
  test('GET /alerts → 200', () => contract(flavor, 'GET', '/alerts', 200));
  test('GET /alerts/{id} → 200', () => contract(flavor, 'GET', `/alerts/${alert.id}`, 200));
  test('GET /alerts/{id} missing → 404', () => contract(flavor, 'GET', `/alerts/${MISSING}`, 404));
  test('PUT /alerts/{id} → 200', () => contract(flavor, 'PUT', `/alerts/${alert.id}`, 200, {
    source: 'tile', dashboardId: dashboard.id, tileId: dashboard.tiles[0].id, threshold: 50, thresholdType: 'below', interval: '15m', scheduleOffsetMinutes: 5,
    channel: { type: 'webhook', webhookId: webhook.id },
  }));
  test('DELETE /webhooks/{id} referenced → 409', () => contract(flavor, 'DELETE', `/webhooks/${webhook.id}`, 409));
  test('DELETE /alerts/{id} → 200', () => contract(flavor, 'DELETE', `/alerts/${alert.id}`, 200));
  test('DELETE /alerts/{id} missing → 404', () => contract(flavor, 'DELETE', `/alerts/${alert.id}`, 404));
  test('DELETE /webhooks/{id} → 200', () => contract(flavor, 'DELETE', `/webhooks/${webhook.id}`, 200));
  test('DELETE /webhooks/{id} missing → 404', () => contract(flavor, 'DELETE', `/webhooks/${webhook.id}`, 404));
  test('DELETE /saved-searches/{id} → 200', () => contract(flavor, 'DELETE', `/saved-searches/${savedSearch.id}`, 200));
  test('DELETE /saved-searches/{id} missing → 404', () => contract(flavor, 'DELETE', `/saved-searches/${savedSearch.id}`, 404));
  test('DELETE /dashboards/{id} → 200', () => contract(flavor, 'DELETE', `/dashboards/${dashboard.id}`, 200));
  test('DELETE /dashboards/{id} missing → 200 (never 404)', () => contract(flavor, 'DELETE', `/dashboards/${MISSING}`, 200));
  const badAuth = flavor === 'oss' ? `bearer ${'x'}` : 'Basic eDp5';
  test.each(['/dashboards', '/alerts', '/webhooks', '/sources', '/saved-searches'])('GET %s with a bad credential → 401', (route) =>
    contract(flavor, 'GET', route, 401, undefined, { auth: badAuth }));
  test('POST /dashboards/validate with a bad credential → 401', () => contract(flavor, 'POST', '/dashboards/validate', 401, dashboardBody('v'), { auth: badAuth }));
  test.each(['/alerts', '/webhooks', '/saved-searches'])('GET %s?limit=0 → 400', (route) => contract(flavor, 'GET', `${route}?limit=0`, 400));
  test('PUT /alerts/{id} missing → 404', async () => {
    // The references are checked before the alert is looked up: they have to exist for the 404.
    const search = payload(flavor, await contract(flavor, 'POST', '/saved-searches', 200, savedSearchBody('For a missing alert')));
    await contract(flavor, 'PUT', `/alerts/${MISSING}`, 404, { source: 'saved_search', savedSearchId: search.id, threshold: 1, thresholdType: 'above', interval: '1m', channel: { type: 'webhook', webhookId: SEED_IDS.webhook } });
  });
  test('PUT /saved-searches/{id} missing → 404', () => contract(flavor, 'PUT', `/saved-searches/${MISSING}`, 404, savedSearchBody('x')));
  test('PUT /sources/{id} missing → 404', () => contract(flavor, 'PUT', `/sources/${MISSING}`, 404, sourceBody('x')));
  test('DELETE /dashboards/{id} bad id → 400', () => contract(flavor, 'DELETE', '/dashboards/not-an-id', 400));
});

describe('oss-only endpoints', () => {
  let connection: any;
  test('GET /api/v2 (whoami) → 200', async () => {
    const reply = await call('oss', 'GET', '');
    expect(reply.body).toMatchObject({ version: 'v2', user: { accessKey: emulator.apiKey } });
  });
  test('POST /connections → 200', async () => {
    connection = (await contract('oss', 'POST', '/connections', 200, { name: 'Second', host: 'http://localhost:8123', username: 'default', password: 'pw' })).body.data;
    expect(connection.password).toBeUndefined();
  });
  test('POST /connections invalid → 400', () => contract('oss', 'POST', '/connections', 400, { name: 'x' }, { invalidRequest: true }));
  test('GET /connections → 200', () => contract('oss', 'GET', '/connections', 200));
  test('GET /connections/{id} → 200', () => contract('oss', 'GET', `/connections/${connection.id}`, 200));
  test('GET /connections/{id} missing → 404 text', () => contract('oss', 'GET', `/connections/${MISSING}`, 404));
  test('GET /connections with a bad credential → 401', () => contract('oss', 'GET', '/connections', 401, undefined, { auth: 'Bearer nope' }));
  test('PUT /connections/{id} missing → 404 text', () => contract('oss', 'PUT', `/connections/${MISSING}`, 404, { name: 'x', host: 'h', username: 'u' }));
  test.each(['/team', '/team/members', '/team/invitations'])('GET %s with a bad credential → 401', (route) => contract('oss', 'GET', route, 401, undefined, { auth: 'Bearer nope' }));
  test('DELETE /team/member/{id} → 200', () => contract('oss', 'DELETE', `/team/member/${TEAMMATE_ID}`, 200));
  test('PUT /connections/{id} → 200', () => contract('oss', 'PUT', `/connections/${connection.id}`, 200, { name: 'Renamed', host: 'http://localhost:8123', username: 'default' }));
  test('DELETE /connections/{id} → 200', () => contract('oss', 'DELETE', `/connections/${connection.id}`, 200));
  test('DELETE /connections/{id} missing → 404 text', () => contract('oss', 'DELETE', `/connections/${connection.id}`, 404));
  const series = { startTime: 1767225600000, endTime: 1767229200000, granularity: '5m', series: [{ sourceId: SEED_IDS.logSource, aggFn: 'count', where: '', groupBy: ['ServiceName'] }] };
  test('POST /charts/series → 200', async () => {
    const reply = await contract('oss', 'POST', '/charts/series', 200, series);
    expect(reply.body.data).toHaveLength(36);
  });
  test('POST /charts/series column → 200', () => contract('oss', 'POST', '/charts/series', 200, { ...series, seriesReturnType: 'column' }));
  test('POST /charts/series empty → 400', () => contract('oss', 'POST', '/charts/series', 400, { series: [] }, { invalidRequest: true }));
  test('POST /charts/series unknown source → 404 {error}', () => contract('oss', 'POST', '/charts/series', 404, { ...series, series: [{ ...series.series[0], sourceId: MISSING }] }));
  test('POST /search → 200', () => contract('oss', 'POST', '/search', 200, { sourceId: SEED_IDS.logSource, maxResults: 5 }));
  test('POST /search unknown source → 404', () => contract('oss', 'POST', '/search', 404, { sourceId: MISSING }));
  test('GET /team → 200', () => contract('oss', 'GET', '/team', 200));
  test('GET /team/members → 200', () => contract('oss', 'GET', '/team/members', 200));
  let invitationId = '';
  test('POST /team/invitation → 200', async () => {
    invitationId = (await contract('oss', 'POST', '/team/invitation', 200, { email: 'new@example.com' })).body.data.invitationId;
  });
  test('POST /team/invitation existing member → 400', () => contract('oss', 'POST', '/team/invitation', 400, { email: 'admin@example.com' }));
  test('GET /team/invitations → 200', () => contract('oss', 'GET', '/team/invitations', 200));
  test('DELETE /team/invitation/{id} → 200', () => contract('oss', 'DELETE', `/team/invitation/${invitationId}`, 200));
  test('DELETE /team/invitation/{id} missing → 404', () => contract('oss', 'DELETE', `/team/invitation/${invitationId}`, 404));
  test('DELETE /team/member/{id} self → 400', () => contract('oss', 'DELETE', '/team/member/64f000000000000000000002', 400));
  test('DELETE /team/member/{id} missing → 404', () => contract('oss', 'DELETE', `/team/member/${MISSING}`, 404));
});

describe('cloud-only endpoints', () => {
  let role: any;
  test('POST /roles → 200', async () => {
    role = (await contract('cloud', 'POST', '/roles', 200, { name: 'Dashboards editor', permissions: [{ action: 'manage', subject: 'Dashboard' }] })).body.result;
  });
  test('POST /roles invalid → 400', () => contract('cloud', 'POST', '/roles', 400, { name: 'x' }, { invalidRequest: true }));
  test('GET /roles → 200', () => contract('cloud', 'GET', '/roles', 200));
  test('GET /roles/{id} → 200', () => contract('cloud', 'GET', `/roles/${role.id}`, 200));
  test('PUT /roles/{id} → 200', () => contract('cloud', 'PUT', `/roles/${role.id}`, 200, { permissions: [{ action: 'read', subject: 'Dashboard' }] }));
  test('GET /roles with a bad credential → 401', () => contract('cloud', 'GET', '/roles', 401, undefined, { auth: 'Basic eDp5' }));
  test('PUT /roles/{id} predefined → 400', () => contract('cloud', 'PUT', `/roles/${SEED_IDS.adminRole}`, 400, { permissions: [] }));
  test('DELETE /roles/{id} predefined → 400', () => contract('cloud', 'DELETE', `/roles/${SEED_IDS.adminRole}`, 400));
  test('DELETE /roles/{id} → 200', () => contract('cloud', 'DELETE', `/roles/${role.id}`, 200));
  test('GET /roles/{id} missing → 404', () => contract('cloud', 'GET', `/roles/${role.id}`, 404));
});

describe('what a validator alone cannot catch', () => {
  test('Cloud envelopes carry status, requestId and result; never OSS data/meta', async () => {
    const reply = await call('cloud', 'GET', '/alerts');
    expect(Object.keys(reply.body).sort()).toEqual(['requestId', 'result', 'status']);
    expect(reply.body.requestId).toMatch(/^[0-9a-f-]{36}$/);
    const deleted = await call('cloud', 'DELETE', `/dashboards/${MISSING}`);
    expect(Object.keys(deleted.body).sort()).toEqual(['requestId', 'status']);
  });
  test.each<Flavor>(['oss', 'cloud'])('%s: a filter id on create is rejected with 400', async (flavor) => {
    const body = { ...dashboardBody('with filter id'), filters: [{ id: 'f1', type: 'QUERY_EXPRESSION', name: 'S', expression: 'ServiceName', sourceId: SEED_IDS.logSource }] };
    expect(validateRequest(flavor, 'POST', '/dashboards', body).join()).toMatch(/filters\/0\/id/);
    const reply = await call(flavor, 'POST', '/dashboards', body);
    expect(reply.status).toBe(400);
    expect(flavor === 'oss' ? reply.body.message : reply.body.error).toContain("Unrecognized key(s) in object: 'id'");
  });
  test.each<Flavor>(['oss', 'cloud'])('%s: unrouted paths answer the HTML 404 (no GET /webhooks/{id})', async (flavor) => {
    const reply = await call(flavor, 'GET', `/webhooks/${SEED_IDS.webhook}`);
    expect(reply.status).toBe(404);
    expect(reply.headers.get('content-type')).toContain('text/html');
    expect(reply.body).toContain('<pre>Cannot GET ');
  });
});

describe('coverage', () => {
  test.each<Flavor>(['oss', 'cloud'])('%s: every spec operation has a success case and an error case', (flavor) => {
    const missing = listOperations(flavor)
      .map((op) => `${flavor} ${op.method} ${op.pathTemplate}`)
      .filter((key) => {
        const statuses = [...(covered.get(key) ?? [])];
        return !statuses.some((status) => status === 200) || !statuses.some((status) => status >= 400);
      });
    expect(missing).toEqual([]);
  });
});
