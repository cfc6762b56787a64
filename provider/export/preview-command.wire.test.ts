// clickstack-preview as a command, in process: pictures of live dashboards (named as the exporter names them), of a
// plan, a state, a cdk.tf.json and an export folder; and what it says when an input is wrong.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { type EmulatorHandle, startEmulator } from '../../emulator';
import { captured, connectionEnv } from '../../test/support/export-cli';
import { storeUiMadeDeployment } from '../../test/support/ui-made-deployment';
import { runExport } from './export-command';
import { runPreview } from './preview-command';

async function preview(args: string[], env: NodeJS.ProcessEnv = {}, stdin = '') {
  const [stdout, stderr] = [captured(), captured()];
  const code = await runPreview(args, { stdout: stdout.stream, stderr: stderr.stream, env, readStdin: () => stdin });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

const fixture = (name: string) => join(__dirname, '..', '..', 'test', 'fixtures', 'export', name);
let emulator: EmulatorHandle;
let folder: string;

beforeAll(async () => {
  emulator = await startEmulator({ flavor: 'oss', rateLimit: false });
  storeUiMadeDeployment(emulator, 'oss');
});
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'preview-command-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));
afterAll(() => emulator.close());

it('draws live dashboards, chosen as the exporter chooses them, into files named as the exporter names its pictures', async () => {
  const out = join(folder, 'pictures');
  const result = await preview(['--live', '--name', 'service*', '--out', out], connectionEnv(emulator, 'oss'));
  expect(result).toEqual({ code: 0, stdout: `wrote ${join(out, 'dashboard_service_overview.svg')}\n`, stderr: '' });
  const picture = readFileSync(join(out, 'dashboard_service_overview.svg'), 'utf8');
  expect(picture).toContain('<title>Dashboard layout: Service overview</title>');
  // The tiles that alerts watch, from the alerts' list.
  expect(picture).toContain('<g class="alerts"><title>Alerts: Traffic drop</title>');
});

it('redraws the pictures of an export folder from its manifest, the same pictures the exporter drew', async () => {
  const exported = join(folder, 'export');
  const quiet = { stdout: new PassThrough(), stderr: new PassThrough(), env: connectionEnv(emulator, 'oss') };
  expect(await runExport(['--format', 'hcl', '--out', exported, '--quiet'], quiet)).toBe(0);
  const out = join(folder, 'again');
  expect((await preview([exported, '--out', out])).code).toBe(0);
  for (const file of readdirSync(out)) expect(readFileSync(join(out, file), 'utf8')).toBe(readFileSync(join(exported, file), 'utf8'));
  expect(readdirSync(out).sort()).toEqual(['dashboard_database_raw_sql.svg', 'dashboard_service_overview.svg']);
});

it('draws a plan from a file or standard input, a state, and a Terraform JSON configuration', async () => {
  const plan = await preview([fixture('plan.json'), '--out', folder]);
  expect(plan.stdout.trim().split('\n')).toHaveLength(3);
  const piped = await preview(['-', '--out', folder], {}, readFileSync(fixture('plan.json'), 'utf8'));
  expect(piped.code).toBe(0);
  const state = await preview([fixture('dashboard.json'), '--out', folder]);
  expect(state.stdout).toBe(`wrote ${join(folder, 'clickstack_dashboard.checkout.svg')}\n`);
  const config = join(folder, 'cdk.tf.json');
  writeFileSync(config, JSON.stringify({ resource: { clickstack_dashboard: { main: { name: 'Main', tiles: [{ name: 'A', x: 0, y: 0, w: 6, h: 2, config: { markdown: { text: 'x' } } }] } } } }));
  expect((await preview([config, '--out', folder])).stdout).toBe(`wrote ${join(folder, 'clickstack_dashboard.main.svg')}\n`);
  const unchanged = join(folder, 'unchanged.json');
  writeFileSync(unchanged, JSON.stringify({ resource_changes: [{ type: 'clickstack_dashboard', address: 'clickstack_dashboard.a', change: { actions: ['no-op'] } }] }));
  expect(await preview([unchanged, '--out', join(folder, 'none')])).toEqual({ code: 0, stdout: 'No dashboard to draw: the input holds none (or the plan changes none).\n', stderr: '' });
});

it('says what is wrong with the inputs, with exit code 2', async () => {
  const notJson = join(folder, 'plan.txt');
  writeFileSync(notJson, 'Plan: 1 to add');
  const cases: [string[], string][] = [
    [[], 'Give an input (a plan, state, configuration or export folder), or --live.'],
    [['--live', fixture('plan.json')], 'Give either --live or inputs, not both.'],
    [['--tag', 'x', fixture('plan.json')], '--tag and --name choose live dashboards: use them with --live.'],
    [[join(folder, 'missing.json')], `${join(folder, 'missing.json')} does not exist.`],
    [[folder], `${folder} is a folder without clickstack-export.json: give an export folder, or a JSON file.`],
    [[notJson], `${notJson} is not JSON`],
  ];
  for (const [args, message] of cases) {
    const result = await preview(args);
    expect([args, result.code, result.stderr]).toEqual([args, 2, expect.stringContaining(message)]);
  }
});
