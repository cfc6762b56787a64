// The provider processes of one `terraform plan`: Terraform starts a process for loading schemas, one to validate and
// one to plan, and each pays its start-up and its first call. A small workspace (the quickstart: three lookups, a
// dashboard and an alert) on the OSS emulator, this build beside the build before the last start-up work, interleaved.
//   npm run bench:plan-processes [-- --rounds N]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator } from '../emulator';
import type { Workspace } from '../test/support/terraform-cli';
import { projectRoot, sourceTreeAt, STARTUP_BASELINE_REVISION } from './baseline';
import { type Benchmark, runAlone } from './section';
import { interleaved, pairedBaseline, type Row, summarize } from './stats';
import { BenchMirror, benchWorkspace, checked, currentBundle, ProviderCpu } from './workspaces';

/** The quickstart's resources and lookups; the workspace's providers.tf holds the terraform and provider blocks. */
function quickstartBody(): string {
  const main = readFileSync(join(projectRoot, 'examples', 'quickstart', 'main.tf'), 'utf8');
  return main.replace(/^terraform \{[\s\S]*?\n\}\n/m, '').replace(/^provider "clickstack" \{\}\n/m, '');
}

/** How many times the provider processes of one plan answered GetProviderSchema, from their own debug log. */
async function schemaCallsOfOnePlan(ws: Workspace): Promise<{ processes: number; schemaCalls: number }> {
  ws.remove('terraform.log');
  await checked('terraform plan', ws.plan(), [2]);
  const log = ws.read('terraform.log');
  return {
    processes: (log.match(/\[DEBUG\] provider: starting plugin/g) ?? []).length,
    schemaCalls: (log.match(/rpc=GetProviderSchema\b/g) ?? []).length,
  };
}

export const planProcessesBenchmark: Benchmark = {
  id: 'plan-processes',
  defaultRounds: 7,
  async measure(rounds) {
    const emulator = await startEmulator({ flavor: 'oss', rateLimit: false });
    const cpu = new ProviderCpu();
    const builds = { current: currentBundle, before: (await sourceTreeAt(STARTUP_BASELINE_REVISION)).bundle };
    try {
      const workspaces = Object.fromEntries(
        await Promise.all(
          Object.entries(builds).map(async ([name, bundle]) => {
            const mirror = new BenchMirror(bundle);
            const timed = benchWorkspace(mirror, emulator, 'oss', quickstartBody(), { env: cpu.env() });
            const traced = benchWorkspace(mirror, emulator, 'oss', quickstartBody(), { env: { TF_LOG: 'trace', TF_LOG_PATH: 'terraform.log' } });
            for (const ws of [timed, traced]) await checked('terraform init', ws.terraform('init'));
            return [name, { timed, traced }];
          }),
        ),
      ) as Record<keyof typeof builds, { timed: Workspace; traced: Workspace }>;
      const counts = { current: await schemaCallsOfOnePlan(workspaces.current.traced), before: await schemaCallsOfOnePlan(workspaces.before.traced) };
      // One plan each first, so that both builds' code caches exist, as after an install.
      for (const { timed } of Object.values(workspaces)) await checked('terraform plan', timed.plan(), [2]);
      const cpuOf: Record<string, number[]> = { current: [], before: [] };
      const wall = await interleaved(rounds, {
        current: () => timedPlan(workspaces.current.timed, cpu, cpuOf.current),
        before: () => timedPlan(workspaces.before.timed, cpu, cpuOf.before),
      });
      const group = 'Provider processes of one `terraform plan` (the quickstart: 3 lookups, a dashboard, an alert; OSS)';
      const beforeLabel = `build ${STARTUP_BASELINE_REVISION}`;
      const beside = (figure: string, unit: string, current: number[], before: number[]): Row => ({
        group,
        figure,
        unit,
        value: summarize(current),
        baseline: pairedBaseline(beforeLabel, current, before),
      });
      const rows: Row[] = [
        { group, figure: 'provider processes Terraform starts (exact)', unit: 'processes', value: counts.current.processes },
        {
          group,
          figure: 'GetProviderSchema calls answered (exact)',
          unit: 'calls',
          value: counts.current.schemaCalls,
          baseline: { label: beforeLabel, value: counts.before.schemaCalls, ratio: counts.current.schemaCalls / counts.before.schemaCalls },
          goal: { text: 'one per command', met: counts.current.schemaCalls === 1 },
        },
        beside('CPU of the provider processes per plan', 'ms', cpuOf.current, cpuOf.before),
        beside('`terraform plan` wall time', 'ms', wall.current, wall.before),
      ];
      return {
        rows,
        notes: [
          `${rounds} plans per build after one not counted, interleaved; each build installed (launcher, warm code cache) into a mirror of its own, the build before (${STARTUP_BASELINE_REVISION}) built from git in the same run; both plan the same workspace on one emulator, no rate limit.`,
          'Counts from one more plan per build with TF_LOG=trace: Terraform\'s "starting plugin" lines and the provider\'s own "rpc=GetProviderSchema" lines.',
          'CPU of the provider processes from /proc at their exit (bench/cpu-report.mjs, loaded into each through NODE_OPTIONS, on both sides).',
        ],
      };
    } finally {
      await emulator.close();
    }
  },
};

/** One plan (changes expected: the workspace is never applied); records the provider processes' CPU; returns the wall time. */
async function timedPlan(ws: Workspace, cpu: ProviderCpu, cpuSamples: number[]): Promise<number> {
  cpu.reset();
  const plan = await checked('terraform plan', ws.measured('plan', '-detailed-exitcode'), [2]);
  cpuSamples.push(cpu.read().cpuMs);
  return plan.wallMs;
}

if (require.main === module) runAlone(planProcessesBenchmark);
