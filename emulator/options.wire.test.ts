// Emulator options (flavor, seed, persistence, rate limit), the Cloud flavor's behaviour, and the remaining
// resource rules (filter ids, webhook PUT, saved-search cascade, connection password, chart series).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startEmulator, SEED_IDS, type EmulatorHandle, type EmulatorOptions } from './index';
import { apiBase, credentials, send } from '../test/support/emulator-http';

const handles: EmulatorHandle[] = [];
async function start(options: EmulatorOptions = {}): Promise<EmulatorHandle> {
  const handle = await startEmulator({ rateLimit: false, ...options });
  handles.push(handle);
  return handle;
}
afterAll(() => Promise.all(handles.map((handle) => handle.close())));

const oss = (e: EmulatorHandle, method: string, route: string, body?: unknown) => send(e, 'oss', method, route, body);
const cloud = (e: EmulatorHandle, method: string, route: string, body?: unknown) => send(e, 'cloud', method, route, body);

const filter = { type: 'QUERY_EXPRESSION', name: 'Service', expression: 'ServiceName', sourceId: SEED_IDS.logSource };
const markdownTile = { name: 'Notes', x: 0, y: 0, w: 4, h: 2, config: { displayType: 'markdown', markdown: '# hi' } };

describe('options', () => {
  test('flavor "oss" leaves the Cloud paths unrouted', async () => {
    const e = await start({ flavor: 'oss' });
    const reply = await cloud(e, 'GET', '/dashboards');
    expect(reply.status).toBe(404);
    expect(reply.body).toContain('Cannot GET /v1/organizations/');
  });
  test('seed "none" has no sources; a seed file provides its documents', async () => {
    expect((await oss(await start({ seed: 'none' }), 'GET', '/sources')).body.data).toEqual([]);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'emulator-')), 'seed.json');
    fs.writeFileSync(file, JSON.stringify({ connections: [{ id: '650000000000000000000001', name: 'c', host: 'http://h:8123', username: 'u' }] }));
    const connections = (await oss(await start({ seed: file }), 'GET', '/connections')).body.data;
    expect(connections.map((c: { id: string }) => c.id)).toEqual(['650000000000000000000001']);
  });
  test('statePath persists writes across restarts', async () => {
    const statePath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'emulator-')), 'state.json');
    const first = await start({ statePath });
    const created = (await oss(first, 'POST', '/dashboards', { name: 'kept', tiles: [markdownTile] })).body.data;
    await first.close();
    const second = await start({ statePath });
    expect((await oss(second, 'GET', `/dashboards/${created.id}`)).body.data.name).toBe('kept');
  });
  test('rate limit off: nothing is refused, and OSS still sends the RateLimit-* headers of its real limit (RULES §1.6)', async () => {
    const e = await start({ flavor: 'oss' });
    const first = await oss(e, 'GET', '/sources');
    expect([first.headers.get('ratelimit-limit'), first.headers.get('ratelimit-remaining')]).toEqual(['100', '99']);
    expect(Number(first.headers.get('ratelimit-reset'))).toBeGreaterThan(0);
    for (let i = 0; i < 100; i += 1) await oss(e, 'GET', '/sources');
    const past = await oss(e, 'GET', '/sources', undefined);
    expect([past.status, past.headers.get('ratelimit-remaining')]).toEqual([200, '0']);
    expect((await oss(e, 'GET', '')).headers.get('ratelimit-limit')).toBeNull(); // the whoami is not limited (§1.5)
  });
  test('Cloud rate limit: 429 envelope with Retry-After once the window is spent', async () => {
    const e = await start({ rateLimit: { limit: 2, windowMs: 10_000 } });
    await cloud(e, 'GET', '/sources');
    await cloud(e, 'GET', '/sources');
    const limited = await cloud(e, 'GET', '/sources');
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ status: 429, error: 'Too Many Requests' });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });
  test('faults: latency delays, errorRate 1 answers 5xx; reset turns them off', async () => {
    const e = await start();
    e.faults.latencyMs = 200;
    const began = Date.now();
    await oss(e, 'GET', '/sources');
    expect(Date.now() - began).toBeGreaterThanOrEqual(190);
    e.faults.errorRate = 1;
    expect(await oss(e, 'GET', '/sources')).toMatchObject({ status: 500, body: { message: 'Something went wrong :(' } });
    expect(await cloud(e, 'GET', '/sources')).toMatchObject({ status: 500, body: { status: 500 } });
    expect(e.injected).toMatchObject({ serverErrors: 2, slowAnswers: 3 });
    e.reset();
    expect(e.faults).toEqual({
      rateLimitStorm: 0,
      rateLimitStormWindows: 0,
      errorRate: 0,
      resetConnections: 0,
      resetRate: 0,
      latencyMs: 0,
      ambiguousCreate: 0,
      ambiguousCreateRate: 0,
      responses: [],
    });
    expect(e.injected).toEqual({ rateLimited: 0, serverErrors: 0, resets: 0, slowAnswers: 0, ambiguousCreates: 0, scriptedResponses: 0 });
    expect((await oss(e, 'GET', '/sources')).status).toBe(200);
  });

  test('faults: a rate-limit storm refuses everything until its windows have ended, each 429 saying when the window resets', async () => {
    const e = await start({ rateLimit: { limit: 1_000, windowMs: 1_000 } });
    e.faults.rateLimitStormWindows = 2;
    const first = await oss(e, 'GET', '/sources');
    expect(first.status).toBe(429);
    expect(Number(first.headers.get('ratelimit-reset'))).toBeLessThanOrEqual(1);
    const began = Date.now();
    let status = 429;
    while (status === 429) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      status = (await cloud(e, 'GET', '/sources')).status;
    }
    // The storm ends with its second window: more than one window, at most two, after it began.
    expect(Date.now() - began).toBeGreaterThan(900);
    expect(Date.now() - began).toBeLessThan(3_000);
    expect(status).toBe(200);
    expect(e.injected.rateLimited).toBeGreaterThan(5);
  });

  test('faults: a storm where the rate limit is off plays the real window, and reset ends it', async () => {
    const e = await start();
    e.faults.rateLimitStormWindows = 1;
    const limited = await oss(e, 'GET', '/sources');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBe(60);
    e.reset();
    expect((await oss(e, 'GET', '/sources')).status).toBe(200);
    // Once over, nothing of the real limit stays: the emulator's limit is still off.
    for (let i = 0; i < 3; i++) expect((await oss(e, 'GET', '/sources')).status).toBe(200);
  });

  test('faults: shares of resets and of ambiguous creates, counted', async () => {
    const e = await start();
    e.faults.resetRate = 1;
    await expect(oss(e, 'GET', '/sources')).rejects.toThrow();
    e.faults.resetRate = 0;
    e.faults.ambiguousCreateRate = 1;
    const created = await oss(e, 'POST', '/dashboards', { name: 'committed', tiles: [markdownTile] });
    expect(created.status).toBe(500);
    const listed = (await oss(e, 'GET', '/dashboards')).body.data as { name: string }[];
    expect(listed.map((dashboard) => dashboard.name)).toContain('committed');
    expect(e.injected).toMatchObject({ resets: 1, ambiguousCreates: 1 });
  });

  test('faults: scripted responses replace one answer after the request was handled', async () => {
    const e = await start();
    e.faults.responses.push(
      { method: 'POST', pathEnd: '/dashboards', replace: (answer) => ({ data: { ...(answer as { data: object }).data, id: undefined } }) },
      { method: 'GET', pathEnd: '/sources', status: 200, contentType: 'text/html', body: '<html>maintenance</html>' },
    );
    const created = await oss(e, 'POST', '/dashboards', { name: 'no id', tiles: [markdownTile] });
    expect(created.body.data.id).toBeUndefined();
    expect(((await oss(e, 'GET', '/dashboards')).body.data as { name: string }[]).map((d) => d.name)).toContain('no id');
    const html = await oss(e, 'GET', '/sources');
    expect([html.status, html.body]).toEqual([200, '<html>maintenance</html>']);
    expect((await oss(e, 'GET', '/sources')).status).toBe(200);
    expect(e.injected.scriptedResponses).toBe(2);
  });
});

