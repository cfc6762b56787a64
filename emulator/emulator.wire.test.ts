// Behaviour of the emulator beyond the contract: validation rules, side effects, rate limits, faults, CLI.
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { helpText, parseArguments } from './cli';
import { startEmulator, SEED_IDS, type EmulatorHandle } from './index';
import { send } from '../test/support/emulator-http';

const RATE_LIMIT = 20;
let emulator: EmulatorHandle;
beforeAll(async () => {
  emulator = await startEmulator({ rateLimit: { limit: RATE_LIMIT, windowMs: 60_000 }, allowPrivateWebhookUrls: ['127.0.0.1'] });
});
afterEach(() => emulator.reset());
afterAll(() => emulator.close());

const oss = (method: string, route: string, body?: unknown, auth?: string) => send(emulator, 'oss', method, route, body, { auth });

const tile = (name: string, displayType = 'line') => ({ name, x: 0, y: 0, w: 6, h: 3, config: { displayType, sourceId: SEED_IDS.logSource, select: [{ aggFn: 'count' }] } });

describe('validation rules', () => {
  test('zod-style messages for several issues at once', async () => {
    const reply = await oss('POST', '/dashboards', { tiles: [{ name: 't', x: 99, y: 0, w: 0, h: 1 }] });
    expect(reply.body.message).toBe('Body validation failed: name: Required; tiles.0.x: Number must be less than or equal to 23; tiles.0.w: Number must be greater than or equal to 1; tiles.0: Tile must have either series or config');
  });
  test('count refuses a non-empty valueExpression, other aggregations need one, level only with quantile (RULES §5.3)', async () => {
    const select = [{ aggFn: 'count', valueExpression: 'x' }, { aggFn: 'sum' }, { aggFn: 'avg', valueExpression: 'd', level: 0.5 }];
    const reply = await oss('POST', '/dashboards', { name: 'd', tiles: [{ ...tile('t'), config: { displayType: 'line', sourceId: SEED_IDS.logSource, select } }] });
    expect(reply.body).toEqual({
      message: 'Body validation failed: tiles.0.config.select.0: Value expression cannot be used with count aggregation function; '
        + 'tiles.0.config.select.1: Value expression is required for non-count aggregation functions; '
        + 'tiles.0.config.select.2: Level can only be used with quantile aggregation function',
    });
    const emptyOnCount = [{ aggFn: 'count', valueExpression: '' }];
    expect((await oss('POST', '/dashboards', { name: 'd', tiles: [{ ...tile('t'), config: { displayType: 'line', sourceId: SEED_IDS.logSource, select: emptyOnCount } }] })).status).toBe(200);
  });
  test('tile count is capped at 500', async () => {
    const reply = await oss('POST', '/dashboards', { name: 'd', tiles: Array.from({ length: 501 }, (_, i) => tile(`t${i}`)) });
    expect(reply.body.message).toContain('tiles: Array must contain at most 500 element(s)');
  });
  test('between needs thresholdMax ≥ threshold; offset must be below the interval', async () => {
    const base = { source: 'saved_search', savedSearchId: SEED_IDS.webhook, interval: '5m', threshold: 5, channel: { type: 'webhook', webhookId: SEED_IDS.webhook } };
    expect((await oss('POST', '/alerts', { ...base, thresholdType: 'between' })).body.message).toBe('Body validation failed: thresholdMax: thresholdMax is required for between/not_between threshold types');
    expect((await oss('POST', '/alerts', { ...base, thresholdType: 'between', thresholdMax: 1 })).body.message).toBe('Body validation failed: thresholdMax: thresholdMax must be greater than or equal to threshold');
    expect((await oss('POST', '/alerts', { ...base, thresholdType: 'above', scheduleOffsetMinutes: 5 })).body.message).toBe('Body validation failed: scheduleOffsetMinutes: scheduleOffsetMinutes must be less than 5 minutes');
  });
  test('reference checks against sources and webhooks', async () => {
    const missing = '000000000000000000000000';
    const dashboard = await oss('POST', '/dashboards', { name: 'd', tiles: [{ ...tile('t'), config: { ...tile('t').config, sourceId: missing } }] });
    expect(dashboard.body).toEqual({ message: `Could not find the following source IDs: ${missing}` });
    const heatmap = await oss('POST', '/dashboards', { name: 'd', tiles: [{ ...tile('t'), config: { displayType: 'heatmap', sourceId: SEED_IDS.logSource, select: [{ valueExpression: 'Duration' }] } }] });
    expect(heatmap.body.message).toBe(`Heatmap tiles require a Trace source. The following source IDs are not Trace sources: ${SEED_IDS.logSource}`);
  });
  test('private webhook URLs are refused unless allow-listed', async () => {
    const refused = await oss('POST', '/webhooks', { name: 'w', service: 'generic', url: 'http://localhost:9999/x' });
    expect(refused.body).toEqual({ message: 'Webhook URL resolves to a private or reserved address.' });
    expect((await oss('POST', '/webhooks', { name: 'w', service: 'generic', url: 'http://127.0.0.1:9999/x' })).status).toBe(200);
  });
});

