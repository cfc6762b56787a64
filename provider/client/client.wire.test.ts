// The client against the in-process emulator: every error class, pagination, retries, 429s, the limiter,
// ambiguous creates, cancellation and redaction, for both flavors.
import { SEED_IDS, startEmulator } from '../../emulator';
import type { EmulatorHandle } from '../../emulator';
import {
  AbortedError,
  ConnectionError,
  ConflictError,
  createClient,
  EndpointUnavailableError,
  NotFoundError,
  RateLimitedError,
  ServerError,
  ValidationError,
} from './index';
import type { ClickStackClient, CommonClientOptions, DashboardCreateInput, ClientLogLevel } from './index';
import { emulatorClient, FLAVORS } from '../../test/support/emulator-clients';
import { VirtualClock } from '../../test/support/virtual-clock';

const MISSING_ID = '0000000000000000000000ff';

let handle: EmulatorHandle;
const clients: ClickStackClient[] = [];

beforeAll(async () => {
  // A 1 s window keeps 429 waits (RateLimit-Reset, Retry-After) short while faults force 429s.
  handle = await startEmulator({ rateLimit: { limit: 10_000, windowMs: 1_000 } });
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.close()));
  await handle.close();
});

beforeEach(() => handle.reset());

function dashboardInput(name: string): DashboardCreateInput {
  return {
    name,
    tags: ['client-test'],
    tiles: [
      {
        name: 'Errors',
        x: 0,
        y: 0,
        w: 12,
        h: 4,
        config: {
          displayType: 'line',
          sourceId: SEED_IDS.logSource,
          select: [{ aggFn: 'count', where: 'SeverityText:error', whereLanguage: 'lucene' }],
          groupBy: 'ServiceName',
        },
      },
    ],
  };
}

