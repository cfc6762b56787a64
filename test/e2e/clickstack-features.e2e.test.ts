// Features of the ClickStack provider that the lifecycle suite (clickstack.e2e.test.ts) does not exercise, end to
// end through the real terraform against the in-process suite.emulator, once per flavor: the webhook's write-only headers
// and query parameters; dashboard filters, containers and tabs; a dashboard made in the UI with its tiles in any
// order, imported; dashboard state written by version 0 of the schema; and on OSS a dashboard larger than gRPC's
// default message, with a tile named `__proto__`. The steps of a describe build on each other and run in order in one
// workspace.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_IDS } from '../../emulator';
import { type FlavorTarget, emulatorAndProvider, flavorWorkspace, requestBodies, targetFor } from '../support/clickstack-workspaces';
import { FLAVORS } from '../support/emulator-clients';
import type { FlavorName } from '../../provider/client';
import { resourceValues, Workspace } from '../support/terraform-cli';

// A step runs terraform two or three times (1 to 3 s each on 2 shared cores).
jest.setTimeout(120_000);

const suite = emulatorAndProvider();

/** A workspace of `flavor` holding `main.tf`, initialised; disposed with the target's client after the describe. */
function workspaceFor(flavor: FlavorName, mainTf: string): { target: () => FlavorTarget; ws: () => Workspace } {
  let target: FlavorTarget;
  let ws: Workspace;
  beforeAll(async () => {
    target = targetFor(suite.emulator, flavor);
    ws = flavorWorkspace(suite.provider, target);
    ws.write('main.tf', mainTf);
    const init = await ws.terraform('init');
    if (init.code !== 0) throw new Error(`terraform init failed:\n${init.stderr}`);
  });
  afterAll(async () => {
    ws?.dispose();
    await target?.client.close();
  });
  return { target: () => target, ws: () => ws };
}

async function expectNoChanges(ws: Workspace): Promise<void> {
  const plan = await ws.plan();
  expect(plan.stderr).toBe('');
  expect(plan.stdout).toContain('No changes.');
  expect(plan.code).toBe(0);
}

async function expectApplied(ws: Workspace, summary: string): Promise<void> {
  const apply = await ws.apply();
  expect(apply.stderr).toBe('');
  expect(apply.code).toBe(0);
  expect(apply.stdout).toContain(summary);
}

