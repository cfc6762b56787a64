// A scripted loopback HTTP server for client tests: each request takes the next handler of the script.
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export type StubHandler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export interface SeenRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  remotePort?: number;
}

export interface StubServer {
  url: string;
  /** Handlers for the coming requests, in order; when empty, `fallback` answers. */
  script: StubHandler[];
  fallback: StubHandler;
  seen: SeenRequest[];
  close(): Promise<void>;
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): StubHandler {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  };
}

export function text(status: number, body: string, contentType = 'text/plain; charset=utf-8'): StubHandler {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': contentType });
    res.end(body);
  };
}

/** Drops the connection without an answer. */
export const destroy: StubHandler = (req) => req.socket.destroy();
/** Never answers. */
export const hang: StubHandler = () => undefined;

export async function startStubServer(): Promise<StubServer> {
  const stub: Omit<StubServer, 'url' | 'close'> = { script: [], fallback: json(200, { data: [] }), seen: [] };
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      stub.seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body, remotePort: req.socket.remotePort });
      (stub.script.shift() ?? stub.fallback)(req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return Object.assign(stub, {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  });
}
