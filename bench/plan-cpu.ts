// Warm mode: a `terraform plan` of many dashboards in state (no changes) with the provider kept warm and reattached
// (runtime/warm.ts), so that Terraform's CPU and the provider's are each one process's alone, read from /proc (Linux).
// The plan refreshes every dashboard against the emulator (rate limit off), then diffs it against the configuration:
// Terraform's part grows with the attributes of the tiles' type (null ones too), which the schema's shape decides.
// Goal (issue 12): in a plan of 200 dashboards, the provider adds at most half of Terraform's own time.
//   npm run bench:plan-cpu [-- --rounds N]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../emulator';
import { mergeReattach, startWarmProvider } from '../provider/runtime/warm';
import { configurationAtScale } from '../test/support/workspace-at-scale';
import { type Benchmark, runAlone } from './section';
import { pairedRatio, type Row, summarize } from './stats';
import { installedBuild } from './targets';

/** The provider's CPU per plan may be at most this share of Terraform's own. */
const GOAL_SHARE = 0.5;

/** The workspaces planned: bench:cpu's, held to the goal, and issue 12's (Terraform about 7.5 s of CPU per plan then). */
const WORKSPACES = [
  { dashboards: 200, tilesPerDashboard: 5, goal: true },
  { dashboards: 100, tilesPerDashboard: 10, goal: false },
];

const clockTicksPerSecond = 100; // USER_HZ: what /proc reports CPU times in, 100 on every Linux kernel Node supports

/** CPU milliseconds (user + system) of process `pid` so far; `children`: of its children it has waited for. */
function cpuMs(pid: number | 'self', children = false): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // After "pid (comm) ": state is field 3; utime 14, stime 15, cutime 16, cstime 17 (proc(5)).
  const [user, system] = children ? [fields[13], fields[14]] : [fields[11], fields[12]];
  return ((Number(user) + Number(system)) * 1000) / clockTicksPerSecond;
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => (code === 0 || (code === 2 && args[0] === 'plan') ? resolve() : reject(new Error(`terraform ${args[0]} failed (${code}):\n${stderr}`))));
  });
}

/** Milliseconds of one plan: its wall time, Terraform's CPU (a child this process waits for) and the warm provider's. */
interface PlanSample {
  wall: number;
  terraform: number;
  provider: number;
}

interface PlanWorkspace {
  plan(): Promise<PlanSample>;
  close(): Promise<void>;
}

/**
 * A workspace of `mainTf` (dashboards on the emulator's seed) applied with the provider `launcher` (installed in the
 * mirror whose CLI config is `cliConfig`), kept warm for every plan after.
 */
async function planWorkspace(launcher: string, cliConfig: string, mainTf: string): Promise<PlanWorkspace> {
  const emulator = await startEmulator({ flavor: 'oss', rateLimit: false });
  const dir = mkdtempSync(join(tmpdir(), 'bench-plan-'));
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('TF_')));
  const env = { ...inherited, TF_CLI_CONFIG_FILE: cliConfig, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1', CLICKSTACK_ENDPOINT: emulator.ossUrl, CLICKSTACK_API_KEY: emulator.apiKey };
  writeFileSync(
    join(dir, 'main.tf'),
    'terraform {\n  required_providers {\n    clickstack = { source = "clickstack-iac/clickstack" }\n  }\n}\n\n' +
      'provider "clickstack" {\n  rate_limit = { requests = 10000, window_seconds = 1 }\n}\n\n' +
      mainTf,
  );
  await run('terraform', ['init', '-input=false', '-no-color'], dir, env);
  const warm = await startWarmProvider([launcher], { cwd: dir, env });
  const [entry] = Object.values(warm.reattach) as { Pid: number }[];
  const warmEnv = { ...env, TF_REATTACH_PROVIDERS: mergeReattach(undefined, warm.reattach) };
  await run('terraform', ['apply', '-auto-approve', '-input=false', '-no-color'], dir, warmEnv);
  return {
    async plan() {
      const [terraformBefore, providerBefore, started] = [cpuMs('self', true), cpuMs(entry.Pid), process.hrtime.bigint()];
      await run('terraform', ['plan', '-detailed-exitcode', '-input=false', '-no-color'], dir, warmEnv);
      const wall = Number(process.hrtime.bigint() - started) / 1e6;
      return { wall, terraform: cpuMs('self', true) - terraformBefore, provider: cpuMs(entry.Pid) - providerBefore };
    },
    async close() {
      await warm.stop();
      await emulator.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The rows of one workspace: the plan's wall time, Terraform's CPU and, beside it, the provider's. */
async function measureWorkspace(
  targets: { launcher: string; cliConfig: string },
  rounds: number,
  { dashboards, tilesPerDashboard, goal }: (typeof WORKSPACES)[number],
): Promise<Row[]> {
  const mainTf = configurationAtScale('oss', { dashboards, tilesPerDashboard, tileAlerts: 0, webhooks: 0, savedSearches: 0 });
  const workspace = await planWorkspace(targets.launcher, targets.cliConfig, mainTf);
  const samples: PlanSample[] = [];
  try {
    await workspace.plan(); // not counted: the first plan after the apply still compiles code paths the others find ready
    for (let round = 0; round < rounds; round++) samples.push(await workspace.plan());
  } finally {
    await workspace.close();
  }
  const [wall, terraform, provider] = (['wall', 'terraform', 'provider'] as const).map((key) => samples.map((sample) => sample[key]));
  const ratio = pairedRatio(provider, terraform);
  const group = `Warm mode: \`terraform plan\` of ${dashboards} dashboards × ${tilesPerDashboard} line tiles in state, no changes, provider reattached (OSS)`;
  return [
    { group, figure: '`terraform plan` wall time', unit: 'ms', value: summarize(wall) },
    { group, figure: "Terraform's own CPU per plan", unit: 'ms', value: summarize(terraform) },
    {
      group,
      figure: "the provider's CPU per plan (its one warm process)",
      unit: 'ms',
      value: summarize(provider),
      baseline: { label: "Terraform's CPU", value: summarize(terraform).median, ratio },
      goal: goal ? { text: `≤ ${GOAL_SHARE}× Terraform's CPU`, met: ratio <= GOAL_SHARE } : undefined,
    },
  ];
}

export const planCpuBenchmark: Benchmark = {
  id: 'plan-cpu',
  defaultRounds: 5,
  async measure(rounds) {
    const rows: Row[] = [];
    for (const workspace of WORKSPACES) rows.push(...(await measureWorkspace(installedBuild(), rounds, workspace)));
    return {
      rows,
      notes: [
        `${rounds} plans per workspace after one not counted; CPU times from /proc (10 ms ticks), Terraform's and the reattached provider's apart.`,
        "The ratio is the provider's CPU over Terraform's, plan by plan: what the provider adds to Terraform's own time.",
      ],
    };
  },
};

if (require.main === module) runAlone(planCpuBenchmark);
