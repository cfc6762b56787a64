// Transport behaviour against a scripted loopback server: headers, keep-alive, retries, 429, timeouts, aborts.
import { createClient } from './index';
import type { ClickStackClient } from './index';
import { AbortedError, ConnectionError, NetworkError, RateLimitedError, ServerError, UnexpectedResponseError } from './errors';
import { mayHaveCreated } from './create-recovery';
import type { ClientLogLevel } from './config';
import { destroy, hang, json, SeenRequest, startStubServer, StubServer, text } from '../../test/support/stub-server';
import { VirtualClock } from '../../test/support/virtual-clock';

const API_KEY = 'f47ac10b-58cc-4372-a567-0e02b2c3d479';
let stub: StubServer;
let seen: SeenRequest[];

beforeAll(async () => {
  stub = await startStubServer();
});

afterAll(() => stub.close());

/** Documents as the servers answer them, with what the client checks (response-shape.ts). */
const source = (id = '64f0000000000000000000a1') => ({ id, name: 'Logs', kind: 'log' });
const savedSearch = (id = '64f0000000000000000000e1') => ({ id, name: 'n', sourceId: 's' });
const INVITATION_INPUT = { email: 'new@example.com' };
const invitation = () => ({ email: 'new@example.com', invitationId: '64f0000000000000000000f1', status: 'pending', url: 'http://localhost:8080/join-team?token=t' });

let client: ClickStackClient;
let logs: Array<{ level: ClientLogLevel; message: string; fields: Record<string, unknown> }>;

function ossClient(overrides: Record<string, unknown> = {}): ClickStackClient {
  return createClient({
    flavor: 'oss',
    endpoint: stub.url,
    apiKey: API_KEY,
    rateLimit: false,
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
    log: (level, message, fields) => logs.push({ level, message, fields }),
    ...overrides,
  });
}

beforeEach(() => {
  stub.script = [];
  stub.seen = seen = [];
  logs = [];
  client = ossClient();
});

afterEach(() => client.close());

describe('requests', () => {
  it('sends the User-Agent, the Bearer key and JSON, with a JSON body only on writes', async () => {
    stub.script = [json(200, { data: [] }), json(200, { data: invitation() })];
    await client.sources.list();
    await client.team.invite(INVITATION_INPUT);
    expect(seen[0].headers['user-agent']).toMatch(/^clickstack-cdktf\/\d+\.\d+\.\d+/);
    expect(seen[0].headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(seen[0].headers.accept).toBe('application/json');
    expect(seen[0].headers['content-type']).toBeUndefined();
    expect(seen[1].headers['content-type']).toBe('application/json');
    expect(JSON.parse(seen[1].body)).toEqual(INVITATION_INPUT);
  });

  it('reuses kept-alive sockets', async () => {
    for (let i = 0; i < 6; i++) await client.sources.list();
    expect(new Set(seen.map((request) => request.remotePort)).size).toBeLessThan(seen.length);
  });

  it('encodes ids in paths', async () => {
    stub.script = [json(200, { data: source('a:b') })];
    await client.sources.get('a/b');
    expect(seen[0].url).toBe('/api/v2/sources/a%2Fb');
  });

  it('rejects a 2xx body that is not JSON, naming the request and showing the start of the body', async () => {
    stub.script = [text(200, `<html>${'ok '.repeat(50)}</html>`, 'text/html')];
    const failure = await client.sources.list().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UnexpectedResponseError);
    expect((failure as Error).message).toBe(
      `GET /api/v2/sources answered HTTP 200 with a body that is not JSON (text/html): <html>${'ok '.repeat(38)}…`,
    );
  });

  it('refuses a body larger than 64 MiB without holding it', async () => {
    stub.script = [
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        const chunk = Buffer.alloc(1024 * 1024, 0x20);
        let sent = 0;
        const more = () => {
          while (sent < 65 && res.write(chunk)) sent++;
          if (sent < 65) res.once('drain', more);
          else res.end();
        };
        more();
      },
    ];
    const failure = await client.sources.list().catch((error: unknown) => error);
    expect((failure as Error).message).toBe('GET /api/v2/sources answered HTTP 200 with a body larger than 64 MiB');
  });
});

