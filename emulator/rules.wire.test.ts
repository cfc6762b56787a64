// The server rules the emulator reproduces, over HTTP, each named by its RULES section: defaults added on write,
// the order of checks, and the servers' texts where several issues meet.
import { SEED_IDS, startEmulator, type EmulatorHandle } from './index';
import { errorMessage, type Flavor, payload, send } from '../test/support/emulator-http';

type Json = Record<string, any>;

let emulator: EmulatorHandle;
beforeAll(async () => {
  emulator = await startEmulator({ rateLimit: { limit: 50, windowMs: 60_000 }, allowPrivateWebhookUrls: ['hooks.internal'] });
});
afterEach(() => emulator.reset());
afterAll(() => emulator.close());

const oss = (method: string, route: string, body?: unknown) => send(emulator, 'oss', method, route, body);
const tile = (config: Json, extra: Json = {}) => ({ name: 't', x: 0, y: 0, w: 6, h: 3, ...extra, config });
const line = (extra: Json = {}) => ({ displayType: 'line', sourceId: SEED_IDS.logSource, select: [{ aggFn: 'count' }], ...extra });
const rawSql = (displayType: string, extra: Json = {}) => ({ configType: 'sql', displayType, connectionId: SEED_IDS.connection, sqlTemplate: 'SELECT 1', ...extra });
const createDashboard = async (body: Json, flavor: Flavor = 'oss') => payload(flavor, await send(emulator, flavor, 'POST', '/dashboards', { name: 'd', ...body }));
const channel = { type: 'webhook', webhookId: SEED_IDS.webhook };

describe('transport (RULES §1)', () => {
  test('malformed JSON is 400 Invalid JSON payload before the rate limiter: no RateLimit headers, nothing counted', async () => {
    const bad = await send(emulator, 'oss', 'POST', '/dashboards', undefined, { raw: '{"name":' });
    expect(bad).toMatchObject({ status: 400, body: { message: 'Invalid JSON payload' } });
    expect(bad.headers.get('ratelimit-remaining')).toBeNull();
    expect((await send(emulator, 'oss', 'POST', '/dashboards', undefined, { raw: '"text"' })).body).toEqual({ message: 'Invalid JSON payload' });
    expect((await send(emulator, 'oss', 'POST', '/nowhere', undefined, { raw: '{' })).status).toBe(400);
    expect((await oss('GET', '/sources')).headers.get('ratelimit-remaining')).toBe('49');
  });

  test('an empty body is {} to the schema; another media type is {} too', async () => {
    expect(errorMessage('oss', await send(emulator, 'oss', 'POST', '/dashboards', undefined, { raw: '' }))).toBe('Body validation failed: name: Required; tiles: Required');
    expect(errorMessage('oss', await send(emulator, 'oss', 'POST', '/webhooks', undefined, { raw: '<x/>', contentType: 'application/xml' }))).toBe('Body validation failed: name: Required; service: Required; url: Required');
  });

  test('the whoami answers the user document with its timestamps and version key', async () => {
    const whoami = (await oss('GET', '')).body;
    expect(whoami).toEqual({ version: 'v2', user: expect.objectContaining({ _id: expect.any(String), accessKey: emulator.apiKey, createdAt: expect.any(String), updatedAt: expect.any(String), __v: 0 }) });
  });

  test('a bad body and a bad id are both named, body first (RULES §2.2)', async () => {
    expect(errorMessage('oss', await oss('PUT', '/webhooks/nope', { name: '' }))).toBe(
      "Body validation failed: name: String must contain at least 1 character(s); service: Required; url: Required; Params validation failed: id: Invalid ObjectId",
    );
  });
});