describe('ids and normalization', () => {
  test('tile ids are minted on create and kept on PUT only when they match; read defaults are applied', async () => {
    const created = (await oss('POST', '/dashboards', { name: 'd', tiles: [{ ...tile('a'), id: 'mine' }, tile('b')] })).body.data;
    expect(created.tiles[0].id).toMatch(/^[0-9a-f]{24}$/);
    expect(created.tiles[0].config).toMatchObject({ asRatio: false, fillNulls: true, select: [{ valueExpression: '', aggFn: 'count', where: '', whereLanguage: 'lucene' }] });
    expect(created).toMatchObject({ tags: [], filters: [], savedQuery: null, savedQueryLanguage: null, savedFilterValues: [] });
    const updated = (await oss('PUT', `/dashboards/${created.id}`, { name: 'd', tiles: [{ ...tile('a'), id: created.tiles[0].id }, { ...tile('b'), id: 'other' }] })).body.data;
    expect(updated.tiles[0].id).toBe(created.tiles[0].id);
    expect(updated.tiles[1].id).not.toBe('other');
  });
});

describe('side effects', () => {
  async function dashboardWithAlert() {
    const dashboard = (await oss('POST', '/dashboards', { name: 'd', tiles: [tile('a'), tile('b')] })).body.data;
    const alert = (await oss('POST', '/alerts', { source: 'tile', dashboardId: dashboard.id, tileId: dashboard.tiles[0].id, threshold: 1, thresholdType: 'above', interval: '5m', channel: { type: 'webhook', webhookId: SEED_IDS.webhook } })).body.data;
    return { dashboard, alert };
  }
  test('a dashboard PUT turning the tile into a table deletes its alert', async () => {
    const { dashboard, alert } = await dashboardWithAlert();
    const table = { ...tile('a', 'table'), id: dashboard.tiles[0].id };
    await oss('PUT', `/dashboards/${dashboard.id}`, { name: 'd', tiles: [table] });
    expect((await oss('GET', `/alerts/${alert.id}`)).status).toBe(404);
  });
  test('deleting a dashboard deletes its tile alerts; webhook delete is refused while referenced', async () => {
    const { dashboard, alert } = await dashboardWithAlert();
    expect((await oss('DELETE', `/webhooks/${SEED_IDS.webhook}`)).status).toBe(409);
    await oss('DELETE', `/dashboards/${dashboard.id}`);
    expect((await oss('GET', `/alerts/${alert.id}`)).status).toBe(404);
    expect((await oss('DELETE', `/webhooks/${SEED_IDS.webhook}`)).status).toBe(200);
  });
  test('alert PUT: omitted name becomes null, omitted thresholdMax is kept', async () => {
    const { dashboard, alert } = await dashboardWithAlert();
    const body = { source: 'tile', dashboardId: dashboard.id, tileId: dashboard.tiles[0].id, threshold: 1, thresholdMax: 9, thresholdType: 'between', interval: '5m', name: 'n', channel: { type: 'webhook', webhookId: SEED_IDS.webhook } };
    await oss('PUT', `/alerts/${alert.id}`, body);
    const { name: _name, thresholdMax: _max, ...rest } = body;
    const updated = (await oss('PUT', `/alerts/${alert.id}`, { ...rest, thresholdType: 'above' })).body.data;
    expect(updated).toMatchObject({ name: null, thresholdMax: 9, thresholdType: 'above' });
  });
  test('webhook headers are write-only', async () => {
    const created = await oss('POST', '/webhooks', { name: 'h', service: 'generic', url: 'https://example.com/h', headers: { 'X-Key': 'secret' } });
    expect(created.body.data.headers).toBeUndefined();
  });
});

