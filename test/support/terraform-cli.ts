// A harness for end-to-end suites that drive the real `terraform` binary against a provider installed in a
// test filesystem mirror: temp workspaces, .tf files, terraform commands with captured output.
//
//   const provider = installProvider('fixture');            // builds only when sources changed
//   const ws = Workspace.create(provider);
//   ws.write('main.tf', '...');
//   expect((await ws.terraform('init')).code).toBe(0);
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const projectRoot = join(__dirname, '..', '..');
/** Where test runs install providers; inside dist/ so it is never committed. */
export const testMirrorDir = join(projectRoot, 'dist', 'test', 'mirror');

export interface InstalledProvider {
  /** The CLI config (TF_CLI_CONFIG_FILE) that makes `terraform init` use the test mirror. */
  cliConfig: string;
  mirrorDir: string;
}

export interface TerraformResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Throws a clear error when `terraform` is not on PATH; returns its version. */
export function requireTerraform(): string {
  const result = spawnSync('terraform', ['version', '-json'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new Error(
      'The end-to-end tests need the `terraform` binary (version 1.11.4) on PATH: ' +
        'install it from https://developer.hashicorp.com/terraform/install and run the tests again.',
    );
  }
  return JSON.parse(result.stdout).terraform_version as string;
}

/**
 * Installs a provider of this project (`fixture` or `clickstack`) into the test mirror with
 * scripts/install-provider.mjs, which rebuilds the bundle only when its sources changed.
 * `bundle` installs a given file instead (to test reinstalling a changed build).
 *
 * With E2E_PROVIDER=release in the environment, the clickstack provider is the single executable of
 * `npm run release` instead, installed from the release layout (so every suite runs it without Node).
 */
export function installProvider(type: string, options: { bundle?: string; mirrorDir?: string } = {}): InstalledProvider {
  const mirrorDir = options.mirrorDir ?? testMirrorDir;
  const args = [join(projectRoot, 'scripts', 'install-provider.mjs'), '--provider', type, '--mirror', mirrorDir];
  if (options.bundle) args.push('--bundle', options.bundle);
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`installing the ${type} provider failed:\n${result.stderr}${result.stdout}`);
  if (type === 'clickstack' && !options.bundle && process.env.E2E_PROVIDER === 'release') return installRelease();
  return { cliConfig: join(mirrorDir, 'terraformrc'), mirrorDir };
}

/** The release layout of the current sources (packaged again when the bundle was rebuilt since), as a filesystem mirror. */
function installRelease(): InstalledProvider {
  const release = join(projectRoot, 'dist', 'test', 'release');
  const bundle = join(projectRoot, 'dist', 'terraform-provider-clickstack.js');
  const zip = join(release, 'registry.terraform.io', 'clickstack-iac', 'clickstack', 'terraform-provider-clickstack_0.1.0_linux_amd64.zip');
  const modified = (path: string) => statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  // Each workspace would unpack the 100 MB executable again: the plugin cache links it instead (emptied whenever
  // the release is packaged again, since Terraform trusts what it finds there).
  const pluginCache = join(release, 'plugin-cache');
  if (modified(zip) <= modified(bundle)) {
    rmSync(pluginCache, { recursive: true, force: true });
    const result = spawnSync(process.execPath, [join(projectRoot, 'scripts', 'release.mjs'), '--out', release], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`npm run release failed:\n${result.stderr}${result.stdout}`);
  }
  mkdirSync(pluginCache, { recursive: true });
  const cliConfig = join(release, 'terraformrc');
  writeFileSync(
    cliConfig,
    [
      `plugin_cache_dir = ${JSON.stringify(pluginCache)}`,
      'plugin_cache_may_break_dependency_lock_file = true',
      'provider_installation {',
      `  filesystem_mirror {\n    path    = ${JSON.stringify(release)}\n    include = ["registry.terraform.io/clickstack-iac/clickstack"]\n  }`,
      `  filesystem_mirror {\n    path    = ${JSON.stringify(testMirrorDir)}\n    include = ["registry.terraform.io/clickstack-iac/*"]\n  }`,
      '  direct {\n    exclude = ["registry.terraform.io/clickstack-iac/*"]\n  }',
      '}',
      '',
    ].join('\n'),
  );
  return { cliConfig, mirrorDir: release };
}

