// npm run demo: the quickstart (examples/quickstart) applied to a seeded local ClickStack emulator through the real
// terraform, offline. Starts the emulator, installs the provider into the project-local mirror (as
// `npm run provider:install` does), runs init, apply and a second plan that must find no changes, prints what was
// created, and stops the emulator. Exits non-zero when any step fails.
//
// Terraform works on a fresh copy under dist/demo/, so no state or lock file is ever written into examples/.
import { spawn } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type EmulatorHandle, startEmulator } from '../emulator';

const projectRoot = join(__dirname, '..');
const quickstart = join(projectRoot, 'examples', 'quickstart');
const workDir = join(projectRoot, 'dist', 'demo', 'quickstart');
const mirrorDir = join(projectRoot, '.terraform-mirror');

/** Settings of the caller's shell that would point terraform or the provider somewhere else. */
const isForeignSetting = (name: string) => /^(TF_|CLICKSTACK_|CLICKHOUSE_)/.test(name);

class StepFailed extends Error {}

/** Runs a command with its output shown as it comes; resolves with its exit code. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: workDir, env, stdio: 'inherit' });
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'ENOENT' ? new StepFailed(`\`${command}\` was not found on PATH; the demo needs it (Terraform >= 1.11).`) : error),
    );
    child.once('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

function heading(text: string): void {
  process.stdout.write(`\n=== ${text}\n`);
}

async function step(title: string, command: string, args: string[], env: NodeJS.ProcessEnv, expectedCode = 0): Promise<void> {
  heading(title);
  const code = await run(command, args, env);
  if (code !== expectedCode) throw new StepFailed(`${title}: \`${[command, ...args].join(' ')}\` exited with ${code}, expected ${expectedCode}.`);
}

async function demo(emulator: EmulatorHandle): Promise<void> {
  process.stdout.write(`ClickStack emulator (OSS API, seeded) listening on ${emulator.ossUrl}\n`);
  rmSync(workDir, { recursive: true, force: true });
  cpSync(quickstart, workDir, { recursive: true });

  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !isForeignSetting(name)));
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    TF_CLI_CONFIG_FILE: join(mirrorDir, 'terraformrc'),
    TF_IN_AUTOMATION: '1',
    CHECKPOINT_DISABLE: '1',
    CLICKSTACK_ENDPOINT: emulator.ossUrl,
    CLICKSTACK_API_KEY: emulator.apiKey,
  };
  await step('Install the provider into .terraform-mirror', process.execPath, [join(projectRoot, 'scripts', 'install-provider.mjs'), '--mirror', mirrorDir], env);
  // Colours only on a terminal: a CI log or a file gets plain text.
  const colour = process.stdout.isTTY ? [] : ['-no-color'];
  await step('terraform init', 'terraform', ['init', '-input=false', ...colour], env);
  await step('terraform apply', 'terraform', ['apply', '-auto-approve', '-input=false', ...colour], env);
  // -detailed-exitcode: 0 is "no changes", 2 would be a diff right after apply.
  await step('terraform plan (must find no changes)', 'terraform', ['plan', '-detailed-exitcode', '-input=false', ...colour], env);
  await step('What was created', 'terraform', ['output', ...colour], env);
  process.stdout.write(`\nDemo complete: applied ${quickstart} and re-planned with no changes (workspace: ${workDir}).\n`);
}

async function main(): Promise<number> {
  const emulator = await startEmulator({ flavor: 'oss', seed: 'default' });
  // Ctrl-C reaches terraform too (same process group), which stops cleanly; the emulator is closed after it.
  const interrupted = () => process.stderr.write('\nInterrupted: waiting for terraform to stop...\n');
  process.on('SIGINT', interrupted);
  try {
    await demo(emulator);
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
