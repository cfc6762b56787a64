// The connection pool on real loopback sockets: servers that count their connections, a real forwarding proxy (plain
// and https), certificates of a CA made here, and proxies and servers that refuse or stall.
import * as http from 'node:http';
import * as https from 'node:https';
import * as net from 'node:net';
import type { AddressInfo } from 'node:net';
import { createSecureContext } from 'node:tls';
import { type KeyPair, TestCertificateAuthority } from '../../test/support/certificates';
import { type ForwardProxy, startForwardProxy, startRefusingProxy } from '../../test/support/forward-proxy';
import { startSocksProxy } from '../../test/support/socks-proxy';
import { diagnose } from './connection-failure';
import { CONNECT_TIMEOUT_CODE, PROXY_TUNNEL_CODE } from './errors';
import { ConnectionPool, type PoolRoute } from './node-transport';

jest.setTimeout(20_000);

/** A name only the test proxy resolves (RFC 6761 reserves .test). */
const PRIVATE_HOST = 'clickstack.test';

let authority: TestCertificateAuthority;
let serverCertificate: KeyPair;
const closers: Array<() => Promise<void> | void> = [];

beforeAll(() => {
  authority = new TestCertificateAuthority();
  serverCertificate = authority.issue([PRIVATE_HOST, '127.0.0.1']);
});
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

const trustingTheAuthority = { secureContext: () => createSecureContext({ ca: authority.ca.cert }), rejectUnauthorized: true };

interface Origin {
  url: string;
  /** Connections accepted, and the most open at once. */
  connections: number;
  mostOpen: number;
  seen: Array<{ method: string; url: string; headers: http.IncomingHttpHeaders; body: string }>;
}

/** A loopback server (https with `tls`) that answers each request with `answer` after reading its body. */
async function startOrigin(answer: (request: http.IncomingMessage, response: http.ServerResponse) => void, tls?: KeyPair, address = '127.0.0.1'): Promise<Origin> {
  const origin: Origin = { url: '', connections: 0, mostOpen: 0, seen: [] };
  let open = 0;
  const handle = (request: http.IncomingMessage, response: http.ServerResponse): void => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      origin.seen.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body });
      answer(request, response);
    });
  };
  const server = tls ? https.createServer({ cert: tls.cert, key: tls.key }, handle) : http.createServer(handle);
  server.on(tls ? 'secureConnection' : 'connection', (socket: net.Socket) => {
    origin.connections++;
    origin.mostOpen = Math.max(origin.mostOpen, ++open);
    socket.once('close', () => open--);
  });
  await new Promise<void>((done) => server.listen(0, address, done));
  origin.url = `${tls ? 'https' : 'http'}://${address.includes(':') ? `[${address}]` : address}:${(server.address() as AddressInfo).port}`;
  closers.push(() => {
    server.closeAllConnections();
    return new Promise<void>((done) => server.close(() => done()));
  });
  return origin;
}

const ok = (_request: http.IncomingMessage, response: http.ServerResponse): void => void response.writeHead(200, { 'content-type': 'application/json' }).end('{"data":[]}');
const later = (ms: number) => (request: http.IncomingMessage, response: http.ServerResponse): void => void setTimeout(() => ok(request, response), ms);

