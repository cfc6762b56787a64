// Real networks through the real terraform: the emulator over HTTPS with a certificate of a CA made in the test, a real
// forwarding proxy (the npm package `proxy`) that alone resolves the API's host name, and a server that redirects to
// another host. Each failure must show once in full, naming the endpoint, the flavor, why and what to check; nothing may
// reach a server it was not meant for. The warm mode and the commands go through the same client (its wire tests).
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type EmulatorHandle, startEmulator } from '../../emulator';
import { type KeyPair, TestCertificateAuthority } from '../support/certificates';
import { TERRAFORM_BLOCK, targetFor } from '../support/clickstack-workspaces';
import { type ForwardProxy, startForwardProxy } from '../support/forward-proxy';
import { parseDiagnostics } from '../support/terraform-diagnostics';
import { type InstalledProvider, installProvider, type TerraformResult, Workspace } from '../support/terraform-cli';

// Each case runs terraform init and one plan or apply: 2 to 5 s on 2 shared cores.
jest.setTimeout(120_000);

/** A name only the test proxy resolves (RFC 6761 reserves .test). */
const PRIVATE_HOST = 'clickstack.test';

const LOOKUPS = `data "clickstack_source" "logs" {
  name = "Logs"
}

data "clickstack_source" "traces" {
  name = "Traces"
}

data "clickstack_webhook" "alerts" {
  name = "Alerts channel"
}
`;

const WEBHOOK = `resource "clickstack_webhook" "ops" {
  name    = "Ops hook"
  service = "generic"
  url     = "https://example.com/hook"
  body    = "{\\"text\\":\\"{{title}}\\"}"
}
`;

let provider: InstalledProvider;
let authority: TestCertificateAuthority;
let certificate: KeyPair;
let emulator: EmulatorHandle;
let proxy: ForwardProxy;

beforeAll(async () => {
  provider = installProvider('clickstack');
  authority = new TestCertificateAuthority();
  certificate = authority.issue([PRIVATE_HOST, '127.0.0.1']);
  emulator = await startEmulator({ flavor: 'both', rateLimit: false, tls: certificate });
  proxy = await startForwardProxy({ hosts: { [PRIVATE_HOST]: '127.0.0.1' } });
});
afterAll(async () => Promise.all([emulator?.close(), proxy?.close()]));
beforeEach(() => {
  emulator.requests.length = 0;
  proxy.requests.length = 0;
});

/** An OSS workspace reaching `endpoint` (default: the HTTPS emulator) with `env` beside the key, configured from the environment. */
function ossWorkspace(env: NodeJS.ProcessEnv, config: string, endpoint = emulator.ossUrl): Workspace {
  const ws = Workspace.create(provider, { ...targetFor(emulator, 'oss').env, CLICKSTACK_ENDPOINT: endpoint, ...env });
  ws.write('providers.tf', `${TERRAFORM_BLOCK}\nprovider "clickstack" {}\n`);
  ws.write('main.tf', config);
  return ws;
}

async function initialized(ws: Workspace): Promise<Workspace> {
  const init = await ws.terraform('init');
  expect(init.code).toBe(0);
  return ws;
}

/** The error diagnostics of a failed command, with their details. */
function errors(result: TerraformResult): Array<{ summary: string; detail: string }> {
  expect(result.code).toBe(1);
  return parseDiagnostics(result.stdout + result.stderr)
    .filter((diagnostic) => diagnostic.severity === 'Error')
    .map(({ summary, detail }) => ({ summary, detail }));
}

/** Exactly one error explains the failure in full; every other one refers to it. */
function toldOnce(result: TerraformResult, explanation: string): void {
  const details = errors(result).map((error) => error.detail);
  const references = details.filter((detail) => detail.includes(': not sent: an earlier request found that ClickStack OSS (HyperDX) at '));
  const full = details.filter((detail) => !references.includes(detail));
  expect(full).toHaveLength(1);
  expect(full[0]).toContain(explanation);
  expect(references.length).toBeGreaterThan(0);
}

test('an untrusted certificate fails the plan with one error that names the host, why and what to do; nothing reaches the server', async () => {
  const ws = await initialized(ossWorkspace({}, LOOKUPS));
  const plan = await ws.plan();
  toldOnce(
    plan,
    `cannot use ClickStack OSS (HyperDX) at ${emulator.ossUrl}: the server's certificate cannot be trusted: its certificate was issued by a ` +
      'certificate authority this machine does not trust (unknown issuer). Trust the certificate authority that signed it: give its ' +
      'certificate in `ca_certificates` (or CLICKSTACK_CA_CERTIFICATES), or point SSL_CERT_FILE or SSL_CERT_DIR at a bundle that holds it',
  );
  expect(emulator.requests).toEqual([]);
});

