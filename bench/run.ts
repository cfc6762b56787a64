// npm run bench: builds what it measures, runs every benchmark in one go and writes bench/RESULTS.md (the figures,
// their baselines from the same run and the goals they are held to). Timings are whole-process wall times on a shared
// machine: compare the ratios, not the absolute times.
//   npm run bench [-- --rounds N]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureStartup } from './startup';
import type { Row } from './stats';

const projectRoot = join(__dirname, '..');

function node(script: string, ...args: string[]): string {
  const result = spawnSync(process.execPath, [join(projectRoot, 'scripts', script), ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${script} failed:\n${result.stderr}${result.stdout}`);
  return result.stdout;
}

/** Installs the build into a mirror of its own and packages it as a release; returns what start-up measures. */
function buildTargets() {
  const work = mkdtempSync(join(tmpdir(), 'bench-'));
  const bundle = join(projectRoot, 'dist', 'terraform-provider-clickstack.js');
  node('install-provider.mjs', '--mirror', join(work, 'mirror'), '--bundle', bundle);
  const packageDir = join(work, 'mirror', 'registry.terraform.io', 'clickstack-iac', 'clickstack');
  const [version] = readdirSync(packageDir);
  const [platform] = readdirSync(join(packageDir, version));
  const launcher = join(packageDir, version, platform, `terraform-provider-clickstack_v${version}`);
  node('release.mjs', '--out', join(work, 'release'));
  const releaseDir = join(work, 'release', 'registry.terraform.io', 'clickstack-iac', 'clickstack');
  const zip = join(releaseDir, readdirSync(releaseDir).find((name) => name.endsWith('.zip'))!);
  const executable = join(projectRoot, 'dist', 'sea', `terraform-provider-clickstack_v${version}`);
  return { bundle, launcher, executable, zip };
}

const number = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

function markdown(rows: Row[], rounds: number): string {
  const lines = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ${cpus().length} CPUs, ` +
      `load average ${loadavg()[0].toFixed(2)} at the end, ${rounds} rounds. Timings are whole-process wall times on a shared ` +
      'machine: each baseline is measured in the same rounds, interleaved, and a ratio is the median of the round-by-round ' +
      'ratios, so compare the ratios rather than the absolute times.',
  ];
  for (const group of [...new Set(rows.map((row) => row.group))]) {
    lines.push('', `## ${group}`, '', '| figure | min | median | max | baseline (median) | ratio | goal | met |', '|---|---|---|---|---|---|---|---|');
    for (const row of rows.filter((candidate) => candidate.group === group)) {
      const [min, median, max] =
        typeof row.value === 'number' ? ['', `${number(row.value)} ${row.unit}`, ''] : [row.value.min, row.value.median, row.value.max].map((v) => `${number(v)} ${row.unit}`);
      const baseline = row.baseline ? `${row.baseline.label}: ${number(row.baseline.value)} ${row.unit}` : '';
      const ratio = row.baseline ? `${row.baseline.ratio.toFixed(2)}×` : '';
      const met = row.goal ? (row.goal.met ? 'yes' : '**no**') : '';
      lines.push(`| ${row.figure} | ${min} | ${median} | ${max} | ${baseline} | ${ratio} | ${row.goal?.text ?? ''} | ${met} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const roundsAt = process.argv.indexOf('--rounds');
  const rounds = roundsAt > 0 ? Number(process.argv[roundsAt + 1]) : 21;
  const rows = [...(await measureStartup(buildTargets(), rounds))];
  const results = markdown(rows, rounds);
  writeFileSync(join(__dirname, 'RESULTS.md'), results);
  process.stdout.write(results);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
