// The ClickStack API client: one typed interface over the OSS HyperDX API v2 and the Managed ClickStack
// (ClickHouse Cloud) API. It knows nothing about Terraform.
import { AlertsApi } from './alerts';
import { ChartsApi } from './charts';
import { realClock } from './clock';
import { ClientConfig, type ClientLogger, DEFAULT_CLOUD_API_URL, DEFAULT_TIMEOUT_MS, MAX_PAGE_SIZE, validateConfig } from './config';
import { ConnectionsApi } from './connections';
import { DashboardsApi } from './dashboards';
import { Endpoint, FlavorName, flavorFor } from './flavors';
import { DEFAULT_SETTING_NAMES } from './connection-failure';
import { Transport } from './http';
import { chooseProxy, printableProxy } from './network';
import { proxyAuthorization } from './proxy';
import { sharedRateLimiter } from './rate-limiter';
import { Redactor } from './redact';
import { ApiContext } from './collection';
import { defaultRetry } from './retry';
import { SavedSearchesApi } from './saved-searches';
import { SourcesApi } from './sources';
import { RolesApi } from './roles';
import { TeamApi } from './team';
import { validationMemory } from './validation-memory';
import { WebhooksApi } from './webhooks';

export interface ClickStackClient {
  readonly flavor: FlavorName;
  readonly dashboards: DashboardsApi;
  readonly alerts: AlertsApi;
  readonly webhooks: WebhooksApi;
  readonly savedSearches: SavedSearchesApi;
  readonly sources: SourcesApi;
  readonly connections: ConnectionsApi;
  readonly charts: ChartsApi;
  /** Managed ClickStack only. */
  readonly roles: RolesApi;
  /** OSS only. */
  readonly team: TeamApi;
  /** Whether dashboards are to be checked by the server's validate endpoint when they are planned. */
  readonly serverValidation: boolean;
  /** Whether this flavor has the endpoint; calling one it lacks throws EndpointUnavailableError. */
  supports(endpoint: Endpoint): boolean;
  /** Redacts secrets known to this client (keys, webhook URLs and headers, connection passwords, invitation links) from any text. */
  redact(text: string): string;
  /** Closes the keep-alive pool. */
  close(): Promise<void>;
}

export function createClient(config: ClientConfig): ClickStackClient {
  validateConfig(config);
  const flavor = flavorFor(config);
  const base = new URL(flavor.baseUrl);
  const network = config.network ?? {};
  const proxy = chooseProxy(base, network);
  const proxySecrets = proxy ? [decodeURIComponent(proxy.url.password), proxy.url.password, proxyAuthorization(proxy.url)?.slice('Basic '.length)] : [];
  const redactor = new Redactor([...flavor.secrets, ...proxySecrets], [base.origin]);
  const rateLimit = config.rateLimit === undefined ? flavor.defaultRateLimit : config.rateLimit;
  const retry = { ...defaultRetry(flavor.defaultRateLimit.windowMs), ...config.retry };
  const log: ClientLogger | undefined = config.log && ((level, message, fields) => config.log!(level, redactor.text(message), redactor.value(fields) as Record<string, unknown>));
  const transport = new Transport({
    baseUrl: flavor.baseUrl,
    authHeaders: flavor.authHeaders,
    retry,
    timeoutMs: config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    rateLimitWindowMs: flavor.defaultRateLimit.windowMs,
    limiter: rateLimit ? sharedRateLimiter(flavor.baseUrl, flavor.credential, rateLimit, config.clock) : undefined,
    redactor,
    log,
    connections: config.connections ?? 4,
    clock: config.clock,
    network,
    proxy,
    connection: {
      service: `${flavor.displayName} at ${base.origin}${new URL(config.flavor === 'oss' ? config.endpoint : (config.apiUrl ?? DEFAULT_CLOUD_API_URL)).pathname.replace(/\/+$/, '')}`,
      host: base.host,
      proxy: proxy && { url: printableProxy(proxy.url), source: proxy.source, withCredentials: Boolean(proxy.url.username || proxy.url.password) },
      credentials: { ...flavor.credentials, source: config.credentialSource ?? 'the client configuration' },
      names: { ...DEFAULT_SETTING_NAMES, ...config.settingNames },
    },
  });
  const recovery = { clock: config.clock ?? realClock, attempts: retry.maxAttempts, log };
  const api = new ApiContext(flavor, transport, config.pageSize ?? MAX_PAGE_SIZE, redactor, recovery);
  const remember = config.rememberValidations ?? config.clock === undefined;
  const team = config.flavor === 'oss' ? (config.team ?? '') : '';
  return {
    flavor: flavor.name,
    dashboards: new DashboardsApi(api, remember ? validationMemory(flavor.baseUrl, `${flavor.credential}\n${team}`) : undefined),
    alerts: new AlertsApi(api),
    webhooks: new WebhooksApi(api),
    savedSearches: new SavedSearchesApi(api),
    sources: new SourcesApi(api),
    connections: new ConnectionsApi(api),
    charts: new ChartsApi(api),
    roles: new RolesApi(api),
    team: new TeamApi(api),
    serverValidation: config.serverValidation ?? true,
    supports: (endpoint) => api.supports(endpoint),
    redact: (text) => redactor.text(text),
    close: () => transport.close(),
  };
}

export * from './errors';
export type { SettingNames } from './connection-failure';
export type { NetworkSettings } from './network';
export type { TlsSettings } from './trust';
export * from './models';
export type { ClientConfig, OssConfig, CloudConfig, CommonClientOptions, ClientLogger, ClientLogLevel } from './config';
export { DEFAULT_CLOUD_API_URL } from './config';
export { ENDPOINTS } from './flavors';
export type { Endpoint, FlavorName } from './flavors';
export type { RateLimit } from './rate-limiter';
export type { Clock } from './clock';
export type { RetryOptions } from './retry';
export { defaultRetry, RATE_LIMIT_BUDGET_WINDOWS } from './retry';
export type { CallOptions } from './collection';
export { USER_AGENT } from './http';
export { toDashboardUpdateInput } from './dashboards';
export { AlertsApi, ChartsApi, ConnectionsApi, DashboardsApi, SavedSearchesApi, SourcesApi, WebhooksApi };
export { RolesApi, TeamApi };
