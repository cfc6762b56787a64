// The ClickStack provider end to end: the real terraform drives it against the in-process suite.emulator, once per
// flavor (OSS configured through the environment, Managed ClickStack through the provider block). The steps of a
// flavor build on each other and run in order in one workspace: create, replan, drift, update, import, deletion
// behind Terraform's back, destroy.
import { NotFoundError } from '../../provider/client';
import { editLikeTheUi } from '../support/ui-edit';
import { type FlavorTarget, emulatorAndProvider, flavorWorkspace, targetFor } from '../support/clickstack-workspaces';
import { FLAVORS } from '../support/emulator-clients';
import type { FlavorName } from '../../provider/client';
import { resourceValues, Workspace } from '../support/terraform-cli';

// A step runs terraform two or three times (1 to 3 s each on 2 shared cores).
jest.setTimeout(120_000);

/** What changes between the steps: the title of the tile the alert watches, and the order of the line tiles. */
interface Layout {
  errorsTitle: string;
  reversed: boolean;
}

const INITIAL: Layout = { errorsTitle: 'Errors', reversed: false };
const UPDATED: Layout = { errorsTitle: 'Error rate', reversed: true };

/** As `terraform state list` orders them. */
const MANAGED = ['clickstack_alert.error_search', 'clickstack_alert.errors', 'clickstack_dashboard.main', 'clickstack_saved_search.errors', 'clickstack_webhook.oncall'];
/** Referenced objects before the objects referring to them. */
const IMPORT_ORDER = ['clickstack_webhook.oncall', 'clickstack_saved_search.errors', 'clickstack_dashboard.main', 'clickstack_alert.errors', 'clickstack_alert.error_search'];

/** Names carry the flavor, so that what each run made is told apart in the emulator's request log and in failures. */
function configuration(flavor: FlavorName, { errorsTitle, reversed }: Layout): string {
  const lineTiles = [
    `{
      key  = "errors"
      name = "${errorsTitle}"
      x = 0, y = 0, w = 12, h = 4
      source_id = data.clickstack_source.logs.id
      select    = [{ agg_fn = "count", where = "SeverityText:error", alias = "errors" }]
      group_by  = "ServiceName"
    }`,
    `{
      name = "Warnings"
      x = 0, y = 10, w = 12, h = 4
      source_id = data.clickstack_source.logs.id
      select    = [{ agg_fn = "count", where = "SeverityText:warn" }]
    }`,
  ];
  if (reversed) lineTiles.reverse();
  return `
data "clickstack_source" "logs" {
  name = "Logs"
}

data "clickstack_source" "traces" {
  name = "Traces"
}

resource "clickstack_webhook" "oncall" {
  name    = "e2e ${flavor} on-call"
  service = "generic"
  url     = "https://hooks.example.com/e2e/${flavor}"
  body    = jsonencode({ text = "{{title}}" })
}

resource "clickstack_dashboard" "main" {
  name = "e2e ${flavor} service health"
  tags = ["e2e"]

  markdown_tiles = [{
    name = "About"
    x = 18, y = 0, w = 6, h = 4
    text = "Managed by Terraform."
  }]

  line_tiles = [
    ${lineTiles.join(',\n    ')},
  ]

  number_tiles = [{
    name = "Requests"
    x = 12, y = 0, w = 6, h = 4
    source_id     = data.clickstack_source.traces.id
    select        = [{ agg_fn = "count" }]
    number_format = { output = "number", average = true }
  }]

  table_tiles = [{
    name = "Slowest operations"
    x = 0, y = 4, w = 12, h = 6
    source_id = data.clickstack_source.traces.id
    select    = [{ agg_fn = "quantile", level = 0.95, value_expression = "Duration", alias = "p95" }]
    group_by  = "SpanName"
  }]

  search_tiles = [{
    name = "Recent errors"
    x = 12, y = 4, w = 12, h = 6
    source_id = data.clickstack_source.logs.id
    select    = "Timestamp, ServiceName, Body"
    where     = "SeverityText:error"
  }]
}

resource "clickstack_alert" "errors" {
  name           = "Errors"
  dashboard_id   = clickstack_dashboard.main.id
  tile_id        = clickstack_dashboard.main.tile_ids["errors"]
  threshold      = 10
  threshold_type = "above"
  interval       = "5m"
  channels       = [{ webhook_id = clickstack_webhook.oncall.id }]
}

resource "clickstack_saved_search" "errors" {
  name      = "e2e ${flavor} errors"
  source_id = data.clickstack_source.logs.id
  where     = "SeverityText:error"
}

resource "clickstack_alert" "error_search" {
  name            = "Errors out of band"
  saved_search_id = clickstack_saved_search.errors.id
  threshold       = 5
  threshold_max   = 50
  threshold_type  = "not_between"
  interval        = "15m"
  channels        = [{ webhook_id = clickstack_webhook.oncall.id }]
}
`;
}

