// Everything that differs between the two APIs, in one place: base path, auth, envelopes, pagination metadata,
// rate limits and which endpoints exist. Error bodies of both shapes are read by errors.ts (`message` on OSS,
// `error` on Cloud and on OSS /charts/series).
import { ClientConfig, DEFAULT_CLOUD_API_URL, parseBaseUrl } from './config';
import { describeJson, ShapeProblem } from './response-shape';
import type { RateLimit } from './rate-limiter';

export type FlavorName = 'oss' | 'cloud';

export const ENDPOINTS = [
  'dashboards.list',
  'dashboards.get',
  'dashboards.create',
  'dashboards.update',
  'dashboards.delete',
  'dashboards.validate',
  'alerts.list',
  'alerts.get',
  'alerts.create',
  'alerts.update',
  'alerts.delete',
  'webhooks.list',
  'webhooks.create',
  'webhooks.update',
  'webhooks.delete',
  'savedSearches.list',
  'savedSearches.get',
  'savedSearches.create',
  'savedSearches.update',
  'savedSearches.delete',
  'sources.list',
  'sources.get',
  'sources.create',
  'sources.update',
  'sources.delete',
  'connections.list',
  'connections.get',
  'connections.create',
  'connections.update',
  'connections.delete',
  'roles.list',
  'roles.get',
  'roles.create',
  'roles.update',
  'roles.delete',
  'teamMembers.list',
  'teamMembers.delete',
  'teamInvitations.list',
  'teamInvitations.delete',
  'team.invite',
  'charts.series',
] as const;
export type Endpoint = (typeof ENDPOINTS)[number];

/** A list page as unwrapped from its envelope. `total` is known only where the server sends `meta`. */
export interface ListPage {
  items: unknown[];
  total?: number;
}

export interface FlavorProfile {
  readonly name: FlavorName;
  /** For people: "ClickStack OSS (HyperDX)". */
  readonly displayName: string;
  /** The credentials, and where a valid one comes from, for the message of a 401. */
  readonly credentials: { readonly name: string; readonly hint: string };
  /** Origin plus path prefix, e.g. `http://host:8000/api/v2`; collection paths are appended. */
  readonly baseUrl: string;
  readonly authHeaders: Readonly<Record<string, string>>;
  /** What the server counts requests by: the rate limiter is shared per credential. */
  readonly credential: string;
  /** Values never to print. */
  readonly secrets: readonly string[];
  readonly defaultRateLimit: RateLimit;
  readonly endpoints: ReadonlySet<Endpoint>;
  /** Some deployments route no GET /sources/{id}: there a source is looked up in the list instead. */
  readonly sourceGetMayBeUnrouted: boolean;
  /** A JSON 404 from POST /dashboards/validate means the deployment cannot validate, not a missing object. */
  readonly validateNotFoundMeansUnavailable: boolean;
  /** The object or array of a success body of `endpoint`; ShapeProblem when the body is not the envelope. */
  unwrap(body: unknown, endpoint: Endpoint): unknown;
  unwrapList(body: unknown): ListPage;
}

const endpointsOf = (...collections: string[]): ReadonlySet<Endpoint> =>
  new Set(ENDPOINTS.filter((endpoint) => collections.includes(endpoint.slice(0, endpoint.indexOf('.')))));

/** OSS has no roles (api-behaviour §5.4). */
const OSS_MISSING = endpointsOf('roles');

function asRecord(body: unknown, envelope: string): Record<string, unknown> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new ShapeProblem('', envelope, describeJson(body));
  return body as Record<string, unknown>;
}

function envelopeField(body: unknown, field: 'data' | 'result', envelope: string): unknown {
  const record = asRecord(body, envelope);
  if (!(field in record)) throw new ShapeProblem('', envelope, `an object without "${field}" (fields: ${Object.keys(record).join(', ') || 'none'})`);
  return record[field];
}

function asArray(value: unknown, field: 'data' | 'result'): unknown[] {
  if (!Array.isArray(value)) throw new ShapeProblem(field, 'a list', describeJson(value));
  return value;
}

const OSS_ENVELOPE = 'the OSS envelope {"data": ...}';
const CLOUD_ENVELOPE = 'the Cloud envelope {"result": ...}';

