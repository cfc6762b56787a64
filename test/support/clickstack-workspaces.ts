// What the ClickStack end-to-end suites share: the in-process emulator serving both flavors, and for each flavor
// how a Terraform workspace reaches it (environment and provider block) plus a client for edits made behind
// Terraform's back.
import { type EmulatorHandle, startEmulator } from '../../emulator';
import type { ClickStackClient, FlavorName } from '../../provider/client';
import { emulatorClient } from './emulator-clients';
import { installProvider, type InstalledProvider, Workspace } from './terraform-cli';


export const TERRAFORM_BLOCK = `terraform {
  required_providers {
    clickstack = { source = "clickstack-iac/clickstack" }
  }
}
`;

/** Requests per second the provider may send: the emulator runs without its limit, so the suites are not slowed down. */
const RATE_LIMIT = { requests: 1000, window_seconds: 1 };

/** Every setting the provider reads from the environment; a developer's own values must not leak into a suite. */
export const PROVIDER_VARIABLES = [
  'CLICKSTACK_ENDPOINT',
  'CLICKSTACK_API_KEY',
  'CLICKSTACK_TEAM',
  'CLICKHOUSE_ORG_ID',
  'CLICKSTACK_SERVICE_ID',
  'CLICKHOUSE_CLOUD_API_KEY',
  'CLICKHOUSE_CLOUD_API_SECRET',
  'CLICKHOUSE_API_URL',
  'CLICKSTACK_SERVER_VALIDATION',
  'CLICKSTACK_CA_CERTIFICATES',
  'CLICKSTACK_CLIENT_CERTIFICATE',
  'CLICKSTACK_CLIENT_KEY',
  'CLICKSTACK_INSECURE_SKIP_VERIFY',
];

export function startTestEmulator(): Promise<EmulatorHandle> {
  return startEmulator({ flavor: 'both', rateLimit: false });
}

/** What a suite file of the end-to-end tests runs against: the test emulator and the installed provider. */
export interface SuiteServer {
  readonly emulator: EmulatorHandle;
  readonly provider: InstalledProvider;
}

/** Starts the test emulator and installs the provider before a suite file's tests, and closes the emulator after them. */
export function emulatorAndProvider(): SuiteServer {
  const suite = {} as { emulator: EmulatorHandle; provider: InstalledProvider };
  beforeAll(async () => {
    suite.emulator = await startTestEmulator();
    suite.provider = installProvider('clickstack');
  });
  afterAll(async () => {
    await suite.emulator?.close();
  });
  return suite;
}

/**
 * The JSON bodies `flavor`'s API received as `method` requests on a path ending in `pathEnd` (`/webhooks/<id>`), oldest
 * first: what the provider sent, including what the API never returns (write-only values, ids the server replaces).
 */
export function requestBodies(emulator: EmulatorHandle, flavor: FlavorName, method: string, pathEnd: string): Record<string, unknown>[] {
  return emulator.requests
    .filter((request) => request.flavor === flavor && request.method === method && request.path.endsWith(pathEnd))
    .map((request) => request.body as Record<string, unknown>);
}

export interface FlavorTarget {
  flavor: FlavorName;
  /** Added to the environment of every terraform command (and so of the provider). */
  env: NodeJS.ProcessEnv;
  /** The `provider "clickstack"` block. */
  providerBlock: string;
  /** A client of the same emulator, for edits made behind Terraform's back. */
  client: ClickStackClient;
}

const rateLimitSetting = `  rate_limit = { requests = ${RATE_LIMIT.requests}, window_seconds = ${RATE_LIMIT.window_seconds} }`;

/**
 * OSS is configured through the environment, as CI pipelines do; Cloud through the provider block. Between them the
 * suites cover both ways in.
 */
export function targetFor(emulator: EmulatorHandle, flavor: FlavorName): FlavorTarget {
  const cleared = Object.fromEntries(PROVIDER_VARIABLES.map((name) => [name, undefined]));
  if (flavor === 'oss')
    return {
      flavor,
      env: { ...cleared, CLICKSTACK_ENDPOINT: emulator.ossUrl, CLICKSTACK_API_KEY: emulator.apiKey },
      providerBlock: `provider "clickstack" {\n${rateLimitSetting}\n}\n`,
      client: emulatorClient(emulator, 'oss'),
    };
  return {
    flavor,
    env: cleared,
    providerBlock: [
      'provider "clickstack" {',
      `  api_url         = "${emulator.cloudUrl}"`,
      `  organization_id = "${emulator.organizationId}"`,
      `  service_id      = "${emulator.serviceId}"`,
      `  api_key_id      = "${emulator.keyId}"`,
      `  api_key_secret  = "${emulator.keySecret}"`,
      rateLimitSetting,
      '}',
      '',
    ].join('\n'),
    client: emulatorClient(emulator, 'cloud'),
  };
}

/** A workspace of `target`'s flavor: providers.tf holds the terraform and provider blocks; tests write main.tf. */
export function flavorWorkspace(provider: InstalledProvider, target: FlavorTarget): Workspace {
  const ws = Workspace.create(provider, target.env);
  ws.write('providers.tf', `${TERRAFORM_BLOCK}\n${target.providerBlock}`);
  return ws;
}