describe('dashboards (RULES §5)', () => {
  test('raw SQL line and stacked bar read back fillNulls: true unless sent false (§5.9)', async () => {
    const created = await createDashboard({ tiles: [tile(rawSql('line')), tile(rawSql('stacked_bar', { fillNulls: false })), tile(rawSql('table'))] });
    expect(created.tiles.map((t: Json) => t.config.fillNulls)).toEqual([true, false, undefined]);
  });

  test('what configs read back as: formulas only when set, no empty colorRules, search language (§5.9)', async () => {
    const created = await createDashboard({
      tiles: [
        tile(line({ formulas: [], showOperandSeries: true })),
        tile({ displayType: 'number', sourceId: SEED_IDS.logSource, select: [{ aggFn: 'count' }], colorRules: [] }),
        tile({ displayType: 'search', sourceId: SEED_IDS.logSource, select: 'Body' }),
        tile({ displayType: 'table', sourceId: SEED_IDS.logSource, select: [{ aggFn: 'quantile', level: 0.5, valueExpression: 'd', periodAggFn: 'delta' }] }),
      ],
    });
    expect(created.tiles.map((t: Json) => t.config)).toEqual([
      { displayType: 'line', sourceId: SEED_IDS.logSource, asRatio: false, fillNulls: true, select: [{ valueExpression: '', aggFn: 'count', where: '', whereLanguage: 'lucene' }] },
      { displayType: 'number', sourceId: SEED_IDS.logSource, select: [{ valueExpression: '', aggFn: 'count', where: '', whereLanguage: 'lucene' }] },
      { displayType: 'search', sourceId: SEED_IDS.logSource, select: 'Body', where: '', whereLanguage: 'lucene' },
      { displayType: 'table', sourceId: SEED_IDS.logSource, asRatio: false, select: [{ valueExpression: 'd', aggFn: 'quantile', where: '', whereLanguage: 'lucene', periodAggFn: 'delta', level: 0.5 }] },
    ]);
  });

  test('tile and dashboard rules in one message, in the server order (§5.2, §5.4, §5.5)', async () => {
    const reply = await oss('POST', '/dashboards', {
      name: 'd',
      tiles: [tile(line({ asRatio: true }), { asRatio: false }), tile(line(), { id: 'a' }), tile(line(), { id: 'a' })],
      savedQuery: '', savedQueryLanguage: null,
      containers: [{ id: 'c', title: 'C', collapsed: false }, { id: 'c', title: 'D', collapsed: false }],
    });
    expect(errorMessage('oss', reply).split('; ')).toEqual([
      'Body validation failed: tiles.0.config: asRatio can only be used with exactly two select items',
      'tiles.0: asRatio property is not supported when using config property. Specify config.asRatio instead.',
      'tiles.2.id: Duplicate tile ID: a. Omit the ID to generate a unique one.',
      'savedQueryLanguage: savedQueryLanguage cannot be null when savedQuery is provided',
      'containers.1.id: Container IDs must be unique: "c"',
    ]);
  });

  test('formulas are parsed; a session source cannot carry them (§5.6, §5.10)', async () => {
    expect(errorMessage('oss', await oss('POST', '/dashboards', { name: 'd', tiles: [tile(line({ formulas: [{ expression: 'A + C' }] }))] }))).toBe(
      'Body validation failed: tiles.0.config.formulas.0.expression: Unknown series "C" — this chart only has series A through A',
    );
    expect(errorMessage('oss', await oss('POST', '/dashboards', { name: 'd', tiles: [tile(line({ sourceId: SEED_IDS.sessionSource, formulas: [{ expression: 'A * 2' }] }))] }))).toBe(
      `Tiles with formulas require a Metric, Log, or Trace source. The following source IDs are not formula-capable: ${SEED_IDS.sessionSource}`,
    );
  });

  test('container references are checked after the schema, with the tile paths (§5.10)', async () => {
    const reply = await oss('POST', '/dashboards', { name: 'd', tiles: [tile(line(), { containerId: 'x' }), tile(line(), { tabId: 't' })] });
    expect(errorMessage('oss', reply)).toBe('tiles.0.containerId: Tile references unknown containerId "x"; tiles.1.tabId: tabId requires containerId to be set');
  });

  test('an onClick search target counts as a source reference (§5.10)', async () => {
    const missing = '000000000000000000000000';
    const onClick = { type: 'search', target: { mode: 'id', id: missing } };
    const reply = await oss('POST', '/dashboards', { name: 'd', tiles: [tile({ displayType: 'table', sourceId: SEED_IDS.logSource, select: [{ aggFn: 'count' }], onClick })] });
    expect(errorMessage('oss', reply)).toBe(`Could not find the following source IDs: ${missing}`);
  });

  test('the heatmap gate only looks at new or changed heatmap tiles on PUT (§5.10)', async () => {
    const created = await createDashboard({ tiles: [tile({ displayType: 'heatmap', sourceId: SEED_IDS.traceSource, select: [{ valueExpression: 'Duration' }] })] });
    // The source changes kind after the heatmap was accepted; editing something else still works.
    const trace = payload('oss', await oss('GET', `/sources/${SEED_IDS.traceSource}`));
    const { id: _id, ...asLog } = { ...trace, kind: 'log' };
    await oss('PUT', `/sources/${SEED_IDS.traceSource}`, asLog);
    expect((await oss('PUT', `/dashboards/${created.id}`, { ...created, name: 'renamed' })).status).toBe(200);
    const moved = { ...created, tiles: [{ ...created.tiles[0], id: undefined }] };
    expect(errorMessage('oss', await oss('PUT', `/dashboards/${created.id}`, moved))).toMatch(/^Heatmap tiles require a Trace source/);
  });

  test('PUT: a null savedQuery clears the language; the body is checked before the 404 (§5.12, §5.1)', async () => {
    const created = await createDashboard({ tiles: [], savedQuery: 'a:b' });
    expect(created.savedQueryLanguage).toBe('lucene');
    expect(payload('oss', await oss('PUT', `/dashboards/${created.id}`, { name: 'd', tiles: [], savedQuery: null }))).toMatchObject({ savedQuery: null, savedQueryLanguage: null });
    expect(errorMessage('oss', await oss('PUT', '/dashboards/000000000000000000000000', { name: 'd' }))).toBe('Body validation failed: tiles: Required');
  });

  test('filter rules: a filter must do something, variable names derive from display names (§5.2)', async () => {
    const filter = (extra: Json) => ({ type: 'QUERY_EXPRESSION', name: '1 env', expression: 'Env', sourceId: SEED_IDS.logSource, ...extra });
    const reply = await oss('POST', '/dashboards', { name: 'd', tiles: [], filters: [filter({ isBroadcastEnabled: false }), filter({ isVariableEnabled: true }), filter({ isVariableEnabled: true })] });
    expect(errorMessage('oss', reply)).toBe(
      'Body validation failed: filters.2.variableName: Variable names must be unique: "v1_env"; '
      + 'filters.0.isBroadcastEnabled: Filter "1 env" must broadcast its value, be available as a variable, or both',
    );
  });
});

