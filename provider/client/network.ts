// The way to the API: TLS trust (trust.ts), the proxy (proxy.ts), and the undici dispatcher that sends over them.
import type { Dispatcher } from 'undici';
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

/** The Proxy-Authorization a proxy URL's credentials make (Go sends the user alone too, with an empty password). */
export function proxyAuthorization(url: URL): string | undefined {
  if (!url.username && !url.password) return undefined;
  return `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}`;
}

/**
 * The dispatcher of one client: a keep-alive pool to `origin`, directly or through `proxy` (a CONNECT tunnel for
 * https, plain forwarding for http, as Go's transport does). Certificates are checked against the system's roots and
 * the extra CAs, on the API and on an https proxy alike. undici is loaded here, on the first request.
 */
export function openDispatcher(origin: URL, settings: NetworkSettings, proxy: ChosenProxy | undefined, connections: number): Dispatcher {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use (see Transport)
  const undici = require('undici') as typeof import('undici');
  const needsTls = origin.protocol === 'https:' || proxy?.url.protocol === 'https:';
  const tls = needsTls
    ? { secureContext: secureContextFor(settings, settings.environment ?? process.env), rejectUnauthorized: settings.insecureSkipVerify !== true }
    : {};
  const pool = { connections, keepAliveTimeout: 4_000 };
  if (!proxy) return new undici.Pool(origin.origin, { ...pool, connect: tls });
  const token = proxyAuthorization(proxy.url);
  return new undici.ProxyAgent({
    ...pool,
    uri: printableProxy(proxy.url),
    ...(token ? { token } : {}),
    requestTls: tls,
    proxyTls: tls,
    proxyTunnel: origin.protocol === 'https:',
  });
}
