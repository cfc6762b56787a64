// The examples that build an environment from nothing (examples/new-environment, HCL, and
// examples/cdktf/new-environment), through the real terraform against an empty ClickStack OSS emulator (`--seed none`):
// one apply makes the connection, sources of three kinds linked both ways, a webhook, a dashboard on the sources and an
// alert on its tile; the replan is clean; the password is nowhere in the state; destroy leaves the server empty.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type EmulatorHandle, startEmulator } from '../../emulator';
import { payload, send } from '../support/emulator-http';
import { connectionEnv } from '../support/export-cli';
import { installProvider, type InstalledProvider, projectRoot, type TerraformResult, Workspace } from '../support/terraform-cli';

// A synth (CDKTF) and four terraform runs, 1 to 3 s each on 2 shared cores.
jest.setTimeout(240_000);

type Json = Record<string, any>;

const PASSWORD = 'n3w-env-secret-password';
const COLLECTIONS = ['/connections', '/sources', '/webhooks', '/dashboards', '/alerts', '/saved-searches'];

let provider: InstalledProvider;
let emulator: EmulatorHandle;

beforeAll(async () => {
  provider = installProvider('clickstack');
  emulator = await startEmulator({ flavor: 'oss', seed: 'none', rateLimit: false });
});
afterAll(() => emulator?.close());
beforeEach(() => emulator.reset('none'));

const list = async (route: string): Promise<Json[]> => payload('oss', await send(emulator, 'oss', 'GET', route));

function succeeded(result: TerraformResult): TerraformResult {
  if (result.code !== 0) throw new Error(`terraform exited with ${result.code}:\n${result.stdout}\n${result.stderr}`);
  return result;
}

/** Applies what `ws` holds to the empty server, checks what it made, replans, and destroys. */
async function buildAndTearDown(ws: Workspace, stateFile: string): Promise<void> {
  for (const route of COLLECTIONS) expect(await list(route)).toEqual([]);
  succeeded(await ws.terraform('init'));
  const apply = succeeded(await ws.apply());
  // Connection, three sources, three link sets, webhook, dashboard, alert.
  expect(apply.stdout).toContain('Apply complete! Resources: 10 added, 0 changed, 0 destroyed.');

  const [connection] = await list('/connections');
  expect(connection).toMatchObject({ name: 'ClickHouse', host: 'http://clickhouse:8123', username: 'hyperdx' });
  const sources = new Map((await list('/sources')).map((source) => [source.kind, source]));
  expect([...sources.keys()].sort()).toEqual(['log', 'metric', 'trace']);
  const [logs, traces, metrics] = ['log', 'trace', 'metric'].map((kind) => sources.get(kind)!);
  for (const source of [logs, traces, metrics]) expect(source.connection).toBe(connection.id);
  // Linked both ways.
  expect([logs.traceSourceId, logs.metricSourceId]).toEqual([traces.id, metrics.id]);
  expect([traces.logSourceId, traces.metricSourceId]).toEqual([logs.id, metrics.id]);
  expect(metrics.logSourceId).toBe(logs.id);
  const [webhook] = await list('/webhooks');
  const [dashboard] = await list('/dashboards');
  const [alert] = await list('/alerts');
  const errors = dashboard.tiles.find((tile: Json) => tile.name === 'Errors');
  expect(errors.config.sourceId).toBe(logs.id);
  expect(dashboard.tiles.filter((tile: Json) => tile.config.sourceId === traces.id)).toHaveLength(2);
  expect(alert).toMatchObject({ name: 'Error spike', dashboardId: dashboard.id, tileId: errors.id, channels: [{ type: 'webhook', webhookId: webhook.id }] });

  const replan = await ws.plan();
  expect(replan.stdout).toContain('No changes. Your infrastructure matches the configuration.');
  expect(replan.code).toBe(0);
  // The password reached the server (its request log) and is nowhere in the state.
  const created = emulator.requests.find((request) => request.method === 'POST' && request.path.endsWith('/connections'));
  expect((created?.body as Json).password).toBe(PASSWORD);
  expect(readFileSync(ws.path(stateFile), 'utf8')).not.toContain(PASSWORD);

  const destroy = succeeded(await ws.terraform('destroy', '-auto-approve'));
  expect(destroy.stdout).toContain('Destroy complete! Resources: 10 destroyed.');
  for (const route of COLLECTIONS) expect(await list(route)).toEqual([]);
}

test('examples/new-environment (HCL) builds the environment on an empty server, replans clean and destroys it all', async () => {
  const ws = Workspace.create(provider, { ...connectionEnv(emulator, 'oss'), TF_VAR_clickhouse_password: PASSWORD });
  try {
    const example = join(projectRoot, 'examples', 'new-environment');
    for (const file of readdirSync(example).filter((name) => name.endsWith('.tf'))) cpSync(join(example, file), ws.path(file));
    await buildAndTearDown(ws, 'terraform.tfstate');
  } finally {
    ws.dispose();
  }
});

test('examples/cdktf/new-environment (OtelEnvironment) builds the environment on an empty server, replans clean and destroys it all', async () => {
  const env = { ...connectionEnv(emulator, 'oss'), TF_VAR_clickhouse_password: PASSWORD };
  const ws = Workspace.create(provider, env);
  // Synth output lives under dist/, inside the project, where tsx finds cdktf and the constructs.
  mkdirSync(join(projectRoot, 'dist', 'test'), { recursive: true });
  const outdir = mkdtempSync(join(projectRoot, 'dist', 'test', 'new-environment-'));
  try {
    const main = join(projectRoot, 'examples', 'cdktf', 'new-environment', 'main.ts');
    const tsx = join(projectRoot, 'node_modules', '.bin', 'tsx');
    const synth = await Workspace.collect(spawn(tsx, ['--tsconfig', join(projectRoot, 'tsconfig.json'), main], { cwd: ws.dir, env: { ...process.env, ...env, CDKTF_OUTDIR: outdir } }));
    expect(synth.stderr).toBe('');
    expect(synth.code).toBe(0);
    const json = readFileSync(join(outdir, 'stacks', 'new-environment', 'cdk.tf.json'), 'utf8');
    // The password reaches the configuration only as a reference to the variable.
    expect(json).not.toContain(PASSWORD);
    ws.write('cdk.tf.json', json);
    await buildAndTearDown(ws, 'terraform.new-environment.tfstate');
  } finally {
    ws.dispose();
    rmSync(outdir, { recursive: true, force: true });
  }
});
