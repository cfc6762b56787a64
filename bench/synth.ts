// Synth at scale: the app of issue 22 (bench/synth-app.ts: per service a dashboard of 10 typed tiles, one in a tab, 3
// tile alerts, a saved search, 2 source lookups) at 100, 400 and 1,000 dashboards, written with the constructs beside
// the same resources written with the generated bindings (the floor cdktf itself sets), compiled to JavaScript and run
// by node as an app runs (`node main.js`), one process per synth, interleaved round by round.
//   npm run bench:synth [-- --rounds N]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { projectRoot } from './baseline';
import { type Benchmark, runAlone } from './section';
import { interleaved, pairedBaseline, pairedRatio, type Row, summarize } from './stats';

const SIZES = [100, 400, 1000] as const;
const GROWTH_GOAL = 10.5;
const BINDINGS_GOAL = 1.5;

interface SynthRun {
  ms: number;
  cpuMs: number;
  rss: number;
}

/** The generator compiled once, beside the project's node_modules so that cdktf and constructs resolve as an app's do. */
async function compiledApp(): Promise<string> {
  const outfile = join(projectRoot, 'dist', 'bench', 'synth-app.js');
  await build({ entryPoints: [join(__dirname, 'synth-app.ts')], bundle: true, platform: 'node', format: 'cjs', external: ['cdktf', 'constructs'], outfile, logLevel: 'warning' });
  return outfile;
}

function synth(app: string, style: 'constructs' | 'bindings', services: number, outdir: string): SynthRun {
  return JSON.parse(execFileSync(process.execPath, [app, style, String(services), outdir], { encoding: 'utf8', maxBuffer: 1 << 20 }));
}

/** The resources of the synthesized stack without cdktf's metadata (construct paths differ; the configuration must not). */
const resourcesOf = (outdir: string) =>
  JSON.stringify(JSON.parse(readFileSync(join(outdir, 'stacks', 'services', 'cdk.tf.json'), 'utf8')).resource, (key, value) => (key === '//' ? undefined : value));

export const synthBenchmark: Benchmark = {
  id: 'synth',
  defaultRounds: 3,
  async measure(rounds) {
    const app = await compiledApp();
    const out = mkdtempSync(join(tmpdir(), 'bench-synth-'));
    try {
      const runs: Record<string, SynthRun[]> = {};
      const measurements: Record<string, () => Promise<number>> = {};
      for (const services of SIZES)
        for (const style of ['constructs', 'bindings'] as const) {
          const key = `${style}-${services}`;
          runs[key] = [];
          measurements[key] = async () => {
            const run = synth(app, style, services, join(out, key));
            runs[key].push(run);
            return run.cpuMs;
          };
        }
      const cpu = await interleaved(rounds, measurements);
      for (const services of SIZES)
        if (resourcesOf(join(out, `constructs-${services}`)) !== resourcesOf(join(out, `bindings-${services}`)))
          throw new Error(`the constructs and the bindings synthesize different resources at ${services} services`);
      const rows: Row[] = [];
      for (const services of SIZES) {
        const [constructs, bindings] = [runs[`constructs-${services}`], runs[`bindings-${services}`]];
        const ratio = pairedRatio(cpu[`constructs-${services}`], cpu[`bindings-${services}`]);
        rows.push({
          group: 'Synth at scale: CPU time',
          figure: `${services} dashboards (${services * 5} resources, ${services * 3} data sources), constructs`,
          unit: 'ms',
          value: summarize(cpu[`constructs-${services}`]),
          baseline: { label: 'bindings', value: summarize(cpu[`bindings-${services}`]).median, ratio },
          goal: services === 1000 ? { text: `≤ ${BINDINGS_GOAL}× the bindings`, met: ratio <= BINDINGS_GOAL } : undefined,
        });
        rows.push({
          group: 'Synth at scale: wall time',
          figure: `${services} dashboards, constructs`,
          unit: 'ms',
          value: summarize(constructs.map((run) => run.ms)),
          baseline: pairedBaseline('bindings', constructs.map((run) => run.ms), bindings.map((run) => run.ms)),
        });
        rows.push({
          group: 'Synth at scale: peak memory (RSS)',
          figure: `${services} dashboards, constructs`,
          unit: 'MB',
          value: summarize(constructs.map((run) => run.rss)),
          baseline: pairedBaseline('bindings', constructs.map((run) => run.rss), bindings.map((run) => run.rss)),
        });
      }
      const growth = pairedRatio(cpu['constructs-1000'], cpu['constructs-100']);
      rows.push({
        group: 'Synth at scale: CPU time',
        figure: '1,000 dashboards against 100, constructs (10× the work)',
        unit: 'ms',
        value: summarize(cpu['constructs-1000']),
        baseline: { label: '100 dashboards', value: summarize(cpu['constructs-100']).median, ratio: growth },
        goal: { text: `≤ ${GROWTH_GOAL}×`, met: growth <= GROWTH_GOAL },
      });
      return {
        rows,
        notes: [
          'Each synth is one `node` process running the generator (bench/synth-app.ts compiled by esbuild, cdktf and constructs from node_modules), timed inside it around `new App()` … `app.synth()`: CPU time (user and system, `process.cpuUsage`) is the figure the goals hold, since the machine is shared and wall time follows its load; wall time and peak RSS (`process.resourceUsage().maxRSS`, the whole process) are shown beside it.',
          'The baseline writes the same resources with the generated bindings (`bindings.dashboard.Dashboard`…); the run fails unless both synthesize the same resources (cdktf metadata aside). A process start and the loading of cdktf are in every figure, so the 1,000-against-100 ratio understates nothing.',
        ],
      };
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  },
};

if (require.main === module) runAlone(synthBenchmark);