describe('flavor "both": two deployments (RULES §4)', () => {
  const webhook = { name: 'Deploys', service: 'generic', url: 'https://hooks.example.com/deploys' };

  test('the same webhook name is created on each; each lists only its own, and an id of one is not found in the other', async () => {
    const e = await start({ flavor: 'both' });
    const ossWebhook = (await oss(e, 'POST', '/webhooks', webhook)).body.data;
    const cloudWebhook = (await cloud(e, 'POST', '/webhooks', webhook)).body.result;
    expect([ossWebhook.name, cloudWebhook.name]).toEqual(['Deploys', 'Deploys']);
    expect(ossWebhook.id).not.toBe(cloudWebhook.id);
    expect((await oss(e, 'GET', '/webhooks')).body.data.map((w: { id: string }) => w.id)).toEqual([SEED_IDS.webhook, ossWebhook.id]);
    expect((await cloud(e, 'GET', '/webhooks')).body.result.map((w: { id: string }) => w.id)).toEqual([SEED_IDS.webhook, cloudWebhook.id]);
    const dashboard = (await oss(e, 'POST', '/dashboards', { name: 'OSS only', tiles: [markdownTile] })).body.data;
    expect((await cloud(e, 'GET', `/dashboards/${dashboard.id}`)).status).toBe(404);
    expect(e.oss.documents('webhooks').map((w) => w.id)).toEqual([SEED_IDS.webhook, ossWebhook.id]);
    expect(e.cloud.documents('dashboards')).toEqual([]);
  });

  test('each deployment has its own store for the app routes; reset restores both seeds', async () => {
    const e = await start({ flavor: 'both' });
    expect(() => e.storeAsTheApp('webhooks', webhook)).toThrow('name one, as in handle.oss.storeAsTheApp');
    const stored = e.cloud.storeAsTheApp('webhooks', webhook);
    expect((await cloud(e, 'GET', '/webhooks')).body.result.map((w: { id: string }) => w.id)).toContain(stored.id);
    expect((await oss(e, 'GET', '/webhooks')).body.data.map((w: { id: string }) => w.id)).not.toContain(stored.id);
    e.reset();
    expect(e.cloud.documents('webhooks').map((w) => w.id)).toEqual([SEED_IDS.webhook]);
    const single = await start({ flavor: 'oss' });
    expect(single.storeAsTheApp('webhooks', webhook).name).toBe('Deploys');
    expect(() => single.cloud).toThrow('This emulator does not serve the cloud API');
  });

  test('each flavor has its own rate limit', async () => {
    const e = await start({ flavor: 'both', rateLimit: { limit: 1, windowMs: 60_000 } });
    expect((await oss(e, 'GET', '/sources')).status).toBe(200);
    expect((await oss(e, 'GET', '/sources')).status).toBe(429);
    expect((await cloud(e, 'GET', '/sources')).status).toBe(200);
  });

  test('the state file keeps each deployment apart; a one-deployment state file loads into both alike; either is a seed file', async () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'emulator-'));
    const statePath = path.join(directory, 'state.json');
    const first = await start({ flavor: 'both', statePath });
    await oss(first, 'POST', '/webhooks', webhook);
    await first.close();
    const saved = JSON.parse(fs.readFileSync(statePath, 'utf8'));
    expect(saved.oss.webhooks.map((w: { name: string }) => w.name)).toEqual(['Alerts channel', 'Deploys']);
    expect(saved.cloud.webhooks.map((w: { name: string }) => w.name)).toEqual(['Alerts channel']);
    const second = await start({ flavor: 'both', statePath });
    expect((await oss(second, 'GET', '/webhooks')).body.data).toHaveLength(2);
    expect((await cloud(second, 'GET', '/webhooks')).body.result).toHaveLength(1);
    const onePath = path.join(directory, 'one.json');
    fs.writeFileSync(onePath, JSON.stringify(saved.oss));
    const third = await start({ flavor: 'both', statePath: onePath });
    expect((await cloud(third, 'GET', '/webhooks')).body.result).toHaveLength(2);
    // The same file as a seed: each deployment its part.
    const seeded = await start({ flavor: 'both', seed: statePath });
    expect([seeded.oss.documents('webhooks').length, seeded.cloud.documents('webhooks').length]).toEqual([2, 1]);
    expect((await start({ flavor: 'cloud', seed: statePath })).cloud.documents('webhooks')).toHaveLength(1);
  });
});

