// The acceptance story of the CDKTF package, as a user lives it, offline: `npm pack` this repository; in an empty
// folder outside it, the packaged starter (clickstack-cdktf-init) writes the quickstart app; install the tarball with
// cdktf, constructs and typescript from the local npm cache; start the packaged emulator; install the provider with the packaged
// bin; compile and synthesize with tsc and node; terraform init and apply against the emulator; a second plan finds
// no changes, and so does one through the packaged clickstack-warm; the packaged exporter writes what the app made as
// HCL, and the packaged preview redraws its pictures; exported as a CDKTF app, it installs from the tarball as its
// README says, synthesizes and plans only imports.
import { execFileSync, type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, posix } from 'node:path';
import { projectRoot, requireTerraform, type TerraformResult, Workspace } from '../support/terraform-cli';

// npm pack compiles the bindings (about 10 s on 2 shared cores), npm install unpacks typescript, terraform runs three times.
jest.setTimeout(480_000);


/** Settings of the runner's shell that would point npm, terraform or the provider somewhere else. */
const isForeignSetting = (name: string) => /^(TF_|CLICKSTACK_|CLICKHOUSE_|npm_)/i.test(name);
const baseEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !isForeignSetting(name)));

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<TerraformResult> {
  return Workspace.collect(spawn(command, args, { cwd, env: { ...baseEnv, CHECKPOINT_DISABLE: '1', ...env } }));
}

/** Fails with the command's output when it did not exit 0. */
function succeeded(result: TerraformResult): TerraformResult {
  if (result.code !== 0) throw new Error(`exited with ${result.code}:\n${result.stdout}\n${result.stderr}`);
  return result;
}

/**
 * npm 11 resolves a bare name (`cdktf`) through the registry's full packument, which `npm ci` never caches; the
 * tarballs it does cache, under their registry URL. So the story names each tarball, at the version this repository
 * tests with (its lock file): offline, and the same packages a user gets.
 */
function cachedTarball(name: string): string {
  const lock = JSON.parse(readFileSync(join(projectRoot, 'package-lock.json'), 'utf8'));
  const { version } = lock.packages[`node_modules/${name}`] as { version: string };
  return `https://registry.npmjs.org/${name}/-/${name}-${version}.tgz`;
}

interface PackResult {
  filename: string;
  size: number;
  files: { path: string }[];
}

let workDir: string;
let emulator: ChildProcess | undefined;
let packed: PackResult;
/** The tarball unpacked, as npm would put it into node_modules/clickstack-cdktf. */
let unpacked: string;

beforeAll(async () => {
  requireTerraform();
  workDir = mkdtempSync(join(tmpdir(), 'clickstack-cdktf-story-'));
  // npm pack runs prepack (scripts/build-package.mjs); its output precedes the JSON.
  const pack = succeeded(await run('npm', ['pack', '--json', '--pack-destination', workDir], projectRoot));
  [packed] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('\n[') + 1)) as PackResult[];
  execFileSync('tar', ['xzf', packed.filename], { cwd: workDir });
  unpacked = join(workDir, 'package');
});

afterAll(() => {
  emulator?.kill();
  rmSync(workDir, { recursive: true, force: true });
});

