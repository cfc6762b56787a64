// The way to the API: TLS trust (trust.ts), the proxy (proxy.ts), and the connection pool that sends over them
// (node-transport.ts).
import { ConnectionPool } from './node-transport';
import { type ChosenProxy, proxyFor } from './proxy';
import { secureContextFor, type TlsSettings } from './trust';

export interface NetworkSettings extends TlsSettings {
  /** One proxy for every request (and where it was set, for messages), instead of HTTPS_PROXY/HTTP_PROXY/NO_PROXY. */
  proxy?: { url: string; source: string };
  /** Where HTTPS_PROXY, HTTP_PROXY, NO_PROXY, SSL_CERT_FILE and SSL_CERT_DIR are read. Default: process.env. */
  environment?: Readonly<Record<string, string | undefined>>;
}

/** The proxy requests to `origin` go through, if any. */
export function chooseProxy(origin: URL, settings: NetworkSettings): ChosenProxy | undefined {
  return proxyFor(origin, settings.environment ?? process.env, settings.proxy);
}

/** A proxy URL as printed: its credentials left out. */
export function printableProxy(url: URL): string {
  return `${url.protocol}//${url.host}`;
}

/**
 * The connection pool of one client: keep-alive sockets to `origin`, directly or through `proxy` (a CONNECT tunnel for
 * https, plain forwarding for http, as Go's transport does; a SOCKS5 tunnel for both). Certificates are checked against
 * the system's roots and the extra CAs, on the API and on an https proxy alike; the trust is read when the first TLS
 * connection is made.
 */
export function openPool(origin: URL, settings: NetworkSettings, proxy: ChosenProxy | undefined, connections: number): ConnectionPool {
  const tls = { secureContext: () => secureContextFor(settings, settings.environment ?? process.env), rejectUnauthorized: settings.insecureSkipVerify !== true };
  return new ConnectionPool({ origin, tls, connections, ...(proxy ? { proxy: { url: proxy.url } } : {}) });
}
