// npm run bench: builds what it measures, runs every benchmark in one go (start-up, cold start, the reattached plan's
// CPU, list-backed reads, per-call CPU, synth at scale, requests of an apply, throughput under the rate limits: about
// 30 minutes, most of it the throughput runs, which the limits bound) and writes bench/RESULTS.md (the figures, their baselines from the same run and the goals
// they are held to). Timings are wall times on a shared machine: compare the ratios, not the absolute times.
//   npm run bench [-- --rounds N]   (N start-up rounds, default 21; at most 5 reattached plans; the others take their own)
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { appliesBenchmark } from './applies';
import { coldStartBenchmark } from './cold-start';
import { cpuBenchmark } from './cpu';
import { exportBenchmark } from './export';
import { planCpuBenchmark } from './plan-cpu';
import { planProcessesBenchmark } from './plan-processes';
import { readsBenchmark } from './reads';
import { markdownSection, RESULTS } from './section';
import { startupBenchmark } from './startup';
import { synthBenchmark } from './synth';
import { throughputBenchmark } from './throughput';

/** In the order of RESULTS.md; each also runs alone (`npm run bench:<id>`). */
const BENCHMARKS = [startupBenchmark, coldStartBenchmark, planProcessesBenchmark, planCpuBenchmark, readsBenchmark, cpuBenchmark, synthBenchmark, appliesBenchmark, exportBenchmark, throughputBenchmark];

async function main(): Promise<void> {
  const roundsAt = process.argv.indexOf('--rounds');
  const rounds = roundsAt > 0 ? Number(process.argv[roundsAt + 1]) : startupBenchmark.defaultRounds;
  const sections: string[] = [];
  for (const benchmark of BENCHMARKS) {
    const benchmarkRounds = benchmark === startupBenchmark ? rounds : benchmark === planCpuBenchmark ? Math.min(rounds, planCpuBenchmark.defaultRounds) : benchmark.defaultRounds;
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
