// How one ClickStack environment is reached: which API (flavor), the provider alias, and the connection settings, as
// the provider configuration they synthesize to. Every connection setting left out is read by the provider from its
// environment variable when Terraform runs (the names below), so a secret never has to appear in the app.
import { isToken } from './checks';
import { type SecretReference, secretProblems } from './secret';

/** Which ClickStack API an environment speaks: `oss` (HyperDX API v2) or `cloud` (Managed ClickStack, ClickHouse Cloud API). */
export type Flavor = 'oss' | 'cloud';

/** A client-side limit on requests: `requests` per `windowSeconds`. */
export interface RateLimit {
  /** Requests allowed per window. */
  readonly requests: number;
  /** Length of the window, in seconds. */
  readonly windowSeconds: number;
}

export interface EnvironmentSettingsProps {
  /**
   * The API this environment speaks.
   * @default inferred: from the connection settings given here, else from the provider's environment variables set
   * when the app synthesizes (CLICKSTACK_ENDPOINT, CLICKSTACK_API_KEY... for `oss`; CLICKHOUSE_ORG_ID,
   * CLICKSTACK_SERVICE_ID... for `cloud`)
   */
  readonly flavor?: Flavor;
  /**
   * Alias of this environment's provider configuration, needed when several environments share a stack.
   * @default none: the stack's default `clickstack` provider configuration
   */
  readonly alias?: string;
  /**
   * OSS: origin of the API server (`http://localhost:8000`), or of the app followed by `/api`.
   * @default the provider reads CLICKSTACK_ENDPOINT when Terraform runs
   */
  readonly endpoint?: string;
  /**
   * OSS: personal API access key, as a sensitive TerraformVariable without a default.
   * @default the provider reads CLICKSTACK_API_KEY when Terraform runs
   */
  readonly apiKey?: SecretReference;
  /**
   * OSS: team id, for multi-team (EE) servers.
   * @default the provider reads CLICKSTACK_TEAM when Terraform runs (none: the key's team)
   */
  readonly team?: string;
  /**
   * Cloud: ClickHouse Cloud organization id.
   * @default the provider reads CLICKHOUSE_ORG_ID when Terraform runs
   */
  readonly organizationId?: string;
  /**
   * Cloud: id of the ClickHouse Cloud service whose ClickStack this environment manages.
   * @default the provider reads CLICKSTACK_SERVICE_ID when Terraform runs
   */
  readonly serviceId?: string;
  /**
   * Cloud: ClickHouse Cloud API key id.
   * @default the provider reads CLICKHOUSE_CLOUD_API_KEY when Terraform runs
   */
  readonly apiKeyId?: string;
  /**
   * Cloud: ClickHouse Cloud API key secret, as a sensitive TerraformVariable without a default.
   * @default the provider reads CLICKHOUSE_CLOUD_API_SECRET when Terraform runs
   */
  readonly apiKeySecret?: SecretReference;
  /**
   * Cloud: base URL of the ClickHouse Cloud API.
   * @default the provider reads CLICKHOUSE_API_URL when Terraform runs, else `https://api.clickhouse.cloud`
   */
  readonly apiUrl?: string;
  /**
   * Time allowed for one HTTP request, in seconds.
   * @default 30
   */
  readonly timeoutSeconds?: number;
  /**
   * Retries of a request that failed with HTTP 429, a 5xx or a network error.
   * @default 5
   */
  readonly maxRetries?: number;
  /**
   * Client-side limit on requests, shared by every resource of this environment.
   * @default what each flavor documents: 100 per 60 s on OSS, 10 per 10 s on Managed ClickStack
   */
  readonly rateLimit?: RateLimit;
  /**
   * Certificates of certificate authorities to trust besides the system store: PEM text, or the path of a PEM file
   * (read where Terraform runs). See docs/networks.md.
   * @default the provider reads CLICKSTACK_CA_CERTIFICATES when Terraform runs; the system store (SSL_CERT_FILE, SSL_CERT_DIR) always
   */
  readonly caCertificates?: string;
  /**
   * Client certificate for servers that require mutual TLS: PEM text, or the path of a PEM file. Needs `clientKey`.
   * @default the provider reads CLICKSTACK_CLIENT_CERTIFICATE when Terraform runs
   */
  readonly clientCertificate?: string;
  /**
   * Private key of `clientCertificate`: the path of a PEM file (a path keeps the key out of the synthesized app).
   * @default the provider reads CLICKSTACK_CLIENT_KEY when Terraform runs
   */
  readonly clientKey?: string;
  /**
   * Accept any server certificate. For tests only: anyone on the network path can read and change the traffic; every run warns.
   * @default false (the provider reads CLICKSTACK_INSECURE_SKIP_VERIFY when Terraform runs)
   */
  readonly insecureSkipVerify?: boolean;
  /**
   * One proxy for every request of this environment (`http://user:password@proxy:3128`), instead of HTTPS_PROXY, HTTP_PROXY and NO_PROXY.
   * @default the provider reads HTTPS_PROXY, HTTP_PROXY and NO_PROXY when Terraform runs
   */
  readonly proxyUrl?: string;
  /**
   * Whether plans ask ClickStack's validate endpoint to check each dashboard they create or change. `false` saves those
   * requests for teams who trust the local checks; what only the server refuses then fails the apply, not the plan.
   * @default true, or `false` where the provider finds CLICKSTACK_SERVER_VALIDATION=false
   */
  readonly serverValidation?: boolean;
}