describe('alerts (RULES §6)', () => {
  test('without a source, or without its target ids, the target fails as a whole: Invalid input (§6.1)', async () => {
    expect(errorMessage('oss', await oss('POST', '/alerts', { threshold: 1, thresholdType: 'above', interval: '5m', channel }))).toBe('Body validation failed: Invalid input');
    expect(errorMessage('oss', await oss('POST', '/alerts', { source: 'tile', threshold: 1, thresholdType: 'above', interval: '5m', channel }))).toBe('Body validation failed: Invalid input');
  });

  test('channel and schedule rules, on channels and in order (§6.1)', async () => {
    const base = { source: 'saved_search', savedSearchId: SEED_IDS.webhook, threshold: 1, thresholdType: 'above', interval: '1m' };
    expect(errorMessage('oss', await oss('POST', '/alerts', base))).toBe('Body validation failed: channels: Provide either "channel" or "channels"');
    expect(errorMessage('oss', await oss('POST', '/alerts', { ...base, channels: [channel, channel] }))).toBe('Body validation failed: channels: Duplicate notification channels are not allowed');
    expect(errorMessage('oss', await oss('POST', '/alerts', { ...base, channel, scheduleOffsetMinutes: 1, scheduleStartAt: '2026-01-01T00:00:00Z' }))).toBe(
      'Body validation failed: scheduleOffsetMinutes: scheduleOffsetMinutes must be 0 when scheduleStartAt is provided; scheduleOffsetMinutes: scheduleOffsetMinutes must be less than 1 minute',
    );
  });

  test('references are checked before a PUT looks the alert up (§6.2)', async () => {
    const body = { source: 'saved_search', savedSearchId: '000000000000000000000000', threshold: 1, thresholdType: 'above', interval: '5m', channel };
    expect(await oss('PUT', '/alerts/000000000000000000000001', body)).toMatchObject({ status: 400, body: { message: 'Saved search not found' } });
  });

  test('an alert on a raw SQL time series needs an interval in the SQL (§6.2)', async () => {
    const dashboard = await createDashboard({ tiles: [tile(rawSql('line')), tile(rawSql('line', { sqlTemplate: 'SELECT $__timeInterval(ts), count() FROM t' }))] });
    const alert = (tileId: string) => oss('POST', '/alerts', { source: 'tile', dashboardId: dashboard.id, tileId, threshold: 1, thresholdType: 'above', interval: '5m', channel });
    expect(errorMessage('oss', await alert(dashboard.tiles[0].id))).toBe('Raw SQL alert query is invalid: SQL used for alerts must include an interval parameter or macro.');
    expect((await alert(dashboard.tiles[1].id)).status).toBe(200);
  });

  test('PUT replaces groupBy on OSS (null when omitted) and keeps it on Cloud (§6.4, §12.4)', async () => {
    for (const flavor of ['oss', 'cloud'] as const) {
      const search = payload(flavor, await send(emulator, flavor, 'POST', '/saved-searches', { name: 's', sourceId: SEED_IDS.logSource }));
      const body = { source: 'saved_search', savedSearchId: search.id, threshold: 1, thresholdType: 'above', interval: '5m', channel };
      const created = payload(flavor, await send(emulator, flavor, 'POST', '/alerts', { ...body, groupBy: 'ServiceName' }));
      const updated = payload(flavor, await send(emulator, flavor, 'PUT', `/alerts/${created.id}`, body));
      expect([flavor, updated.groupBy]).toEqual([flavor, flavor === 'oss' ? undefined : 'ServiceName']);
    }
  });
});

