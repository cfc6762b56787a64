// The exporter end to end, once per flavor and format: an emulator holding a deployment made in the UI (every display
// type, raw SQL, containers and tabs, filters, a saved query, namesake tiles, fields the schema does not model, tile,
// multi-channel and saved-search alerts), exported by the real command; `terraform plan` on the export only imports;
// apply adopts; the replan is clean; a tile edited in the UI (GET, edit, PUT the whole document) is exactly what the
// next plan changes back, and clickstack-preview draws that plan's dashboard before and after. And the edit users make
// first: a tile with an alert renamed, moved and resized in the exported code keeps its id and its alert.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type EmulatorHandle, startEmulator } from '../../emulator';
import type { FlavorName } from '../../provider/client';
import { connectionEnv, differingPaths, planChanges, PROVIDER_OVERRIDE, runBin, synthesizeApp, typecheckApp } from '../support/export-cli';
import { FLAVORS } from '../support/emulator-clients';
import { installProvider, type InstalledProvider, projectRoot, Workspace } from '../support/terraform-cli';
import { editLikeTheUi, readDocument } from '../support/ui-edit';
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
    for (const legend of ['added: 0', 'removed: 0', 'moved or resized: 1', 'changed: 0', 'alerts deleted or replaced: 0']) expect(picture).toContain(legend);
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

  /**
   * The watched tile renamed, moved and resized in the exported code, before the first plan: the plan imports
   * everything, the dashboard with an update in place and its alerts with no change; apply; on the server the tile and
   * its alert keep their ids; the replan is clean.
   */
  async function renamedBeforeImport(ws: Workspace): Promise<void> {
    ws.write('providers_override.tf', PROVIDER_OVERRIDE);
    expect((await ws.terraform('init')).stderr).toBe('');
    const objects = EXPORTED_OBJECTS[flavor];
    const { plan, json, changes } = await planChanges(ws);
    expect(plan.stderr).toBe('');
    expect(plan.stdout).not.toContain('Tiles will get new ids');
    expect(plan.stdout).toContain(`Plan: ${objects} to import, 0 to add, 1 to change, 0 to destroy.`);
    const changed = [...changes].filter(([, change]) => change.actions.join() !== 'no-op');
    expect(changed.map(([address, change]) => [address, change.actions, Boolean(change.importing)])).toEqual([['clickstack_dashboard.service_overview', ['update'], true]]);
    const alert = changes.get('clickstack_alert.errors_alert')!;
    expect([alert.actions, alert.importing]).toEqual([['no-op'], { id: UI_IDS.errorsAlert }]);
    // Exactly the edit: the tile keeps its id (and `tile_ids` its key).
    const { before, after } = changes.get('clickstack_dashboard.service_overview')!;
    expect(after.number_tiles.map((tile: { id: string }) => tile.id)).toEqual([UI_IDS.tiles.errorsNumber]);
    expect(differingPaths(before, after).sort()).toEqual(['h', 'name', 'w', 'x', 'y'].map((attribute) => `number_tiles.0.${attribute}`));
    // The picture of the plan: the tile changed (a new title), its (unnamed) alert on it before and after, none deleted or replaced.
    ws.write('plan.json', JSON.stringify(json));
    expect((await runBin('clickstack-preview', ['plan.json', '--out', 'pictures'], {}, ws.dir)).code).toBe(0);
    const picture = ws.read('pictures/clickstack_dashboard.service_overview.svg');
    for (const legend of ['changed: 1', 'removed: 0', 'alerts deleted or replaced: 0']) expect(picture).toContain(legend);
    expect(picture.match(/<g class="alerts"><title>Alerts: clickstack_alert\.errors_alert<\/title>/g)).toHaveLength(2);

    const apply = await ws.apply();
    expect(apply.stderr).toBe('');
    expect(apply.stdout).toContain(`Apply complete! Resources: ${objects} imported, 0 added, 1 changed, 0 destroyed.`);
    const dashboard = await readDocument(emulator, flavor, 'dashboards', UI_IDS.overview);
    expect(dashboard.tiles.find((tile: { id: string }) => tile.id === UI_IDS.tiles.errorsNumber)).toMatchObject({ id: UI_IDS.tiles.errorsNumber, name: 'Error count', x: 16, y: 21, w: 8, h: 4 });
    expect(await readDocument(emulator, flavor, 'alerts', UI_IDS.errorsAlert)).toMatchObject({ id: UI_IDS.errorsAlert, dashboardId: UI_IDS.overview, tileId: UI_IDS.tiles.errorsNumber });
    const replan = await ws.plan();
    expect(replan.stdout).toContain('No changes.');
    expect(replan.code).toBe(0);
  }

  test('--format hcl: a tile with an alert renamed, moved and resized in the export keeps its id and its alert', async () => {
    const ws = Workspace.create(provider, env());
    try {
      await exportInto(ws.dir, ['--format', 'hcl']);
      const file = 'dashboard_service_overview.tf';
      const code = ws.read(file);
      // The number tile "Errors", the second of that name, watched by clickstack_alert.errors_alert.
      const block = code.slice(code.indexOf('key       = "Errors 2"'), code.indexOf('}', code.indexOf('key       = "Errors 2"')));
      expect(block).toMatch(/name\s+= "Errors"\n\s+x\s+= 0\n\s+y\s+= 4\n\s+w\s+= 6\n\s+h\s+= 3\n/);
      const edited = block.replace(/name\s+= "Errors"\n\s+x\s+= 0\n\s+y\s+= 4\n\s+w\s+= 6\n\s+h\s+= 3\n/, 'name = "Error count"\n      x = 16\n      y = 21\n      w = 8\n      h = 4\n');
      ws.write(file, code.replace(block, edited));
      await renamedBeforeImport(ws);
    } finally {
      ws.dispose();
    }
  });

  /** Exports `args` as a CDKTF app, checks it is written on the typed constructs, compiles and synthesizes it into a workspace. */
  async function cdktfApp(name: string, args: string[], objects: number, build: (ws: Workspace, main: string) => Promise<void>, edit = (main: string) => main): Promise<void> {
    // Inside the repository, where the package name clickstack-cdktf is constructs/ (as for the examples).
    const app = join(projectRoot, 'dist', 'test', `${name}-${flavor}`);
    rmSync(app, { recursive: true, force: true });
    const ws = Workspace.create(provider, env());
    try {
      await exportInto(app, ['--stack', 'adopted', ...args], objects);
      // Written on the typed constructs, not on the generated bindings.
      const main = edit(readFileSync(join(app, 'main.ts'), 'utf8'));
      writeFileSync(join(app, 'main.ts'), main);
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
      for (const construct of ['new Dashboard(stack, "service_overview"', '.importFrom("6650000000000000000000d1?tile_keys=name")', 'serviceOverview.addAt({ x: 16, y: 4 }, new TableTile(', 'new Alert(stack, "errors_alert", {\n  tile: '])
        expect(main).toContain(construct);
      // A row of tiles as high as each other, one of them watched by an alert; the taller tile beside them at its cell.
      expect(main).toMatch(/serviceOverview\.addRow\(\n {2}serviceOverview\w+,\n {2}new StackedBarTile\("Latency p95"/);
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

  test('--format cdktf: a tile with an alert renamed, moved and resized in the app keeps its id and its alert', async () => {
    const edit = (main: string) => {
      const tile = 'new NumberTile("Errors 2", {\n  title: "Errors",\n  width: 6,\n  height: 3,';
      // The tile leads a row at (0, 4). Taken out of it, the tile beside it stays at its cell; added after the dashboard's
      // last row (rows go below what their grid holds so far), it moves no other tile.
      const row = 'serviceOverview.addRow(\n  serviceOverviewErrors2,\n  new StackedBarTile("Latency p95", {';
      const alert = 'new Alert(stack, "errors_alert", {';
      expect([main.includes(tile), main.includes(row), main.includes(alert)]).toEqual([true, true, true]);
      return main
        .replace(tile, 'new NumberTile("Errors 2", {\n  title: "Error count",\n  width: 8,\n  height: 4,')
        .replace(row, 'serviceOverview.addAt({ x: 6, y: 4 }, new StackedBarTile("Latency p95", {')
        .replace(alert, `serviceOverview.addAt({ x: 16, y: 21 }, serviceOverviewErrors2);\n${alert}`);
    };
    await cdktfApp('export-cdktf-renamed', [], EXPORTED_OBJECTS[flavor], renamedBeforeImport, edit);
  });
});