test('the tarball: both entry points with their types, the bins, the license, and docs whose links resolve inside it', () => {
  const files = packed.files.map((file) => file.path);
  expect(files).toEqual(
    expect.arrayContaining([
      'package.json',
      'bin/clickstack-install-provider.mjs',
      'scripts/provider-mirror.mjs',
      'dist/clickstack-emulator.js',
      'dist/clickstack-warm.js',
      'dist/code-cache-main.js',
      'dist/clickstack-export.js',
      'dist/clickstack-preview.js',
      'dist/terraform-provider-clickstack.js',
      'dist/lib/constructs/index.js',
      'dist/lib/constructs/index.d.ts',
      'dist/lib/constructs/bindings/dashboard/index.js',
      'dist/lib/constructs/bindings/dashboard/index.d.ts',
      'dist/lib/provider/values.js',
      'dist/lib/cdktn/constructs/index.js',
      'dist/lib/cdktn/constructs/index.d.ts',
      'dist/lib/cdktn/constructs/bindings/dashboard/index.js',
      'bin/clickstack-cdktf-init.mjs',
      'LICENSE',
      'CHANGELOG.md',
      'docs/constructs/index.md',
      'docs/cdktn.md',
      'docs/versioning.md',
    ]),
  );
  // No tests, snapshots or TypeScript sources but the examples': JavaScript, declarations, the bins and the docs.
  expect(files.filter((file) => /\.test\.|__snapshots__|(?<!\.d)\.ts$/.test(file) && !file.startsWith('examples/'))).toEqual([]);
  const manifest = JSON.parse(readFileSync(join(unpacked, 'package.json'), 'utf8'));
  expect(manifest.private).toBeUndefined();
  for (const entry of Object.values(manifest.exports as Record<string, string | Record<string, string>>)) {
    for (const target of typeof entry === 'string' ? [entry] : Object.values(entry)) expect(files).toContain(posix.normalize(target));
  }
  // Every relative link of the README and the docs points at a file in the tarball.
  const markdown = files.filter((file) => file.endsWith('.md') && (file === 'README.md' || file.startsWith('docs/')));
  const dead = markdown.flatMap((file) =>
    [...readFileSync(join(unpacked, file), 'utf8').matchAll(/\]\(([^)#:\s]+)(#[^)]*)?\)/g)]
      .map(([, link]) => posix.join(posix.dirname(file), link))
      .filter((target) => !files.includes(target) && !files.some((path) => path.startsWith(`${target.replace(/\/$/, '')}/`)))
      .map((target) => `${file} -> ${target}`),
  );
  expect(dead).toEqual([]);
});

test('a CDKTF app from the packaged starter installs the tarball offline, synthesizes, applies to the packaged emulator and re-plans clean', async () => {

  const app = join(workDir, 'app');
  mkdirSync(app);
  const started = succeeded(await run(process.execPath, [join(unpacked, 'bin', 'clickstack-cdktf-init.mjs')], app));
  expect(started.stdout).toContain(`wrote a cdktf app in ${app}: main.ts, package.json, tsconfig.json, cdktf.json`);
  expect(readdirSync(app).sort()).toEqual(['.gitignore', 'cdktf.json', 'main.ts', 'package.json', 'tsconfig.json']);
  const tarball = join(workDir, packed.filename);
  const dependencies = [tarball, cachedTarball('cdktf'), cachedTarball('constructs'), cachedTarball('typescript')];
  succeeded(await run('npm', ['install', '--offline', '--no-audit', '--no-fund', ...dependencies], app));
  // Nothing to install at run time but the peers: the provider and the emulator are self-contained bundles.
  const manifest = JSON.parse(readFileSync(join(app, 'node_modules', 'clickstack-cdktf', 'package.json'), 'utf8'));
  expect(manifest.dependencies).toBeUndefined();
  expect(manifest.peerDependencies).toEqual({ cdktf: '~0.21.0', cdktn: '~0.24.0', constructs: '^10.4.2' });
  expect(existsSync(join(app, 'node_modules', 'cdktn'))).toBe(false);
  const bin = (name: string) => join(app, 'node_modules', '.bin', name);

  // The packaged emulator, seeded with the sources and the webhook the quickstart looks up; its first line is JSON.
  emulator = spawn(bin('clickstack-emulator'), ['--port', '0', '--flavor', 'oss', '--seed', 'default'], { cwd: app, env: baseEnv });
  const connection = await new Promise<{ ossUrl: string; apiKey: string }>((resolve, reject) => {
    let buffer = '';
    emulator!.once('exit', (code) => reject(new Error(`the emulator exited with ${code}`)));
    emulator!.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      if (buffer.includes('\n')) resolve(JSON.parse(buffer.split('\n')[0]));
    });
  });
  const env = {
    CLICKSTACK_ENDPOINT: connection.ossUrl,
    CLICKSTACK_API_KEY: connection.apiKey,
    TF_CLI_CONFIG_FILE: join(app, '.terraform-mirror', 'terraformrc'),
    TF_IN_AUTOMATION: '1',
  };

  const installed = succeeded(await run(bin('clickstack-install-provider'), [], app, env));
  expect(installed.stdout).toContain(`installed registry.terraform.io/clickstack-iac/clickstack ${manifest.version} at ${join(app, '.terraform-mirror')}`);

  succeeded(await run('npm', ['run', 'synth'], app, env));
  const stackDir = join(app, 'cdktf.out', 'stacks', 'quickstart');
  const synthesized = JSON.parse(readFileSync(join(stackDir, 'cdk.tf.json'), 'utf8'));
  expect(synthesized.terraform.required_providers.clickstack).toEqual({ source: 'registry.terraform.io/clickstack-iac/clickstack', version: manifest.version });
  expect(JSON.stringify(synthesized)).not.toContain(connection.apiKey);
  // Four typed tiles in two rows, each in the list of its type, keyed by their ids; the alert watches the error tile by key.
  const dashboard = synthesized.resource.clickstack_dashboard.service_health;
  const places = (list: string) => (dashboard[list] as { key: string; x: number; y: number; w: number }[]).map(({ key, x, y, w }) => [key, x, y, w]);
  expect(['line_tiles', 'number_tiles', 'table_tiles', 'markdown_tiles'].map(places)).toEqual([
    [['errors', 0, 0, 12]],
    [['requests', 12, 0, 12]],
    [['slowest', 0, 10, 12]],
    [['about', 12, 10, 12]],
  ]);
  expect(synthesized.resource.clickstack_alert.error_spike.tile_id).toBe('${clickstack_dashboard.service_health.tile_ids["errors"]}');

  const terraform = (...args: string[]) => run('terraform', [...args, '-no-color', '-input=false'], stackDir, env);
  succeeded(await terraform('init'));
  const apply = succeeded(await terraform('apply', '-auto-approve'));
  expect(apply.stdout).toContain('Apply complete! Resources: 2 added, 0 changed, 0 destroyed.');
  expect(apply.stdout).toMatch(/"errors" = "[0-9a-f]{24}"/);
  expect(apply.stdout).toMatch(/"about" = "[0-9a-f]{24}"/);
  expect(apply.stdout).toContain('"name" = "Error spike"');
  const replan = await terraform('plan', '-detailed-exitcode');
  expect(replan.stderr).toBe('');
  expect(replan.stdout).toContain('No changes. Your infrastructure matches the configuration.');
  expect(replan.code).toBe(0);

  // The packaged warm mode runs the provider terraform init installed, one process for the whole plan.
  const warmReplan = await run(bin('clickstack-warm'), ['--', 'terraform', 'plan', '-detailed-exitcode', '-no-color', '-input=false'], stackDir, env);
  expect(warmReplan.stdout).toContain('No changes. Your infrastructure matches the configuration.');
  expect(warmReplan.code).toBe(0);
  const exported = succeeded(await run(bin('clickstack-export'), ['--format', 'hcl', '--out', 'export', '--name', 'Service health'], app, env));
  expect(exported.stdout).toContain('1 dashboard with 1 tile alert');
  expect(readFileSync(join(app, 'export', 'dashboard_service_health.tf'), 'utf8')).toContain('resource "clickstack_alert" "error_spike"');
  const drawn = succeeded(await run(bin('clickstack-preview'), ['export', '--out', 'pictures'], app, env));
  expect(drawn.stdout).toBe(`wrote ${join('pictures', 'dashboard_service_health.svg')}\n`);

  // The same dashboard exported as a CDKTF app, installed as its README says: it pins this very package, which no
  // registry holds, so the README's first command installs the packed tarball (the registry's packages come from the
  // npm cache, as above); then the README's provider install, synth, and a plan that only imports.
  const exportDir = join(workDir, 'cdktf-export');
  succeeded(await run(bin('clickstack-export'), ['--format', 'cdktf', '--out', exportDir, '--name', 'Service health', '--stack', 'adopted'], app, env));
  const exportPackage = JSON.parse(readFileSync(join(exportDir, 'package.json'), 'utf8'));
  expect(exportPackage.dependencies['clickstack-cdktf']).toBe(manifest.version);
  const readme = readFileSync(join(exportDir, 'README.md'), 'utf8');
  const installLine = `npm install /path/to/clickstack-cdktf-${manifest.version}.tgz`;
  expect(readme).toContain(installLine);
  expect(basename(tarball)).toBe(`clickstack-cdktf-${manifest.version}.tgz`);
  const [command, subcommand] = installLine.split(' ');
  succeeded(await run(command, [subcommand, '--offline', '--no-audit', '--no-fund', tarball, cachedTarball('cdktf'), cachedTarball('constructs'), cachedTarball('typescript')], exportDir));
  const exportEnv = { ...env, TF_CLI_CONFIG_FILE: join(exportDir, '.terraform-mirror', 'terraformrc') };
  succeeded(await run('npm', ['run', 'provider:install'], exportDir, exportEnv));
  succeeded(await run('npm', ['run', 'synth'], exportDir, exportEnv));
  const adopted = join(exportDir, 'cdktf.out', 'stacks', 'adopted');
  const exportTerraform = (...args: string[]) => run('terraform', [...args, '-no-color', '-input=false'], adopted, exportEnv);
  succeeded(await exportTerraform('init'));
  const adoption = await exportTerraform('plan', '-detailed-exitcode');
  expect(adoption.stderr).toBe('');
  expect(adoption.stdout).toContain('Plan: 2 to import, 0 to add, 0 to change, 0 to destroy.');
});

test('a CDK Terrain app from the packaged starter installs the same tarball without cdktf and synthesizes with cdktn', async () => {
  const app = join(workDir, 'cdktn-app');
  succeeded(await run(process.execPath, [join(unpacked, 'bin', 'clickstack-cdktf-init.mjs'), app, '--cdktn'], workDir));
  expect(readFileSync(join(app, 'main.ts'), 'utf8')).toContain("from 'clickstack-cdktf/cdktn'");
  // cdktn-cli needs Node >= 22.19 and dependencies by bare name, which offline npm cannot resolve: this app goes
  // without it (test/e2e/cdktn-example.e2e.test.ts runs `cdktn synth`). cdktn bundles its own dependencies, as cdktf does.
  const appManifest = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8'));
  delete appManifest.devDependencies['cdktn-cli'];
  writeFileSync(join(app, 'package.json'), JSON.stringify(appManifest));
  const dependencies = [join(workDir, packed.filename), cachedTarball('cdktn'), cachedTarball('constructs'), cachedTarball('typescript')];
  succeeded(await run('npm', ['install', '--offline', '--no-audit', '--no-fund', ...dependencies], app));
  expect(existsSync(join(app, 'node_modules', 'cdktf'))).toBe(false);
  // The app itself runs on Node 20 (only cdktn-cli needs 22; test/e2e/cdktn-example.e2e.test.ts runs that).
  succeeded(await run(join(app, 'node_modules', '.bin', 'tsc'), [], app));
  succeeded(await run(process.execPath, ['dist/main.js'], app, { CLICKSTACK_ENDPOINT: 'http://localhost:8000', CLICKSTACK_API_KEY: 'unused' }));
  const synthesized = JSON.parse(readFileSync(join(app, 'cdktf.out', 'stacks', 'quickstart', 'cdk.tf.json'), 'utf8'));
  expect(synthesized['//'].metadata.version).toBe(JSON.parse(readFileSync(join(app, 'node_modules', 'cdktn', 'package.json'), 'utf8')).version);
  expect(Object.keys(synthesized.resource).sort()).toEqual(['clickstack_alert', 'clickstack_dashboard']);
});
