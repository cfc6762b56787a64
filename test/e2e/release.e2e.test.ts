// The release end to end (npm run release): the single executable provider, packaged as the release layout, is
// installed by `terraform init` from that directory as a filesystem mirror and, served over HTTPS, as a network
// mirror; then it serves a plan with no `node` on Terraform's PATH.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { type EmulatorHandle } from '../../emulator';
import { generateServerCertificate } from '../../provider/runtime/tls';
import { startTestEmulator, TERRAFORM_BLOCK, targetFor } from '../support/clickstack-workspaces';
import { type InstalledProvider, projectRoot, Workspace } from '../support/terraform-cli';

// Building the executable copies and patches the 100 MB Node binary; a zip of it is about 35 MB.
jest.setTimeout(240_000);

const PROVIDER_DIR = join('registry.terraform.io', 'clickstack-iac', 'clickstack');
const PATTERN = 'registry.terraform.io/clickstack-iac/*';
let release: string;
let emulator: EmulatorHandle;
/** A directory holding only `terraform`: Terraform's PATH, so no `node` can be found. */
let terraformOnlyPath: string;

beforeAll(async () => {
  release = mkdtempSync(join(tmpdir(), 'release-'));
  execFileSync(process.execPath, [join(projectRoot, 'scripts', 'release.mjs'), '--out', release], { stdio: 'pipe' });
  terraformOnlyPath = mkdtempSync(join(tmpdir(), 'path-'));
  const terraform = spawnSync('sh', ['-c', 'command -v terraform'], { encoding: 'utf8' }).stdout.trim();
  symlinkSync(terraform, join(terraformOnlyPath, 'terraform'));
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());

function cliConfig(installation: string): InstalledProvider {
  const dir = mkdtempSync(join(tmpdir(), 'cli-config-'));
  writeFileSync(join(dir, 'terraformrc'), `provider_installation {\n${installation}\n  direct {\n    exclude = ["${PATTERN}"]\n  }\n}\n`);
  return { cliConfig: join(dir, 'terraformrc'), mirrorDir: release };
}

const versionDocument = () => JSON.parse(readFileSync(join(release, PROVIDER_DIR, '0.1.0.json'), 'utf8'));

async function initAndPlan(provider: InstalledProvider, env: NodeJS.ProcessEnv = {}): Promise<Workspace> {
  const target = targetFor(emulator, 'oss');
  const ws = Workspace.create(provider, { ...target.env, ...env, PATH: terraformOnlyPath });
  ws.write('main.tf', `${TERRAFORM_BLOCK}\n${target.providerBlock}\ndata "clickstack_sources" "all" {}\noutput "names" { value = [for s in data.clickstack_sources.all.sources : s.name] }\n`);
  const init = await ws.terraform('init');
  expect(init.stderr).toBe('');
  expect(init.code).toBe(0);
  expect(init.stdout).toContain('Installed clickstack-iac/clickstack v0.1.0');
  // Terraform checks the package against the mirror's hashes and locks the h1: hash of what it unpacked, the one
  // the release documents.
  const [h1] = versionDocument().archives.linux_amd64.hashes;
  expect(h1).toMatch(/^h1:/);
  expect(ws.read('.terraform.lock.hcl')).toContain(h1);
  const apply = await ws.apply();
  expect(apply.stderr).toBe('');
  expect(apply.code).toBe(0);
  expect(apply.stdout).toMatch(/names = \[\n\s+"/);
  return ws;
}

test('the layout: a zip per platform keeping the executable bit, SHA256SUMS and the mirror documents', () => {
  const dir = join(release, PROVIDER_DIR);
  expect(JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'))).toEqual({ versions: { '0.1.0': {} } });
  const archive = versionDocument().archives.linux_amd64;
  expect(archive.url).toBe('terraform-provider-clickstack_0.1.0_linux_amd64.zip');
  expect(execFileSync('sha256sum', ['-c', 'terraform-provider-clickstack_0.1.0_SHA256SUMS'], { cwd: dir, encoding: 'utf8' })).toBe(
    'terraform-provider-clickstack_0.1.0_linux_amd64.zip: OK\n',
  );
  expect(execFileSync('unzip', ['-Z', archive.url], { cwd: dir, encoding: 'utf8' })).toMatch(/-rwxr-xr-x .* terraform-provider-clickstack_v0\.1\.0\n/);
});

test('terraform init from the directory as a filesystem mirror; the provider runs without node on PATH', async () => {
  const ws = await initAndPlan(cliConfig(`  filesystem_mirror {\n    path    = ${JSON.stringify(release)}\n    include = ["${PATTERN}"]\n  }`));
  ws.dispose();
});

test('terraform init from the directory served over HTTPS as a network mirror', async () => {
  const certificate = generateServerCertificate();
  const requested: string[] = [];
  const server: Server = createServer({ key: certificate.keyPem, cert: certificate.certPem }, (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url!, 'https://localhost').pathname));
    requested.push(path);
    try {
      const body = readFileSync(join(release, path));
      response.writeHead(200, { 'content-type': path.endsWith('.json') ? 'application/json' : 'application/zip' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const caFile = join(mkdtempSync(join(tmpdir(), 'ca-')), 'ca.pem');
  writeFileSync(caFile, certificate.certPem);
  try {
    const { port } = server.address() as AddressInfo;
    const provider = cliConfig(`  network_mirror {\n    url     = "https://localhost:${port}/"\n    include = ["${PATTERN}"]\n  }`);
    // Go reads trusted roots from SSL_CERT_FILE: the mirror's self-signed certificate is the only one.
    const ws = await initAndPlan(provider, { SSL_CERT_FILE: caFile });
    expect(requested).toEqual(
      expect.arrayContaining([
        `/${PROVIDER_DIR}/index.json`,
        `/${PROVIDER_DIR}/0.1.0.json`,
        `/${PROVIDER_DIR}/terraform-provider-clickstack_0.1.0_linux_amd64.zip`,
      ]),
    );
    ws.dispose();
  } finally {
    server.close();
  }
});