/** The provider configuration, in the shape of the bindings' ClickstackProviderConfig. */
export interface ProviderConfigData {
  alias?: string;
  endpoint?: string;
  apiKey?: string;
  team?: string;
  organizationId?: string;
  serviceId?: string;
  apiKeyId?: string;
  apiKeySecret?: string;
  apiUrl?: string;
  timeoutSeconds?: number;
  maxRetries?: number;
  rateLimit?: { requests: number; windowSeconds: number };
  caCertificates?: string;
  clientCertificate?: string;
  clientKey?: string;
  insecureSkipVerify?: boolean;
  proxyUrl?: string;
  serverValidation?: boolean;
}

/** Each connection prop, its flavor and the environment variable the provider reads when it is left out. */
const CONNECTION: { prop: keyof EnvironmentSettingsProps; flavor: Flavor; variable: string }[] = [
  { prop: 'endpoint', flavor: 'oss', variable: 'CLICKSTACK_ENDPOINT' },
  { prop: 'apiKey', flavor: 'oss', variable: 'CLICKSTACK_API_KEY' },
  { prop: 'team', flavor: 'oss', variable: 'CLICKSTACK_TEAM' },
  { prop: 'organizationId', flavor: 'cloud', variable: 'CLICKHOUSE_ORG_ID' },
  { prop: 'serviceId', flavor: 'cloud', variable: 'CLICKSTACK_SERVICE_ID' },
  { prop: 'apiKeyId', flavor: 'cloud', variable: 'CLICKHOUSE_CLOUD_API_KEY' },
  { prop: 'apiKeySecret', flavor: 'cloud', variable: 'CLICKHOUSE_CLOUD_API_SECRET' },
  { prop: 'apiUrl', flavor: 'cloud', variable: 'CLICKHOUSE_API_URL' },
];

const FLAVOR_NAMES: Record<Flavor, string> = { oss: 'ClickStack OSS', cloud: 'Managed ClickStack (cloud)' };

/** Terraform's rule for provider aliases (an identifier). */
const ALIAS = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** The settings of one environment; `env` is the environment the app synthesizes in (for the flavor only). */
export class EnvironmentSettings {
  /** The flavor, or undefined when it cannot be told (validate says why). */
  readonly flavor: Flavor | undefined;
  private readonly flavorProblem: string | undefined;

  constructor(
    readonly props: EnvironmentSettingsProps,
    env: Readonly<Record<string, string | undefined>>,
  ) {
    const chosen = chooseFlavor(props, env);
    this.flavor = typeof chosen === 'string' ? chosen : undefined;
    this.flavorProblem = typeof chosen === 'string' ? undefined : chosen.problem;
  }

