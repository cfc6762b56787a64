// Warm mode: one provider process serves a whole run of Terraform commands. Terraform normally starts a provider
// process for every phase of every command (3 for a plan); with TF_REATTACH_PROVIDERS it connects to one that is
// already running instead. This starts the provider in debug mode (plaintext on a private unix socket, long-lived),
// runs the command with the reattach setting, and stops the provider when the command ends or is interrupted.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { constants } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export class WarmError extends Error {}

export interface WarmProvider {
  /** The provider's TF_REATTACH_PROVIDERS entries, keyed by provider address. */
  reattach: Record<string, unknown>;
  /** Stops the provider (and waits for it to exit). */
  stop(): Promise<void>;
}

const REATTACH_LINE = /^TF_REATTACH_PROVIDERS='(.*)'$/;

/**
 * Starts `command --debug` (command: the provider executable and any arguments before the flag) in its own process group, so that Ctrl-C in a terminal reaches Terraform (which then
 * asks the provider to stop over gRPC) but never kills the provider under it. `cwd` is the provider's working
 * directory for the whole run: the Terraform workspace, as when Terraform starts it. Its stderr (logs) goes to `logTo`
 * when given; otherwise it is kept only to explain a failed start.
 */
export async function startWarmProvider(
  command: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number; logTo?: NodeJS.WritableStream },
): Promise<WarmProvider> {
  const executable = command.join(' ');
  const child = spawn(command[0], [...command.slice(1), '--debug'], { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    if (options.logTo) options.logTo.write(chunk);
    else if (stderr.length < 64 * 1024) stderr += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));

  const reattach = await new Promise<Record<string, unknown>>((resolve, reject) => {
    const fail = (why: string) => {
      child.kill('SIGKILL');
      reject(new WarmError(`${why}${stderr.trim() ? `:\n${stderr.trim()}` : ''}`));
    };
    const timer = setTimeout(() => fail(`the provider printed no TF_REATTACH_PROVIDERS line within ${options.timeoutMs ?? 30_000} ms`), options.timeoutMs ?? 30_000);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new WarmError(`cannot start the provider ${executable}: ${error.message}`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      fail(`the provider ${executable} exited before serving (${signal ?? `status ${code}`})`);
    });
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = REATTACH_LINE.exec(line.trim());
      if (!match) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve(JSON.parse(match[1]) as Record<string, unknown>);
    });
  });
  return { reattach, stop: () => stopProcessGroup(child, exited) };
}

async function stopProcessGroup(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
  };
  signalGroup('SIGTERM'); // the provider removes its socket directory on the way out
  const killer = setTimeout(() => signalGroup('SIGKILL'), 5_000);
  await exited;
  clearTimeout(killer);
}

/** TF_REATTACH_PROVIDERS with `entries` added to what the environment already reattaches. */
export function mergeReattach(current: string | undefined, entries: Record<string, unknown>): string {
  const existing = current?.trim() ? (JSON.parse(current) as Record<string, unknown>) : {};
  return JSON.stringify({ ...existing, ...entries });
}

/**
 * Runs `command` with the warm provider reattached, and returns the exit status to pass on: the command's own, or
 * 128 + the signal number when a signal ended it. Ctrl-C is left to the command (Terraform stops gracefully);
 * SIGTERM and SIGHUP sent to this process are passed on to it. The provider is stopped in every case.
 */
export async function runWarm(provider: WarmProvider, command: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const forwarded: NodeJS.Signals[] = ['SIGTERM', 'SIGHUP'];
  const ignoreInterrupt = () => undefined; // the terminal sends SIGINT to the command as well
  process.on('SIGINT', ignoreInterrupt);
  try {
    const child = spawn(command[0], command.slice(1), {
      stdio: 'inherit',
      env: { ...env, TF_REATTACH_PROVIDERS: mergeReattach(env.TF_REATTACH_PROVIDERS, provider.reattach) },
    });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    for (const signal of forwarded) process.on(signal, forward);
    try {
      return await new Promise<number>((resolve, reject) => {
        child.once('error', (error) => reject(new WarmError(`cannot run ${command[0]}: ${error.message}`)));
        child.once('close', (code, signal) => resolve(code ?? 128 + (signal ? constants.signals[signal] : 1)));
      });
    } finally {
      for (const signal of forwarded) process.off(signal, forward);
    }
  } finally {
    process.off('SIGINT', ignoreInterrupt);
    await provider.stop();
  }
}

/** Where `terraform -chdir=DIR ...` runs: DIR resolved against `cwd`, else `cwd`. */
export function terraformWorkingDir(command: string[], cwd: string): string {
  const chdir = command.find((arg) => arg.startsWith('-chdir='));
  return chdir ? join(cwd, chdir.slice('-chdir='.length)) : cwd;
}

/**
 * The provider executable `terraform init` installed in a workspace for `address` (`registry.terraform.io/ns/type`):
 * the version its lock file selects, for this platform; undefined when the workspace has none.
 */
export function installedProvider(workspace: string, address: string, platform: string, dataDir?: string): string | undefined {
  const providersDir = join(workspace, dataDir || '.terraform', 'providers', address);
  if (!existsSync(providersDir)) return undefined;
  const locked = lockedVersion(workspace, address);
  const versions = locked ? [locked] : readdirSync(providersDir).sort(compareVersions).reverse();
  const type = address.split('/').pop()!;
  for (const version of versions) {
    const dir = join(providersDir, version, platform);
    const executable = existsSync(dir) && readdirSync(dir).find((name) => name.startsWith(`terraform-provider-${type}`));
    if (executable) return join(dir, executable);
  }
  return undefined;
}

function lockedVersion(workspace: string, address: string): string | undefined {
  const lockFile = join(workspace, '.terraform.lock.hcl');
  if (!existsSync(lockFile)) return undefined;
  const block = readFileSync(lockFile, 'utf8').split(/^provider /m).find((part) => part.startsWith(JSON.stringify(address)));
  return block && /^\s*version\s*=\s*"([^"]+)"/m.exec(block)?.[1];
}

function compareVersions(a: string, b: string): number {
  const parts = (version: string) => version.split(/[.-]/).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  const [left, right] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    if (left[i] === right[i]) continue;
    if (left[i] === undefined) return -1;
    if (right[i] === undefined) return 1;
    return left[i] < right[i] ? -1 : 1;
  }
  return 0;
}