const suite = emulatorAndProvider();

describe.each(FLAVORS)('%s', (flavor) => {
  let target: FlavorTarget;
  let ws: Workspace;
  /** Server ids by resource address, as in state. */
  const ids = async (): Promise<Record<string, string>> => {
    const state = await ws.show();
    return Object.fromEntries(MANAGED.map((address) => [address, resourceValues(state, address)?.id as string]));
  };
  const dashboardValues = async () => resourceValues(await ws.show(), 'clickstack_dashboard.main')!;

  beforeAll(() => {
    target = targetFor(suite.emulator, flavor);
    ws = flavorWorkspace(suite.provider, target);
    ws.write('main.tf', configuration(flavor, INITIAL));
  });

  afterAll(async () => {
    ws?.dispose();
    await target?.client.close();
  });

  test('init installs the provider offline', async () => {
    const init = await ws.terraform('init');
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
  });

  test('apply creates a dashboard of several tile types on sources found by name, a webhook, a tile alert, and a saved search with its alert', async () => {
    const apply = await ws.apply();
    expect(apply.stderr).toBe('');
    expect(apply.code).toBe(0);
    expect(apply.stdout).toContain('Apply complete! Resources: 5 added, 0 changed, 0 destroyed.');
    expect((await ws.stateList()).filter((address) => !address.startsWith('data.'))).toEqual(MANAGED);

    const created = await ids();
    const dashboard = await target.client.dashboards.get(created['clickstack_dashboard.main']);
    // Sent grouped by type, in the schema's order, whatever order the configuration writes the lists in.
    expect(dashboard.tiles.map((tile) => [tile.name, tile.config.displayType])).toEqual([
      ['Errors', 'line'],
      ['Warnings', 'line'],
      ['Slowest operations', 'table'],
      ['Requests', 'number'],
      ['Recent errors', 'search'],
      ['About', 'markdown'],
    ]);
    const errorsTileId = ((await dashboardValues()).tile_ids as Record<string, string>).errors;
    expect(dashboard.tiles[0].id).toBe(errorsTileId);
    const tileAlert = await target.client.alerts.get(created['clickstack_alert.errors']);
    expect(tileAlert).toMatchObject({ source: 'tile', dashboardId: dashboard.id, tileId: errorsTileId, threshold: 10, thresholdType: 'above' });
    expect(tileAlert.channel).toMatchObject({ type: 'webhook', webhookId: created['clickstack_webhook.oncall'] });
    const searchAlert = await target.client.alerts.get(created['clickstack_alert.error_search']);
    expect(searchAlert).toMatchObject({ source: 'saved_search', savedSearchId: created['clickstack_saved_search.errors'], thresholdMax: 50 });
  });

  test('a second plan finds no changes', async () => {
    const plan = await ws.plan();
    expect(plan.stderr).toBe('');
    expect(plan.stdout).toContain('No changes.');
    expect(plan.code).toBe(0);
  });

  test('edits made through the API show as drift, and apply reverts them', async () => {
    const existing = await ids();
    const dashboardId = existing['clickstack_dashboard.main'];
    await editLikeTheUi(suite.emulator, flavor, 'dashboards', dashboardId, (dashboard) => {
      dashboard.name = 'Renamed in the UI';
      for (const tile of dashboard.tiles) if (tile.config.displayType === 'markdown') tile.config.markdown = 'Edited in the UI.';
    });
    const alertId = existing['clickstack_alert.errors'];
    await editLikeTheUi(suite.emulator, flavor, 'alerts', alertId, (alert) => void (alert.threshold = 99));

    const plan = await ws.plan();
    expect(plan.stderr).toBe('');
    expect(plan.code).toBe(2);
    expect(plan.stdout).toContain('# clickstack_dashboard.main will be updated in-place');
    expect(plan.stdout).toMatch(/~ name\s+= "Renamed in the UI" -> "e2e .* service health"/);
    expect(plan.stdout).toMatch(/~ text\s+= "Edited in the UI." -> "Managed by Terraform."/);
    expect(plan.stdout).toContain('# clickstack_alert.errors will be updated in-place');
    expect(plan.stdout).toMatch(/~ threshold\s+= 99 -> 10/);
    expect(plan.stdout).toContain('Plan: 0 to add, 2 to change, 0 to destroy.');

    const apply = await ws.apply();
    expect(apply.stderr).toBe('');
    expect(apply.code).toBe(0);
    expect((await target.client.dashboards.get(dashboardId)).name).toBe(`e2e ${flavor} service health`);
    expect((await target.client.alerts.get(alertId)).threshold).toBe(10);
    expect((await ws.plan()).code).toBe(0);
  });

  test('tiles the UI holds in another order show no difference', async () => {
    const dashboardId = (await ids())['clickstack_dashboard.main'];
    const reordered = await editLikeTheUi(suite.emulator, flavor, 'dashboards', dashboardId, (dashboard) => void dashboard.tiles.reverse());
    expect(reordered.tiles.map((tile: { name: string }) => tile.name)).toEqual(['About', 'Recent errors', 'Requests', 'Slowest operations', 'Warnings', 'Errors']);
    const plan = await ws.plan();
    expect(plan.stderr).toBe('');
    expect(plan.stdout).toContain('No changes.');
    expect(plan.code).toBe(0);
  });

  test('renaming and reordering line tiles updates the dashboard in place, and the tile alert survives', async () => {
    const before = await ids();
    const tileIdsBefore = (await dashboardValues()).tile_ids as Record<string, string>;
    ws.write('main.tf', configuration(flavor, UPDATED));

    const plan = await ws.plan();
    expect(plan.code).toBe(2);
    expect(plan.stdout).toContain('Plan: 0 to add, 1 to change, 0 to destroy.');
    expect(plan.stdout).toContain('# clickstack_dashboard.main will be updated in-place');

    const apply = await ws.apply();
    expect(apply.stderr).toBe('');
    expect(apply.code).toBe(0);
    expect(await ids()).toEqual(before);
    expect((await dashboardValues()).tile_ids).toEqual(tileIdsBefore);

    const dashboard = await target.client.dashboards.get(before['clickstack_dashboard.main']);
    expect(dashboard.tiles.map((tile) => tile.name)).toEqual(['Warnings', 'Error rate', 'Slowest operations', 'Requests', 'Recent errors', 'About']);
    const alert = await target.client.alerts.get(before['clickstack_alert.errors']);
    expect(alert.tileId).toBe(tileIdsBefore.errors);
    expect(dashboard.tiles.find((tile) => tile.name === 'Error rate')?.id).toBe(tileIdsBefore.errors);

    const again = await ws.plan();
    expect(again.stdout).toContain('No changes.');
    expect(again.code).toBe(0);
  });

  // Tile keys live only in Terraform (the API has no such field), so importing into a configuration that sets them
  // plans one in-place update that records the keys: the tile ids stay, so no tile alert is touched.
  test('terraform import by id, into a workspace of the same configuration, adopts the tile keys and then plans no changes', async () => {
    const existing = await ids();
    const tileIdsBefore = (await dashboardValues()).tile_ids as Record<string, string>;
    const importer = flavorWorkspace(suite.provider, target);
    try {
      importer.write('main.tf', configuration(flavor, UPDATED));
      expect((await importer.terraform('init')).code).toBe(0);
      const failures: string[] = [];
      for (const address of IMPORT_ORDER) {
        const imported = await importer.terraform('import', address, existing[address]);
        if (imported.code !== 0 || !imported.stdout.includes('Import successful!')) failures.push(`${address}: ${imported.stderr.trim()}`);
      }
      expect(failures).toEqual([]);

      const plan = await importer.plan();
      expect(plan.stderr).toBe('');
      expect(plan.code).toBe(2);
      expect(plan.stdout).toContain('Plan: 0 to add, 1 to change, 0 to destroy.');
      expect(plan.stdout).toContain('# clickstack_dashboard.main will be updated in-place');
      expect(plan.stdout).toMatch(/\+ key\s+= "errors"/);
      expect(plan.stdout).not.toContain('known after apply');

      const apply = await importer.apply();
      expect(apply.stderr).toBe('');
      expect(apply.code).toBe(0);
      const alert = await target.client.alerts.get(existing['clickstack_alert.errors']);
      expect(alert.tileId).toBe(tileIdsBefore.errors);

      const again = await importer.plan();
      expect(again.stdout).toContain('No changes.');
      expect(again.code).toBe(0);
    } finally {
      importer.dispose(); // the objects stay: they belong to the main workspace
    }
  });

  test('import blocks with -generate-config-out write configuration that then plans with no changes', async () => {
    const existing = await ids();
    const importer = flavorWorkspace(suite.provider, target);
    try {
      const imported = (address: string) => `${address}_imported`;
      importer.write('imports.tf', IMPORT_ORDER.map((address) => `import {\n  to = ${imported(address)}\n  id = "${existing[address]}"\n}\n`).join('\n'));
      expect((await importer.terraform('init')).code).toBe(0);
      const generate = await importer.plan('-generate-config-out=generated.tf');
      expect(generate.stderr).toBe('');
      expect(generate.stdout).toContain('Plan: 5 to import, 0 to add, 0 to change, 0 to destroy.');
      const generated = importer.read('generated.tf');
      for (const address of IMPORT_ORDER) expect(generated).toContain(`resource "${address.split('.')[0]}" "${imported(address).split('.')[1]}"`);

      const apply = await importer.apply();
      expect(apply.stderr).toBe('');
      expect(apply.stdout).toContain('Apply complete! Resources: 5 imported, 0 added, 0 changed, 0 destroyed.');
      importer.remove('imports.tf');
      const plan = await importer.plan();
      expect(plan.stderr).toBe('');
      expect(plan.stdout).toContain('No changes.');
      expect(plan.code).toBe(0);
    } finally {
      importer.dispose(); // the objects stay: they belong to the main workspace
    }
  });

  test('objects deleted behind Terraform’s back are planned for creation, with the alerts the server deleted with them', async () => {
    const before = await ids();
    await target.client.dashboards.delete(before['clickstack_dashboard.main']);
    await target.client.savedSearches.delete(before['clickstack_saved_search.errors']);

    const plan = await ws.plan();
    expect(plan.stderr).toBe('');
    expect(plan.code).toBe(2);
    for (const address of ['clickstack_dashboard.main', 'clickstack_alert.errors', 'clickstack_saved_search.errors', 'clickstack_alert.error_search'])
      expect(plan.stdout).toContain(`# ${address} will be created`);
    expect(plan.stdout).toContain('Plan: 4 to add, 0 to change, 0 to destroy.');

    const apply = await ws.apply();
    expect(apply.stderr).toBe('');
    expect(apply.code).toBe(0);
    const after = await ids();
    expect(after['clickstack_webhook.oncall']).toBe(before['clickstack_webhook.oncall']);
    expect(after['clickstack_dashboard.main']).not.toBe(before['clickstack_dashboard.main']);
    expect((await ws.plan()).code).toBe(0);
  });

  test('destroy deletes every object', async () => {
    const existing = await ids();
    const destroy = await ws.terraform('destroy', '-auto-approve');
    expect(destroy.stderr).toBe('');
    expect(destroy.code).toBe(0);
    expect(destroy.stdout).toContain('Destroy complete! Resources: 5 destroyed.');
    expect(await ws.stateList()).toEqual([]);
    await expect(target.client.dashboards.get(existing['clickstack_dashboard.main'])).rejects.toBeInstanceOf(NotFoundError);
    await expect(target.client.alerts.get(existing['clickstack_alert.errors'])).rejects.toBeInstanceOf(NotFoundError);
    await expect(target.client.savedSearches.get(existing['clickstack_saved_search.errors'])).rejects.toBeInstanceOf(NotFoundError);
    expect((await target.client.webhooks.list()).map((webhook) => webhook.id)).not.toContain(existing['clickstack_webhook.oncall']);
  });
});

