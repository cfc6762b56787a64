// Failures that keep a client from the API, told in words a person can act on: what failed and where (the service, the
// host, the proxy), why (self-signed, unknown issuer, expired, another host name, refused, no such host...), and what
// to check, naming the settings as the caller calls them. And how often each may be tried: never again when it
// cannot heal within a run (an untrusted certificate, a name that does not resolve, refused credentials), briefly
// when a server may be starting (a refused connection).
import { CONNECT_TIMEOUT_CODE, type ConnectionProblem, messageOf, PROXY_TUNNEL_CODE } from './errors';

/** How the caller names each setting a fix may point at, e.g. "`ca_certificates` (or CLICKSTACK_CA_CERTIFICATES)". */
export interface SettingNames {
  endpoint: string;
  caCertificates: string;
  clientCertificate: string;
  insecureSkipVerify: string;
  proxyUrl: string;
}

export const DEFAULT_SETTING_NAMES: SettingNames = {
  endpoint: 'the endpoint',
  caCertificates: 'the CA certificates option',
  clientCertificate: 'the client certificate option',
  insecureSkipVerify: 'the option to skip verification',
  proxyUrl: 'the proxy option',
};

export interface ConnectionContext {
  /** What the client talks to, for people: "ClickStack OSS (HyperDX) at https://host:8000". */
  service: string;
  /** The host and port connected to (`host:8000`). */
  host: string;
  /** The proxy on the way, without its credentials, and where it was set (HTTPS_PROXY...). */
  proxy?: { url: string; source: string; withCredentials: boolean };
  credentials: { name: string; source: string; hint: string };
  names: SettingNames;
}

/** How many attempts a problem gets: one, or a few (a server starting up). */
export type Retries = 'none' | 'brief';

export interface Diagnosis {
  problem: ConnectionProblem;
  /** Why, as a clause: "its certificate is self-signed". */
  reason: string;
  /** What to check or change. */
  fix: string;
  retries: Retries;
  code?: string;
}

/** Attempts for a problem that may heal while a server starts: a moment, not the full retry budget. */
export const BRIEF_ATTEMPTS = 3;

/** The code that says most about the error: the first system or TLS code on it or its causes. */
export function errorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current !== null && typeof current === 'object' && depth < 5; current = (current as { cause?: unknown }).cause, depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

const UNTRUSTED_ISSUER = 'its certificate was issued by a certificate authority this machine does not trust (unknown issuer)';
const TLS_REASONS: Record<string, string> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'its certificate is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: "its certificate chain ends in a self-signed certificate authority this machine does not trust",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: UNTRUSTED_ISSUER,
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: UNTRUSTED_ISSUER,
  UNABLE_TO_GET_ISSUER_CERT: UNTRUSTED_ISSUER,
  CERT_HAS_EXPIRED: 'its certificate has expired',
  CERT_NOT_YET_VALID: "its certificate is not valid yet (or this machine's clock is wrong)",
  CERT_REVOKED: 'its certificate has been revoked',
  CERT_SIGNATURE_FAILURE: 'its certificate signature does not verify',
  ERR_TLS_CERT_ALTNAME_INVALID: 'its certificate is for another host name',
};

/** The TLS handshake failed on the server's side: it wants (another) client certificate, or speaks no TLS here. */
const HANDSHAKE_REFUSED = /^ERR_SSL_(TLSV13_ALERT_CERTIFICATE_REQUIRED|SSLV3_ALERT_HANDSHAKE_FAILURE|SSLV3_ALERT_BAD_CERTIFICATE|TLSV1_ALERT_UNKNOWN_CA|SSLV3_ALERT_CERTIFICATE_UNKNOWN|TLSV1_ALERT_ACCESS_DENIED)$/;

