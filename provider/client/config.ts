// Client configuration for both flavors, and its validation.
import type { Clock } from './clock';
import type { SettingNames } from './connection-failure';
import { ConfigurationError } from './errors';
import type { NetworkSettings } from './network';
import { parseProxyUrl } from './proxy';
import { validateTlsSettings } from './trust';
import type { RateLimit } from './rate-limiter';
import type { RetryOptions } from './retry';

export type ClientLogLevel = 'debug' | 'info' | 'warn' | 'error';
/** Receives every log line; message and fields are already redacted. */
export type ClientLogger = (level: ClientLogLevel, message: string, fields: Record<string, unknown>) => void;

export interface CommonClientOptions {
  /** Per attempt, from sending the request to the end of the response body. Default 30 s. */
  timeoutMs?: number;
  retry?: Partial<RetryOptions>;
  /** Client-side limit per API key. Default: the flavor's documented limit. `false` turns it off. */
  rateLimit?: RateLimit | false;
  /** Page size for paginated lists (alerts, webhooks, saved searches). 1–1000, default 1000. */
  pageSize?: number;
  /** Sockets kept alive per client. Default 4. */
  connections?: number;
  log?: ClientLogger;
  /**
   * Whether dashboards are checked by the server's validate endpoint before they are applied. Default true; false for
   * teams who trust the provider's own checks (the server's refusals then come at apply).
   */
  serverValidation?: boolean;
  /**
   * Whether verdicts of "valid" are remembered for this user's other provider processes (the apply after a plan), in a
   * private temp directory. Default: with the real clock.
   */
  rememberValidations?: boolean;
  /**
   * What backoff, 429 and limiter waits and the retry time budget run on (per-attempt timeouts stay in real
   * time). Default: real time; tests pass a virtual clock so that waits cost nothing.
   */
  clock?: Clock;
  /** TLS trust and client certificate, the proxy, and where their environment variables are read (network.ts). */
  network?: NetworkSettings;
  /** Where the credentials came from, for messages ("CLICKSTACK_API_KEY (environment)"). */
  credentialSource?: string;
  /** How the caller names its settings in the messages of connection failures. */
  settingNames?: Partial<SettingNames>;
}

/** Self-hosted HyperDX / ClickStack OSS, external API v2. */
export interface OssConfig extends CommonClientOptions {
  flavor: 'oss';
  /** Origin of the API server (`http://localhost:8000`), or of the app with its prefix (`http://host:8080/api`). */
  endpoint: string;
  /** Personal API access key, sent as a Bearer token. */
  apiKey: string;
  /** Sent as `x-hdx-team` (EE multi-team); OSS ignores it. */
  team?: string;
}

/** Managed ClickStack through the ClickHouse Cloud API. */
export interface CloudConfig extends CommonClientOptions {
  flavor: 'cloud';
  /** Default https://api.clickhouse.cloud */
  apiUrl?: string;
  organizationId: string;
  serviceId: string;
  keyId: string;
  keySecret: string;
}

export type ClientConfig = OssConfig | CloudConfig;

export const DEFAULT_CLOUD_API_URL = 'https://api.clickhouse.cloud';
export const DEFAULT_TIMEOUT_MS = 30_000;
export const MAX_PAGE_SIZE = 1000;

function requireText(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new ConfigurationError(`${name} is required`);
  return value;
}

export interface BaseUrl {
  origin: string;
  /** Path before the API's own paths, without a trailing slash ('' for none). */
  pathPrefix: string;
}

/** Parses an http(s) base URL; any path is kept as a prefix. */
export function parseBaseUrl(value: unknown, name: string): BaseUrl {
  const text = requireText(value, name);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigurationError(`${name} must be an absolute http(s) URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigurationError(`${name} must use http or https`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new ConfigurationError(`${name} must not carry a query, fragment or credentials`);
  }
  return { origin: url.origin, pathPrefix: url.pathname.replace(/\/+$/, '') };
}

/** Throws ConfigurationError naming the first missing or malformed setting. */
export function validateConfig(config: ClientConfig): void {
  if (config.flavor === 'oss') {
    parseBaseUrl(config.endpoint, 'endpoint');
    requireText(config.apiKey, 'apiKey');
  } else if (config.flavor === 'cloud') {
    parseBaseUrl(config.apiUrl ?? DEFAULT_CLOUD_API_URL, 'apiUrl');
    for (const name of ['organizationId', 'serviceId', 'keyId', 'keySecret'] as const) requireText(config[name], name);
  } else {
    throw new ConfigurationError(`flavor must be "oss" or "cloud"`);
  }
  const { pageSize, timeoutMs, connections } = config;
  if (pageSize !== undefined && !(Number.isInteger(pageSize) && pageSize >= 1 && pageSize <= MAX_PAGE_SIZE)) {
    throw new ConfigurationError(`pageSize must be an integer from 1 to ${MAX_PAGE_SIZE}`);
  }
  if (timeoutMs !== undefined && !(timeoutMs > 0)) throw new ConfigurationError('timeoutMs must be positive');
  if (connections !== undefined && !(Number.isInteger(connections) && connections >= 1)) {
    throw new ConfigurationError('connections must be a positive integer');
  }
  if (config.network?.proxy) parseProxyUrl(config.network.proxy.url, config.network.proxy.source);
  if (config.network) validateTlsSettings(config.network);
}
