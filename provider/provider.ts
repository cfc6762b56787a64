// The ClickStack provider as the runtime sees it: the `provider "clickstack" {}` block, how it (and the environment)
// becomes an API client, and the registry of every resource and data source.
import {
  type ClickStackClient,
  type ClientConfig,
  type CommonClientOptions,
  ConfigurationError,
  createClient,
  DEFAULT_CLOUD_API_URL,
  type FlavorName,
  type NetworkSettings,
  type SettingNames,
} from './client';
import { chartSeriesDataSource } from './data-sources/chart-series';
import { dashboardDataSource } from './data-sources/dashboard';
import { sourceDataSource } from './data-sources/source';
import { sourcesDataSource } from './data-sources/sources';
import { webhookDataSource } from './data-sources/webhook';
import { webhooksDataSource } from './data-sources/webhooks';
import { alertResource } from './resources/alert';
import { dashboardResource } from './resources/dashboard/resource';
import { savedSearchResource } from './resources/saved-search';
import { sourceResource } from './resources/source/resource';
import { sourceLinksResource } from './resources/source-links';
import { webhookResource } from './resources/webhook';
import { connectionResource } from './resources/connection';
import { connectionDataSource } from './data-sources/connection';
import { connectionsDataSource } from './data-sources/connections';
import { roleResource } from './resources/role';
import { roleDataSource } from './data-sources/role';
import { rolesDataSource } from './data-sources/roles';
import { teamMemberResource } from './resources/team-member';
import { teamMembersDataSource } from './data-sources/team-members';
import type { CallContext, DataSourceDefinition, ProviderDefinition, ResourceDefinition } from './runtime/provider';
import { type Attribute, type AttributePath, type Schema, type TfObject, type TfValue, Unknown } from './runtime/types';
import { withJsonNumbers } from './shared/schema-derivation';
import { FLAVOR_NAMES } from './shared/flavor-only';
import { numberBetween, stringLength, wholeNumber } from './runtime/validators';

export const PROVIDER_ADDRESS = 'registry.terraform.io/clickstack-iac/clickstack';

// --- schema ---------------------------------------------------------------------------------------------------

/** A connection setting: its attribute, the environment variable that stands in for it, and its flavor. */
interface Setting {
  attribute: string;
  env: string;
  flavor: FlavorName;
  /** Needed to reach the API (the rest have defaults or are optional). */
  required: boolean;
}

export const SETTINGS: readonly Setting[] = [
  { attribute: 'endpoint', env: 'CLICKSTACK_ENDPOINT', flavor: 'oss', required: true },
  { attribute: 'api_key', env: 'CLICKSTACK_API_KEY', flavor: 'oss', required: true },
  { attribute: 'team', env: 'CLICKSTACK_TEAM', flavor: 'oss', required: false },
  { attribute: 'organization_id', env: 'CLICKHOUSE_ORG_ID', flavor: 'cloud', required: true },
  { attribute: 'service_id', env: 'CLICKSTACK_SERVICE_ID', flavor: 'cloud', required: true },
  { attribute: 'api_key_id', env: 'CLICKHOUSE_CLOUD_API_KEY', flavor: 'cloud', required: true },
  { attribute: 'api_key_secret', env: 'CLICKHOUSE_CLOUD_API_SECRET', flavor: 'cloud', required: true },
  { attribute: 'api_url', env: 'CLICKHOUSE_API_URL', flavor: 'cloud', required: false },
];

/** The settings of the way to the API, for both flavors: TLS trust, a client certificate, a proxy. */
interface NetworkSetting {
  attribute: 'ca_certificates' | 'client_certificate' | 'client_key' | 'insecure_skip_verify' | 'proxy_url';
  /** Proxies come from HTTPS_PROXY, HTTP_PROXY and NO_PROXY already: `proxy_url` has no variable of its own. */
  env?: string;
}

export const NETWORK_SETTINGS: readonly NetworkSetting[] = [
  { attribute: 'ca_certificates', env: 'CLICKSTACK_CA_CERTIFICATES' },
  { attribute: 'client_certificate', env: 'CLICKSTACK_CLIENT_CERTIFICATE' },
  { attribute: 'client_key', env: 'CLICKSTACK_CLIENT_KEY' },
  { attribute: 'insecure_skip_verify', env: 'CLICKSTACK_INSECURE_SKIP_VERIFY' },
  { attribute: 'proxy_url' },
];

