// The release end to end (npm run release, built once here for all four platforms and signed with a key made in the
// test): the linux_amd64 executable, packaged as the release layout, is installed by `terraform init` from that
// directory as a filesystem mirror and, served over HTTPS, as a network mirror; then it serves a plan with no `node` on
// Terraform's PATH. linux_arm64 answers Terraform's plugin handshake under qemu-user; darwin_amd64 and windows_amd64,
// which cannot run here, are checked for their format, the injected application, the executable bit and the checksum.
// The SHA256SUMS signature verifies with the key's public half, and fails for altered checksums.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join, normalize } from 'node:path';
import * as openpgp from 'openpgp';
import { type EmulatorHandle } from '../../emulator';
import { generateServerCertificate } from '../../provider/runtime/tls';
import { startTestEmulator, TERRAFORM_BLOCK, targetFor } from '../support/clickstack-workspaces';
import { type InstalledProvider, projectRoot, Workspace } from '../support/terraform-cli';

// Building each executable copies and patches a 100 MB Node binary (and, on a clean clone, downloads it once into
// dist/cache/node); a zip of one is about 30 MB. Four of them on 2 shared cores take minutes.
jest.setTimeout(240_000);
const RELEASE_TIMEOUT = 1_200_000;

const PROVIDER_DIR = join('registry.terraform.io', 'clickstack-iac', 'clickstack');
const PATTERN = 'registry.terraform.io/clickstack-iac/*';
let release: string;
let publicKey: string;
let emulator: EmulatorHandle;
/** A directory holding only `terraform`: Terraform's PATH, so no `node` can be found. */
let terraformOnlyPath: string;

beforeAll(async () => {
  release = mkdtempSync(join(tmpdir(), 'release-'));
  const key = await openpgp.generateKey({ type: 'ecc', curve: 'ed25519Legacy', userIDs: [{ name: 'Release test', email: 'release@example.com' }], passphrase: 'test passphrase' });
  publicKey = key.publicKey;
  const keyFile = join(release, '..', `${basename(release)}.key.asc`);
  writeFileSync(keyFile, key.privateKey);
  const env = { ...process.env, CLICKSTACK_RELEASE_SIGNING_PASSPHRASE: 'test passphrase' };
  execFileSync(process.execPath, [join(projectRoot, 'scripts', 'release.mjs'), '--out', release, '--signing-key', keyFile], { stdio: 'pipe', env });
  terraformOnlyPath = mkdtempSync(join(tmpdir(), 'path-'));
  const terraform = spawnSync('sh', ['-c', 'command -v terraform'], { encoding: 'utf8' }).stdout.trim();
  symlinkSync(terraform, join(terraformOnlyPath, 'terraform'));
  emulator = await startTestEmulator();
}, RELEASE_TIMEOUT);
afterAll(() => emulator?.close());

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

const PLATFORMS = ['darwin_amd64', 'linux_amd64', 'linux_arm64', 'windows_amd64'];
const SUMS = 'terraform-provider-clickstack_0.1.0_SHA256SUMS';
const executableName = (platform: string) => `terraform-provider-clickstack_v0.1.0${platform.startsWith('windows') ? '.exe' : ''}`;

/** The executable of `platform`, unpacked from its zip. */
function unpacked(platform: string): string {
  const dir = mkdtempSync(join(tmpdir(), `${platform}-`));
  execFileSync('unzip', ['-q', join(release, PROVIDER_DIR, `terraform-provider-clickstack_0.1.0_${platform}.zip`), '-d', dir]);
  expect(readdirSync(dir)).toEqual([executableName(platform)]);
  return join(dir, executableName(platform));
}