  validate(): string[] {
    const { props, flavor } = this;
    const given = CONNECTION.filter(({ prop }) => props[prop] !== undefined);
    return [
      ...(this.flavorProblem ? [this.flavorProblem] : []),
      ...(props.alias !== undefined && !isToken(props.alias) && !ALIAS.test(props.alias)
        ? [`\`alias\` is "${props.alias}"; a provider alias starts with a letter or \`_\` and holds letters, digits, \`_\` and \`-\`.`]
        : []),
      ...(flavor && props.flavor
        ? given
            .filter((setting) => setting.flavor !== flavor)
            .map(({ prop }) => `\`${prop}\` is a ${FLAVOR_NAMES[other(flavor)]} setting; this environment is ${FLAVOR_NAMES[flavor]}.`)
        : []),
      ...(props.apiKey !== undefined ? secretProblems('apiKey', props.apiKey) : []),
      ...(props.apiKeySecret !== undefined ? secretProblems('apiKeySecret', props.apiKeySecret) : []),
    ];
  }

  toConfig(): ProviderConfigData {
    const { props } = this;
    return {
      alias: props.alias,
      endpoint: props.endpoint,
      apiKey: props.apiKey?.stringValue,
      team: props.team,
      organizationId: props.organizationId,
      serviceId: props.serviceId,
      apiKeyId: props.apiKeyId,
      apiKeySecret: props.apiKeySecret?.stringValue,
      apiUrl: props.apiUrl,
      timeoutSeconds: props.timeoutSeconds,
      maxRetries: props.maxRetries,
      rateLimit: props.rateLimit && { requests: props.rateLimit.requests, windowSeconds: props.rateLimit.windowSeconds },
      caCertificates: props.caCertificates,
      clientCertificate: props.clientCertificate,
      clientKey: props.clientKey,
      insecureSkipVerify: props.insecureSkipVerify,
      proxyUrl: props.proxyUrl,
      serverValidation: props.serverValidation,
    };
  }
}

const other = (flavor: Flavor): Flavor => (flavor === 'oss' ? 'cloud' : 'oss');

/** The explicit flavor, else the one the given settings belong to, else the one whose variables `env` sets. */
function chooseFlavor(props: EnvironmentSettingsProps, env: Readonly<Record<string, string | undefined>>): Flavor | { problem: string } {
  if (props.flavor !== undefined) return props.flavor;
  const fromProps = flavorsOf(CONNECTION.filter(({ prop }) => props[prop] !== undefined).map((setting) => ({ ...setting, name: `\`${setting.prop}\`` })));
  if (fromProps.length === 1) return fromProps[0].flavor;
  if (fromProps.length > 1) return { problem: conflict(fromProps) };
  const fromEnv = flavorsOf(CONNECTION.filter(({ variable }) => Boolean(env[variable])).map((setting) => ({ ...setting, name: setting.variable })));
  if (fromEnv.length === 1) return fromEnv[0].flavor;
  if (fromEnv.length > 1) return { problem: `${conflict(fromEnv)} Set \`flavor\`, or the variables of one flavor only.` };
  return {
    problem:
      'The flavor cannot be told: set `flavor` (`oss` or `cloud`), a connection setting, or the provider\'s environment variables ' +
      'before synthesizing (CLICKSTACK_ENDPOINT and CLICKSTACK_API_KEY for OSS; CLICKHOUSE_ORG_ID, CLICKSTACK_SERVICE_ID, ' +
      'CLICKHOUSE_CLOUD_API_KEY and CLICKHOUSE_CLOUD_API_SECRET for Managed ClickStack).',
  };
}

/** The settings grouped by flavor, in a fixed order (oss first). */
function flavorsOf(settings: { flavor: Flavor; name: string }[]): { flavor: Flavor; names: string[] }[] {
  return (['oss', 'cloud'] as const)
    .map((flavor) => ({ flavor, names: settings.filter((setting) => setting.flavor === flavor).map((setting) => setting.name) }))
    .filter(({ names }) => names.length > 0);
}

const conflict = (groups: { flavor: Flavor; names: string[] }[]) =>
  `Settings of both flavors are present: ${groups.map(({ flavor, names }) => `${FLAVOR_NAMES[flavor]}: ${names.join(', ')}`).join('; ')}.`;