describe.each(FLAVORS)('%s', (flavor) => {
  const make = (options: CommonClientOptions = {}): ClickStackClient => {
    const client = emulatorClient(handle, flavor, options);
    clients.push(client);
    return client;
  };
  const requestsTo = (method: string, suffix: string) =>
    handle.requests.filter((request) => request.method === method && request.path.endsWith(suffix));

  describe('errors', () => {
    it('a ConnectionError for a bad credential, told once: later requests are not sent', async () => {
      const client =
        flavor === 'oss'
          ? createClient({ flavor: 'oss', endpoint: handle.ossUrl, apiKey: 'not-a-real-key-000', rateLimit: false })
          : createClient({ ...cloudConfigFor(handle), keySecret: 'wrong-secret-000', rateLimit: false });
      clients.push(client);
      const before = handle.requests.length;
      const failure = await client.dashboards.list().catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(ConnectionError);
      expect(failure).toMatchObject({ problem: 'credentials', repeated: false });
      expect((failure as Error).message).toContain('HTTP 401');
      const later = await client.webhooks.list().catch((error: unknown) => error);
      expect(later).toMatchObject({ problem: 'credentials', repeated: true });
      expect(handle.requests.length - before).toBe(1);
    });

    it('ValidationError with the server message', async () => {
      const failure = await make().dashboards.create({ name: 'bad', tiles: [{ name: 't', x: 99, y: 0, w: 0, h: 1 } as never] }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(ValidationError);
      expect((failure as ValidationError).serverMessage).toMatch(/tiles\.0/);
    });

    it('NotFoundError for a missing object (text "Not Found" on OSS dashboards, JSON elsewhere)', async () => {
      const client = make();
      await expect(client.dashboards.get(MISSING_ID)).rejects.toBeInstanceOf(NotFoundError);
      await expect(client.alerts.get(MISSING_ID)).rejects.toBeInstanceOf(NotFoundError);
      await expect(client.savedSearches.delete(MISSING_ID)).rejects.toBeInstanceOf(NotFoundError);
      await expect(client.webhooks.get(MISSING_ID)).rejects.toBeInstanceOf(NotFoundError);
    });

    it('ConflictError when deleting a webhook an alert uses', async () => {
      const client = make();
      const dashboard = await client.dashboards.create(dashboardInput('With alert'));
      await client.alerts.create({
        source: 'tile',
        dashboardId: dashboard.id,
        tileId: dashboard.tiles[0].id,
        threshold: 100,
        thresholdType: 'above',
        interval: '1h',
        channel: { type: 'webhook', webhookId: SEED_IDS.webhook },
        name: 'Spike',
      });
      await expect(client.webhooks.delete(SEED_IDS.webhook)).rejects.toBeInstanceOf(ConflictError);
    });

    it('RateLimitedError when 429s outlast the rate-limit budget (attempts do not count them)', async () => {
      handle.faults.rateLimitStorm = 5;
      const clock = new VirtualClock();
      await expect(make({ clock, retry: { maxAttempts: 2, rateLimitBudgetMs: 2_500 } }).sources.list()).rejects.toBeInstanceOf(RateLimitedError);
      // Waits of 1 s each (the window's reset), until a third would pass the budget.
      expect(requestsTo('GET', '/sources')).toHaveLength(3);
      expect(clock.now()).toBe(2_000);
    });

    it('ServerError when 5xx outlast the retries of a GET', async () => {
      handle.faults.errorRate = 1;
      await expect(make({ retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 2 } }).sources.list()).rejects.toBeInstanceOf(ServerError);
      expect(requestsTo('GET', '/sources')).toHaveLength(3);
    });
  });

  describe('pagination', () => {
    it('lists every saved search and alert through small pages', async () => {
      const client = make({ pageSize: 2 });
      const created = [];
      for (let i = 0; i < 5; i++) {
        created.push(await client.savedSearches.create({ name: `search ${i}`, sourceId: SEED_IDS.logSource, where: 'level:error' }));
      }
      // Only the list below: the one read before the first create (create-recovery.ts) is not counted.
      handle.requests.length = 0;
      const listed = await client.savedSearches.list();
      expect(listed.map((search) => search.id)).toEqual(created.map((search) => search.id));
      const pages = requestsTo('GET', '/saved-searches');
      expect(pages.map((request) => request.query)).toEqual([
        { limit: '2', offset: '0' },
        { limit: '2', offset: '2' },
        { limit: '2', offset: '4' },
      ]);
    });

    it('finds a webhook by id on a later page', async () => {
      const client = make({ pageSize: 1 });
      const created = await client.webhooks.create({ name: 'second', service: 'generic', url: 'https://example.com/hooks/second' });
      await expect(client.webhooks.get(created.id)).resolves.toMatchObject({ id: created.id, name: 'second' });
    });
  });

  describe('retries', () => {
    it('rides out reset connections on a GET', async () => {
      handle.faults.resetConnections = 2;
      await expect(make().sources.get(SEED_IDS.traceSource)).resolves.toMatchObject({ id: SEED_IDS.traceSource, kind: 'trace' });
      expect(requestsTo('GET', `/sources/${SEED_IDS.traceSource}`)).toHaveLength(3);
    });

    it('rides out a 5xx rate on reads, updates and deletes', async () => {
      const client = make({ retry: { maxAttempts: 10, baseDelayMs: 1, maxDelayMs: 2 } });
      const search = await client.savedSearches.create({ name: 'flaky', sourceId: SEED_IDS.logSource });
      handle.faults.errorRate = 0.3;
      for (let i = 0; i < 5; i++) await client.sources.list();
      await client.savedSearches.update(search.id, { name: 'flaky 2', sourceId: SEED_IDS.logSource });
      await client.savedSearches.delete(search.id);
      handle.faults.errorRate = 0;
      await expect(client.savedSearches.get(search.id)).rejects.toBeInstanceOf(NotFoundError);
    });

    it('waits out a 429 storm on any method, POST included', async () => {
      const clock = new VirtualClock();
      const client = make({ clock });
      await client.savedSearches.create({ name: 'before storm', sourceId: SEED_IDS.logSource });
      handle.faults.rateLimitStorm = 2;
      const search = await client.savedSearches.create({ name: 'after storm', sourceId: SEED_IDS.logSource });
      // The window's reset (1 s here) after each of the two 429s.
      expect(clock.now()).toBeGreaterThanOrEqual(1_000);
      const posts = requestsTo('POST', '/saved-searches');
      expect(posts.map((request) => request.status)).toEqual([200, 429, 429, 200]);
      expect((await client.savedSearches.list()).filter((item) => item.id === search.id)).toHaveLength(1);
    });
  });

  describe('ambiguous creates', () => {
    it('finds what a POST created when its answer failed after the commit (a 500, a reset), and never repeats it', async () => {
      const client = make();
      handle.faults.ambiguousCreate = 2;
      const first = await client.savedSearches.create({ name: 'maybe 1', sourceId: SEED_IDS.logSource });
      const second = await client.savedSearches.create({ name: 'maybe 2', sourceId: SEED_IDS.logSource });
      expect(requestsTo('POST', '/saved-searches').map((request) => request.status)).toEqual([500, 0]);
      const listed = (await client.savedSearches.list()).filter((search) => search.name.startsWith('maybe'));
      expect(listed.map(({ id, name }) => ({ id, name }))).toEqual([
        { id: first.id, name: 'maybe 1' },
        { id: second.id, name: 'maybe 2' },
      ]);
    });

    it('sends a create again once the list shows that a reset connection created nothing', async () => {
      const clock = new VirtualClock();
      const client = make({ clock });
      await client.webhooks.create({ name: 'first', service: 'generic', url: 'https://example.com/hooks/first' });
      // The emulator drops the connection before it reads the request: nothing is stored.
      handle.faults.resetConnections = 1;
      const created = await client.webhooks.create({ name: 'retried', service: 'generic', url: 'https://example.com/hooks/retried' });
      expect((await client.webhooks.list()).filter((webhook) => webhook.name === 'retried').map((webhook) => webhook.id)).toEqual([created.id]);
      expect(requestsTo('POST', '/webhooks').map((request) => request.status)).toEqual([200, 0, 200]);
      // Three looks at the list before sending again: at once, after 1 s and 4 s more (the server might still be at work).
      expect(clock.now()).toBe(5_000);
    });
  });

  describe('cancellation', () => {
    it('aborts a slow call', async () => {
      handle.faults.latencyMs = 2_000;
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 50);
      await expect(make().dashboards.list({ signal: controller.signal })).rejects.toBeInstanceOf(AbortedError);
    });
  });

  describe('redaction', () => {
    it('no key, secret, webhook URL or header value in logs or errors', async () => {
      const lines: Array<[ClientLogLevel, string, Record<string, unknown>]> = [];
      const client = make({ log: (level, message, fields) => lines.push([level, message, fields]), retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1 } });
      const secretUrl = 'https://hooks.example.com/services/T0/B0/super-secret-path';
      const errors: unknown[] = [];
      const hook = await client.webhooks.create({ name: 'secret hook', service: 'generic', url: secretUrl, headers: { 'X-Token': 'header-token-value' } });
      errors.push(await client.webhooks.create({ name: 'secret hook', service: 'generic', url: secretUrl }).catch((error: unknown) => error));
      errors.push(await client.webhooks.create({ name: 'local', service: 'generic', url: 'http://127.0.0.1:9/private-path' }).catch((error: unknown) => error));
      handle.faults.errorRate = 1;
      errors.push(await client.webhooks.list().catch((error: unknown) => error));
      handle.faults.errorRate = 0;
      await client.webhooks.delete(hook.id);
      expect(errors.every((error) => error instanceof Error)).toBe(true);
      const everything = JSON.stringify(lines) + errors.map((error) => `${String(error)} ${JSON.stringify(error)}`).join('\n');
      for (const secret of [handle.apiKey, handle.keySecret, 'super-secret-path', 'header-token-value', 'private-path']) {
        expect(everything).not.toContain(secret);
      }
      expect(lines.length).toBeGreaterThan(4);
      expect(lines.some(([level]) => level === 'warn')).toBe(true);
    });
  });
});

