// Per-call CPU of the provider in a plan of 200 dashboards (5 line tiles each, no changes), beside the build of the
// baseline commit, in the same rounds. Each build plans workspaces of its own on an emulator of its own: the same
// dashboards, written for the dashboard schema it reads.
// - the split of a whole `terraform plan` between Terraform's CPU and the provider processes' (each provider process
//   reports its own CPU time when it exits, bench/cpu-report.mjs; Terraform's is what /usr/bin/time counts for
//   terraform and its children, less the providers');
// - the provider's CPU per dashboard: its processes' CPU beyond the same plan of no dashboards, over 200 (each dashboard
//   is four calls: ValidateResourceConfig, UpgradeResourceState, ReadResource, PlanResourceChange);
// - the provider's own work per call, without gRPC or process start: each build's calls of one plan, recorded once
//   (bench/recording-main.ts), replayed in process through its handlers against its emulator's state
//   (bench/replay-calls.ts). Goal: at most half the baseline's.
//   npm run bench:cpu [-- --rounds N --baseline <git revision> --profile <dir>]
// With --profile, every provider process of the large workspace writes a V8 CPU profile into <dir> (which makes its CPU
// figures larger than without).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EmulatorHandle, startEmulator } from '../emulator';
import type { Workspace } from '../test/support/terraform-cli';
import { configurationAtScale, type DashboardSchemaVersion } from '../test/support/workspace-at-scale';
import { BASELINE_REVISION, bundleOf, projectRoot, type SourceTree, sourceTreeAt } from './baseline';
import { type Benchmark, option, runAlone, type Section } from './section';
import { pairedBaseline, pairedRatio, type Row, summarize } from './stats';
import { BenchMirror, benchWorkspace, checked, currentBundle, ProviderCpu } from './workspaces';

const DASHBOARDS = 200;
const TILES = 5;
const GROUP = `Per-call CPU: a plan of ${DASHBOARDS} dashboards of ${TILES} line tiles, no changes (OSS, no rate limit)`;

interface PlanSample {
  wallMs: number;
  terraformCpuMs: number;
  providerCpuMs: number;
}

/** One measured `terraform plan` (no changes expected). */
async function measuredPlan(ws: Workspace, cpu: ProviderCpu): Promise<PlanSample> {
  cpu.reset();
  const plan = await checked('terraform plan', ws.measured('plan', '-detailed-exitcode'));
  const provider = cpu.read();
  return { wallMs: plan.wallMs, terraformCpuMs: plan.cpuMs - provider.cpuMs, providerCpuMs: provider.cpuMs };
}

/** Iterations of each replay after its warm-up one; the replay reports the median. */
const REPLAY_ITERATIONS = 6;

/** A bench entry point (`bench/<file>`) of a tree, bundled as the provider is (minified, so that no development helper runs in the calls). */
async function benchBundle(tree: string, file: string, work: string, name: string): Promise<string> {
  if (tree !== projectRoot) {
    mkdirSync(join(tree, 'bench'), { recursive: true });
    copyFileSync(join(__dirname, file), join(tree, 'bench', file));
  }
  return bundleOf(join(tree, 'bench', file), join(work, `${file.replace(/\.ts$/, '')}-${name}.js`));
}

/** The replayed plan's CPU in the handlers of one build. */
function replay(bundle: string, recording: string, emulatorState: string): number {
  const output = execFileSync(process.execPath, [bundle, recording, emulatorState, String(REPLAY_ITERATIONS)], { encoding: 'utf8' });
  return (JSON.parse(output.trim().split('\n').at(-1)!) as { perPlanMs: number }).perPlanMs;
}

/** A build measured on workspaces of its own (written for its dashboard schema) on an emulator of its own. */
interface BuildUnderTest {
  emulator: EmulatorHandle;
  emulatorState: string;
  full: Workspace;
  empty: Workspace;
  /** Its replay of the calls it received in one plan of `full`. */
  replay: string;
  recording: string;
}

/**
 * Sets `build` up: its workspaces applied, then one plan of the large one recorded by the tree's recording build
 * (bench/recording-main.ts, copied into the tree as the replay is).
 */
async function setUp(build: { root: string; bundle: string; dashboardSchema: DashboardSchemaVersion }, name: string, work: string, cpu: ProviderCpu, profileDir?: string): Promise<BuildUnderTest> {
  const emulatorState = join(work, `emulator-state-${name}.json`);
  const recording = join(work, `requests-${name}.jsonl`);
  const emulator = await startEmulator({ flavor: 'oss', rateLimit: false, statePath: emulatorState });
  const mirror = new BenchMirror(build.bundle);
  const { dashboardSchema } = build;
  const full = benchWorkspace(mirror, emulator, 'oss', configurationAtScale('oss', { dashboards: DASHBOARDS, tilesPerDashboard: TILES, tileAlerts: 0, webhooks: 0, savedSearches: 0 }, { dashboardSchema }), {
    env: { ...cpu.env(profileDir), CLICKSTACK_BENCH_RECORDING: recording },
  });
  const empty = benchWorkspace(mirror, emulator, 'oss', configurationAtScale('oss-empty', { dashboards: 0, tileAlerts: 0, webhooks: 0, savedSearches: 0 }, { dashboardSchema }), { env: cpu.env() });
  for (const ws of [full, empty]) await checked('terraform init', ws.terraform('init'));
  await checked('the apply that sets the workspace up', full.apply());
  await checked('terraform apply', empty.apply());
  mirror.use(await benchBundle(build.root, 'recording-main.ts', work, name));
  writeFileSync(recording, '');
  await checked('the recorded plan', full.plan());
  mirror.use(build.bundle);
  return { emulator, emulatorState, full, empty, replay: await benchBundle(build.root, 'replay-calls.ts', work, name), recording };
}

