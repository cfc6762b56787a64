// Start-up cost of the bundled provider: median time from exec to the handshake line over N starts
// (TLS on, as Terraform starts it), beside the median of a bare `node -e 0` measured in the same run.
//   npm run bench            (or: npm run build && npx tsx bench/startup.ts [starts=20])
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { MAGIC_COOKIE_VALUE } from '../provider/runtime/handshake';
import { generateServerCertificate } from '../provider/runtime/tls';

const bundle = join(__dirname, '..', 'dist', 'terraform-provider-clickstack.js');
const starts = Number(process.argv[2] ?? 20);
const env = {
  ...process.env,
  TF_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE_VALUE,
  PLUGIN_PROTOCOL_VERSIONS: '5,6',
  PLUGIN_CLIENT_CERT: generateServerCertificate().certPem,
};

function timeToHandshake(): Promise<number> {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [bundle], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', (line) => {
      const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
      child.once('exit', () => (line.startsWith('1|6|unix|') ? resolve(elapsed) : reject(new Error(`bad handshake: ${line}`))));
      child.kill('SIGTERM');
    });
  });
}

function timeBareNode(): Promise<number> {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  return new Promise((resolve) => child.once('exit', () => resolve(Number(process.hrtime.bigint() - started) / 1e6)));
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function main(): Promise<void> {
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run npm run build first`);
  const provider: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < starts; i++) {
    // Interleaved, so both medians see the same machine load.
    provider.push(await timeToHandshake());
    bare.push(await timeBareNode());
  }
  console.log(`exec -> handshake line, median of ${starts}: ${median(provider).toFixed(1)} ms`);
  console.log(`node -e 0,                median of ${starts}: ${median(bare).toFixed(1)} ms`);
  console.log(`ratio provider / bare node: ${(median(provider) / median(bare)).toFixed(2)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