test('with SSL_CERT_FILE naming the CA, the apply works and a plan after it finds no changes', async () => {
  const ws = await initialized(ossWorkspace({ SSL_CERT_FILE: authority.ca.certPath }, `${LOOKUPS}\n${WEBHOOK}`));
  const apply = await ws.apply();
  expect(apply.stderr).toBe('');
  expect(apply.stdout).toContain('Apply complete! Resources: 1 added, 0 changed, 0 destroyed.');
  expect((await ws.plan()).code).toBe(0);
  expect(await ws.terraform('destroy', '-auto-approve')).toMatchObject({ code: 0 });
});

test('Managed ClickStack trusts the CA given in the provider block (ca_certificates, PEM text)', async () => {
  const cloud = targetFor(emulator, 'cloud');
  const ws = Workspace.create(provider, cloud.env);
  const block = cloud.providerBlock.replace('provider "clickstack" {', `provider "clickstack" {\n  ca_certificates = file("${authority.ca.certPath}")`);
  ws.write('providers.tf', `${TERRAFORM_BLOCK}\n${block}`);
  ws.write('main.tf', LOOKUPS);
  await initialized(ws);
  const plan = await ws.plan();
  expect(plan.stderr).toBe('');
  expect(plan.code).toBe(0);
  expect(emulator.requests.every((request) => request.flavor === 'cloud')).toBe(true);
  expect(emulator.requests.length).toBeGreaterThan(0);
});

test('HTTPS_PROXY: every request goes through the proxy, which alone resolves the host name', async () => {
  const endpoint = emulator.ossUrl.replace('127.0.0.1', PRIVATE_HOST);
  const ws = await initialized(ossWorkspace({ SSL_CERT_FILE: authority.ca.certPath, HTTPS_PROXY: proxy.url }, `${LOOKUPS}\n${WEBHOOK}`, endpoint));
  const apply = await ws.apply();
  expect(apply.stderr).toBe('');
  expect(apply.stdout).toContain('Apply complete! Resources: 1 added, 0 changed, 0 destroyed.');
  expect(emulator.requests.length).toBeGreaterThan(0);
  expect(proxy.requests.length).toBeGreaterThan(0);
  expect(new Set(proxy.requests.map((request) => `${request.method} ${request.target}`))).toEqual(new Set([`CONNECT ${PRIVATE_HOST}:${new URL(endpoint).port}`]));
  expect(await ws.terraform('destroy', '-auto-approve')).toMatchObject({ code: 0 });
});

test('NO_PROXY: a listed host is reached directly (here: its name does not resolve), the proxy sees nothing', async () => {
  const endpoint = emulator.ossUrl.replace('127.0.0.1', PRIVATE_HOST);
  const env = { SSL_CERT_FILE: authority.ca.certPath, HTTPS_PROXY: proxy.url, NO_PROXY: `localhost,.internal,${PRIVATE_HOST}` };
  const ws = await initialized(ossWorkspace(env, LOOKUPS, endpoint));
  toldOnce(
    await ws.plan(),
    `cannot use ClickStack OSS (HyperDX) at ${endpoint}: the host name does not resolve (DNS: no such host). Check the host name in ` +
      '`endpoint` (or CLICKSTACK_ENDPOINT).',
  );
  expect(proxy.requests).toEqual([]);
});

test('a wrong API key: one error that says where the key came from; no retries', async () => {
  const ws = await initialized(ossWorkspace({ SSL_CERT_FILE: authority.ca.certPath, CLICKSTACK_API_KEY: 'not-the-key-0000' }, LOOKUPS));
  const plan = await ws.plan();
  toldOnce(plan, 'the server refused the API key from the CLICKSTACK_API_KEY environment variable (HTTP 401: Unauthorized)');
  expect(plan.stdout + plan.stderr).not.toContain('not-the-key-0000');
  expect(emulator.requests).toHaveLength(1);
});

test('a redirect to another host is not followed: the credentials never reach it', async () => {
  const seen: string[] = [];
  const redirecting = http.createServer((request, response) => {
    seen.push(`${request.method} ${request.url}`);
    response.writeHead(307, { location: `${emulator.ossUrl.replace('127.0.0.1', 'localhost')}${request.url}` }).end();
  });
  await new Promise<void>((done) => redirecting.listen(0, '127.0.0.1', done));
  try {
    const endpoint = `http://127.0.0.1:${(redirecting.address() as AddressInfo).port}`;
    const ws = await initialized(ossWorkspace({ SSL_CERT_FILE: authority.ca.certPath }, LOOKUPS, endpoint));
    toldOnce(await ws.plan(), `the server redirects (HTTP 307) to ${emulator.ossUrl.replace('127.0.0.1', 'localhost')}, another origin: not followed`);
    // The first request of a client runs alone and is refused: which lookup Terraform reads first varies.
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatch(/^GET \/api\/v2\/(sources|webhooks)\b/);
    expect(emulator.requests).toEqual([]);
  } finally {
    await new Promise<void>((done) => redirecting.close(() => done()));
  }
});