describe('webhooks (RULES §7)', () => {
  test.each([
    ['https://192.0.2.10/x', 400],
    ['https://[::ffff:127.0.0.1]/x', 400],
    ['https://[ff02::1]/x', 400],
    ['https://[::ffff:8.8.8.8]/x', 200],
    ['https://api.hooks.internal/x', 200],
  ])('reserved addresses are refused unless allow-listed: %s → %d (§7.3)', async (url, status) => {
    const reply = await oss('POST', '/webhooks', { name: url, service: 'generic', url });
    expect([reply.status, reply.status === 400 ? reply.body.message : 'ok']).toEqual([status, status === 400 ? 'Webhook URL resolves to a private or reserved address.' : 'ok']);
  });

  test('header rules and the slack rule are schema issues with their texts (§7.1)', async () => {
    const reply = await oss('POST', '/webhooks', { name: 'h', service: 'slack', url: 'https://hooks.slack.com/x', headers: { '1x': 'a\nb' } });
    expect(errorMessage('oss', reply)).toBe(
      'Body validation failed: headers.1x: Header name cannot start with a number; headers.1x: Header values cannot contain control characters; headers: headers is not supported for the slack webhook service',
    );
  });
});

describe('sources (RULES §8)', () => {
  const logBody = { kind: 'log', name: 'L', connection: SEED_IDS.connection, from: { databaseName: 'd', tableName: 't' }, timestampValueExpression: 'T', defaultTableSelectExpression: 'B' };

  test("the model fills in its defaults, the new kind's after a change of kind too (§8.3)", async () => {
    const created = payload('oss', await oss('POST', '/sources', logBody));
    expect(created).toMatchObject({ disabled: false, querySettings: [], highlightedTraceAttributeExpressions: [], highlightedRowAttributeExpressions: [], materializedViews: [] });
    const promql = payload('oss', await oss('PUT', `/sources/${created.id}`, { ...logBody, kind: 'promql' }));
    const expected = { id: created.id, kind: 'promql', name: 'L', connection: SEED_IDS.connection, from: { databaseName: 'd', tableName: 't' }, timestampValueExpression: 'T', disabled: false, querySettings: [] };
    expect(promql).toEqual(expected);
    expect(payload('oss', await oss('GET', `/sources/${created.id}`))).toEqual(expected);
    const asTrace = { ...logBody, kind: 'trace', durationExpression: 'D', traceIdExpression: 'T', spanIdExpression: 'S', parentSpanIdExpression: 'P', spanNameExpression: 'N', spanKindExpression: 'K' };
    expect(payload('oss', await oss('PUT', `/sources/${created.id}`, asTrace))).toMatchObject({ kind: 'trace', durationPrecision: 3, materializedViews: [], highlightedRowAttributeExpressions: [] });
  });

  test("each kind's required fields, missing and empty, with the schema's messages in its field order (§8.1)", async () => {
    const missing = async (kind: string) => errorMessage('oss', await oss('POST', '/sources', { kind }));
    const base = 'name: Required; connection: Required; from: Required; timestampValueExpression: Required';
    expect(await missing('log')).toBe(`Body validation failed: ${base}; defaultTableSelectExpression: Required`);
    expect(await missing('trace')).toBe(
      `Body validation failed: ${base}; defaultTableSelectExpression: Required; durationExpression: Required; traceIdExpression: Required; ` +
        'spanIdExpression: Required; parentSpanIdExpression: Required; spanNameExpression: Required; spanKindExpression: Required',
    );
    expect(await missing('session')).toBe(`Body validation failed: ${base}; traceSourceId: Correlated Trace Source is required`);
    expect(await missing('metric')).toBe(`Body validation failed: ${base}; metricTables: Required; resourceAttributesExpression: Required`);
    expect(await missing('promql')).toBe(`Body validation failed: ${base}`);
    expect(await missing('nope')).toBe("Body validation failed: kind: Invalid discriminator value. Expected 'log' | 'trace' | 'session' | 'metric' | 'promql'");
    const empty = { kind: 'metric', name: '', connection: '', from: { databaseName: '', tableName: '' }, timestampValueExpression: '', metricTables: {}, resourceAttributesExpression: '' };
    expect(errorMessage('oss', await oss('POST', '/sources', empty))).toBe(
      'Body validation failed: name: Name is required; connection: Server Connection is required; from.databaseName: Database is required; ' +
        'timestampValueExpression: Timestamp Column is required; metricTables: At least one metric table must be specified; resourceAttributesExpression: Resource Attributes is required',
    );
  });

  test('PUT is a full replace: what the body leaves out is gone; `""` is kept as sent (§8.4, §8.5)', async () => {
    const created = payload('oss', await oss('POST', '/sources', { ...logBody, serviceNameExpression: 'ServiceName', bodyExpression: 'Body' }));
    const replaced = payload('oss', await oss('PUT', `/sources/${created.id}`, { ...logBody, bodyExpression: '' }));
    expect(replaced.serviceNameExpression).toBeUndefined();
    expect(replaced.bodyExpression).toBe('');
  });

  test('the connection id: a malformed one, an unknown one, then the 404, which is JSON (§8.4)', async () => {
    expect(errorMessage('oss', await oss('POST', '/sources', { ...logBody, connection: 'abc' }))).toBe('connection must be a valid connection id');
    expect(errorMessage('oss', await oss('POST', '/sources', { ...logBody, connection: '' }))).toBe('Body validation failed: connection: Server Connection is required');
    expect(errorMessage('oss', await oss('POST', '/sources', { ...logBody, connection: '650000000000000000000000' }))).toBe('connection must be an existing connection id');
    for (const method of ['GET', 'DELETE']) expect(await oss(method, '/sources/650000000000000000000000')).toMatchObject({ status: 404, body: { message: 'Source not found' } });
    expect(await oss('PUT', '/sources/650000000000000000000000', logBody)).toMatchObject({ status: 404, body: { message: 'Source not found' } });
    expect(errorMessage('oss', await oss('GET', '/sources/nope'))).toBe('Params validation failed: id: Invalid ObjectId');
  });

  test('granularities: short and long forms in, short form out; anything else is Invalid (§8.2)', async () => {
    const mv = (minGranularity: string) => ({ databaseName: 'd', tableName: 'mv', dimensionColumns: '', minGranularity, timestampColumn: 'T', aggregatedColumns: [{ aggFn: 'count', mvColumn: 'c' }] });
    const created = payload('oss', await oss('POST', '/sources', { ...logBody, materializedViews: [mv('30s'), mv('2 hour'), mv('1d')], metadataMaterializedViews: { kvRollupTable: 'kv', granularity: '1 minute' } }));
    expect(created.materializedViews.map((view: Json) => view.minGranularity)).toEqual(['30s', '2h', '1d']);
    expect(created.metadataMaterializedViews.granularity).toBe('1m');
    expect(errorMessage('oss', await oss('POST', '/sources', { ...logBody, materializedViews: [mv('1w')] }))).toBe('Body validation failed: materializedViews.0.minGranularity: Invalid');
  });

  test('OSS refuses null expressions; granularities take the short or the singular long form (§8.1, §8.2)', async () => {
    const view = (minGranularity: string) => ({ databaseName: 'd', tableName: 'mv', dimensionColumns: '', minGranularity, timestampColumn: 'T', aggregatedColumns: [{ aggFn: 'sum', mvColumn: 'm' }] });
    const reply = await oss('POST', '/sources', { ...logBody, bodyExpression: null, materializedViews: [view('15 minutes')] });
    expect(errorMessage('oss', reply)).toBe(
      'Body validation failed: bodyExpression: Expected string, received null; materializedViews.0.minGranularity: Invalid; materializedViews.0.aggregatedColumns.0: Materialized View Source Column is required',
    );
    const created = payload('oss', await oss('POST', '/sources', { ...logBody, materializedViews: [{ ...view('15 minute'), aggregatedColumns: [{ aggFn: 'count', mvColumn: 'c' }] }] }));
    expect(created.materializedViews[0].minGranularity).toBe('15m');
  });

  test('the connection is checked before the 404 (§8.4)', async () => {
    expect(errorMessage('oss', await oss('PUT', '/sources/000000000000000000000000', { ...logBody, connection: '000000000000000000000000' }))).toBe('connection must be an existing connection id');
  });
});