/** A loopback server that accepts TCP connections and never says a word. */
async function startSilentServer(): Promise<string> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => sockets.add(socket));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  closers.push(() => {
    sockets.forEach((socket) => socket.destroy());
    return new Promise<void>((done) => server.close(() => done()));
  });
  return `127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function forwardProxy(options: Parameters<typeof startForwardProxy>[0] = {}): Promise<ForwardProxy> {
  const proxy = await startForwardProxy({ hosts: { [PRIVATE_HOST]: '127.0.0.1' }, ...options });
  closers.push(() => proxy.close());
  return proxy;
}

function pool(origin: string, options: Partial<PoolRoute> & { proxyUrl?: string } = {}): ConnectionPool {
  const { proxyUrl, ...route } = options;
  const made = new ConnectionPool({
    origin: new URL(origin),
    tls: trustingTheAuthority,
    connections: 4,
    ...(proxyUrl ? { proxy: { url: new URL(proxyUrl) } } : {}),
    ...route,
  });
  closers.push(() => made.close());
  return made;
}

/** A GET (or the request given) read to its end: the status and the body. */
async function send(to: ConnectionPool, request: { method?: string; path?: string; body?: string; signal?: AbortSignal } = {}): Promise<{ status: number; body: string }> {
  const response = await to.request({ method: 'GET', path: '/', headers: {}, signal: new AbortController().signal, ...request });
  let body = '';
  for await (const chunk of response.body) body += (chunk as Buffer).toString('utf8');
  return { status: response.statusCode, body };
}

const failureOf = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error as Error & { code?: string; statusCode?: number });

const tunnelledUrl = (origin: Origin) => origin.url.replace('127.0.0.1', PRIVATE_HOST);

describe('keep-alive', () => {
  it('sends requests one after another over one socket, directly and through a CONNECT tunnel', async () => {
    const direct = await startOrigin(ok);
    const directPool = pool(direct.url);
    for (let i = 0; i < 5; i++) await expect(send(directPool)).resolves.toEqual({ status: 200, body: '{"data":[]}' });
    expect(direct.connections).toBe(1);

    const secured = await startOrigin(ok, serverCertificate);
    const proxy = await forwardProxy();
    const tunnelled = pool(tunnelledUrl(secured), { proxyUrl: proxy.url });
    for (let i = 0; i < 5; i++) await send(tunnelled);
    expect(secured.seen).toHaveLength(5);
    expect(secured.connections).toBe(1);
    expect(proxy.requests.map((request) => request.method)).toEqual(['CONNECT']);
  });

  it('opens at most `connections` sockets for many requests at once, and uses them all', async () => {
    const shared = await startOrigin(later(30));
    const three = pool(shared.url, { connections: 3 });
    await Promise.all(Array.from({ length: 12 }, () => send(three)));
    expect([shared.connections, shared.mostOpen]).toEqual([3, 3]);
  });

  it('holds the limit while tunnels are still being opened', async () => {
    const secured = await startOrigin(later(30), serverCertificate);
    const proxy = await forwardProxy();
    const three = pool(tunnelledUrl(secured), { proxyUrl: proxy.url, connections: 3 });
    await Promise.all(Array.from({ length: 12 }, () => send(three)));
    expect(secured.seen).toHaveLength(12);
    expect([secured.connections, secured.mostOpen]).toEqual([3, 3]);
    expect(proxy.requests).toHaveLength(3);
  });
});

describe('requests', () => {
  it('sends a body with its length in bytes, and names the origin as the host', async () => {
    const origin = await startOrigin(ok);
    const body = JSON.stringify({ name: 'Erreurs de l’équipe' });
    await send(pool(origin.url), { method: 'POST', path: '/api/v2/dashboards', body });
    expect(origin.seen[0]).toMatchObject({ method: 'POST', url: '/api/v2/dashboards', body });
    expect(origin.seen[0].headers).toMatchObject({ 'content-length': String(Buffer.byteLength(body)), host: new URL(origin.url).host });
    expect(origin.seen[0].headers['transfer-encoding']).toBeUndefined();
  });

  it('aborted while the answer is read: the read fails, the socket is dropped, and its place is free again', async () => {
    const origin = await startOrigin((request, response) => {
      if (request.url === '/stalls') return void response.writeHead(200, { 'content-type': 'application/json' }).write('{"data":[');
      ok(request, response);
    });
    const one = pool(origin.url, { connections: 1 });
    const controller = new AbortController();
    const response = await one.request({ method: 'GET', path: '/stalls', headers: {}, signal: controller.signal });
    const chunks = response.body[Symbol.asyncIterator]();
    await expect(chunks.next()).resolves.toMatchObject({ done: false });
    controller.abort();
    await expect(chunks.next()).rejects.toThrow();
    await expect(send(one)).resolves.toMatchObject({ status: 200 });
    expect(origin.connections).toBe(2);
  });

  it('closes once the requests under way have ended', async () => {
    const origin = await startOrigin(later(100));
    const closing = pool(origin.url);
    const underWay = send(closing);
    while (origin.seen.length === 0) await new Promise((wait) => setTimeout(wait, 5));
    await closing.close();
    await expect(underWay).resolves.toMatchObject({ status: 200 });
  });

  it('aborted while it waits for a place: never sent', async () => {
    const origin = await startOrigin(later(100));
    const one = pool(origin.url, { connections: 1 });
    const first = send(one);
    const controller = new AbortController();
    const waiting = failureOf(send(one, { path: '/waits', signal: controller.signal }));
    controller.abort(new Error('stopped'));
    await expect(waiting).resolves.toMatchObject({ message: 'stopped' });
    await first;
    await expect(send(one)).resolves.toMatchObject({ status: 200 });
    expect(origin.seen.map((request) => request.url)).toEqual(['/', '/']);
  });
});

describe('proxies', () => {
  it('forwards http in absolute form with the proxy credentials on each request; tunnels https and keeps them out of the tunnel', async () => {
    const plain = await startOrigin(ok);
    const guarded = await forwardProxy({ credentials: 'ci:s3cret' });
    const proxyUrl = Object.assign(new URL(guarded.url), { username: 'ci', password: 's3cret' });
    const forwarded = pool(tunnelledUrl(plain), { proxy: { url: proxyUrl } });
    await send(forwarded, { path: '/api/v2/sources' });
    await send(forwarded, { path: '/api/v2/webhooks' });
    expect(guarded.requests).toEqual([
      { method: 'GET', target: `${tunnelledUrl(plain)}/api/v2/sources`, authorized: true },
      { method: 'GET', target: `${tunnelledUrl(plain)}/api/v2/webhooks`, authorized: true },
    ]);
    expect(plain.seen[0].headers.host).toBe(new URL(tunnelledUrl(plain)).host);

    guarded.requests.length = 0;
    const secured = await startOrigin(ok, serverCertificate);
    await send(pool(tunnelledUrl(secured), { proxy: { url: proxyUrl } }));
    expect(guarded.requests).toEqual([{ method: 'CONNECT', target: new URL(tunnelledUrl(secured)).host, authorized: true }]);
    expect(secured.seen[0].headers['proxy-authorization']).toBeUndefined();
  });

  it('checks an https proxy with the same trust as the origin', async () => {
    const secured = await startOrigin(ok, serverCertificate);
    const proxy = await forwardProxy({ tls: authority.issue(['127.0.0.1']) });
    await expect(send(pool(tunnelledUrl(secured), { proxyUrl: proxy.url }))).resolves.toMatchObject({ status: 200 });
    expect(proxy.requests.map((request) => request.method)).toEqual(['CONNECT']);

    const untrusting = pool(tunnelledUrl(secured), { proxyUrl: proxy.url, tls: { secureContext: () => createSecureContext(), rejectUnauthorized: true } });
    await expect(failureOf(send(untrusting))).resolves.toMatchObject({ code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' });
    expect(proxy.requests).toHaveLength(1);
  });

  it('tells a refused CONNECT by its status, as connection-failure diagnoses it', async () => {
    const context = {
      service: 'ClickStack OSS (HyperDX) at https://clickstack.test',
      host: 'clickstack.test:443',
      credentials: { name: 'API key', source: 'the test', hint: '' },
      names: { endpoint: 'the endpoint', caCertificates: '', clientCertificate: '', insecureSkipVerify: '', proxyUrl: '' },
    };
    for (const status of [407, 403, 502]) {
      const refusing = await startRefusingProxy(status);
      closers.push(() => refusing.close());
      const proxyUrl = refusing.url;
      const failure = await failureOf(send(pool('https://clickstack.test', { proxyUrl })));
      expect(failure).toMatchObject({ code: PROXY_TUNNEL_CODE, statusCode: status });
      const diagnosis = diagnose(failure, { ...context, proxy: { url: proxyUrl, source: 'HTTPS_PROXY', withCredentials: false } });
      expect(diagnosis).toMatchObject({ problem: 'proxy', reason: expect.stringContaining(`(HTTP ${status})`) });
    }
  });
});

describe('SOCKS5 proxies', () => {
  async function socksProxy(options: Parameters<typeof startSocksProxy>[0] = {}) {
    const proxy = await startSocksProxy({ hosts: { [PRIVATE_HOST]: '127.0.0.1' }, ...options });
    closers.push(() => proxy.close());
    return proxy;
  }

  it('tunnels https and http, giving the proxy the host name to resolve, with the user and password of its URL', async () => {
    const secured = await startOrigin(ok, serverCertificate);
    const plain = await startOrigin(ok);
    const proxy = await socksProxy({ credentials: 'ci:s3cret pass' });
    const proxyUrl = proxy.url.replace('socks5://', 'socks5://ci:s3cret%20pass@');
    const tunnelled = pool(tunnelledUrl(secured), { proxyUrl });
    for (let i = 0; i < 3; i++) await expect(send(tunnelled)).resolves.toMatchObject({ status: 200 });
    await expect(send(pool(tunnelledUrl(plain), { proxyUrl }), { path: '/api/v2/sources' })).resolves.toMatchObject({ status: 200 });
    expect(proxy.targets).toEqual([new URL(tunnelledUrl(secured)).host, new URL(tunnelledUrl(plain)).host]);
    expect(plain.seen[0]).toMatchObject({ url: '/api/v2/sources', headers: { host: new URL(tunnelledUrl(plain)).host } });
  });

  it('gives the proxy an IP address of the endpoint as an address (IPv4 and IPv6)', async () => {
    const proxy = await socksProxy();
    const v4 = await startOrigin(ok);
    await expect(send(pool(v4.url, { proxyUrl: proxy.url }))).resolves.toMatchObject({ status: 200 });
    const v6 = await startOrigin(ok, undefined, '::1');
    await expect(send(pool(v6.url, { proxyUrl: proxy.url }))).resolves.toMatchObject({ status: 200 });
    // The proxy writes an address it was given as 16 bytes in full.
    expect(proxy.targets).toEqual([new URL(v4.url).host, `0000:0000:0000:0000:0000:0000:0000:0001:${new URL(v6.url).port}`]);
  });

  it('tells a refused tunnel and refused credentials', async () => {
    const secured = await startOrigin(ok, serverCertificate);
    const target = new URL(tunnelledUrl(secured)).host;
    const denying = await socksProxy({ denied: [target] });
    await expect(failureOf(send(pool(tunnelledUrl(secured), { proxyUrl: denying.url })))).resolves.toMatchObject({
      code: PROXY_TUNNEL_CODE,
      message: `the SOCKS5 proxy would not connect to ${target}: connection not allowed by ruleset`,
    });
    const guarded = await socksProxy({ credentials: 'ci:s3cret' });
    await expect(failureOf(send(pool(tunnelledUrl(secured), { proxyUrl: guarded.url })))).resolves.toMatchObject({ code: PROXY_TUNNEL_CODE, message: 'the SOCKS5 proxy asks for a user and password' });
    const wrong = guarded.url.replace('socks5://', 'socks5://ci:wrong@');
    await expect(failureOf(send(pool(tunnelledUrl(secured), { proxyUrl: wrong })))).resolves.toMatchObject({ code: PROXY_TUNNEL_CODE, message: 'the SOCKS5 proxy refused the user and password of its URL' });
  });
});

describe('connect timeout', () => {
  it('gives up a TLS handshake, or a CONNECT, that gets no answer', async () => {
    const silent = await startSilentServer();
    const handshake = await failureOf(send(pool(`https://${silent}`, { connectTimeoutMs: 100 })));
    expect(handshake).toMatchObject({ code: CONNECT_TIMEOUT_CODE, message: `no connection to ${silent} within 100 ms` });
    const tunnel = await failureOf(send(pool('https://clickstack.test', { proxyUrl: `http://${silent}`, connectTimeoutMs: 100 })));
    expect(tunnel).toMatchObject({ code: CONNECT_TIMEOUT_CODE, message: `no connection to the proxy ${silent} within 100 ms` });
  });
});