describe('Cloud flavor', () => {
  let e: EmulatorHandle;
  beforeAll(async () => {
    e = await start();
  });
  test('bad credentials, unknown service and missing documents answer JSON envelopes', async () => {
    const unauthorized = await send(e, 'cloud', 'GET', '/sources', undefined, { auth: 'Basic bm86cGU=' });
    expect(unauthorized).toMatchObject({ status: 401, body: { status: 401, error: 'Unauthorized' } });
    const otherService = await fetch(`${apiBase(e, 'cloud').replace(e.serviceId, '00000000-0000-4000-8000-000000000000')}/sources`, { headers: { Authorization: credentials(e, 'cloud') } });
    expect(otherService.status).toBe(404);
    expect((await cloud(e, 'GET', '/alerts/000000000000000000000000')).body.error).toBe('NOT_FOUND: Alert not found');
  });
  test('a filter id is forbidden on create and required on update; a top-level id is rejected', async () => {
    const created = (await cloud(e, 'POST', '/dashboards', { name: 'f', tiles: [markdownTile], filters: [filter] })).body.result;
    const missingId = await cloud(e, 'PUT', `/dashboards/${created.id}`, { name: 'f', tiles: [markdownTile], filters: [filter] });
    expect(missingId.body.error).toBe('Body validation failed: filters.0.id: Required');
    const kept = await cloud(e, 'PUT', `/dashboards/${created.id}`, { name: 'f', tiles: [markdownTile], filters: [{ ...filter, id: created.filters[0].id }, { ...filter, name: 'Other', id: 'placeholder' }] });
    expect(kept.body.result.filters[0].id).toBe(created.filters[0].id);
    expect(kept.body.result.filters[1].id).toMatch(/^[0-9a-f]{24}$/);
    const withId = await cloud(e, 'POST', '/dashboards', { id: created.id, name: 'f', tiles: [markdownTile] });
    expect(withId.body.error).toBe("Body validation failed: Unrecognized key(s) in object: 'id'");
  });
  test('email alert channels exist on Cloud only', async () => {
    const search = (await cloud(e, 'POST', '/saved-searches', { name: 's', sourceId: SEED_IDS.logSource })).body.result;
    const body = { source: 'saved_search', savedSearchId: search.id, threshold: 1, thresholdType: 'above', interval: '5m', channel: { type: 'email', emailRecipients: ['ops@example.com'] } };
    const created = await cloud(e, 'POST', '/alerts', body);
    expect(created.body.result.channel).toEqual(body.channel);
    expect(created.body.result.channels).toBeUndefined();
    expect((await oss(e, 'POST', '/alerts', body)).body.message).toContain('channel.type: Invalid literal value, expected "webhook"');
  });
});

