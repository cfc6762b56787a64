// The client's HTTP/1.1 transport on Node's own http client: a keep-alive pool of at most `connections` sockets to one
// origin, directly or through a proxy as Go's transport goes through one (through an http or https proxy, https origins
// in a CONNECT tunnel and http origins forwarded in absolute form; through a SOCKS5 proxy, both in a tunnel: socks5.ts),
// each socket made within a connect timeout.
import type { Agent, ClientRequest, IncomingHttpHeaders, IncomingMessage, RequestOptions } from 'node:http';
import type { Socket } from 'node:net';
import type { ConnectionOptions, SecureContext } from 'node:tls';
import { CONNECT_TIMEOUT_CODE, PROXY_TUNNEL_CODE } from './errors';
import { proxyAuthorization, proxyCredentials } from './proxy';
import { socks5Tunnel } from './socks5';

/**
 * node:http and node:tls are loaded when the first pool is opened, not with this module: the single executable starts
 * from a V8 snapshot of the provider's modules (scripts/release.mjs), which cannot hold tls; and a provider process
 * has them loaded anyway (node:http2 pulls them in) by the time it calls the API.
 */
const node = () => ({
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded on first use, see above */
  http: require('node:http') as typeof import('node:http'),
  net: require('node:net') as typeof import('node:net'),
  tls: require('node:tls') as typeof import('node:tls'),
  /* eslint-enable @typescript-eslint/no-require-imports */
});

/** An idle socket is closed after this long (sooner when the server announces a shorter keep-alive). */
export const KEEP_ALIVE_TIMEOUT_MS = 4_000;

/** A socket (TCP, the proxy's tunnel, TLS) not made within this long fails with CONNECT_TIMEOUT_CODE. */
export const CONNECT_TIMEOUT_MS = 10_000;

export interface PoolRoute {
  origin: URL;
  /**
   * The proxy in between. The credentials of its URL go to an http(s) proxy as Proxy-Authorization (on the CONNECT, or
   * on each forwarded request), and to a SOCKS5 proxy as its user and password.
   */
  proxy?: { url: URL };
  /** The trust of every TLS connection: to an https origin, and to an https proxy. */
  tls: { secureContext: () => SecureContext; rejectUnauthorized: boolean };
  connections: number;
  /** Default: CONNECT_TIMEOUT_MS. */
  connectTimeoutMs?: number;
}

export interface PoolRequest {
  method: string;
  /** The path and query below the origin. */
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** Aborting destroys the request and its socket, while it waits for a socket, is sent, or its answer is read. */
  signal: AbortSignal;
}

export interface PoolResponse {
  statusCode: number;
  headers: IncomingHttpHeaders;
  /** Read it to its end, or destroy it: the socket goes back to the pool only then. */
  body: IncomingMessage;
}

/** The sockets of one client to its origin. */
export class ConnectionPool {
  private readonly agent: Agent;
  private readonly forwarding: boolean;
  private readonly proxyAuthorization: string | undefined;
  private readonly connectTimeoutMs: number;
  private secureContext: SecureContext | undefined;
  /** Requests holding one of the `connections` places, and those waiting for one. */
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  /** close() calls waiting for the requests under way to end. */
  private readonly closing: Array<() => void> = [];

  constructor(private readonly route: PoolRoute) {
    const { http } = node();
    // The agent keeps idle sockets and hands them out; it counts a socket only once made, so `active` (below) is what
    // holds the pool to `connections` while a tunnel is still being opened.
    this.agent = new http.Agent({ keepAlive: true, maxSockets: route.connections, timeout: KEEP_ALIVE_TIMEOUT_MS });
    this.agent.createConnection = (_options, made) => {
      this.openSocket().then((socket) => made?.(null, socket), (error: Error) => made?.(error, undefined as never));
      return undefined;
    };
    this.forwarding = route.proxy !== undefined && !isSocks(route.proxy.url) && route.origin.protocol === 'http:';
    this.proxyAuthorization = route.proxy && proxyAuthorization(route.proxy.url);
    this.connectTimeoutMs = route.connectTimeoutMs ?? CONNECT_TIMEOUT_MS;
  }

  /** Sends one request; resolves once the answer's head is in. */
  async request(request: PoolRequest): Promise<PoolResponse> {
    await this.takePlace(request.signal);
    let released = false;
    const release = (): void => {
      if (released) return;
      released = true;
      this.active--;
      this.waiting.shift()?.();
      if (this.active === 0) this.closing.splice(0).forEach((closed) => closed());
    };
    try {
      return await this.send(request, release);
    } catch (error) {
      release();
      throw error;
    }
  }

  /** Waits for the requests under way, then closes every socket. */
  async close(): Promise<void> {
    if (this.active > 0) await new Promise<void>((done) => this.closing.push(done));
    this.agent.destroy();
  }

