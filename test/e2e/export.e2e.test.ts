// The exporter end to end, once per flavor and format: an emulator holding a deployment made in the UI (every display
// type, raw SQL, containers and tabs, filters, a saved query, namesake tiles, fields the schema does not model, tile,
// multi-channel and saved-search alerts), exported by the real command; `terraform plan` on the export only imports;
// apply adopts; the replan is clean; a tile edited in the UI (GET, edit, PUT the whole document) is exactly what the
// next plan changes back, and clickstack-preview draws that plan's dashboard before and after.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type EmulatorHandle, startEmulator } from '../../emulator';
import type { FlavorName } from '../../provider/client';
import { connectionEnv, differingPaths, planChanges, PROVIDER_OVERRIDE, runBin, synthesizeApp, typecheckApp } from '../support/export-cli';
import { FLAVORS } from '../support/emulator-clients';
import { installProvider, type InstalledProvider, projectRoot, Workspace } from '../support/terraform-cli';
import { editLikeTheUi } from '../support/ui-edit';
import { storeUiMadeDeployment, UI_IDS } from '../support/ui-made-deployment';

// Each test runs the exporter and terraform five times (1 to 3 s each on 2 shared cores).
jest.setTimeout(240_000);

/**
 * Sources (six, three of them with links), webhooks, saved searches, dashboards and alerts of the UI-made deployment,
 * and the seeded webhook; OSS: a connection and two team members among them; Cloud: a custom role.
 */
const EXPORTED_OBJECTS: Record<FlavorName, number> = { oss: 24, cloud: 23 };

let provider: InstalledProvider;

beforeAll(() => {
  provider = installProvider('clickstack');
});