describe('retries', () => {
  it('retries a GET on 5xx and on a reset connection, with backoff logged', async () => {
    stub.script = [json(503, { message: 'busy' }), destroy, json(200, { data: [source()] })];
    await expect(client.sources.list()).resolves.toEqual([source()]);
    expect(seen).toHaveLength(3);
    expect(logs.filter((entry) => entry.level === 'warn').map((entry) => entry.message)).toEqual([
      'Retrying GET /api/v2/sources after HTTP 503',
      'Retrying GET /api/v2/sources after a network error',
    ]);
  });

  it('retries PUT and DELETE on 5xx', async () => {
    stub.script = [json(502, {}), json(200, { data: savedSearch('a') }), json(500, {}), json(200, {})];
    await client.savedSearches.update('a', { name: 'n', sourceId: 's' });
    await client.savedSearches.delete('a');
    expect(seen.map((request) => request.method)).toEqual(['PUT', 'PUT', 'DELETE', 'DELETE']);
  });

  // A POST that may have created its object is never sent again by the transport; what follows is the create's
  // recovery (create-recovery.test.ts). An invitation's is to send it again: the server answers the pending one.
  it('never retries a POST that reached the server; an invitation whose answer was lost is sent again by its recovery: 5xx', async () => {
    stub.script = [json(500, { message: 'Something went wrong :(' }), json(200, { data: invitation() })];
    await expect(client.team.invite(INVITATION_INPUT)).resolves.toEqual(invitation());
    expect(seen.map(({ method, url }) => `${method} ${url}`)).toEqual(['POST /api/v2/team/invitation', 'POST /api/v2/team/invitation']);
    expect(logs.filter((entry) => entry.message.startsWith('Retrying POST'))).toEqual([]);
    expect(logs.map((entry) => entry.message)).toContain(
      "POST /api/v2/team/invitation failed with HTTP 500: Something went wrong :(; sending the invitation again (the server answers the one it made, if it made one)",
    );
  });

  it('never retries a POST that reached the server; an invitation is sent again once the server has surely finished: connection reset', async () => {
    const clock = new VirtualClock();
    client = ossClient({ clock });
    stub.script = [destroy, json(200, { data: invitation() })];
    await expect(client.team.invite(INVITATION_INPUT)).resolves.toEqual(invitation());
    expect(seen).toHaveLength(2);
    expect(clock.now()).toBe(4_000);
    expect(logs.filter((entry) => entry.message.startsWith('Retrying POST'))).toEqual([]);
  });

  it('gives up an invitation whose answer is lost after the attempts, with the failure that may have created it', async () => {
    client = ossClient({ retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1 } });
    stub.script = [json(502, {}), json(502, {})];
    const failure = await client.team.invite(INVITATION_INPUT).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ServerError);
    expect(mayHaveCreated(failure)).toBe(true);
    expect(seen).toHaveLength(2);
  });

  it('retries a POST that changes nothing (validation) like a read, on 5xx and resets', async () => {
    stub.script = [json(503, { message: 'busy' }), destroy, json(200, { valid: true, errors: [] })];
    await expect(client.dashboards.validate({ name: 'D', tiles: [] })).resolves.toEqual({ valid: true, errors: [] });
    expect(seen.map((request) => request.method)).toEqual(['POST', 'POST', 'POST']);
  });

  it('retries a POST refused before it was sent (connection refused)', async () => {
    const refused = createClient({
      flavor: 'oss',
      endpoint: 'http://127.0.0.1:1',
      apiKey: API_KEY,
      rateLimit: false,
      retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 2 },
      log: (level, message, fields) => logs.push({ level, message, fields }),
    });
    const failure = await refused.team.invite(INVITATION_INPUT).catch((error: unknown) => error);
    await refused.close();
    expect(failure).toBeInstanceOf(ConnectionError);
    expect(failure).toMatchObject({ problem: 'refused', code: 'ECONNREFUSED' });
    expect(mayHaveCreated(failure)).toBe(false);
    expect(logs.filter((entry) => entry.message.startsWith('Retrying POST'))).toHaveLength(2);
  });

  it('retries a 429 on any method, waiting what RateLimit-Reset says', async () => {
    const clock = new VirtualClock();
    client = ossClient({ clock });
    stub.script = [json(429, { message: 'slow down' }, { 'ratelimit-reset': '1.5', 'retry-after': '60' }), json(200, { data: invitation() })];
    await client.team.invite(INVITATION_INPUT);
    expect(clock.now()).toBe(1_500);
    expect(seen).toHaveLength(2);
    expect(logs.find((entry) => entry.message.startsWith('Rate limited'))).toMatchObject({
      level: 'warn',
      message: 'Rate limited on POST /api/v2/team/invitation: waiting 1.5 s as the server asks',
      fields: { rateLimited: 1, waitMs: 1_500, waitedMs: 0, budgetMs: 600_000 },
    });
  });

  it('rides out a storm of 429s over several windows, counted against neither the attempts nor the retry time', async () => {
    const clock = new VirtualClock();
    client = ossClient({ clock, retry: { maxAttempts: 2, maxElapsedMs: 1_000 } });
    const limited = json(429, { message: 'Too many' }, { 'ratelimit-reset': '60' });
    stub.script = [limited, limited, limited, limited, json(200, { data: [source()] })];
    await expect(client.sources.list()).resolves.toEqual([source()]);
    expect(clock.now()).toBe(240_000);
    expect(logs.filter((entry) => entry.message.startsWith('Rate limited')).map((entry) => entry.fields.waitedMs)).toEqual([0, 60_000, 120_000, 180_000]);
  });

  it('gives up a 429 once the waits would pass the budget of 10 windows, saying so', async () => {
    const clock = new VirtualClock();
    client = ossClient({ clock });
    stub.fallback = json(429, { message: 'Too many' }, { 'ratelimit-reset': '60' });
    try {
      const failure = await client.sources.list().catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(RateLimitedError);
      expect((failure as RateLimitedError).retryAfterMs).toBe(60_000);
      expect((failure as Error).message).toBe(
        'GET /api/v2/sources failed with HTTP 429: Too many The server asks to wait 60 s more after 600 s of waiting, beyond the ' +
          '600 s one request may wait out rate limits; another client may be using the same API key.',
      );
      expect(seen).toHaveLength(11);
      expect(clock.now()).toBe(600_000);
    } finally {
      stub.fallback = json(200, { data: [] });
    }
  });

  it('waits a moment at least, even when the server says the window resets now', async () => {
    const clock = new VirtualClock();
    client = ossClient({ clock });
    stub.script = [json(429, { message: 'Too many' }, { 'ratelimit-reset': '0' }), json(200, { data: [] })];
    await client.sources.list();
    expect(clock.now()).toBe(250);
  });

  it('gives up at once a 429 that asks for more than the budget', async () => {
    client = ossClient({ retry: { rateLimitBudgetMs: 1_000 } });
    stub.script = [json(429, { message: 'Too many' }, { 'retry-after': '60' })];
    const failure = await client.sources.list().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RateLimitedError);
    expect((failure as RateLimitedError).retryAfterMs).toBe(60_000);
    expect(seen).toHaveLength(1);
  });

  it('stops after maxAttempts', async () => {
    client = ossClient({ retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1 } });
    stub.script = [json(500, {}), json(500, {}), json(500, {})];
    await expect(client.sources.list()).rejects.toBeInstanceOf(ServerError);
    expect(seen).toHaveLength(2);
  });
});