test('the layout: a zip per platform keeping the executable bit, the registry manifest, SHA256SUMS and the mirror documents', () => {
  const dir = join(release, PROVIDER_DIR);
  expect(JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'))).toEqual({ versions: { '0.1.0': {} } });
  expect(Object.keys(versionDocument().archives).sort()).toEqual(PLATFORMS);
  expect(JSON.parse(readFileSync(join(dir, 'terraform-provider-clickstack_0.1.0_manifest.json'), 'utf8'))).toEqual({ version: 1, metadata: { protocol_versions: ['6.0'] } });
  expect(execFileSync('sha256sum', ['-c', SUMS], { cwd: dir, encoding: 'utf8' })).toBe(
    [...PLATFORMS.map((platform) => `terraform-provider-clickstack_0.1.0_${platform}.zip: OK\n`), 'terraform-provider-clickstack_0.1.0_manifest.json: OK\n']
      .sort()
      .join(''),
  );
  for (const platform of PLATFORMS) {
    const archive = versionDocument().archives[platform];
    expect(archive.url).toBe(`terraform-provider-clickstack_0.1.0_${platform}.zip`);
    expect(execFileSync('unzip', ['-Z', archive.url], { cwd: dir, encoding: 'utf8' })).toMatch(new RegExp(`-rwxr-xr-x .* ${executableName(platform).replaceAll('.', '\\.')}\n`));
  }
});

test('the SHA256SUMS signature verifies with the public key, and not for altered checksums', async () => {
  const dir = join(release, PROVIDER_DIR);
  const verificationKeys = await openpgp.readKey({ armoredKey: publicKey });
  const signature = await openpgp.readSignature({ binarySignature: readFileSync(join(dir, `${SUMS}.sig`)) });
  const verify = async (text: Buffer) => {
    const { signatures } = await openpgp.verify({ message: await openpgp.createMessage({ binary: text }), signature, verificationKeys });
    return signatures[0].verified.then(
      () => true,
      () => false,
    );
  };
  const sums = readFileSync(join(dir, SUMS));
  expect(await verify(sums)).toBe(true);
  expect(await verify(Buffer.from(sums.toString().replace(/^[0-9a-f]/, (digit) => (digit === '0' ? '1' : '0'))))).toBe(false);
});

/** The fuse Node checks at start-up: postject turns its `:0` into `:1` when it injects the application. */
const INJECTED = Buffer.from('NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2:1');

test('the executables that cannot run here: darwin_amd64 is Mach-O x86-64, windows_amd64 PE x86-64, each with the application injected', () => {
  const mac = readFileSync(unpacked('darwin_amd64'));
  expect(mac.readUInt32LE(0)).toBe(0xfeedfacf); // 64-bit Mach-O, little-endian
  expect(mac.readUInt32LE(4)).toBe(0x01000007); // CPU_TYPE_X86_64
  expect(mac.includes(INJECTED)).toBe(true);
  expect(mac.includes(Buffer.from('NODE_SEA\0'))).toBe(true); // the segment Node looks for the blob in
  const windows = readFileSync(unpacked('windows_amd64'));
  expect(windows.subarray(0, 2).toString()).toBe('MZ');
  const pe = windows.readUInt32LE(0x3c);
  expect(windows.subarray(pe, pe + 4)).toEqual(Buffer.from('PE\0\0'));
  expect(windows.readUInt16LE(pe + 4)).toBe(0x8664); // IMAGE_FILE_MACHINE_AMD64
  expect(windows.includes(INJECTED)).toBe(true);
});

test('linux_arm64 is ELF aarch64 and, run under qemu-user, answers Terraform\'s plugin handshake', async () => {
  const executable = unpacked('linux_arm64');
  const elf = readFileSync(executable);
  expect(elf.subarray(0, 4)).toEqual(Buffer.from('\x7fELF', 'latin1'));
  expect(elf.readUInt16LE(18)).toBe(183); // EM_AARCH64
  expect(elf.includes(INJECTED)).toBe(true);
  // .ci/run installs qemu-user-static and the aarch64 runtime (-L: its root); the provider starts from the plain bundle.
  const child = spawn('qemu-aarch64-static', ['-L', '/usr/aarch64-linux-gnu', executable], {
    env: { TF_PLUGIN_MAGIC_COOKIE: 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2', PLUGIN_PROTOCOL_VERSIONS: '6', TF_DISABLE_PLUGIN_TLS: '1' },
  });
  try {
    const firstLine = await new Promise<string>((resolve, reject) => {
      let out = '';
      let err = '';
      child.once('error', reject);
      child.stderr.on('data', (chunk) => (err += chunk));
      child.once('exit', (code) => reject(new Error(`exited with ${code} before the handshake:\n${err}`)));
      child.stdout.on('data', (chunk) => {
        out += chunk;
        if (out.includes('\n')) resolve(out.split('\n')[0]);
      });
    });
    expect(firstLine).toMatch(/^1\|6\|unix\|\/.+\|grpc\|/);
  } finally {
    child.kill();
  }
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