const setting = (description: string, env: string, extra: Partial<Attribute> = {}): Attribute => ({
  type: 'string',
  optional: true,
  description: `${description} Environment variable: \`${env}\`.`,
  validators: [stringLength(1)],
  ...extra,
});

const providerAttributes: { [name: string]: Attribute } = {
  endpoint: setting(
    'ClickStack OSS: origin of the API server (`http://localhost:8000`), or of the app followed by `/api` (`http://host:8080/api`).',
    'CLICKSTACK_ENDPOINT',
  ),
  api_key: setting('ClickStack OSS: personal API access key (Team Settings → API Keys).', 'CLICKSTACK_API_KEY', { sensitive: true }),
  team: setting('ClickStack OSS: team id sent as `x-hdx-team`, for multi-team (EE) servers; OSS ignores it.', 'CLICKSTACK_TEAM'),
  organization_id: setting('Managed ClickStack: ClickHouse Cloud organization id (a UUID).', 'CLICKHOUSE_ORG_ID'),
  service_id: setting('Managed ClickStack: id of the ClickHouse Cloud service whose ClickStack this manages (a UUID).', 'CLICKSTACK_SERVICE_ID'),
  api_key_id: setting('Managed ClickStack: ClickHouse Cloud API key id.', 'CLICKHOUSE_CLOUD_API_KEY'),
  api_key_secret: setting('Managed ClickStack: ClickHouse Cloud API key secret.', 'CLICKHOUSE_CLOUD_API_SECRET', { sensitive: true }),
  api_url: setting(`Managed ClickStack: base URL of the ClickHouse Cloud API. Defaults to \`${DEFAULT_CLOUD_API_URL}\`.`, 'CLICKHOUSE_API_URL'),
  ca_certificates: setting(
    'Certificates of certificate authorities to trust besides the system store (which `SSL_CERT_FILE` and `SSL_CERT_DIR` ' +
      'replace, as for Go programs): PEM text, or the path of a PEM file. For servers whose certificate a private CA signed.',
    'CLICKSTACK_CA_CERTIFICATES',
  ),
  client_certificate: setting(
    'Client certificate for servers or gateways that require mutual TLS: PEM text, or the path of a PEM file. Needs `client_key`.',
    'CLICKSTACK_CLIENT_CERTIFICATE',
  ),
  client_key: setting('Private key of `client_certificate`: PEM text, or the path of a PEM file.', 'CLICKSTACK_CLIENT_KEY', { sensitive: true }),
  insecure_skip_verify: {
    type: 'bool',
    optional: true,
    description:
      'Accepts any server certificate, without checking who signed it or which host it is for. For tests only: anyone on the ' +
      'network path can read and change the traffic, credentials included. Every run warns while it is on. Environment ' +
      'variable: `CLICKSTACK_INSECURE_SKIP_VERIFY` (`true` or `1`).',
  },
  proxy_url: {
    type: 'string',
    optional: true,
    description:
      'Proxy for every request of this provider (`http://proxy:3128`, credentials as `http://user:password@proxy:3128`), ' +
      'instead of the `HTTPS_PROXY`, `HTTP_PROXY` and `NO_PROXY` environment variables, which are read otherwise, as Go ' +
      'programs read them.',
    validators: [stringLength(1)],
  },
  timeout_seconds: {
    type: 'number',
    optional: true,
    description: 'Time allowed for one HTTP request, in seconds. Defaults to 30.',
    validators: [numberBetween(1, 3600)],
  },
  max_retries: {
    type: 'number',
    optional: true,
    description:
      'Retries of a request that failed with a 5xx or a network error. Defaults to 5; 0 turns retries off. A create is sent ' +
      'again only once the server shows that the failed one made nothing. HTTP 429 is waited out apart from these, as long ' +
      'as the server asks, up to 10 of its rate-limit windows.',
    validators: [wholeNumber, numberBetween(0, 20)],
  },
  server_validation: {
    type: 'bool',
    optional: true,
    description:
      'Whether a plan asks ClickStack\'s validate endpoint to check each dashboard it creates or changes. Defaults to true; a ' +
      'verdict of "valid" is remembered for 12 hours by server, key and content (in a private temp directory), so the apply ' +
      'after a plan does not ask again. `false` (or the environment variable `CLICKSTACK_SERVER_VALIDATION=false`) saves ' +
      'those requests for teams who trust the provider\'s own checks, and gives up the server\'s verdict at plan: what ' +
      'only the server refuses (a source or connection it does not know, a query it cannot parse) then fails the apply, ' +
      'after the objects planned before it may have been created.',
  },
  rate_limit: {
    optional: true,
    description:
      'Client-side limit on requests per API key, shared by every resource: at most `requests` per `window_seconds`. ' +
      'Defaults to what each flavor documents: 100 per 60 s on OSS, 10 per 10 s on Managed ClickStack.',
    nested: {
      nesting: 'single',
      attributes: {
        requests: { type: 'number', required: true, description: 'Requests allowed per window.', validators: [wholeNumber, numberBetween(1)] },
        window_seconds: { type: 'number', required: true, description: 'Length of the window, in seconds.', validators: [numberBetween(0.001)] },
      },
    },
  },
};