describe('endpoints a deployment does not route', () => {
  it('EndpointUnavailableError for the HTML 404 of an unrouted path, never NotFoundError', async () => {
    const ossOnly = await startEmulator({ flavor: 'oss', rateLimit: false });
    const client = emulatorClient(ossOnly, 'cloud');
    try {
      const failure = await client.dashboards.list().catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(EndpointUnavailableError);
      expect(failure).not.toBeInstanceOf(NotFoundError);
      await expect(client.dashboards.validate(dashboardInput('v'))).rejects.toBeInstanceOf(EndpointUnavailableError);
    } finally {
      await client.close();
      await ossOnly.close();
    }
  });
});

describe('client-side limiter', () => {
  it('keeps a burst under the server limit, so the server never answers 429', async () => {
    const limited = await startEmulator({ rateLimit: { limit: 5, windowMs: 1_000 } });
    // The server's own limit: a request counts as made when its answer came, so arrival times need no margin.
    const client = createClient({ ...cloudConfigFor(limited), rateLimit: { limit: 5, windowMs: 1_000 } });
    try {
      const startedAt = Date.now();
      await Promise.all(Array.from({ length: 11 }, () => client.sources.list()));
      expect(Date.now() - startedAt).toBeGreaterThanOrEqual(1_900);
      expect(limited.requests.map((request) => request.status)).toEqual(Array(11).fill(200));
    } finally {
      await client.close();
      await limited.close();
    }
  });

  // On a virtual clock, so the window's wait costs nothing; the server counts nothing, so only the client waits.
  it.each([
    ['Cloud', 10, 10_000, 'cloud'],
    ['OSS', 100, 60_000, 'oss'],
  ] as const)('defaults to the flavor limit (%s): the call past %i waits for the %i ms window', async (_name, limit, windowMs, flavor) => {
    const clock = new VirtualClock();
    const client = emulatorClient(handle, flavor, { rateLimit: undefined, clock });
    clients.push(client);
    await Promise.all(Array.from({ length: limit }, () => client.sources.list()));
    expect(clock.now()).toBe(0);
    await client.sources.list();
    expect(clock.now()).toBe(windowMs);
    expect(handle.requests.map((request) => request.status)).toEqual(Array(limit + 1).fill(200));
  });
});

function cloudConfigFor(emulator: EmulatorHandle) {
  return {
    flavor: 'cloud' as const,
    apiUrl: emulator.cloudUrl,
    organizationId: emulator.organizationId,
    serviceId: emulator.serviceId,
    keyId: emulator.keyId,
    keySecret: emulator.keySecret,
  };
}