test('a webhook whose body is JSON with spaces, imported with -generate-config-out, plans with no changes', async () => {
  // Terraform writes a JSON string as jsonencode(...) in generated configuration, which drops the spaces.
  const target = targetFor(suite.emulator, 'oss');
  const webhook = await target.client.webhooks.create({
    name: 'e2e spaced body',
    service: 'generic',
    url: 'https://hooks.example.com/e2e/spaced',
    body: '{"text": "{{title}}"}',
  });
  const ws = flavorWorkspace(suite.provider, target);
  try {
    ws.write('imports.tf', `import {\n  to = clickstack_webhook.spaced\n  id = "${webhook.id}"\n}\n`);
    expect((await ws.terraform('init')).code).toBe(0);
    const generate = await ws.plan('-generate-config-out=generated.tf');
    expect(generate.stderr).toBe('');
    expect(ws.read('generated.tf')).toContain('resource "clickstack_webhook" "spaced"');
    expect(generate.stdout).toContain('Plan: 1 to import, 0 to add, 0 to change, 0 to destroy.');
  } finally {
    ws.dispose();
    await target.client.webhooks.delete(webhook.id);
    await target.client.close();
  }
});

test('the same webhook name applies on both flavors of one --flavor both emulator: two deployments, as two real servers', async () => {
  const targets = FLAVORS.map((flavor) => targetFor(suite.emulator, flavor));
  const workspaces = targets.map((target) => flavorWorkspace(suite.provider, target));
  try {
    for (const ws of workspaces) {
      ws.write('main.tf', 'resource "clickstack_webhook" "deploys" {\n  name    = "e2e deploys"\n  service = "generic"\n  url     = "https://hooks.example.com/e2e/deploys"\n}\n');
      expect((await ws.terraform('init')).code).toBe(0);
      const apply = await ws.apply();
      expect(apply.stderr).toBe('');
      expect(apply.stdout).toContain('Apply complete! Resources: 1 added, 0 changed, 0 destroyed.');
    }
    const [ossIds, cloudIds] = await Promise.all(targets.map(async (target) => (await target.client.webhooks.list()).filter((webhook) => webhook.name === 'e2e deploys').map((webhook) => webhook.id)));
    expect([ossIds.length, cloudIds.length]).toEqual([1, 1]);
    expect(ossIds[0]).not.toBe(cloudIds[0]);
    for (const ws of workspaces) expect((await ws.terraform('destroy', '-auto-approve')).code).toBe(0);
  } finally {
    workspaces.forEach((ws) => ws.dispose());
    await Promise.all(targets.map((target) => target.client.close()));
  }
});