describe('timeouts and cancellation', () => {
  it('times out an attempt and retries an idempotent call', async () => {
    client = ossClient({ timeoutMs: 100, retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1 } });
    stub.script = [hang, json(200, { data: [] })];
    await expect(client.sources.list()).resolves.toEqual([]);
    expect(seen).toHaveLength(2);
  });

  it('reports a timed-out POST as possibly committed', async () => {
    client = ossClient({ timeoutMs: 100, retry: { maxAttempts: 1 } });
    stub.script = [hang];
    const failure = await client.team.invite(INVITATION_INPUT).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(NetworkError);
    expect(failure).toMatchObject({ code: 'TIMEOUT', mayHaveReachedServer: true });
  });

  it('aborts an in-flight request on the caller signal', async () => {
    stub.script = [hang];
    const controller = new AbortController();
    const pending = client.sources.list({ signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toBeInstanceOf(AbortedError);
  });

  it('aborts a backoff wait', async () => {
    client = ossClient({ retry: { baseDelayMs: 60_000, maxDelayMs: 60_000 } });
    stub.script = [json(503, {})];
    const controller = new AbortController();
    const pending = client.sources.list({ signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    await expect(pending).rejects.toBeInstanceOf(AbortedError);
    expect(seen).toHaveLength(1);
  });

  it('after a stop, sends nothing new but lets a request on the wire finish', async () => {
    const stop = new AbortController();
    stub.script = [
      (_req, res) => {
        stop.abort();
        setTimeout(() => json(200, { data: invitation() })(_req, res), 50);
      },
    ];
    await expect(client.team.invite(INVITATION_INPUT, { stop: stop.signal })).resolves.toEqual(invitation());
    await expect(client.sources.list({ stop: stop.signal })).rejects.toThrow(new AbortedError('GET /api/v2/sources was not sent: the provider was asked to stop'));
    expect(seen).toHaveLength(1);
  });

  it('after a stop, gives up a wait between attempts and starts no retry', async () => {
    client = ossClient({ retry: { baseDelayMs: 60_000, maxDelayMs: 60_000 } });
    stub.script = [json(503, {})];
    const stop = new AbortController();
    const pending = client.sources.list({ stop: stop.signal });
    setTimeout(() => stop.abort(), 100);
    await expect(pending).rejects.toBeInstanceOf(AbortedError);
    expect(seen).toHaveLength(1);
  });

  it('does not send at all with an aborted signal', async () => {
    await expect(client.sources.list({ signal: AbortSignal.abort() })).rejects.toBeInstanceOf(AbortedError);
    expect(seen).toHaveLength(0);
  });
});

describe('redaction', () => {
  it('keeps the key and webhook secrets out of errors and logs', async () => {
    const hookUrl = 'https://hooks.slack.com/services/T000/B000/SECRETPATH';
    // The webhook list read before the first create, then the create.
    stub.script = [json(200, { data: [] }), json(400, { message: `bad key ${API_KEY} for ${hookUrl} with header s3cr3t-token` })];
    const failure = await client.webhooks
      .create({ name: 'w', service: 'generic', url: hookUrl, headers: { Authorization: 's3cr3t-token' } })
      .catch((error: unknown) => error as Error);
    const texts = [String(failure), (failure as Error).message, JSON.stringify(failure), JSON.stringify(logs)];
    for (const text of texts) {
      expect(text).not.toContain(API_KEY);
      expect(text).not.toContain('SECRETPATH');
      expect(text).not.toContain('s3cr3t-token');
    }
    expect((failure as Error).message).toContain('[REDACTED]');
    expect(seen[1].body).toContain('SECRETPATH');
  });
});