const providerSchema = {
  version: 0,
  block: {
    description:
      'Manages ClickStack dashboards, alerts, webhooks, saved searches, sources and their links, connections, team members and roles, on ClickStack OSS (HyperDX API v2, set `endpoint` and ' +
      '`api_key`) or on Managed ClickStack in ClickHouse Cloud (set `organization_id`, `service_id`, `api_key_id` and ' +
      '`api_key_secret`). Every setting can come from its environment variable instead; a value in the provider block wins, ' +
      'and when the block sets one flavor, the environment variables of the other are ignored.',
    attributes: providerAttributes,
  },
};

// --- configuration ------------------------------------------------------------------------------------------------

export interface ConfigProblem {
  summary: string;
  detail: string;
  path?: AttributePath;
}

/**
 * What the provider block and the environment resolve to: a client configuration, nothing yet (a connection setting
 * is unknown during plan, because it depends on a resource), or the problems that stop it. Unknown knobs (timeout,
 * retries, rate limit) only leave their defaults in place.
 */
export type ResolvedConfig = { config: ClientConfig } | { unknown: string[] } | { problems: ConfigProblem[] };

type Value = { value: string; fromEnv: boolean } | 'unknown';

/** A setting's value: the provider block's, else the environment's; undefined when neither sets it. */
function valueOf(config: TfObject, env: NodeJS.ProcessEnv, { attribute, env: variable }: Setting): Value | undefined {
  const explicit = config[attribute] ?? null;
  if (explicit instanceof Unknown) return 'unknown';
  if (typeof explicit === 'string') return { value: explicit, fromEnv: false };
  const fromEnv = env[variable];
  return fromEnv !== undefined && fromEnv !== '' ? { value: fromEnv, fromEnv: true } : undefined;
}

const describeSource = (s: Setting, value: Value) => (value !== 'unknown' && value.fromEnv ? `${s.env} (environment)` : `\`${s.attribute}\``);

/** Picks the flavor: the provider block's if it sets only one, else the environment's; both at once is a conflict. */
function chooseFlavor(config: TfObject, env: NodeJS.ProcessEnv): { flavor: FlavorName } | { problem: ConfigProblem } | undefined {
  const present = SETTINGS.flatMap((s) => {
    const value = valueOf(config, env, s);
    return value === undefined ? [] : [{ setting: s, value, explicit: value === 'unknown' || !value.fromEnv }];
  });
  const explicit = present.filter((p) => p.explicit);
  const deciding = explicit.length > 0 ? explicit : present;
  const flavors = [...new Set(deciding.map((p) => p.setting.flavor))];
  if (flavors.length === 0) return undefined;
  if (flavors.length === 1) return { flavor: flavors[0] };
  const list = (flavor: FlavorName) => deciding.filter((p) => p.setting.flavor === flavor).map((p) => describeSource(p.setting, p.value)).join(', ');
  const firstCloud = deciding.find((p) => p.setting.flavor === 'cloud')!;
  return {
    problem: {
      summary: 'Conflicting ClickStack provider settings',
      detail:
        `Settings of both flavors are present. ${FLAVOR_NAMES.oss}: ${list('oss')}. ${FLAVOR_NAMES.cloud}: ${list('cloud')}. ` +
        'Keep the settings of one flavor only.',
      path: firstCloud.explicit ? [firstCloud.setting.attribute] : undefined,
    },
  };
}