/** The diagnosis of a failure without an HTTP answer, or undefined for one that may heal (a reset, a timeout...). */
export function diagnose(error: unknown, context: ConnectionContext): Diagnosis | undefined {
  const code = errorCode(error);
  const message = messageOf(error);
  const { names, proxy, host } = context;
  if (code === PROXY_TUNNEL_CODE && proxy) {
    const { statusCode, credentials } = error as { statusCode?: unknown; credentials?: unknown };
    if (typeof statusCode === 'number') return proxyRefusal(statusCode, context);
    return {
      problem: 'proxy',
      reason: `${message} (${proxy.url}, from ${proxy.source})`,
      fix: credentials === true ? PROXY_CREDENTIALS_FIX : proxyReachFix(host),
      retries: credentials === true ? 'none' : 'brief',
    };
  }
  if (code && TLS_REASONS[code]) {
    const mismatch = code === 'ERR_TLS_CERT_ALTNAME_INVALID';
    const expired = code === 'CERT_HAS_EXPIRED' || code === 'CERT_NOT_YET_VALID';
    const fix = mismatch
      ? `Set ${names.endpoint} to a host name the certificate names, or have the certificate cover ${host.replace(/:\d+$/, '')} (${message}).`
      : expired
        ? `Have the server's certificate renewed (${message}).`
        : `Trust the certificate authority that signed it: give its certificate in ${names.caCertificates}, or point SSL_CERT_FILE or ` +
          `SSL_CERT_DIR at a bundle that holds it (this machine's system store is read too). Setting ${names.insecureSkipVerify} ` +
          'turns the check off, for tests only.';
    return { problem: 'tls', reason: `the server's certificate cannot be trusted: ${TLS_REASONS[code]}`, fix, retries: 'none', code };
  }
  if (code && HANDSHAKE_REFUSED.test(code))
    return {
      problem: 'tls',
      reason: `the server refused the TLS handshake (${code})`,
      fix: `It may require a client certificate, or not accept the one given: check ${names.clientCertificate}.`,
      retries: 'none',
      code,
    };
  if (code === 'ERR_SSL_WRONG_VERSION_NUMBER' || code === 'ERR_SSL_PACKET_LENGTH_TOO_LONG')
    return { problem: 'tls', reason: 'the server does not speak TLS on this port', fix: `Check the scheme (http or https) and the port in ${names.endpoint}.`, retries: 'none', code };
  const via = proxy ? `the proxy ${proxy.url} (from ${proxy.source})` : host;
  if (code === 'ENOTFOUND')
    return {
      problem: 'dns',
      reason: proxy ? `the proxy's host name does not resolve (${proxy.url}, from ${proxy.source})` : `the host name does not resolve (DNS: no such host)`,
      fix: proxy
        ? `Check the proxy URL in ${proxy.source}.`
        : `Check the host name in ${names.endpoint}. Where only a proxy can resolve it, set HTTPS_PROXY or ${names.proxyUrl}, and keep the host out of NO_PROXY.`,
      retries: 'none',
      code,
    };
  if (code === 'ECONNREFUSED' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH')
    return {
      problem: 'refused',
      reason: code === 'ECONNREFUSED' ? `${via} refused the connection (nothing listens there)` : `there is no route to ${via} (${code})`,
      fix: proxy ? `Check that the proxy runs and the URL in ${proxy.source}.` : `Check that the server runs and that ${names.endpoint} names its host and port.`,
      retries: 'brief',
      code,
    };
  if (code === CONNECT_TIMEOUT_CODE)
    return {
      problem: 'timeout',
      reason: `no connection to ${via} could be made in time (connect timeout)`,
      fix: `Check ${names.endpoint}, and whether a firewall or a missing proxy (HTTPS_PROXY, ${names.proxyUrl}) is in the way.`,
      retries: 'brief',
      code,
    };
  return undefined;
}

const PROXY_CREDENTIALS_FIX = 'Put the proxy user and password in its URL, before the host as user:password@ (percent-encoded).';
const proxyReachFix = (host: string) => `Check that the proxy lets this machine reach ${host}, or list the host in NO_PROXY to connect directly.`;

/** A proxy answered a CONNECT (or a forwarded request) with `status` instead of passing it on. */
export function proxyRefusal(status: number, context: ConnectionContext): Diagnosis {
  const proxy = context.proxy!;
  if (status === 407)
    return {
      problem: 'proxy',
      reason: `the proxy ${proxy.url} (from ${proxy.source}) ${proxy.withCredentials ? 'refused the credentials in its URL' : 'asks for credentials'} (HTTP 407)`,
      fix: PROXY_CREDENTIALS_FIX,
      retries: 'none',
    };
  return {
    problem: 'proxy',
    reason: `the proxy ${proxy.url} (from ${proxy.source}) would not connect to ${context.host} (HTTP ${status})`,
    fix: proxyReachFix(context.host),
    retries: status === 407 || status === 403 ? 'none' : 'brief',
  };
}

/** A redirect the client does not follow, as a diagnosis. */
export function redirectRefusal(status: number, from: URL, to: URL, context: ConnectionContext): Diagnosis {
  const downgrade = from.protocol === 'https:' && to.protocol === 'http:';
  return {
    problem: 'redirect',
    reason: `the server redirects (HTTP ${status}) to ${to.origin}, ${downgrade ? 'from https to http' : 'another origin'}: not followed, so that the credentials never leave ${from.origin}`,
    fix: downgrade
      ? 'Fix the server or the load balancer in front of it: it must not send clients to plain http.'
      : `Set ${context.names.endpoint} to ${to.origin} (with the path the server redirects to, if any) if that is where the API lives.`,
    retries: 'none',
  };
}

/** Refused credentials (HTTP 401, or 403 for a key without permission). */
export function credentialsRefusal(status: number, serverMessage: string, context: ConnectionContext): Diagnosis {
  const { name, source, hint } = context.credentials;
  return status === 401
    ? { problem: 'credentials', reason: `the server refused the ${name} from ${source} (HTTP 401: ${serverMessage})`, fix: hint, retries: 'none' }
    : {
        problem: 'credentials',
        reason: `the server refused this request for the ${name} from ${source} (HTTP 403: ${serverMessage})`,
        fix: 'The key is known but may not do this: check its permissions, and that it belongs to this organization, service or team.',
        retries: 'none',
      };
}

/** The whole explanation, for the first request that fails. */
export function explain(diagnosis: Diagnosis, context: ConnectionContext): string {
  const via = context.proxy && diagnosis.problem !== 'proxy' ? ` through the proxy ${context.proxy.url} (from ${context.proxy.source})` : '';
  return `cannot use ${context.service}${via}: ${diagnosis.reason}. ${diagnosis.fix}`;
}

/** The short reference every later request of the client fails with. */
export function refer(diagnosis: Diagnosis, context: ConnectionContext): string {
  return `not sent: an earlier request found that ${context.service} cannot be used (${diagnosis.reason}); that error says what to check`;
}