export function ossFlavor(config: Extract<ClientConfig, { flavor: 'oss' }>): FlavorProfile {
  const endpoint = parseBaseUrl(config.endpoint, 'endpoint');
  const authHeaders: Record<string, string> = { authorization: `Bearer ${config.apiKey}` };
  if (config.team) authHeaders['x-hdx-team'] = config.team;
  return {
    name: 'oss',
    displayName: 'ClickStack OSS (HyperDX)',
    credentials: {
      name: 'API key',
      hint: "Use a personal API access key of this server's user (Team Settings → API Keys in the ClickStack UI); keys of another deployment are not valid here.",
    },
    baseUrl: `${endpoint.origin}${endpoint.pathPrefix}/api/v2`,
    authHeaders,
    credential: config.apiKey,
    secrets: [config.apiKey],
    // 100 per 60 s fixed window per key (api-behaviour §3.1).
    defaultRateLimit: { limit: 100, windowMs: 60_000 },
    endpoints: new Set(ENDPOINTS.filter((endpoint) => !OSS_MISSING.has(endpoint))),
    sourceGetMayBeUnrouted: false,
    // OSS validate answers 200 unless auth or the server fails (api-behaviour §6.5): a 404 there is an error like any other.
    validateNotFoundMeansUnavailable: false,
    // OSS answers validate with a bare {valid, errors, normalized}, without the {data} envelope (api-behaviour §6.5).
    unwrap: (body, endpoint) => (endpoint === 'dashboards.validate' ? asRecord(body, 'a validation result') : envelopeField(body, 'data', OSS_ENVELOPE)),
    unwrapList(body) {
      const items = asArray(envelopeField(body, 'data', OSS_ENVELOPE), 'data');
      const meta = (body as { meta?: { total?: unknown } }).meta;
      return { items, total: typeof meta?.total === 'number' ? meta.total : undefined };
    },
  };
}

/** Cloud has no connections, charts, search or team endpoints (api-behaviour §5.2). */
const CLOUD_MISSING = endpointsOf('connections', 'charts', 'team', 'teamMembers', 'teamInvitations');

export function cloudFlavor(config: Extract<ClientConfig, { flavor: 'cloud' }>): FlavorProfile {
  const apiUrl = parseBaseUrl(config.apiUrl ?? DEFAULT_CLOUD_API_URL, 'apiUrl');
  const basic = Buffer.from(`${config.keyId}:${config.keySecret}`).toString('base64');
  const org = encodeURIComponent(config.organizationId);
  const service = encodeURIComponent(config.serviceId);
  return {
    name: 'cloud',
    displayName: 'Managed ClickStack (ClickHouse Cloud)',
    credentials: {
      name: 'API key id and secret',
      hint: 'Use a ClickHouse Cloud API key of this organization (Organization → API keys in the Cloud console), its id and its secret together, not yet expired.',
    },
    baseUrl: `${apiUrl.origin}${apiUrl.pathPrefix}/v1/organizations/${org}/services/${service}/clickstack`,
    authHeaders: { authorization: `Basic ${basic}` },
    credential: config.keyId,
    secrets: [config.keySecret, basic, config.keyId],
    // Documented: 10 requests per 10 s per key (api-behaviour §3.2).
    defaultRateLimit: { limit: 10, windowMs: 10_000 },
    endpoints: new Set(ENDPOINTS.filter((endpoint) => !CLOUD_MISSING.has(endpoint))),
    // Older Cloud deployments (api-behaviour §5.3).
    sourceGetMayBeUnrouted: true,
    // Any 404 of validate, JSON or HTML, means "validation unavailable" (api-behaviour §6.5).
    validateNotFoundMeansUnavailable: true,
    unwrap: (body) => envelopeField(body, 'result', CLOUD_ENVELOPE),
    // No meta on Cloud: the pager stops on a short page or a page without new ids (api-behaviour §4.2).
    unwrapList: (body) => ({ items: asArray(envelopeField(body, 'result', CLOUD_ENVELOPE), 'result') }),
  };
}

export function flavorFor(config: ClientConfig): FlavorProfile {
  return config.flavor === 'oss' ? ossFlavor(config) : cloudFlavor(config);
}