  private takePlace(signal: AbortSignal): Promise<void> {
    signal.throwIfAborted();
    if (this.active < this.route.connections) {
      this.active++;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const granted = (): void => {
        signal.removeEventListener('abort', aborted);
        this.active++;
        resolve();
      };
      const aborted = (): void => {
        this.waiting.splice(this.waiting.indexOf(granted), 1);
        reject(signal.reason);
      };
      signal.addEventListener('abort', aborted, { once: true });
      this.waiting.push(granted);
    });
  }

  private send(request: PoolRequest, release: () => void): Promise<PoolResponse> {
    const { origin } = this.route;
    const headers: Record<string, string> = { ...request.headers, host: origin.host };
    if (this.forwarding && this.proxyAuthorization) headers['proxy-authorization'] = this.proxyAuthorization;
    const options: RequestOptions = {
      agent: this.agent,
      // The agent makes the socket where the route leads; host and port only name the pool's one key.
      host: hostOf(origin),
      port: portOf(origin),
      method: request.method,
      path: this.forwarding ? origin.origin + request.path : request.path,
      headers,
      signal: request.signal,
    };
    return new Promise<PoolResponse>((resolve, reject) => {
      let answered = false;
      const sent: ClientRequest = node().http.request(options, (response) => {
        answered = true;
        response.once('close', release);
        resolve({ statusCode: response.statusCode ?? 0, headers: response.headers, body: response });
      });
      // Before the answer, an error fails the request; after it, the body's reader meets it.
      sent.on('error', reject);
      sent.once('close', () => {
        if (!answered) release();
      });
      // A body given whole to end() goes with its Content-Length, never chunked.
      sent.end(request.body);
    });
  }

  /** A socket to the origin, through the proxy if any, within the connect timeout. */
  private async openSocket(): Promise<Socket> {
    let current: Socket | undefined;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      current?.destroy();
    }, this.connectTimeoutMs);
    const track = <S extends Socket>(socket: S): S => (current = socket);
    try {
      return await this.establish(track);
    } catch (error) {
      current?.destroy(); // a connection to a proxy that refused the tunnel is of no further use
      if (!timedOut) throw error;
      const where = this.route.proxy ? `the proxy ${hostOf(this.route.proxy.url)}:${portOf(this.route.proxy.url)}` : this.route.origin.host;
      throw Object.assign(new Error(`no connection to ${where} within ${this.connectTimeoutMs} ms`), { code: CONNECT_TIMEOUT_CODE });
    } finally {
      clearTimeout(timer);
    }
  }

  private async establish(track: <S extends Socket>(socket: S) => S): Promise<Socket> {
    const { origin, proxy } = this.route;
    const first = proxy?.url ?? origin;
    let socket = await this.connect(first, track);
    if (!proxy || this.forwarding) return socket;
    socket = isSocks(proxy.url) ? await socks5Tunnel(socket, { host: hostOf(origin), port: portOf(origin), credentials: proxyCredentials(proxy.url) }) : await this.tunnel(socket);
    return origin.protocol === 'https:' ? this.secure(origin, track, socket) : socket;
  }

  /** A TCP connection to `target`, with TLS over it for an https URL. */
  private async connect(target: URL, track: <S extends Socket>(socket: S) => S): Promise<Socket> {
    if (target.protocol === 'https:') return this.secure(target, track);
    const socket = track(node().net.connect({ host: hostOf(target), port: portOf(target) }));
    await settled(socket, 'connect');
    return socket;
  }

  /** TLS to `target` (on its own connection, or over `socket`): its certificate checked for its host name. */
  private async secure(target: URL, track: <S extends Socket>(socket: S) => S, socket?: Socket): Promise<Socket> {
    const { net, tls } = node();
    const host = hostOf(target);
    this.secureContext ??= this.route.tls.secureContext();
    const options: ConnectionOptions = {
      host,
      port: portOf(target),
      secureContext: this.secureContext,
      rejectUnauthorized: this.route.tls.rejectUnauthorized,
      // SNI carries host names only (RFC 6066); the certificate is checked against `host` either way.
      ...(net.isIP(host) === 0 ? { servername: host } : {}),
      ...(socket ? { socket } : {}),
    };
    const secured = track(tls.connect(options));
    await settled(secured, 'secureConnect');
    return secured;
  }

  /** A CONNECT tunnel to the origin through the proxy on `socket`. */
  private tunnel(socket: Socket): Promise<Socket> {
    const authorization = this.proxyAuthorization;
    const authority = `${this.route.origin.hostname}:${portOf(this.route.origin)}`;
    return new Promise<Socket>((resolve, reject) => {
      const connect = node().http.request({
        method: 'CONNECT',
        path: authority,
        headers: { host: authority, ...(authorization ? { 'proxy-authorization': authorization } : {}) },
        createConnection: () => socket,
      });
      // Nothing comes through the tunnel before the TLS client speaks, so there is no early data to keep.
      connect.once('connect', (answer: IncomingMessage, tunnel: Socket) => {
        if (answer.statusCode === 200) return resolve(tunnel);
        tunnel.destroy();
        const error = new Error(`the proxy answered the CONNECT to ${authority} with HTTP ${answer.statusCode}`);
        reject(Object.assign(error, { code: PROXY_TUNNEL_CODE, statusCode: answer.statusCode }));
      });
      connect.once('error', reject);
      connect.end();
    });
  }
}

/** Resolves on `event`; rejects when the socket fails or closes first. */
function settled(socket: Socket, event: 'connect' | 'secureConnect'): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const failed = (error?: Error): void => {
      socket.off(event, done);
      socket.off('close', closed);
      reject(error);
    };
    const closed = (): void => failed(Object.assign(new Error('the connection closed while it was being made'), { code: 'ECONNRESET' }));
    const done = (): void => {
      socket.off('error', failed);
      socket.off('close', closed);
      resolve();
    };
    socket.once(event, done);
    socket.once('error', failed);
    socket.once('close', closed);
  });
}

/** A URL's host for connecting: an IPv6 address without its brackets. */
function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

function portOf(url: URL): number {
  return Number(url.port) || (isSocks(url) ? 1080 : url.protocol === 'https:' ? 443 : 80);
}

function isSocks(url: URL): boolean {
  return url.protocol === 'socks5:' || url.protocol === 'socks:';
}