/** A temporary Terraform working directory. */
export class Workspace {
  private constructor(
    readonly dir: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  /** `env` is added to the environment of every terraform command (and so of the provider). */
  static create(provider: InstalledProvider, env: NodeJS.ProcessEnv = {}): Workspace {
    requireTerraform();
    // The runner's own TF_* settings (TF_LOG, TF_DATA_DIR, TF_CLI_CONFIG_FILE...) would change results: pass them in `env`.
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('TF_')));
    return new Workspace(mkdtempSync(join(tmpdir(), 'tf-e2e-')), {
      ...inherited,
      TF_CLI_CONFIG_FILE: provider.cliConfig,
      TF_IN_AUTOMATION: '1',
      CHECKPOINT_DISABLE: '1',
      ...env,
    });
  }

  path(file: string): string {
    return join(this.dir, file);
  }

  write(file: string, content: string): void {
    writeFileSync(this.path(file), content);
  }

  read(file: string): string {
    return readFileSync(this.path(file), 'utf8');
  }

  remove(file: string): void {
    rmSync(this.path(file), { force: true });
  }

  /**
   * Starts `terraform <args>` in its own process group (like a terminal does), so a test can send Ctrl-C
   * to the whole group: `process.kill(-child.pid, 'SIGINT')`.
   */
  spawn(...args: string[]): ChildProcess {
    return spawn('terraform', args, { cwd: this.dir, env: this.env, detached: true });
  }

  /**
   * Starts `clickstack-warm [--provider <executable>] -- <command>` (its source, provider/warm-cli.ts, through tsx) in
   * this workspace, in its own process group. `cwd` (default: the workspace) is where the wrapper runs, for commands
   * that `-chdir` elsewhere.
   */
  spawnWarm(command: string[], options: { provider?: string; cwd?: string; env?: NodeJS.ProcessEnv } = {}): ChildProcess {
    const wrapper = join(projectRoot, 'provider', 'warm-cli.ts');
    const providerOption = options.provider ? ['--provider', options.provider] : [];
    return spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), wrapper, ...providerOption, '--', ...command], {
      cwd: options.cwd ?? this.dir,
      env: { ...this.env, ...options.env },
      detached: true,
    });
  }

  /** Runs `terraform <args>` to completion. Commands that take -no-color/-input=false get them. */
  terraform(command: string, ...args: string[]): Promise<TerraformResult> {
    return Workspace.collect(this.spawn(command, ...flagsFor(command), ...args));
  }

  /** `terraform plan -detailed-exitcode`: code 0 = no changes, 2 = changes, 1 = error. */
  plan(...args: string[]): Promise<TerraformResult> {
    return this.terraform('plan', '-detailed-exitcode', ...args);
  }

  apply(...args: string[]): Promise<TerraformResult> {
    return this.terraform('apply', '-auto-approve', ...args);
  }

  /**
   * Runs `terraform <args>` under /usr/bin/time: the result, the wall time, and the CPU time (user and system) of
   * terraform together with every process it started and waited for (its provider processes).
   */
  async measured(command: string, ...args: string[]): Promise<TerraformResult & { wallMs: number; cpuMs: number }> {
    const report = join(this.dir, '.time');
    const startedAt = performance.now();
    const child = spawn('/usr/bin/time', ['-f', '%U %S', '-o', report, 'terraform', command, ...flagsFor(command), ...args], { cwd: this.dir, env: this.env });
    const result = await Workspace.collect(child);
    const wallMs = performance.now() - startedAt;
    const [user, system] = readFileSync(report, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
    return { ...result, wallMs, cpuMs: (user + system) * 1000 };
  }

  /** `terraform show -json` of the state, parsed. */
  async show(): Promise<TerraformState> {
    const result = await this.terraform('show', '-json');
    if (result.code !== 0) throw new Error(`terraform show failed:\n${result.stderr}`);
    return JSON.parse(result.stdout) as TerraformState;
  }

  /** Resource addresses in state, from `terraform state list`. */
  async stateList(): Promise<string[]> {
    const result = await this.terraform('state', 'list');
    return result.stdout.split('\n').filter(Boolean);
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** Waits for a spawned terraform to exit and returns its output. */
  static collect(child: ChildProcess): Promise<TerraformResult> {
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk) => (stdout += chunk));
    child.stderr?.on('data', (chunk) => (stderr += chunk));
    return new Promise((resolve, reject) => {
      child.once('error', reject);
      child.once('close', (code) => resolve({ code, stdout, stderr }));
    });
  }
}

const NO_COLOR = new Set(['init', 'validate', 'plan', 'apply', 'destroy', 'import', 'refresh', 'output', 'show']);
const NO_INPUT = new Set(['init', 'plan', 'apply', 'destroy', 'import', 'refresh']);

function flagsFor(command: string): string[] {
  return [...(NO_COLOR.has(command) ? ['-no-color'] : []), ...(NO_INPUT.has(command) ? ['-input=false'] : [])];
}

/** The parts of `terraform show -json` the suites read. */
export interface TerraformState {
  values?: {
    root_module: {
      resources?: { address: string; type: string; name: string; values: Record<string, unknown>; sensitive_values: Record<string, unknown> }[];
    };
    outputs?: Record<string, { value: unknown; sensitive: boolean }>;
  };
}

/** The resource at `address` in `terraform show -json` output, or undefined. */
export function resourceValues(state: TerraformState, address: string): Record<string, unknown> | undefined {
  return state.values?.root_module.resources?.find((resource) => resource.address === address)?.values;
}