describe('connections (RULES §10)', () => {
  const body = { name: 'c', host: 'http://h:8123', username: 'u' };
  const stored = (id: string) => emulator.oss.documents('connections').find((connection) => connection.id === id)!;

  test('the password is write-only: kept by a PUT that omits it or sends "", replaced by another (§10.2)', async () => {
    const created = payload('oss', await oss('POST', '/connections', { ...body, password: 'first' }));
    expect(created).toEqual({ id: created.id, ...body, createdAt: expect.any(String), updatedAt: expect.any(String) });
    await oss('PUT', `/connections/${created.id}`, body);
    await oss('PUT', `/connections/${created.id}`, { ...body, password: '' });
    expect(stored(created.id).password).toBe('first');
    await oss('PUT', `/connections/${created.id}`, { ...body, password: 'second' });
    expect(stored(created.id).password).toBe('second');
    expect(payload('oss', await oss('POST', '/connections', body)).id).toBeDefined();
  });

  test('the settings prefix: "" refused on create, null dropped; on update "" or null clear it, omitted keeps it (§10.3)', async () => {
    expect(errorMessage('oss', await oss('POST', '/connections', { ...body, hyperdxSettingPrefix: '' }))).toBe('Body validation failed: hyperdxSettingPrefix: Invalid');
    expect(errorMessage('oss', await oss('POST', '/connections', { ...body, hyperdxSettingPrefix: 'no-dash' }))).toBe('Body validation failed: hyperdxSettingPrefix: Invalid');
    expect(payload('oss', await oss('POST', '/connections', { ...body, hyperdxSettingPrefix: null })).hyperdxSettingPrefix).toBeUndefined();
    const created = payload('oss', await oss('POST', '/connections', { ...body, hyperdxSettingPrefix: 'Team_A', isPrometheusEndpoint: true }));
    const kept = payload('oss', await oss('PUT', `/connections/${created.id}`, { ...body, name: 'renamed' }));
    expect(kept).toMatchObject({ name: 'renamed', hyperdxSettingPrefix: 'Team_A', isPrometheusEndpoint: true });
    expect(payload('oss', await oss('PUT', `/connections/${created.id}`, { ...body, hyperdxSettingPrefix: '' })).hyperdxSettingPrefix).toBeUndefined();
  });

  test('404s are the text Not Found; a bad id is the one-line 400; the list has no meta (§10.1, §10.4)', async () => {
    const missing = '650000000000000000000000';
    for (const [method, sent] of [['GET'], ['PUT', body], ['DELETE']] as const) {
      const reply = await oss(method, `/connections/${missing}`, sent);
      expect([reply.status, reply.body, reply.headers.get('content-type')]).toEqual([404, 'Not Found', 'text/plain; charset=utf-8']);
    }
    expect(errorMessage('oss', await oss('PUT', '/connections/nope', {}))).toBe(
      'Body validation failed: name: Required; host: Required; username: Required; Params validation failed: id: Invalid ObjectId',
    );
    expect(Object.keys((await oss('GET', '/connections')).body)).toEqual(['data']);
  });
});