async function measureCpu(rounds: number, baselineRevision: string, profileDir?: string): Promise<Section> {
  const baselineTree: SourceTree = await sourceTreeAt(baselineRevision);
  const work = mkdtempSync(join(tmpdir(), 'bench-cpu-'));
  const cpu = new ProviderCpu();
  const builds: Partial<Record<'baseline' | 'current', BuildUnderTest>> = {};
  try {
    builds.baseline = await setUp(baselineTree, 'baseline', work, cpu, profileDir);
    builds.current = await setUp({ root: projectRoot, bundle: currentBundle, dashboardSchema: 1 }, 'current', work, cpu, profileDir);

    const samples = { baseline: [] as PlanSample[], current: [] as PlanSample[] };
    const empties = { baseline: [] as PlanSample[], current: [] as PlanSample[] };
    const replayed = { baseline: [] as number[], current: [] as number[] };
    for (let round = 0; round < rounds; round++) {
      for (const name of ['baseline', 'current'] as const) {
        const build = builds[name]!;
        samples[name].push(await measuredPlan(build.full, cpu));
        empties[name].push(await measuredPlan(build.empty, cpu));
        replayed[name].push(replay(build.replay, build.recording, build.emulatorState));
      }
    }

    const perDashboard = (build: 'baseline' | 'current') => samples[build].map((sample, i) => (sample.providerCpuMs - empties[build][i].providerCpuMs) / DASHBOARDS);
    const figures: Array<{ figure: string; unit: string; pick: (s: PlanSample) => number }> = [
      { figure: '`terraform plan` wall time', unit: 'ms', pick: (s) => s.wallMs },
      { figure: "Terraform's own CPU", unit: 'ms', pick: (s) => s.terraformCpuMs },
      { figure: 'CPU of the provider processes (start-up included)', unit: 'ms', pick: (s) => s.providerCpuMs },
    ];
    const base = `baseline ${baselineRevision}`;
    const rows: Row[] = figures.map(({ figure, unit, pick }) => ({
      group: GROUP,
      figure,
      unit,
      value: summarize(samples.current.map(pick)),
      baseline: pairedBaseline(base, samples.current.map(pick), samples.baseline.map(pick)),
    }));
    const replayRatio = pairedRatio(replayed.current, replayed.baseline);
    rows.push(
      {
        group: GROUP,
        figure: 'provider CPU per dashboard (4 calls): its processes beyond a plan of no dashboards',
        unit: 'ms',
        value: summarize(perDashboard('current')),
        baseline: pairedBaseline(base, perDashboard('current'), perDashboard('baseline')),
      },
      {
        group: GROUP,
        figure: `the provider's own work for the plan's ${DASHBOARDS * 4} calls, replayed in process (no gRPC, no start-up)`,
        unit: 'ms',
        value: summarize(replayed.current),
        baseline: { label: base, value: summarize(replayed.baseline).median, ratio: replayRatio },
        goal: { text: '≤ 0.5× baseline', met: replayRatio <= 0.5 },
      },
    );
    const split = (build: 'baseline' | 'current') => {
      const terraform = summarize(samples[build].map((s) => s.terraformCpuMs)).median;
      const provider = summarize(samples[build].map((s) => s.providerCpuMs)).median;
      return `Terraform ${Math.round((100 * terraform) / (terraform + provider))}% / provider ${Math.round((100 * provider) / (terraform + provider))}%`;
    };
    const notes = [
      `${rounds} rounds, the baseline build and the current one interleaved; ratios are medians of round-by-round ratios.`,
      `CPU split of the plan: baseline ${split('baseline')}; current ${split('current')}.`,
      `Each build plans its own workspace, the same ${DASHBOARDS} dashboards written for the dashboard schema it reads.`,
      ...(baselineTree.dashboardSchema === 0
        ? [
            "The baseline reads dashboard schema version 0 (one `tiles` list, each tile's type nested in `config`), the current " +
              'build version 1 (one list per tile type: `line_tiles`). So the "Terraform\'s own CPU" row compares Terraform\'s ' +
              "work on the two shapes: issue 12's question whether the schema's shape changes Terraform's cost, which the " +
              'reshape was made to answer.',
          ]
        : []),
      "The replayed figure replays each build's own recorded plan against its own emulator's state.",
      'The provider processes also carry gRPC (grpc-js on the baseline) and start-up, which the replayed figure leaves out.',
      ...(profileDir ? [`Profiled (${profileDir}): the CPU figures include the profiler's cost.`] : []),
    ];
    return { rows, notes };
  } finally {
    for (const build of Object.values(builds)) {
      build.full.dispose();
      build.empty.dispose();
      await build.emulator.close();
    }
  }
}

export const cpuBenchmark: Benchmark = {
  id: 'cpu',
  defaultRounds: 5,
  measure: (rounds) => measureCpu(rounds, option('baseline', BASELINE_REVISION), option('profile', '') || undefined),
};

if (require.main === module) runAlone(cpuBenchmark);
