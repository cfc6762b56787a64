// What the benchmarks of whole Terraform runs share: a filesystem mirror of their own whose provider build can be
// swapped between runs (the launcher stays, so workspaces need no new `terraform init`), workspaces on the emulator,
// and the CPU time of the provider processes apart from Terraform's.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { EmulatorHandle } from '../emulator';
import type { FlavorName } from '../provider/client';
import { flavorWorkspace, targetFor, TERRAFORM_BLOCK } from '../test/support/clickstack-workspaces';
import { installProvider, type InstalledProvider, type Workspace } from '../test/support/terraform-cli';

export const currentBundle = join(__dirname, '..', 'dist', 'terraform-provider-clickstack.js');

/** A mirror in a temp dir; `use` installs another build into it. */
export class BenchMirror {
  readonly directory = mkdtempSync(join(tmpdir(), 'bench-mirror-'));
  readonly provider: InstalledProvider;

  constructor(bundle: string = currentBundle) {
    this.provider = installProvider('clickstack', { bundle, mirrorDir: this.directory });
  }

  use(bundle: string): void {
    installProvider('clickstack', { bundle, mirrorDir: this.directory });
  }
}

/** The CPU time of every provider process Terraform starts, each one reported when it exits (bench/cpu-report.mjs). */
export class ProviderCpu {
  readonly reportFile = join(mkdtempSync(join(tmpdir(), 'bench-cpu-')), 'provider-cpu.txt');

  /** The environment that makes provider processes report; `profileDir` also has each write a V8 CPU profile. */
  env(profileDir?: string): NodeJS.ProcessEnv {
    return {
      NODE_OPTIONS: `--import ${pathToFileURL(join(__dirname, 'cpu-report.mjs')).href}`,
      CLICKSTACK_BENCH_CPU_REPORT: this.reportFile,
      ...(profileDir ? { CLICKSTACK_BENCH_CPU_PROFILE_DIR: profileDir } : {}),
    };
  }

  reset(): void {
    writeFileSync(this.reportFile, '');
  }

  /** Milliseconds of CPU of the processes that exited since the last reset, and how many they were. */
  read(): { cpuMs: number; processes: number } {
    const lines = readFileSync(this.reportFile, 'utf8').split('\n').filter(Boolean);
    return { cpuMs: lines.reduce((sum, line) => sum + Number(line), 0) / 1000, processes: lines.length };
  }
}

/**
 * A workspace of `flavor` on `emulator` with `main.tf`; `limited` leaves the provider its flavor's default rate limit
 * (the test workspaces lift it). `env` is added to every terraform command.
 */
export function benchWorkspace(
  mirror: BenchMirror,
  emulator: EmulatorHandle,
  flavor: FlavorName,
  main: string,
  options: { limited?: boolean; env?: NodeJS.ProcessEnv } = {},
): Workspace {
  const target = targetFor(emulator, flavor);
  void target.client.close();
  const ws = flavorWorkspace(mirror.provider, { ...target, env: { ...target.env, ...options.env } });
  if (options.limited) ws.write('providers.tf', ws.read('providers.tf').replace(/\n\s*rate_limit = \{[^}]*\}/, ''));
  ws.write('main.tf', main);
  return ws;
}

/**
 * Points a workspace at another emulator (its state stays valid: that emulator loaded the same objects). The provider
 * block names the endpoint even for OSS, whose test workspaces otherwise take it from the environment: the block wins.
 */
export function retarget(ws: Workspace, emulator: EmulatorHandle, flavor: FlavorName, limited: boolean): void {
  const settings =
    flavor === 'oss'
      ? [`endpoint = "${emulator.ossUrl}"`, `api_key = "${emulator.apiKey}"`]
      : [
          `api_url = "${emulator.cloudUrl}"`,
          `organization_id = "${emulator.organizationId}"`,
          `service_id = "${emulator.serviceId}"`,
          `api_key_id = "${emulator.keyId}"`,
          `api_key_secret = "${emulator.keySecret}"`,
        ];
  if (!limited) settings.push('rate_limit = { requests = 1000, window_seconds = 1 }');
  const block = ['provider "clickstack" {', ...settings.map((line) => `  ${line}`), '}', ''].join('\n');
  ws.write('providers.tf', `${TERRAFORM_BLOCK}\n${block}`);
}

/** The least time any client needs for `requests` under a limit of `limit` per `windowMs`: the last window's share goes first thing in it. */
export function minimumUnderLimit(requests: number, { limit, windowMs }: { limit: number; windowMs: number }): number {
  return (Math.ceil(requests / limit) - 1) * windowMs;
}

export async function checked<T extends { code: number | null; stderr: string }>(what: string, run: Promise<T>, codes: number[] = [0]): Promise<T> {
  const result = await run;
  if (!codes.includes(result.code ?? -1)) throw new Error(`${what} failed (exit ${result.code}):\n${result.stderr}`);
  return result;
}