describe('team (RULES §11)', () => {
  test('an invitation is idempotent per email, case aside: the first one (name, token) stays (§11.2)', async () => {
    const first = payload('oss', await oss('POST', '/team/invitation', { email: 'New@Example.com', name: 'New' }));
    expect(first).toEqual({ email: 'new@example.com', invitationId: expect.any(String), status: 'pending', url: expect.stringMatching(/\/join-team\?token=[0-9a-f]{64}$/) });
    expect(first.url).not.toContain(first.invitationId);
    expect(payload('oss', await oss('POST', '/team/invitation', { email: 'new@example.com', name: 'Other' }))).toEqual(first);
    expect(payload('oss', await oss('GET', '/team/invitations'))).toEqual([{ id: first.invitationId, createdAt: expect.any(String), email: 'new@example.com', name: 'New', url: first.url }]);
    expect(await oss('POST', '/team/invitation', { email: 'TEAMMATE@example.com' })).toMatchObject({ status: 400, body: { message: 'User already exists. Please contact HyperDX team for support' } });
  });

  test('deleting: an invitation, a member; yourself is a JSON 400; the unknown a text 404 (§11.3)', async () => {
    const members = payload('oss', await oss('GET', '/team/members')) as Json[];
    const me = members.find((member) => member.isCurrentUser)!;
    const teammate = members.find((member) => !member.isCurrentUser)!;
    expect(await oss('DELETE', `/team/member/${me.id}`)).toMatchObject({ status: 400, body: { message: 'You cannot remove yourself from the team' } });
    expect(await oss('DELETE', `/team/member/${teammate.id}`)).toMatchObject({ status: 200, body: { data: { success: true } } });
    expect(await oss('DELETE', `/team/member/${teammate.id}`)).toMatchObject({ status: 404, body: 'Not Found' });
    const invitation = payload('oss', await oss('POST', '/team/invitation', { email: 'x@example.com' }));
    expect(await oss('DELETE', `/team/invitation/${invitation.invitationId}`)).toMatchObject({ status: 200, body: { data: { success: true } } });
    expect(await oss('DELETE', `/team/invitation/${invitation.invitationId}`)).toMatchObject({ status: 404, body: 'Not Found' });
  });
});