/** A knob's value when it is set and known; an unknown one (plan time) leaves the client's default in place. */
const knob = (value: TfValue | undefined): TfValue | undefined => (value === null || value === undefined || value instanceof Unknown ? undefined : value);

/** timeout_seconds, max_retries, rate_limit and server_validation (else CLICKSTACK_SERVER_VALIDATION) as client options (values are validated by the schema). */
function clientOptions(config: TfObject, env: NodeJS.ProcessEnv): CommonClientOptions {
  const options: CommonClientOptions = {};
  const serverValidation = knob(config.server_validation) ?? env.CLICKSTACK_SERVER_VALIDATION?.trim().toLowerCase();
  if (serverValidation === false || serverValidation === 'false' || serverValidation === '0') options.serverValidation = false;
  const [timeout, retries, rate] = [knob(config.timeout_seconds), knob(config.max_retries), knob(config.rate_limit) as TfObject | undefined];
  if (timeout !== undefined) options.timeoutMs = Number(timeout) * 1000;
  if (retries !== undefined) options.retry = { maxAttempts: Number(retries) + 1 };
  if (rate && knob(rate.requests) !== undefined && knob(rate.window_seconds) !== undefined)
    options.rateLimit = { limit: Number(rate.requests), windowMs: Number(rate.window_seconds) * 1000 };
  return options;
}

/** A network setting's value: the provider block's, else its environment variable's. */
function networkValue(config: TfObject, env: NodeJS.ProcessEnv, { attribute, env: variable }: NetworkSetting): TfValue | undefined {
  const explicit = knob(config[attribute]);
  if (explicit !== undefined) return explicit;
  const fromEnv = variable === undefined ? undefined : env[variable];
  return fromEnv === undefined || fromEnv === '' ? undefined : fromEnv;
}

const TRUE_TEXT = ['1', 'true'];
const FALSE_TEXT = ['0', 'false'];

/** TLS and proxy settings, named as the user names them in messages. */
function networkSettings(config: TfObject, env: NodeJS.ProcessEnv): { network: NetworkSettings } | { problem: ConfigProblem } {
  const [ca, cert, key, insecure, proxy] = NETWORK_SETTINGS.map((s) => networkValue(config, env, s));
  const insecureText = typeof insecure === 'string' ? insecure.toLowerCase() : undefined;
  if (insecureText !== undefined && ![...TRUE_TEXT, ...FALSE_TEXT].includes(insecureText))
    return { problem: { summary: 'Invalid CLICKSTACK_INSECURE_SKIP_VERIFY', detail: `Expected true, false, 1 or 0, not ${JSON.stringify(insecure)}.` } };
  return {
    network: {
      environment: env,
      ...(ca !== undefined ? { caCertificates: String(ca) } : {}),
      ...(cert !== undefined ? { clientCertificate: String(cert) } : {}),
      ...(key !== undefined ? { clientKey: String(key) } : {}),
      insecureSkipVerify: insecure === true || (insecureText !== undefined && TRUE_TEXT.includes(insecureText)),
      ...(proxy !== undefined ? { proxy: { url: String(proxy), source: '`proxy_url`' } } : {}),
    },
  };
}

const named = (attribute: string, variable?: string) => `\`${attribute}\`${variable ? ` (or ${variable})` : ''}`;

/** How messages name the settings a fix points at. */
function settingNames(flavor: FlavorName): SettingNames {
  const env = (attribute: string) => NETWORK_SETTINGS.find((s) => s.attribute === attribute)?.env;
  return {
    endpoint: flavor === 'oss' ? named('endpoint', 'CLICKSTACK_ENDPOINT') : named('api_url', 'CLICKHOUSE_API_URL'),
    caCertificates: named('ca_certificates', env('ca_certificates')),
    clientCertificate: named('client_certificate', env('client_certificate')),
    insecureSkipVerify: named('insecure_skip_verify', env('insecure_skip_verify')),
    proxyUrl: named('proxy_url'),
  };
}

