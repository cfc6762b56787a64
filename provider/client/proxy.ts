// Which proxy a request goes through, read from the environment as Go's net/http (golang.org/x/net/http/httpproxy)
// reads it, so that the provider behaves like every other Terraform provider on the same machine:
// - HTTPS_PROXY for https URLs, HTTP_PROXY for http URLs (no fallback from one to the other), upper case first;
// - NO_PROXY: a comma list of `*`, IP addresses, CIDR ranges, domains (`example.com` matches it and its subdomains,
//   `.example.com` and `*.example.com` only its subdomains), each optionally with `:port`;
// - localhost and loopback addresses are never proxied.
// A proxy URL without a scheme is http (`proxy:3128`).
import { BlockList, isIP } from 'node:net';
import { ConfigurationError } from './errors';

type Environment = Readonly<Record<string, string | undefined>>;

/** The first of the upper and lower case spelling of `name` that is set (upper case wins, as in Go). */
function variable(env: Environment, name: string): string | undefined {
  return env[name] || env[name.toLowerCase()] || undefined;
}

/** A proxy URL as given; no scheme means http. */
export function parseProxyUrl(text: string, name: string): URL {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new ConfigurationError(`${name} is not a URL`);
  }
  if (!['http:', 'https:', 'socks5:', 'socks:'].includes(url.protocol)) throw new ConfigurationError(`${name} must be an http, https or socks5 URL`);
  return url;
}

interface Entry {
  /** A domain with its leading dot (`.example.com`), or undefined for an IP entry. */
  domain?: string;
  /** `example.com` (no leading dot) also matches `example.com` itself. */
  matchesBareDomain?: boolean;
  ip?: string;
  port?: string;
  cidr?: BlockList;
}

const stripBrackets = (host: string) => (host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host);

/** Splits `host:port` (or `[v6]:port`); a bare IPv6 address has no port. */
function splitHostPort(text: string): { host: string; port?: string } {
  const bracketed = /^\[([^\]]*)\](?::(\d*))?$/.exec(text);
  if (bracketed) return { host: bracketed[1], port: bracketed[2] || undefined };
  if (isIP(text) === 6) return { host: text };
  const colon = text.lastIndexOf(':');
  return colon < 0 ? { host: text } : { host: text.slice(0, colon), port: text.slice(colon + 1) || undefined };
}

function cidrOf(text: string): BlockList | undefined {
  const match = /^(.+)\/(\d{1,3})$/.exec(text);
  if (!match) return undefined;
  const family = isIP(match[1]);
  const prefix = Number(match[2]);
  if (family === 0 || prefix > (family === 4 ? 32 : 128)) return undefined;
  const list = new BlockList();
  list.addSubnet(match[1], prefix, family === 4 ? 'ipv4' : 'ipv6');
  return list;
}

/** NO_PROXY, parsed once: which hosts go direct. */
export class NoProxy {
  private readonly all: boolean;
  private readonly entries: Entry[] = [];

  constructor(text: string | undefined) {
    const items = (text ?? '').split(',').map((item) => item.trim().toLowerCase()).filter((item) => item !== '');
    this.all = items.includes('*');
    for (const item of items) {
      const cidr = cidrOf(item);
      if (cidr) {
        this.entries.push({ cidr });
        continue;
      }
      const { host, port } = splitHostPort(item);
      if (host === '') continue;
      if (isIP(host)) {
        this.entries.push({ ip: host, port });
        continue;
      }
      const name = host.startsWith('*.') ? host.slice(1) : host;
      this.entries.push(name.startsWith('.') ? { domain: name, port } : { domain: `.${name}`, matchesBareDomain: true, port });
    }
  }

  /** Whether a request to `hostname` (as URL.hostname gives it) on `port` goes direct. */
  bypasses(hostname: string, port: string): boolean {
    const host = stripBrackets(hostname.toLowerCase()).replace(/\.$/, '');
    if (host === 'localhost' || isLoopback(host)) return true;
    if (this.all) return true;
    const family = isIP(host);
    return this.entries.some((entry) => {
      if (entry.cidr) return family !== 0 && entry.cidr.check(host, family === 4 ? 'ipv4' : 'ipv6');
      const portMatches = entry.port === undefined || entry.port === port;
      if (entry.ip !== undefined) return family !== 0 && sameIp(entry.ip, host) && portMatches;
      const domain = entry.domain!;
      return (host.endsWith(domain) || (entry.matchesBareDomain === true && host === domain.slice(1))) && portMatches;
    });
  }
}

/**
 * Made on first use, not with this module: a BlockList holds a native handle, which the single executable's start-up
 * snapshot of the provider's modules (scripts/release.mjs) cannot contain.
 */
let loopback: BlockList | undefined;

function isLoopback(host: string): boolean {
  const family = isIP(host);
  if (family === 0) return false;
  if (!loopback) {
    loopback = new BlockList();
    loopback.addSubnet('127.0.0.0', 8, 'ipv4');
    loopback.addAddress('::1', 'ipv6');
  }
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(host);
  return mapped ? loopback.check(mapped[1], 'ipv4') : loopback.check(host, family === 4 ? 'ipv4' : 'ipv6');
}

function sameIp(a: string, b: string): boolean {
  if (a === b) return true;
  const list = new BlockList();
  const family = isIP(a) === 4 ? 'ipv4' : 'ipv6';
  list.addAddress(a, family);
  return list.check(b, isIP(b) === 4 ? 'ipv4' : 'ipv6');
}

/** Where the proxy came from, for messages: the setting, or the environment variable. */
export interface ChosenProxy {
  url: URL;
  source: string;
}

/**
 * The proxy for requests to `target`, or undefined to connect directly. `override` (a setting naming one proxy for
 * this API) is used for every request, whatever the environment says, NO_PROXY included.
 */
export function proxyFor(target: URL, env: Environment, override?: { url: string; source: string }): ChosenProxy | undefined {
  if (override) return { url: parseProxyUrl(override.url, override.source), source: override.source };
  const port = target.port || (target.protocol === 'https:' ? '443' : '80');
  if (new NoProxy(variable(env, 'NO_PROXY')).bypasses(target.hostname, port)) return undefined;
  const name = target.protocol === 'https:' ? 'HTTPS_PROXY' : 'HTTP_PROXY';
  // Under CGI, HTTP_PROXY may come from a request header (httpoxy): Go ignores it there, and so do we.
  if (name === 'HTTP_PROXY' && env.REQUEST_METHOD) return undefined;
  const value = variable(env, name);
  if (value === undefined) return undefined;
  const source = env[name] ? name : name.toLowerCase();
  return { url: parseProxyUrl(value, source), source };
}

/** The user and password of a proxy URL, decoded (Go sends the user alone too, with an empty password). */
export function proxyCredentials(url: URL): { user: string; password: string } | undefined {
  if (!url.username && !url.password) return undefined;
  return { user: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
}

/** The Proxy-Authorization an http or https proxy is sent: its URL's credentials, as Basic. */
export function proxyAuthorization(url: URL): string | undefined {
  const credentials = proxyCredentials(url);
  return credentials && `Basic ${Buffer.from(`${credentials.user}:${credentials.password}`).toString('base64')}`;
}