describe('roles (Managed ClickStack, RULES §12.3)', () => {
  const cloud = (method: string, route: string, body?: unknown) => send(emulator, 'cloud', method, route, body);
  const permissions = [{ action: 'read', subject: 'Dashboard' }];

  test('a custom role keeps its description when a PUT omits it; names are unique; predefined roles are fixed', async () => {
    const created = payload('cloud', await cloud('POST', '/roles', { name: 'Bot', description: 'Terraform', permissions }));
    expect(created).toEqual({ id: created.id, name: 'Bot', description: 'Terraform', permissions, isPredefined: false, createdAt: expect.any(String), updatedAt: expect.any(String) });
    expect(payload('cloud', await cloud('PUT', `/roles/${created.id}`, { permissions: [] }))).toMatchObject({ name: 'Bot', description: 'Terraform', permissions: [] });
    expect(errorMessage('cloud', await cloud('POST', '/roles', { name: 'Admin', permissions }))).toBe('A role with this name already exists');
    expect(errorMessage('cloud', await cloud('PUT', `/roles/${SEED_IDS.adminRole}`, { permissions }))).toBe('Predefined roles cannot be modified');
    expect(errorMessage('cloud', await cloud('DELETE', `/roles/${SEED_IDS.readOnlyRole}`))).toBe('Predefined roles cannot be deleted');
    expect(await cloud('GET', '/roles/650000000000000000000000')).toMatchObject({ status: 404, body: { error: 'NOT_FOUND: Role not found' } });
  });
});