describe.each(FLAVORS)('%s', (flavor) => {
  let emulator: EmulatorHandle;
  const env = () => connectionEnv(emulator, flavor);

  beforeAll(async () => {
    emulator = await startEmulator({ flavor, rateLimit: false, extraFields: true });
  });
  beforeEach(() => {
    emulator.reset();
    storeUiMadeDeployment(emulator, flavor);
  });
  afterAll(async () => {
    await emulator?.close();
  });

  /** Runs the exporter into `out` and checks its own report: it should import `objects`. */
  async function exportInto(out: string, args: string[], objects = EXPORTED_OBJECTS[flavor]): Promise<void> {
    const run = await runBin('clickstack-export', ['--out', out, '--quiet', ...args], env());
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`the plan should import ${objects} and add, change and destroy nothing`);
  }

  /**
   * Plan (imports only, `objects` of them), apply, clean replan, then a tile edited in the UI: the next plan changes
   * exactly that back.
   */
  async function roundTrip(ws: Workspace, objects = EXPORTED_OBJECTS[flavor]): Promise<string[]> {
    const summaries: string[] = [];
    ws.write('providers_override.tf', PROVIDER_OVERRIDE);
    const init = await ws.terraform('init');
    expect(init.stderr).toBe('');
    const first = await ws.plan();
    expect(first.stderr).toBe('');
    const imports = `Plan: ${objects} to import, 0 to add, 0 to change, 0 to destroy.`;
    expect(first.stdout).toContain(imports);
    summaries.push(imports);

    const apply = await ws.apply();
    expect(apply.stderr).toBe('');
    expect(apply.stdout).toContain(`Apply complete! Resources: ${objects} imported, 0 added, 0 changed, 0 destroyed.`);
    const replan = await ws.plan();
    expect(replan.stdout).toContain('No changes.');
    expect(replan.code).toBe(0);
    summaries.push('No changes.');

    await editLikeTheUi(emulator, flavor, 'dashboards', UI_IDS.overview, (dashboard) => {
      dashboard.tiles.find((tile: { id: string }) => tile.id === UI_IDS.tiles.latency).w = 8;
    });
    const { plan, json, changes } = await planChanges(ws);
    expect(plan.stderr).toBe('');
    const edited = [...changes].filter(([, change]) => change.actions.join() !== 'no-op');
    expect(edited.map(([address, change]) => [address, change.actions])).toEqual([['clickstack_dashboard.service_overview', ['update']]]);
    const [, change] = edited[0];
    const isLatency = (tile: { id: string }) => tile.id === UI_IDS.tiles.latency;
    const list = Object.keys(change.before).find((name) => name.endsWith('_tiles') && change.before[name]?.some(isLatency))!;
    const latency = (change.before[list] as { id: string }[]).findIndex(isLatency);
    expect(differingPaths(change.before, change.after)).toEqual([`${list}.${latency}.w`]);
    expect([change.before[list][latency].w, change.after[list][latency].w]).toEqual([8, 10]);
    const summary = plan.stdout.match(/Plan: .*/)![0];
    expect(summary).toBe('Plan: 0 to add, 1 to change, 0 to destroy.');
    summaries.push(summary);

    ws.write('plan.json', JSON.stringify(json));
    const preview = await runBin('clickstack-preview', ['plan.json', '--out', 'pictures'], {}, ws.dir);
    expect(preview).toEqual({ code: 0, stdout: 'wrote pictures/clickstack_dashboard.service_overview.svg\n', stderr: '' });
    const picture = ws.read('pictures/clickstack_dashboard.service_overview.svg');
    for (const legend of ['added: 0', 'removed: 0', 'moved or resized: 1', 'changed: 0']) expect(picture).toContain(legend);
    return summaries;
  }

  test('--format hcl: the export is fmt-clean, plans only imports, applies, replans clean and shows a UI edit as exactly that change', async () => {
    const ws = Workspace.create(provider, env());
    try {
      await exportInto(ws.dir, ['--format', 'hcl']);
      const fmt = await ws.terraform('fmt', '-check', '-recursive');
      expect(fmt).toMatchObject({ code: 0, stdout: '' });
      expect(await roundTrip(ws)).toHaveLength(3);
    } finally {
      ws.dispose();
    }
  });

  /** Exports `args` as a CDKTF app, checks it is written on the typed constructs, compiles and synthesizes it into a workspace. */
  async function cdktfApp(name: string, args: string[], objects: number, build: (ws: Workspace, main: string) => Promise<void>): Promise<void> {
    // Inside the repository, where the package name clickstack-cdktf is constructs/ (as for the examples).
    const app = join(projectRoot, 'dist', 'test', `${name}-${flavor}`);
    rmSync(app, { recursive: true, force: true });
    const ws = Workspace.create(provider, env());
    try {
      await exportInto(app, ['--stack', 'adopted', ...args], objects);
      // Written on the typed constructs, not on the generated bindings.
      const main = readFileSync(join(app, 'main.ts'), 'utf8');
      expect(main).not.toContain('bindings');
      const compiled = await typecheckApp(app);
      expect(compiled.stdout + compiled.stderr).toBe('');
      expect(compiled.code).toBe(0);
      const { result, json } = await synthesizeApp(app, 'adopted', env());
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      ws.write('cdk.tf.json', json!);
      await build(ws, main);
    } finally {
      ws.dispose();
      rmSync(app, { recursive: true, force: true });
    }
  }

  test('--format cdktf: the app compiles and synthesizes; its plan only imports, applies, replans clean and shows a UI edit as exactly that change', async () => {
    await cdktfApp('export-cdktf', [], EXPORTED_OBJECTS[flavor], async (ws, main) => {
      for (const construct of ['new Dashboard(stack, "service_overview"', 'tileKeys: "title"', 'serviceOverview.addAt({ x: 16, y: 4 }, new TableTile(', 'new Alert(stack, "errors_alert", {\n  tile: '])
        expect(main).toContain(construct);
      // A row of tiles as high as each other, one of them watched by an alert; the taller tile beside them at its cell.
      expect(main).toMatch(/serviceOverview\.addRow\(\n {2}serviceOverview\w+,\n {2}new StackedBarTile\("latency_p95"/);
      expect(await roundTrip(ws)).toHaveLength(3);
    });
  });

  test('--format cdktf of one dashboard: its webhooks are found by name (Webhook.fromName), and the round trip holds', async () => {
    // The dashboard and the two alerts on its tiles.
    const objects = 3;
    await cdktfApp('export-cdktf-selection', ['--name', 'Service overview'], objects, async (ws, main) => {
      expect(main).toContain('Webhook.fromName(stack, "on_call", { name: "On-call", service: "generic" })');
      expect(await roundTrip(ws, objects)).toHaveLength(3);
    });
  });
});
