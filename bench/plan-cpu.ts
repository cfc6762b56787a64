// Per-call CPU: Terraform's own CPU and the provider's for one `terraform plan` of many dashboards in state, with the
// provider kept warm and reattached (runtime/warm.ts), so that each figure is one process's alone. The plan refreshes
// every dashboard against the emulator (rate limit off), then diffs it against the configuration: Terraform's part grows
// with the attributes of the tiles' type (null ones too), which is what the shape of the schema decides. CPU times are
// read from /proc (Linux).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEED_IDS, startEmulator } from '../emulator';
import { mergeReattach, startWarmProvider } from '../provider/runtime/warm';
import { pairedRatio, type Row, summarize } from './stats';

const DASHBOARDS = 100;
const TILES_PER_DASHBOARD = 10;

/** DASHBOARDS dashboards of TILES_PER_DASHBOARD line tiles each, on the emulator's seeded log source. */
function dashboardsHcl(): string {
  const tile = (t: number) => `{
      name = "Tile ${t}"
      x = 0, y = ${t * 4}, w = 12, h = 4
      source_id = "${SEED_IDS.logSource}"
      select    = [{ agg_fn = "count", where = "SeverityText:error" }]
      group_by  = "ServiceName"
    }`;
  const tiles = Array.from({ length: TILES_PER_DASHBOARD }, (_, t) => tile(t)).join(',\n    ');
  return Array.from({ length: DASHBOARDS }, (_, d) => `resource "clickstack_dashboard" "d${d}" {\n  name = "Bench ${d}"\n  line_tiles = [\n    ${tiles},\n  ]\n}\n`).join('\n');
}

const clockTicksPerSecond = 100; // USER_HZ: what /proc reports CPU times in, 100 on every Linux kernel Node supports

/** CPU seconds (user + system) of process `pid` so far; `children`: of its children it has waited for. */
function cpuSeconds(pid: number | 'self', children = false): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // After "pid (comm) ": state is field 3; utime 14, stime 15, cutime 16, cstime 17 (proc(5)).
  const [user, system] = children ? [fields[13], fields[14]] : [fields[11], fields[12]];
  return (Number(user) + Number(system)) / clockTicksPerSecond;
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

/** CPU seconds of one plan: Terraform's (a child this process waits for) and the warm provider's. */
export interface PlanCpu {
  terraform: number;
  provider: number;
}

export interface PlanWorkspace {
  plan(): Promise<PlanCpu>;
  close(): Promise<void>;
}

/**
 * A workspace of `mainTf` (dashboards on the emulator's seed) applied with the provider `launcher` (installed in the
 * mirror whose CLI config is `cliConfig`), kept warm for every plan after.
 */
export async function planWorkspace(launcher: string, cliConfig: string, mainTf: string): Promise<PlanWorkspace> {
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
      const [terraformBefore, providerBefore] = [cpuSeconds('self', true), cpuSeconds(entry.Pid)];
      await run('terraform', ['plan', '-detailed-exitcode', '-input=false', '-no-color'], dir, warmEnv);
      return { terraform: cpuSeconds('self', true) - terraformBefore, provider: cpuSeconds(entry.Pid) - providerBefore };
    },
    async close() {
      await warm.stop();
      await emulator.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The rows of RESULTS.md: Terraform's CPU per plan and, beside it, the provider's. */
export async function measurePlanCpu(targets: { launcher: string; cliConfig: string }, rounds: number): Promise<Row[]> {
  const workspace = await planWorkspace(targets.launcher, targets.cliConfig, dashboardsHcl());
  const samples: PlanCpu[] = [];
  try {
    await workspace.plan(); // not counted: the first plan after the apply still compiles code paths the others find ready
    for (let round = 0; round < rounds; round++) samples.push(await workspace.plan());
  } finally {
    await workspace.close();
  }
  const terraform = samples.map((sample) => sample.terraform);
  const provider = samples.map((sample) => sample.provider);
  const group = `Per-call CPU: \`terraform plan\` of ${DASHBOARDS} dashboards × ${TILES_PER_DASHBOARD} line tiles in state, provider reattached`;
  return [
    { group, figure: "Terraform's own CPU per plan", unit: 's', value: summarize(terraform) },
    {
      group,
      figure: "the provider's CPU per plan",
      unit: 's',
      value: summarize(provider),
      baseline: { label: "Terraform's CPU", value: summarize(terraform).median, ratio: pairedRatio(provider, terraform) },
    },
  ];
}