/**
 * Resolves the provider block against the environment. Pure: the environment is a parameter. `blockName` says where
 * the explicit settings came from, for messages (the commands of provider/export pass their flags as the block).
 */
export function resolveProviderConfig(config: TfObject, env: NodeJS.ProcessEnv, blockName = 'the provider block'): ResolvedConfig {
  const chosen = chooseFlavor(config, env);
  if (chosen === undefined) {
    return {
      problems: [
        {
          summary: 'ClickStack provider not configured',
          detail:
            `For ${FLAVOR_NAMES.oss} set \`endpoint\` and \`api_key\` (or CLICKSTACK_ENDPOINT and CLICKSTACK_API_KEY); for ` +
            `${FLAVOR_NAMES.cloud} set \`organization_id\`, \`service_id\`, \`api_key_id\` and \`api_key_secret\` ` +
            '(or CLICKHOUSE_ORG_ID, CLICKSTACK_SERVICE_ID, CLICKHOUSE_CLOUD_API_KEY and CLICKHOUSE_CLOUD_API_SECRET).',
        },
      ],
    };
  }
  if ('problem' in chosen) return { problems: [chosen.problem] };
  const { flavor } = chosen;
  const values: Record<string, string> = {};
  const unknown: string[] = [];
  const problems: ConfigProblem[] = [];
  for (const s of SETTINGS.filter((candidate) => candidate.flavor === flavor)) {
    const value = valueOf(config, env, s);
    if (value === 'unknown') unknown.push(s.attribute);
    else if (value !== undefined) values[s.attribute] = value.value;
    else if (s.required)
      problems.push({
        summary: `Incomplete ${FLAVOR_NAMES[flavor]} configuration`,
        detail: `\`${s.attribute}\` is not set: set it in the provider block or through the ${s.env} environment variable.`,
        path: [s.attribute],
      });
  }
  if (problems.length > 0) return { problems };
  if (unknown.length > 0) return { unknown };
  const network = networkSettings(config, env);
  if ('problem' in network) return { problems: [network.problem] };
  const credentialSettings = SETTINGS.filter((s) => s.flavor === flavor && (s.attribute === 'api_key' || s.attribute.startsWith('api_key_')));
  const options: CommonClientOptions = {
    ...clientOptions(config, env),
    network: network.network,
    credentialSource: credentialSettings
      .map((s) => ((valueOf(config, env, s) as { fromEnv: boolean }).fromEnv ? `the ${s.env} environment variable` : `\`${s.attribute}\` in ${blockName}`))
      .join(' and '),
    settingNames: settingNames(flavor),
  };
  return {
    config:
      flavor === 'oss'
        ? { ...options, flavor, endpoint: values.endpoint, apiKey: values.api_key, ...(values.team ? { team: values.team } : {}) }
        : {
            ...options,
            flavor,
            organizationId: values.organization_id,
            serviceId: values.service_id,
            keyId: values.api_key_id,
            keySecret: values.api_key_secret,
            ...(values.api_url ? { apiUrl: values.api_url } : {}),
          },
  };
}

/** Resolves, then builds the client; undefined (without an error) while a setting is unknown. */
export function configureClient(config: TfObject, env: NodeJS.ProcessEnv, ctx: CallContext): ClickStackClient | undefined {
  const resolved = resolveProviderConfig(config, env);
  if ('problems' in resolved) {
    for (const { summary, detail, path } of resolved.problems) ctx.diagnostics.error(summary, detail, path);
    return undefined;
  }
  if ('unknown' in resolved) {
    ctx.log.info('provider configuration not known yet; resources plan without a client', { unknown: resolved.unknown });
    return undefined;
  }
  if (resolved.config.network?.insecureSkipVerify)
    ctx.diagnostics.warning(
      'TLS certificate verification is off',
      '`insecure_skip_verify` (or CLICKSTACK_INSECURE_SKIP_VERIFY) is on: any server certificate is accepted, so anyone on the network ' +
        'path can read and change the traffic, the API credentials included. Turn it off, and trust the server\'s certificate ' +
        'authority with `ca_certificates` or SSL_CERT_FILE instead.',
    );
  try {
    return createClient({ ...resolved.config, log: (level, message, fields) => ctx.log[level](message, fields) });
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    ctx.diagnostics.error('Invalid ClickStack provider configuration', error.message);
    return undefined;
  }
}