describe('saved searches (RULES §9)', () => {
  test('a lucene filter is not a sidebar facet; one stored unchanged is accepted back (§9.3)', async () => {
    const lucene = { type: 'lucene', condition: 'level:error' };
    expect(errorMessage('oss', await oss('POST', '/saved-searches', { name: 's', sourceId: SEED_IDS.logSource, filters: [lucene] }))).toMatch(/^filters\[0\] must be a sidebar-renderable SQL predicate/);
    const made = emulator.oss.storeAsTheApp('savedSearches', { name: 's', sourceId: SEED_IDS.logSource, select: '', where: '', whereLanguage: 'lucene', orderBy: '', tags: [], filters: [lucene] });
    expect((await oss('PUT', `/saved-searches/${made.id}`, { name: 'renamed', sourceId: SEED_IDS.logSource, filters: [lucene] })).status).toBe(200);
  });
});

describe('fields a newer server adds (RULES §14)', () => {
  test('off by default; on, on every level of a dashboard and on sources, and accepted back', async () => {
    const plain = await createDashboard({ tiles: [tile(line())], filters: [{ type: 'QUERY_EXPRESSION', name: 'S', expression: 'ServiceName', sourceId: SEED_IDS.logSource }] });
    expect(JSON.stringify(plain)).not.toContain('newerServer');
    const newer = await startEmulator({ rateLimit: false, extraFields: true });
    try {
      const created = payload('oss', await send(newer, 'oss', 'POST', '/dashboards', { name: 'd', tiles: [tile(line())], filters: [{ type: 'QUERY_EXPRESSION', name: 'S', expression: 'ServiceName', sourceId: SEED_IDS.logSource }] }));
      const extra = { newerServerNote: expect.any(String), newerServerSettings: expect.any(Object) };
      for (const level of [created, created.tiles[0], created.tiles[0].config, created.tiles[0].config.select[0], created.filters[0]]) expect(level).toMatchObject(extra);
      expect((await send(newer, 'oss', 'PUT', `/dashboards/${created.id}`, created)).status).toBe(200);
      expect(payload('oss', await send(newer, 'oss', 'GET', `/sources/${SEED_IDS.logSource}`))).toMatchObject(extra);
    } finally {
      await newer.close();
    }
  });
});
