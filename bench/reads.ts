// What a plan of a large workspace costs in requests and time, for both flavors: 200 dashboards, 200 tile alerts, 20
// webhooks and 20 saved searches in state, no changes.
// - requests of one plan, exact (the emulator's request log), beside the baseline commit's build in the same run (each
//   build on a workspace and an emulator of its own: the same objects, in the dashboard schema the build reads);
// - the plan's wall time under the real limits (the emulator with its default per-flavor limits, the provider with its
//   defaults), beside the same plan with the limits lifted: reading each kind from one list, it no longer waits for
//   the limit. Each round starts a fresh emulator (a new limit window) from the saved state.
//   npm run bench:reads [-- --rounds N --baseline <git revision>]
// The baseline's plan under the real limits is not run (minutes per round); its lower bound follows from its request
// count: no plan of R requests under L per W ends before (ceil(R / L) - 1) × W.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EmulatorHandle, startEmulator } from '../emulator';
import { REAL_LIMITS } from '../emulator/rate-limit';
import type { FlavorName } from '../provider/client';
import { FLAVORS } from '../test/support/emulator-clients';
import type { Workspace } from '../test/support/terraform-cli';
import { configurationAtScale, type DashboardSchemaVersion, REFRESH_SCALE } from '../test/support/workspace-at-scale';
import { BASELINE_REVISION, type SourceTree, sourceTreeAt } from './baseline';
import { type Benchmark, option, runAlone } from './section';
import { pairedRatio, type Row, summarize } from './stats';
import { BenchMirror, benchWorkspace, checked, currentBundle, minimumUnderLimit, retarget } from './workspaces';

/** "In seconds": the plan under the limits may take no longer than this beside the same plan without them. */
const UNDER_LIMIT_GOAL = 1.25;

async function requestsOfPlan(ws: Workspace, emulator: EmulatorHandle): Promise<number> {
  emulator.requests.length = 0;
  await checked('terraform plan', ws.plan('-detailed-exitcode'));
  return emulator.requests.length;
}

async function timedPlan(ws: Workspace): Promise<number> {
  const plan = await checked('terraform plan', ws.measured('plan', '-detailed-exitcode'));
  return plan.wallMs;
}

/** A workspace of REFRESH_SCALE written for `build`'s dashboard schema, applied by it on an emulator of its own. */
async function appliedWorkspace(flavor: FlavorName, build: { bundle: string; dashboardSchema?: DashboardSchemaVersion }, statePath?: string) {
  const emulator = await startEmulator({ flavor, rateLimit: false, statePath });
  const ws = benchWorkspace(new BenchMirror(build.bundle), emulator, flavor, configurationAtScale(flavor, REFRESH_SCALE, { dashboardSchema: build.dashboardSchema }));
  await checked('terraform init', ws.terraform('init'));
  await checked('the apply that sets the workspace up', ws.apply());
  return { emulator, ws };
}

async function measureFlavor(flavor: FlavorName, rounds: number, baselineTree: SourceTree): Promise<Row[]> {
  const group = `List-backed reads: a plan of 200 dashboards, 200 tile alerts, 20 webhooks, 20 saved searches (${flavor === 'oss' ? 'OSS' : 'Cloud'})`;
  const baselineLabel = `baseline ${baselineTree.revision}`;
  const statePath = join(mkdtempSync(join(tmpdir(), 'bench-reads-')), 'emulator-state.json');
  const before = await appliedWorkspace(flavor, baselineTree);
  let baseline: number;
  try {
    baseline = await requestsOfPlan(before.ws, before.emulator);
  } finally {
    before.ws.dispose();
    await before.emulator.close();
  }
  const { ws, ...setUp } = await appliedWorkspace(flavor, { bundle: currentBundle }, statePath);
  let emulator = setUp.emulator;
  try {
    const current = await requestsOfPlan(ws, emulator);

    const unlimited: number[] = [];
    const limited: number[] = [];
    for (let round = 0; round < rounds; round++) {
      unlimited.push(await timedPlan(ws));
      await emulator.close();
      emulator = await startEmulator({ flavor, statePath });
      retarget(ws, emulator, flavor, true);
      limited.push(await timedPlan(ws));
      await emulator.close();
      emulator = await startEmulator({ flavor, rateLimit: false, statePath });
      retarget(ws, emulator, flavor, false);
    }
    const ratio = pairedRatio(limited, unlimited);
    const limit = REAL_LIMITS[flavor];
    return [
      {
        group,
        figure: 'requests of one plan (exact)',
        unit: 'requests',
        value: current,
        baseline: { label: baselineLabel, value: baseline, ratio: current / baseline },
        goal: { text: '≤ 10', met: current <= 10 },
      },
      {
        group,
        figure: `plan wall time under the real limit (${limit.limit} per ${limit.windowMs / 1000} s, emulator and client defaults)`,
        unit: 'ms',
        value: summarize(limited),
        baseline: { label: 'the same plan, limit lifted', value: summarize(unlimited).median, ratio },
        goal: { text: `≤ ${UNDER_LIMIT_GOAL}× without the limit (no wait for it)`, met: ratio <= UNDER_LIMIT_GOAL },
      },
      {
        group,
        figure: `${baselineLabel}: least wall time its ${baseline} requests need under the real limit (computed, not run)`,
        unit: 'ms',
        value: minimumUnderLimit(baseline, limit),
      },
    ];
  } finally {
    ws.dispose();
    await emulator.close();
  }
}

export const readsBenchmark: Benchmark = {
  id: 'reads',
  defaultRounds: 3,
  async measure(rounds) {
    const revision = option('baseline', BASELINE_REVISION);
    const baseline = await sourceTreeAt(revision);
    const rows: Row[] = [];
    for (const flavor of FLAVORS) rows.push(...(await measureFlavor(flavor, rounds, baseline)));
    return {
      rows,
      notes: [
        `${rounds} rounds per flavor; each plan under the limit runs on a freshly started emulator (a new limit window).`,
        "Request counts come from the emulator's request log. Each build plans a workspace of its own on an emulator of its own: " +
          'the same objects, written for the dashboard schema that build reads.',
      ],
    };
  },
};

if (require.main === module) runAlone(readsBenchmark);