// --- an unknown configuration -------------------------------------------------------------------------------------
// Every resource and data source is registered through these, which also check each configured number against what
// JSON carries (withJsonNumbers).

const NOT_CONFIGURED = 'The provider configuration is not known yet (it depends on a resource that is not created yet).';

/**
 * Plans work without a client; everything else needs one. Refresh keeps the state as it is, and the other operations
 * fail with a clear message instead of a crash.
 */
function needingClient(resource: ResourceDefinition<ClickStackClient>): ResourceDefinition<ClickStackClient | undefined> {
  const refuse = (ctx: CallContext) => ctx.diagnostics.error('ClickStack provider not configured', NOT_CONFIGURED);
  return {
    ...resource,
    get schema() {
      return withJsonNumbersOnce(resource);
    },
    create: async (req, ctx) => (req.client ? resource.create({ ...req, client: req.client }, ctx) : (refuse(ctx), null)),
    read: async (req, ctx) => (req.client ? resource.read({ ...req, client: req.client }, ctx) : req.state),
    update: async (req, ctx) => (req.client ? resource.update({ ...req, client: req.client }, ctx) : (refuse(ctx), req.prior)),
    delete: async (req, ctx) => (req.client ? resource.delete({ ...req, client: req.client }, ctx) : refuse(ctx)),
  };
}

/**
 * A definition's schema with the number checks, derived when first read: a provider process serves only the types its
 * calls name (Terraform sends later processes the schema the first one gave), so the others are never derived.
 */
const withNumberChecks = new WeakMap<{ schema: Schema }, Schema>();
function withJsonNumbersOnce(definition: { schema: Schema }): Schema {
  let schema = withNumberChecks.get(definition);
  if (!schema) withNumberChecks.set(definition, (schema = withJsonNumbers(definition.schema)));
  return schema;
}

function dataSourceNeedingClient(dataSource: DataSourceDefinition<ClickStackClient>): DataSourceDefinition<ClickStackClient | undefined> {
  return {
    ...dataSource,
    get schema() {
      return withJsonNumbersOnce(dataSource);
    },
    read: async (req, ctx) =>
      req.client ? dataSource.read({ ...req, client: req.client }, ctx) : (ctx.diagnostics.error('ClickStack provider not configured', NOT_CONFIGURED), null),
  };
}

// --- the provider ------------------------------------------------------------------------------------------------

export const clickstackProvider: ProviderDefinition<ClickStackClient | undefined> = {
  typeName: 'clickstack',
  schema: providerSchema,
  configure: async (config, ctx) => configureClient(config, process.env, ctx),
  resources: {
    clickstack_dashboard: needingClient(dashboardResource),
    clickstack_alert: needingClient(alertResource),
    clickstack_webhook: needingClient(webhookResource),
    clickstack_saved_search: needingClient(savedSearchResource),
    clickstack_source: needingClient(sourceResource),
    clickstack_source_links: needingClient(sourceLinksResource),
    clickstack_connection: needingClient(connectionResource),
    clickstack_role: needingClient(roleResource),
    clickstack_team_member: needingClient(teamMemberResource),
  },
  dataSources: {
    clickstack_dashboard: dataSourceNeedingClient(dashboardDataSource),
    clickstack_source: dataSourceNeedingClient(sourceDataSource),
    clickstack_sources: dataSourceNeedingClient(sourcesDataSource),
    clickstack_webhook: dataSourceNeedingClient(webhookDataSource),
    clickstack_webhooks: dataSourceNeedingClient(webhooksDataSource),
    clickstack_chart_series: dataSourceNeedingClient(chartSeriesDataSource),
    clickstack_connection: dataSourceNeedingClient(connectionDataSource),
    clickstack_connections: dataSourceNeedingClient(connectionsDataSource),
    clickstack_role: dataSourceNeedingClient(roleDataSource),
    clickstack_roles: dataSourceNeedingClient(rolesDataSource),
    clickstack_team_members: dataSourceNeedingClient(teamMembersDataSource),
  },
};
