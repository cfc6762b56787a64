// npm run bench: builds what it measures, runs every benchmark in one go (start-up, the reattached plan's CPU,
// list-backed reads, per-call CPU, throughput under the rate limits: about half an hour) and writes bench/RESULTS.md
// (the figures, their baselines from the same run and the goals they are held to). Timings are wall times on a shared
// machine: compare the ratios, not the absolute times.
//   npm run bench [-- --rounds N]   (N start-up rounds, default 21; at most 5 reattached plans; the others take their own)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { cpuBenchmark } from './cpu';
import { measurePlanCpu } from './plan-cpu';
import { readsBenchmark } from './reads';
import { type Benchmark, markdownSection, RESULTS } from './section';
import { measureStartup } from './startup';
import { throughputBenchmark } from './throughput';

const projectRoot = join(__dirname, '..');
/** A plan of the per-call CPU benchmark takes seconds of CPU: fewer rounds than start-up. */
const PLAN_ROUNDS = 5;

function node(script: string, ...args: string[]): string {
  const result = spawnSync(process.execPath, [join(projectRoot, 'scripts', script), ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${script} failed:\n${result.stderr}${result.stdout}`);
  return result.stdout;
}

/** Installs the build into a mirror of its own and packages it as a release; returns what the benchmarks run. */
function buildTargets() {
  const work = mkdtempSync(join(tmpdir(), 'bench-'));
  const bundle = join(projectRoot, 'dist', 'terraform-provider-clickstack.js');
  const cliConfig = join(work, 'mirror', 'terraformrc');
  node('install-provider.mjs', '--mirror', join(work, 'mirror'), '--bundle', bundle);
  const packageDir = join(work, 'mirror', 'registry.terraform.io', 'clickstack-iac', 'clickstack');
  const [version] = readdirSync(packageDir);
  const [platform] = readdirSync(join(packageDir, version));
  const launcher = join(packageDir, version, platform, `terraform-provider-clickstack_v${version}`);
  node('release.mjs', '--out', join(work, 'release'));
  const releaseDir = join(work, 'release', 'registry.terraform.io', 'clickstack-iac', 'clickstack');
  const zip = join(releaseDir, readdirSync(releaseDir).find((name) => name.endsWith('.zip'))!);
  const executable = join(projectRoot, 'dist', 'sea', `terraform-provider-clickstack_v${version}`);
  return { bundle, launcher, executable, zip, cliConfig };
}

/** What start-up and the reattached plan measure, built once for both. */
let targets: ReturnType<typeof buildTargets> | undefined;
const builtTargets = () => (targets ??= buildTargets());

const WALL_TIMES =
  'Timings are whole-process wall times on a shared machine: each baseline is measured in the same rounds, interleaved, ' +
  'and a ratio is the median of the round-by-round ratios, so compare the ratios rather than the absolute times.';

const startupBenchmark: Benchmark = {
  id: 'startup',
  defaultRounds: 21,
  measure: async (rounds) => ({ rows: await measureStartup(builtTargets(), rounds), notes: [`${rounds} rounds. ${WALL_TIMES}`] }),
};

const planCpuBenchmark: Benchmark = {
  id: 'plan-cpu',
  defaultRounds: PLAN_ROUNDS,
  measure: async (rounds) => ({
    rows: await measurePlanCpu(builtTargets(), rounds),
    notes: [`${rounds} plans after one not counted; CPU times from /proc, Terraform's and the reattached provider's apart.`],
  }),
};

/** In the order of RESULTS.md; those with a script of their own (`npm run bench:<id>`) also run alone. */
const BENCHMARKS = [startupBenchmark, planCpuBenchmark, readsBenchmark, cpuBenchmark, throughputBenchmark];

async function main(): Promise<void> {
  const roundsAt = process.argv.indexOf('--rounds');
  const rounds = roundsAt > 0 ? Number(process.argv[roundsAt + 1]) : startupBenchmark.defaultRounds;
  const sections: string[] = [];
  for (const benchmark of BENCHMARKS) {
    const benchmarkRounds = benchmark === startupBenchmark ? rounds : benchmark === planCpuBenchmark ? Math.min(rounds, PLAN_ROUNDS) : benchmark.defaultRounds;
    sections.push(markdownSection(benchmark.id, await benchmark.measure(benchmarkRounds)));
    process.stdout.write(sections.at(-1)!);
  }
  const header = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ${cpus().length} CPUs. Each figure ` +
      'stands beside its baseline, measured in the same run, and the goal it is held to; how each was taken is said under ' +
      'its tables. `npm run bench:<name>` runs one benchmark again and replaces its section.',
  ];
  writeFileSync(RESULTS, `${header.join('\n')}\n\n${sections.join('\n')}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
