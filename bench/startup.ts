// Start-up: wall time from exec to the go-plugin handshake line (TLS on, as Terraform starts a provider), for each
// way the provider is run, beside a bare `node -e 0` measured in the same rounds.
//   npm run bench:startup [-- --rounds N]
import * as grpc from '@grpc/grpc-js';
import { spawn } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { MAGIC_COOKIE_VALUE } from '../provider/runtime/handshake';
import { loadProtocol } from '../provider/runtime/server';
import { generateServerCertificate, type ServerCertificate } from '../provider/runtime/tls';
import { type Benchmark, runAlone } from './section';
import { interleaved, pairedBaseline, type Row, summarize } from './stats';
import { releasedBuild } from './targets';

/** Where each way of running the provider lives (built by the caller). */
export interface StartupTargets {
  /** dist/terraform-provider-clickstack.js, run by node directly: start-up as it was before the code cache. */
  bundle: string;
  /** The launcher `npm run provider:install` writes: node, the code-cache loader and the bundle. */
  launcher: string;
  /** The single executable of `npm run release`. */
  executable: string;
  /** Its release zip. */
  zip: string;
}

const GOAL_RATIO = 1.5;

/** The environment Terraform starts a provider with; `terraform` is its client certificate (with the key, to call it). */
export const handshakeEnv = (terraform: ServerCertificate = generateServerCertificate()) => ({
  ...process.env,
  TF_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE_VALUE,
  PLUGIN_PROTOCOL_VERSIONS: '5,6',
  PLUGIN_CLIENT_CERT: terraform.certPem,
});

/** A row of start times beside those of a bare `node -e 0` taken in the same rounds, held to GOAL_RATIO when `goal`. */
export function startRow(group: string, figure: string, starts: number[], bareStarts: number[], goal: boolean): Row {
  const baseline = pairedBaseline('`node -e 0`', starts, bareStarts);
  return {
    group,
    figure,
    unit: 'ms',
    value: summarize(starts),
    baseline,
    goal: goal ? { text: `≤ ${GOAL_RATIO}× \`node -e 0\``, met: baseline.ratio <= GOAL_RATIO } : undefined,
  };
}

function elapsedMs(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** Milliseconds from exec to the handshake line; the provider is then stopped. */
export function timeToHandshake(command: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const started = process.hrtime.bigint();
  const child = spawn(command[0], command.slice(1), { env, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    createInterface({ input: child.stdout! }).once('line', (line) => {
      const elapsed = elapsedMs(started);
      child.once('exit', () => (line.startsWith('1|6|unix|') ? resolve(elapsed) : reject(new Error(`bad handshake from ${command[0]}: ${line}`))));
      child.kill('SIGTERM');
    });
  });
}

/**
 * Milliseconds from exec to the answer of Terraform's first call, GetProviderSchema, made over mutual TLS as Terraform
 * makes it (by grpc-js in this process rather than Terraform's Go client: its connecting is in the figure too); the
 * provider is then stopped. `env` must carry `terraform`'s certificate (handshakeEnv).
 */
export function timeToFirstAnswer(command: string[], env: NodeJS.ProcessEnv, terraform: ServerCertificate): Promise<number> {
  const started = process.hrtime.bigint();
  const child = spawn(command[0], command.slice(1), { env, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    createInterface({ input: child.stdout! }).once('line', (line) => {
      const [, , , address, , certificate] = line.split('|');
      const trusted = Buffer.from(new X509Certificate(Buffer.from(certificate, 'base64')).toString());
      const credentials = grpc.credentials.createSsl(trusted, Buffer.from(terraform.keyPem), Buffer.from(terraform.certPem));
      const client = new ProviderClient(`unix:${address}`, credentials, { 'grpc.ssl_target_name_override': 'localhost', 'grpc.default_authority': 'localhost' });
      const method = providerService().GetProviderSchema;
      client.makeUnaryRequest(method.path, method.requestSerialize, (bytes: Buffer) => bytes, {}, (error) => {
        const elapsed = elapsedMs(started);
        client.close();
        child.once('exit', () => (error ? reject(error) : resolve(elapsed)));
        child.kill('SIGTERM');
      });
    });
  });
}

const providerService = () => loadProtocol().provider;
const ProviderClient = grpc.makeGenericClientConstructor(providerService(), 'Provider');

export function timeBareNode(): Promise<number> {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  return new Promise((resolve) => child.once('exit', () => resolve(elapsedMs(started))));
}

async function measureStartup(targets: StartupTargets, rounds: number): Promise<Row[]> {
  const env = handshakeEnv();
  // One start each first: the code cache is written by the first start of a build, as after an install.
  await timeToHandshake([targets.launcher], env);
  await timeToHandshake([targets.executable], env);
  const samples = await interleaved(rounds, {
    bare: timeBareNode,
    bundle: () => timeToHandshake([process.execPath, targets.bundle], env),
    launcher: () => timeToHandshake([targets.launcher], env),
    executable: () => timeToHandshake([targets.executable], env),
  });
  const bare = summarize(samples.bare);
  const group = 'Start-up: exec to handshake line';
  const row = (figure: string, key: 'bundle' | 'launcher' | 'executable', goal: boolean) => startRow(group, figure, samples[key], samples.bare, goal);
  const megabytes = (path: string) => Math.round((statSync(path).size / 1024 / 1024) * 10) / 10;
  return [
    { group, figure: 'bare `node -e 0` (to exit)', unit: 'ms', value: bare },
    row('bundle run by node directly (before: no code cache)', 'bundle', false),
    row('installed launcher (node, code-cache loader, bundle)', 'launcher', true),
    row('single executable (`npm run release`: start-up snapshot)', 'executable', true),
    { group: 'Single executable', figure: 'executable size', unit: 'MB', value: megabytes(targets.executable) },
    { group: 'Single executable', figure: 'release zip size', unit: 'MB', value: megabytes(targets.zip) },
  ];
}

const WALL_TIMES =
  'Timings are whole-process wall times on a shared machine: each baseline is measured in the same rounds, interleaved, ' +
  'and a ratio is the median of the round-by-round ratios, so compare the ratios rather than the absolute times.';

export const startupBenchmark: Benchmark = {
  id: 'startup',
  defaultRounds: 21,
  measure: async (rounds) => ({ rows: await measureStartup(releasedBuild(), rounds), notes: [`${rounds} rounds. ${WALL_TIMES}`] }),
};

if (require.main === module) runAlone(startupBenchmark);
