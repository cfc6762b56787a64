// A real forwarding proxy (the npm package `proxy`: CONNECT tunnels and plain forwarding, optional Basic auth) that
// records what it was asked, and resolves the test's private host names (as a company proxy resolves internal names
// the client's own resolver does not know).
import * as http from 'node:http';
import * as https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { createProxy } from 'proxy';
import type { KeyPair } from './certificates';

export interface ProxyRequest {
  method: string;
  /** `host:port` of a CONNECT, the absolute URL of a forwarded request. */
  target: string;
  /** Whether Proxy-Authorization came along (its value is not kept). */
  authorized: boolean;
}

export interface ForwardProxy {
  url: string;
  port: number;
  requests: ProxyRequest[];
  close(): Promise<void>;
}

/**
 * `hosts` maps names only the proxy resolves to addresses; `credentials` ("user:password") turns on Basic auth; `tls`
 * makes it an https proxy with that certificate.
 */
export async function startForwardProxy(options: { hosts?: Record<string, string>; credentials?: string; tls?: KeyPair } = {}): Promise<ForwardProxy> {
  const requests: ProxyRequest[] = [];
  const server = options.tls ? https.createServer({ cert: options.tls.cert, key: options.tls.key }) : http.createServer();
  const resolve = (target: string) => Object.entries(options.hosts ?? {}).reduce((text, [name, address]) => text.replace(name, address), target);
  const record = (request: http.IncomingMessage) => {
    requests.push({ method: request.method ?? '', target: request.url ?? '', authorized: request.headers['proxy-authorization'] !== undefined });
    request.url = resolve(request.url ?? '');
  };
  // Registered before the proxy's own listeners, so each request is recorded, and its host resolved, first.
  server.on('connect', record);
  server.on('request', record);
  const proxy = createProxy(server);
  if (options.credentials) {
    const expected = `Basic ${Buffer.from(options.credentials).toString('base64')}`;
    proxy.authenticate = (request) => request.headers['proxy-authorization'] === expected;
  }
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    port,
    requests,
    close: () => new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  };
}

/** A proxy that answers every CONNECT with `status`, recording the `host:port` asked for. */
export async function startRefusingProxy(status: number): Promise<{ url: string; targets: string[]; close(): Promise<void> }> {
  const targets: string[] = [];
  const server = http.createServer();
  server.on('connect', (request: http.IncomingMessage, socket: Socket) => {
    targets.push(request.url ?? '');
    socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\ncontent-length: 0\r\n\r\n`);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    targets,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