describe.each(FLAVORS)('%s', (flavor) => {
  describe('webhook headers and query parameters (write-only)', () => {
    /** What the configuration sends: a new version carries new secrets, as a rotation does. */
    interface Secrets {
      version: string;
      token: string;
      tenant: string;
    }
    const FIRST: Secrets = { version: '1', token: `Bearer e2e-${flavor}-token-one`, tenant: `e2e-${flavor}-tenant-one` };
    const ROTATED: Secrets = { version: '2', token: `Bearer e2e-${flavor}-token-two`, tenant: `e2e-${flavor}-tenant-two` };
    const ADDRESS = 'clickstack_webhook.signed';

    /** Names carry the flavor, so that what each run made is told apart in the emulator's request log and in failures. */
    const configuration = ({ version, token, tenant }: Secrets) => `
resource "clickstack_webhook" "signed" {
  name            = "e2e ${flavor} signed"
  service         = "generic"
  url             = "https://hooks.example.com/e2e/${flavor}/signed"
  description     = "Sends a bearer token."
  body            = jsonencode({ text = "{{title}}" })
  headers         = { Authorization = "${token}" }
  query_params    = { tenant = "${tenant}" }
  headers_version = "${version}"
}
`;
    const { ws } = workspaceFor(flavor, configuration(FIRST));
    const webhookId = async () => String(resourceValues(await ws().show(), ADDRESS)?.id);

    /** Neither `terraform show -json` nor the state file holds a secret; the write-only attributes are null in state. */
    async function expectStateWithout(secrets: Secrets): Promise<void> {
      const shown = await ws().show();
      expect(resourceValues(shown, ADDRESS)).toMatchObject({ headers: null, query_params: null, headers_version: secrets.version });
      for (const stored of [JSON.stringify(shown), ws().read('terraform.tfstate')]) {
        expect(stored).not.toContain(secrets.token);
        expect(stored).not.toContain(secrets.tenant);
      }
    }

    test('apply sends the headers and query parameters on create and keeps them out of state', async () => {
      await expectApplied(ws(), 'Apply complete! Resources: 1 added, 0 changed, 0 destroyed.');
      const created = requestBodies(suite.emulator, flavor, 'POST', '/webhooks').filter((body) => body.name === `e2e ${flavor} signed`);
      expect(created).toEqual([expect.objectContaining({ headers: { Authorization: FIRST.token }, queryParams: { tenant: FIRST.tenant } })]);
      await expectStateWithout(FIRST);
    });

    test('a second plan finds no changes', async () => {
      await expectNoChanges(ws());
    });

    test('a new headers_version sends the new values on the update, and then plans no changes', async () => {
      const id = await webhookId();
      ws().write('main.tf', configuration(ROTATED));
      const plan = await ws().plan();
      expect(plan.stderr).toBe('');
      expect(plan.code).toBe(2);
      expect(plan.stdout).toContain(`# ${ADDRESS} will be updated in-place`);
      expect(plan.stdout).toMatch(/~ headers_version\s+= "1" -> "2"/);
      expect(plan.stdout).toContain('Plan: 0 to add, 1 to change, 0 to destroy.');

      await expectApplied(ws(), 'Apply complete! Resources: 0 added, 1 changed, 0 destroyed.');
      const updates = requestBodies(suite.emulator, flavor, 'PUT', `/webhooks/${id}`);
      expect(updates).toEqual([expect.objectContaining({ headers: { Authorization: ROTATED.token }, queryParams: { tenant: ROTATED.tenant } })]);
      expect(await webhookId()).toBe(id);
      await expectStateWithout(ROTATED);
      await expectNoChanges(ws());
    });
  });

  describe('dashboard filters, containers and tabs', () => {
    const ADDRESS = 'clickstack_dashboard.tabbed';
    const configuration = (filterExpression: string) => `
data "clickstack_source" "logs" {
  name = "Logs"
}

resource "clickstack_dashboard" "tabbed" {
  name = "e2e ${flavor} tabs"
  containers = [{
    id    = "overview"
    title = "Overview"
    tabs  = [{ id = "errors", title = "Errors" }, { id = "volume", title = "Volume" }]
  }]
  line_tiles = [{
    name         = "Errors by service"
    x = 0, y = 0, w = 12, h = 4
    container_id = "overview"
    tab_id       = "errors"
    source_id    = data.clickstack_source.logs.id
    select       = [{ agg_fn = "count", where = "SeverityText:error" }]
    group_by     = "ServiceName"
  }]
  number_tiles = [{
    name         = "Log volume"
    x = 0, y = 0, w = 12, h = 4
    container_id = "overview"
    tab_id       = "volume"
    source_id    = data.clickstack_source.logs.id
    select       = [{ agg_fn = "count" }]
  }]
  filters = [{ name = "Service", expression = "${filterExpression}", source_id = data.clickstack_source.logs.id }]
}
`;
    const { target, ws } = workspaceFor(flavor, configuration('ServiceName'));
    const dashboardValues = async () => resourceValues(await ws().show(), ADDRESS)!;
    const filterIdInState = async () => ((await dashboardValues()).filters as { id: string }[])[0].id;

    test('apply creates the dashboard with its filter, its container of two tabs, and a tile in each tab', async () => {
      await expectApplied(ws(), 'Apply complete! Resources: 1 added, 0 changed, 0 destroyed.');
      const dashboard = await target().client.dashboards.get(String((await dashboardValues()).id));
      expect(dashboard.containers).toEqual([
        expect.objectContaining({ id: 'overview', title: 'Overview', tabs: [{ id: 'errors', title: 'Errors' }, { id: 'volume', title: 'Volume' }] }),
      ]);
      expect(dashboard.tiles.map((tile) => [tile.name, tile.containerId, tile.tabId])).toEqual([
        ['Errors by service', 'overview', 'errors'],
        ['Log volume', 'overview', 'volume'],
      ]);
      expect(dashboard.filters).toEqual([expect.objectContaining({ id: await filterIdInState(), name: 'Service', expression: 'ServiceName' })]);
    });

    test('a second plan finds no changes', async () => {
      await expectNoChanges(ws());
    });

    test('a new filter expression updates the dashboard in place, and the filter keeps its id', async () => {
      const dashboardId = String((await dashboardValues()).id);
      const filterId = await filterIdInState();
      ws().write('main.tf', configuration('lower(ServiceName)'));
      const plan = await ws().plan();
      expect(plan.stderr).toBe('');
      expect(plan.code).toBe(2);
      expect(plan.stdout).toContain(`# ${ADDRESS} will be updated in-place`);
      expect(plan.stdout).toMatch(/~ expression\s+= "ServiceName" -> "lower\(ServiceName\)"/);
      expect(plan.stdout).not.toContain('known after apply');
      expect(plan.stdout).toContain('Plan: 0 to add, 1 to change, 0 to destroy.');

      await expectApplied(ws(), 'Apply complete! Resources: 0 added, 1 changed, 0 destroyed.');
      // The update names the filter by its id: Managed ClickStack requires ids on PUT, and an unknown id is a new filter.
      const updates = requestBodies(suite.emulator, flavor, 'PUT', `/dashboards/${dashboardId}`);
      expect(updates.map((body) => body.filters)).toEqual([[expect.objectContaining({ id: filterId, expression: 'lower(ServiceName)' })]]);
      const dashboard = await target().client.dashboards.get(dashboardId);
      expect(dashboard.filters).toEqual([expect.objectContaining({ id: filterId, expression: 'lower(ServiceName)' })]);
      expect(await filterIdInState()).toBe(filterId);
      await expectNoChanges(ws());
    });
  });

  /** Tiles of three types, not grouped by type, as a dashboard made in the UI may hold them. */
  const mixedTiles = () => [
    { name: 'Notes', x: 0, y: 0, w: 6, h: 2, config: { displayType: 'markdown', markdown: 'hi' } },
    { name: 'Errors', x: 6, y: 0, w: 12, h: 4, config: { displayType: 'line', sourceId: SEED_IDS.logSource, select: [{ aggFn: 'count', where: 'SeverityText:error' }] } },
    { name: 'Count', x: 0, y: 4, w: 6, h: 2, config: { displayType: 'number', sourceId: SEED_IDS.logSource, select: [{ aggFn: 'count' }] } },
  ];

  describe('a dashboard made in the UI with its tiles in any order', () => {
    const { target, ws } = workspaceFor(flavor, '');

    test('imports with -generate-config-out into configuration that then plans with no changes', async () => {
      const tiles = [...mixedTiles(), { ...mixedTiles()[1], name: 'Warnings', y: 6 }];
      const created = await target().client.dashboards.create({ name: `e2e ${flavor} from the UI`, tiles } as never);
      ws().write('imports.tf', `import {\n  to = clickstack_dashboard.from_ui\n  id = "${created.id}"\n}\n`);
      const generate = await ws().plan('-generate-config-out=generated.tf');
      expect(generate.stderr).toBe('');
      expect(generate.stdout).toContain('Plan: 1 to import, 0 to add, 0 to change, 0 to destroy.');
      expect(ws().read('generated.tf')).toMatch(/line_tiles\s+= \[/);
      await expectApplied(ws(), 'Apply complete! Resources: 1 imported, 0 added, 0 changed, 0 destroyed.');
      ws().remove('imports.tf');
      await expectNoChanges(ws());
      const lineTiles = (resourceValues(await ws().show(), 'clickstack_dashboard.from_ui')!.line_tiles as { id: string }[]).map((tile) => tile.id);
      expect(lineTiles).toEqual([created.tiles[1].id, created.tiles[3].id]);
    });
  });

  // The fixture is the state main's provider (schema version 0: one `tiles` list, the type set in each tile's `config`)
  // wrote for a dashboard of these tiles in this order, with "errors" as the key of the line tile; ids are filled in.
  describe('dashboard state written by version 0 of the schema', () => {
    const configuration = `
data "clickstack_source" "logs" {
  name = "Logs"
}

resource "clickstack_dashboard" "main" {
  name = "v0"
  line_tiles = [{
    key  = "errors"
    name = "Errors"
    x = 6, y = 0, w = 12, h = 4
    source_id = data.clickstack_source.logs.id
    select    = [{ agg_fn = "count", where = "SeverityText:error" }]
  }]
  number_tiles = [{
    name = "Count"
    x = 0, y = 4, w = 6, h = 2
    source_id = data.clickstack_source.logs.id
    select    = [{ agg_fn = "count" }]
  }]
  markdown_tiles = [{
    name = "Notes"
    x = 0, y = 0, w = 6, h = 2
    text = "hi"
  }]
}
`;
    const { target, ws } = workspaceFor(flavor, configuration);
    let created: { id: string; tiles: { id: string }[] };

    test('is upgraded by the next plan, which finds no changes', async () => {
      created = await target().client.dashboards.create({ name: 'v0', tiles: mixedTiles() } as never);
      const fixture = readFileSync(join(__dirname, '..', 'fixtures', 'state', 'dashboard-schema-v0.tfstate'), 'utf8');
      const ids = [created.id, ...created.tiles.map((tile) => tile.id)];
      const state = ['__DASHBOARD_ID__', '__TILE_ID_0__', '__TILE_ID_1__', '__TILE_ID_2__'].reduce((text, placeholder, i) => text.replaceAll(placeholder, ids[i]), fixture);
      ws().write('terraform.tfstate', state);

      await expectNoChanges(ws());
    });

    test('an update through the upgraded state keeps every tile id, and stores version 1 with the tile keys', async () => {
      // `terraform show` refuses state of an older schema version until it is written again.
      const dashboardId = created.id;
      const tileIds = created.tiles.map((tile) => tile.id);
      ws().write('main.tf', configuration.replace('text = "hi"', 'text = "upgraded"'));
      await expectApplied(ws(), 'Apply complete! Resources: 0 added, 1 changed, 0 destroyed.');
      const dashboard = await target().client.dashboards.get(dashboardId);
      expect(dashboard.tiles.map((tile) => [tile.name, tile.id])).toEqual([['Errors', tileIds[1]], ['Count', tileIds[2]], ['Notes', tileIds[0]]]);
      const stored: { mode: string; instances: { schema_version: number; attributes: Record<string, unknown> }[] }[] = JSON.parse(ws().read('terraform.tfstate')).resources;
      const [instance] = stored.find((resource) => resource.mode === 'managed')!.instances;
      expect(instance.schema_version).toBe(1);
      expect(instance.attributes).not.toHaveProperty('tiles');
      expect(instance.attributes.line_tiles).toEqual([expect.objectContaining({ key: 'errors', id: tileIds[1] })]);
      expect(instance.attributes.tile_ids).toEqual({ errors: tileIds[1], Count: tileIds[2], Notes: tileIds[0] });
      await expectNoChanges(ws());
    });
  });
});

describe('oss: a dashboard whose plans are larger than the 4 MiB grpc-js takes by default, with a tile named __proto__', () => {
  const ADDRESS = 'clickstack_dashboard.large';
  // 40 tiles of 50,000 characters: a plan request (prior state, configuration and proposed state) of about 6 MB.
  const tiles = Array.from({ length: 40 }, (_, i) => ({ name: i === 0 ? '__proto__' : `Notes ${i}`, text: `${i} ${'x'.repeat(49_990)}` }));
  const configuration = (version: string) => `
resource "clickstack_dashboard" "large" {
  name = "e2e large ${version}"
  markdown_tiles = [
${tiles.map(({ name, text }, i) => `    { name = "${name}", x = 0, y = ${i * 2}, w = 24, h = 2, text = "${text}" },`).join('\n')}
  ]
}
`;
  const { target, ws } = workspaceFor('oss', configuration('1'));

  test('applies, plans no changes, updates in place and keeps the tile named __proto__ in tile_ids', async () => {
    await expectApplied(ws(), 'Apply complete! Resources: 1 added, 0 changed, 0 destroyed.');
    await expectNoChanges(ws());
    ws().write('main.tf', configuration('2'));
    await expectApplied(ws(), 'Apply complete! Resources: 0 added, 1 changed, 0 destroyed.');
    await expectNoChanges(ws());
    const values = resourceValues(await ws().show(), ADDRESS)!;
    const dashboard = await target().client.dashboards.get(String(values.id));
    expect(dashboard.tiles).toHaveLength(40);
    expect(Object.keys(values.tile_ids as object)).toContain('__proto__');
    expect((values.tile_ids as Record<string, string>)['__proto__']).toBe(dashboard.tiles[0].id);
  });
});
