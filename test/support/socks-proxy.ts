// A real SOCKS5 proxy (the npm package @mongodb-js/socksv5: RFC 1928 with RFC 1929's user and password) that records
// the targets it was asked for, and resolves the test's private host names as a company proxy resolves internal names.
import type { AddressInfo } from 'node:net';

/** The part of @mongodb-js/socksv5 used here (the package has no types). */
interface SocksModule {
  createServer(listener: (info: { dstAddr: string; dstPort: number }, accept: () => void, deny: () => void) => void): SocksServer;
  auth: { None(): unknown; UserPassword(check: (user: string, password: string, done: (ok: boolean) => void) => void): unknown };
}
interface SocksServer {
  useAuth(auth: unknown): SocksServer;
  listen(port: number, host: string, done: () => void): SocksServer;
  address(): AddressInfo;
  close(done: () => void): SocksServer;
}

export interface SocksProxy {
  url: string;
  port: number;
  /** `host:port` of each tunnel asked for, as the client named it. */
  targets: string[];
  close(): Promise<void>;
}

/**
 * `hosts` maps names only the proxy resolves to addresses; `credentials` ("user:password") requires them; targets
 * in `denied` are refused (RFC 1928 reply 2, not allowed by ruleset).
 */
export async function startSocksProxy(options: { hosts?: Record<string, string>; credentials?: string; denied?: string[] } = {}): Promise<SocksProxy> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the package has no types; see SocksModule
  const socks = require('@mongodb-js/socksv5') as SocksModule;
  const targets: string[] = [];
  const server = socks.createServer((info, accept, deny) => {
    const target = `${info.dstAddr}:${info.dstPort}`;
    targets.push(target);
    if (options.denied?.includes(target)) return deny();
    info.dstAddr = options.hosts?.[info.dstAddr] ?? info.dstAddr;
    accept();
  });
  const [user, password] = (options.credentials ?? '').split(':');
  server.useAuth(options.credentials ? socks.auth.UserPassword((given, givenPassword, done) => done(given === user && givenPassword === password)) : socks.auth.None());
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return { url: `socks5://127.0.0.1:${port}`, port, targets, close: () => new Promise<void>((done) => server.close(() => done())) };
}