describe('resource rules', () => {
  let e: EmulatorHandle;
  beforeAll(async () => {
    e = await start({ allowPrivateWebhookUrls: ['127.0.0.1'] });
  });
  test('OSS dashboard PUT: omitted filters and tags are kept, [] clears', async () => {
    const created = (await oss(e, 'POST', '/dashboards', { name: 'k', tags: ['a', 'a', 'b'], tiles: [markdownTile], filters: [filter] })).body.data;
    expect(created.tags).toEqual(['a', 'b']);
    const kept = (await oss(e, 'PUT', `/dashboards/${created.id}`, { name: 'k', tiles: [markdownTile] })).body.data;
    expect(kept).toMatchObject({ tags: ['a', 'b'], filters: [{ id: created.filters[0].id }] });
    const cleared = (await oss(e, 'PUT', `/dashboards/${created.id}`, { name: 'k', tiles: [markdownTile], filters: [], tags: [] })).body.data;
    expect(cleared).toMatchObject({ tags: [], filters: [] });
  });
  test('webhook PUT: concurrent changes of the url give 409; omitted description is cleared', async () => {
    const created = (await oss(e, 'POST', '/webhooks', { name: 'cas', service: 'generic', url: 'https://example.com/1', description: 'd' })).body.data;
    const [a, b] = await Promise.all([
      oss(e, 'PUT', `/webhooks/${created.id}`, { name: 'cas', service: 'generic', url: 'https://example.com/2' }),
      oss(e, 'PUT', `/webhooks/${created.id}`, { name: 'cas', service: 'generic', url: 'https://example.com/3' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect((a.status === 409 ? a : b).body.message).toBe('Webhook was modified concurrently; please retry with the current state');
    expect((a.status === 200 ? a : b).body.data.description).toBeUndefined();
  });
  test('slack webhooks must be on slack.com and take no headers', async () => {
    expect((await oss(e, 'POST', '/webhooks', { name: 's', service: 'slack', url: 'https://example.com/x' })).status).toBe(400);
    expect((await oss(e, 'POST', '/webhooks', { name: 's', service: 'slack', url: 'https://hooks.slack.com/x', headers: { A: 'b' } })).body.message).toBe('Body validation failed: headers: headers is not supported for the slack webhook service');
  });
  test('deleting a saved search deletes its alerts', async () => {
    const search = (await oss(e, 'POST', '/saved-searches', { name: 'c', sourceId: SEED_IDS.logSource })).body.data;
    const alert = (await oss(e, 'POST', '/alerts', { source: 'saved_search', savedSearchId: search.id, threshold: 1, thresholdType: 'above', interval: '1m', channel: { type: 'webhook', webhookId: SEED_IDS.webhook } })).body.data;
    await oss(e, 'DELETE', `/saved-searches/${search.id}`);
    expect((await oss(e, 'GET', `/alerts/${alert.id}`)).status).toBe(404);
  });
  test('saved-search filters must be sidebar-renderable; PUT resets omitted optionals', async () => {
    const bad = await oss(e, 'POST', '/saved-searches', { name: 'f', sourceId: SEED_IDS.logSource, filters: [{ condition: 'a = 1' }] });
    expect(bad.body.message).toMatch(/^filters\[0\] must be a sidebar-renderable SQL predicate/);
    const created = (await oss(e, 'POST', '/saved-searches', { name: 'f', sourceId: SEED_IDS.logSource, where: 'x', filters: [{ condition: "ServiceName IN ('api')" }] })).body.data;
    const updated = (await oss(e, 'PUT', `/saved-searches/${created.id}`, { name: 'f', sourceId: SEED_IDS.logSource })).body.data;
    expect(updated).toMatchObject({ where: '', filters: [], tags: [], whereLanguage: 'lucene' });
  });
  test('connection password is never returned and kept when omitted', async () => {
    const created = (await oss(e, 'POST', '/connections', { name: 'p', host: 'http://h:8123', username: 'u', password: 'secret', hyperdxSettingPrefix: 'hdx' })).body.data;
    const updated = (await oss(e, 'PUT', `/connections/${created.id}`, { name: 'p2', host: 'http://h:8123', username: 'u', hyperdxSettingPrefix: null })).body.data;
    expect(updated.password).toBeUndefined();
    expect(updated.hyperdxSettingPrefix).toBeUndefined();
    expect(e.requests.length).toBeGreaterThan(0);
  });
  test('malformed JSON is 400 Invalid JSON payload; text/plain bodies fail validation', async () => {
    expect((await send(e, 'oss', 'POST', '/dashboards', undefined, { raw: '{"name":' })).body).toEqual({ message: 'Invalid JSON payload' });
    expect((await send(e, 'oss', 'POST', '/dashboards', undefined, { raw: 'hello', contentType: 'text/plain' })).body.message).toBe('Body validation failed: Expected object, received string');
  });
  test('chart series are deterministic for a seeded source', async () => {
    const body = { startTime: 1767225600000, endTime: 1767226200000, granularity: '1m', series: [{ sourceId: SEED_IDS.metricSource, aggFn: 'avg', field: 'Value', where: '', groupBy: [] }] };
    const first = (await oss(e, 'POST', '/charts/series', body)).body.data;
    expect(first).toHaveLength(10);
    expect((await oss(e, 'POST', '/charts/series', body)).body.data).toEqual(first);
    expect(first[0]).toEqual({ ts_bucket: 1767225600000, group: [], 'series_0.data': expect.any(Number) });
  });
  test('legacy series tiles come back as config', async () => {
    const tile = { name: 'legacy', x: 0, y: 0, w: 6, h: 3, series: [{ type: 'time', sourceId: SEED_IDS.logSource, aggFn: 'count', where: '', whereLanguage: 'lucene', groupBy: ['ServiceName'] }] };
    const created = (await oss(e, 'POST', '/dashboards', { name: 'legacy', tiles: [tile] })).body.data;
    expect(created.tiles[0].series).toBeUndefined();
    expect(created.tiles[0].config).toMatchObject({ displayType: 'line', groupBy: 'ServiceName', asRatio: false, fillNulls: true });
  });
  test('team validation errors are the zod-express-middleware array of whole zod issues (RULES §11)', async () => {
    const zodError = (issues: unknown[]) => ({ issues, name: 'ZodError' });
    const invalid = await oss(e, 'POST', '/team/invitation', { email: 'not-an-email' });
    expect(invalid).toMatchObject({ status: 400, body: [{ type: 'Body', errors: zodError([{ validation: 'email', code: 'invalid_string', message: 'Invalid email', path: ['email'] }]) }] });
    expect((await oss(e, 'POST', '/team/invitation', { email: 7 })).body).toEqual([
      { type: 'Body', errors: zodError([{ code: 'invalid_type', expected: 'string', received: 'number', path: ['email'], message: 'Expected string, received number' }]) },
    ]);
    expect((await oss(e, 'POST', '/team/invitation', {})).body[0].errors.issues).toEqual([
      { code: 'invalid_type', expected: 'string', received: 'undefined', path: ['email'], message: 'Required' },
    ]);
    expect((await oss(e, 'DELETE', '/team/member/nope')).body).toEqual([{ type: 'Params', errors: zodError([{ code: 'custom', message: 'Invalid ObjectId', path: ['id'] }]) }]);
  });
});