describe('auth, rate limit and faults', () => {
  test('401 is text/plain Unauthorized; the bearer scheme is case-sensitive', async () => {
    const reply = await oss('GET', '/dashboards', undefined, `bearer ${emulator.apiKey}`);
    expect(reply.status).toBe(401);
    expect(reply.headers.get('content-type')).toContain('text/plain');
    expect(reply.body).toBe('Unauthorized');
  });
  test('a malformed percent-escape in an id is a 400 with the generic message, on both flavors (RULES §1.4)', async () => {
    const reply = await oss('GET', '/alerts/%zz');
    expect(reply).toMatchObject({ status: 400, body: { message: 'Something went wrong :(' } });
    const cloud = await send(emulator, 'cloud', 'DELETE', '/webhooks/%E0%A4%A');
    expect(cloud).toMatchObject({ status: 400, body: { status: 400, error: 'Something went wrong :(' } });
  });
  test('dashboards 404 is text Not Found', async () => {
    expect((await oss('GET', '/dashboards/000000000000000000000000')).body).toBe('Not Found');
  });
  test('the limiter counts bad keys too and answers 429 with RateLimit-* and Retry-After', async () => {
    for (let i = 0; i < RATE_LIMIT; i += 1) {
      const reply = await oss('GET', '/sources', undefined, 'Bearer wrong');
      expect(reply.headers.get('ratelimit-remaining')).toBe(String(RATE_LIMIT - 1 - i));
    }
    const limited = await oss('GET', '/sources', undefined, 'Bearer wrong');
    expect(limited.status).toBe(429);
    expect(limited.body).toBe('Too many requests, please try again later.');
    expect(limited.headers.get('retry-after')).toBe('60');
    expect((await oss('GET', '/sources')).status).toBe(200); // another key, another counter
  });
  test('faults: a 429 storm, connection resets and an ambiguous create that commits', async () => {
    emulator.faults.rateLimitStorm = 1;
    expect((await oss('GET', '/sources')).status).toBe(429);
    emulator.faults.resetConnections = 1;
    await expect(oss('GET', '/sources')).rejects.toThrow();
    emulator.faults.ambiguousCreate = 1;
    expect((await oss('POST', '/webhooks', { name: 'amb', service: 'generic', url: 'https://example.com/a' })).status).toBe(500);
    const list = (await oss('GET', '/webhooks')).body.data;
    expect(list.map((w: { name: string }) => w.name)).toContain('amb');
    expect(emulator.requests.at(-1)?.headers.authorization).toBe('Bearer [REDACTED]');
  });
});

test('CLI arguments: an unknown flag is named as such, wherever it stands; a known one without a value needs one', () => {
  expect(parseArguments(['--port', '0', '--flavor', 'oss'])).toEqual({ port: 0, flavor: 'oss' });
  expect(() => parseArguments(['--port', '0', '--verbose'])).toThrow('unknown flag --verbose');
  expect(() => parseArguments(['--verbose', '--port', '0'])).toThrow('unknown flag --verbose');
  expect(() => parseArguments(['--port'])).toThrow('--port needs a value');
  expect(parseArguments(['--extra-fields', 'on'])).toEqual({ extraFields: true });
  expect(() => parseArguments(['--extra-fields', 'yes'])).toThrow('--extra-fields expects on or off');
});

test('CLI --help lists every flag with a one-line description', () => {
  expect(parseArguments(['--port', '0', '--help'])).toBe('help');
  expect(parseArguments(['-h'])).toBe('help');
  const flags = helpText()
    .split('\n')
    .filter((line) => line.startsWith('  --'))
    .map((line) => /^ {2}(--[a-z-]+)(?: \S+)? {2,}\S/.exec(line)?.[1]);
  expect(flags).toEqual(['--port', '--flavor', '--seed', '--rate-limit', '--state', '--allow-webhook-host', '--extra-fields', '--tls-cert', '--tls-key', '--help']);
  for (const flag of flags.slice(0, -1)) expect(() => parseArguments([flag!])).toThrow(`${flag} needs a value`);
});

test('the CLI prints the connection JSON as its first stdout line', async () => {
  const cli = [path.join(__dirname, 'cli.ts'), '--port', '0', '--flavor', 'oss', '--rate-limit', '10/1s'];
  const child = spawn(process.execPath, ['--import', 'tsx', ...cli], { stdio: ['ignore', 'pipe', 'inherit'] });
  const firstLine = await new Promise<string>((resolve) => {
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      if (buffer.includes('\n')) resolve(buffer.split('\n')[0]);
    });
  });
  child.kill();
  expect(Object.keys(JSON.parse(firstLine)).sort()).toEqual(['apiKey', 'cloudUrl', 'keyId', 'keySecret', 'organizationId', 'ossUrl', 'serviceId']);
}, 30_000);
