// The exporter's commands as users run them: a child process with the environment as the only way in, against an
// emulator of one flavor, and plan summaries read from `terraform show -json`.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { EmulatorHandle } from '../../emulator';
import type { FlavorName } from '../../provider/client';
import { PROVIDER_VARIABLES } from './clickstack-workspaces';
import { projectRoot, type TerraformResult, Workspace } from './terraform-cli';

/** The environment that points the provider and the exporter at `emulator`'s `flavor` API. */
export function connectionEnv(emulator: EmulatorHandle, flavor: FlavorName): NodeJS.ProcessEnv {
  const cleared = Object.fromEntries(PROVIDER_VARIABLES.map((name) => [name, undefined]));
  return flavor === 'oss'
    ? { ...cleared, CLICKSTACK_ENDPOINT: emulator.ossUrl, CLICKSTACK_API_KEY: emulator.apiKey }
    : {
        ...cleared,
        CLICKHOUSE_API_URL: emulator.cloudUrl,
        CLICKHOUSE_ORG_ID: emulator.organizationId,
        CLICKSTACK_SERVICE_ID: emulator.serviceId,
        CLICKHOUSE_CLOUD_API_KEY: emulator.keyId,
        CLICKHOUSE_CLOUD_API_SECRET: emulator.keySecret,
      };
}

/**
 * The emulator runs without its rate limit; an override file lifts the provider's own (Managed ClickStack's 10 requests
 * per 10 s would make each plan of an export wait), leaving the exported provider block as it is.
 */
export const PROVIDER_OVERRIDE = 'provider "clickstack" {\n  rate_limit = { requests = 1000, window_seconds = 1 }\n}\n';

const BINS = { 'clickstack-export': 'provider/export/clickstack-export.ts', 'clickstack-preview': 'provider/export/clickstack-preview.ts' };

/** Runs a bin from its source (tsx), with `env` added to a clean copy of this process's environment. */
export function runBin(bin: keyof typeof BINS, args: string[], env: NodeJS.ProcessEnv, cwd = projectRoot): Promise<TerraformResult> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !PROVIDER_VARIABLES.includes(name)));
  const child = spawn(process.execPath, [tool('tsx'), join(projectRoot, BINS[bin]), ...args], {
    cwd,
    env: { ...inherited, ...env },
  });
  return Workspace.collect(child);
}

type Json = Record<string, any>;

/** Paths (`tiles.3.w`) where two JSON values differ. */
export function differingPaths(before: unknown, after: unknown, path = ''): string[] {
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  const isContainer = (value: unknown) => typeof value === 'object' && value !== null;
  if (!isContainer(before) || !isContainer(after) || Array.isArray(before) !== Array.isArray(after)) return [path];
  const keys = [...new Set([...Object.keys(before as Json), ...Object.keys(after as Json)])];
  return keys.flatMap((key) => differingPaths((before as Json)[key], (after as Json)[key], path ? `${path}.${key}` : key));
}

/** `terraform plan -out` then `show -json`: the plan's resource changes, by address. */
export async function planChanges(ws: Workspace): Promise<{ plan: TerraformResult; json: Json; changes: Map<string, Json> }> {
  const plan = await ws.plan('-out=tfplan');
  const shown = await ws.terraform('show', '-json', 'tfplan');
  const json = JSON.parse(shown.stdout) as Json;
  const changes = new Map<string, Json>((json.resource_changes ?? []).map((change: Json) => [change.address, change.change]));
  return { plan, json, changes };
}

const tool = (name: string) => join(projectRoot, 'node_modules', name === 'tsc' ? 'typescript/bin/tsc' : 'tsx/dist/cli.mjs');

/**
 * Type-checks an exported CDKTF app with the repository's settings, where the package name `clickstack-cdktf` is
 * constructs/ (as for the examples) and the bindings are their own built project.
 */
export async function typecheckApp(dir: string): Promise<TerraformResult> {
  const config = join(dir, 'tsconfig.check.json');
  const settings = { extends: join(projectRoot, 'tsconfig.json'), compilerOptions: { types: ['node'], noEmit: true }, include: ['main.ts'], exclude: [], references: [{ path: join(projectRoot, 'constructs', 'bindings') }] };
  writeFileSync(config, JSON.stringify(settings));
  const bindings = await Workspace.collect(spawn(process.execPath, [tool('tsc'), '-b', join(projectRoot, 'constructs', 'bindings')]));
  if (bindings.code !== 0) return bindings;
  return Workspace.collect(spawn(process.execPath, [tool('tsc'), '-p', config]));
}

/** Synthesizes an exported CDKTF app (its main.ts, run by tsx with the repository's settings); returns the stack's cdk.tf.json. */
export async function synthesizeApp(dir: string, stack: string, env: NodeJS.ProcessEnv): Promise<{ result: TerraformResult; json?: string }> {
  const outdir = join(dir, 'cdktf.out');
  const child = spawn(process.execPath, [tool('tsx'), '--tsconfig', join(projectRoot, 'tsconfig.json'), join(dir, 'main.ts')], {
    cwd: dir,
    env: { ...process.env, ...env, CDKTF_OUTDIR: outdir },
  });
  const result = await Workspace.collect(child);
  const file = join(outdir, 'stacks', stack, 'cdk.tf.json');
  return { result, json: existsSync(file) ? readFileSync(file, 'utf8') : undefined };
}

/** A stream that keeps what is written to it, for running a command in process. */
export function captured(): { stream: PassThrough; text(): string } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk) => (text += chunk));
  return { stream, text: () => text };
}
