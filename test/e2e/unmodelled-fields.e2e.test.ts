// A newer server returns fields this provider does not model: the emulator's extraFields option (emulator RULES
// §14) adds them to every source and dashboard read, on the document and on every tile, tile config, select item and
// filter. Through the real terraform, once per flavor: apply, then plan shows no changes; an update carries on; the
// data sources read past them.
import { type EmulatorHandle, startEmulator } from '../../emulator';
import { payload, send } from '../support/emulator-http';
import { type FlavorTarget, flavorWorkspace, targetFor } from '../support/clickstack-workspaces';
import { FLAVORS } from '../support/emulator-clients';
import type { FlavorName } from '../../provider/client';
import { installProvider, type InstalledProvider, resourceValues, Workspace } from '../support/terraform-cli';

// A step runs terraform two or three times (1 to 3 s each on 2 shared cores).
jest.setTimeout(120_000);

const ADDRESS = 'clickstack_dashboard.newer';

let emulator: EmulatorHandle;
let provider: InstalledProvider;

beforeAll(async () => {
  emulator = await startEmulator({ flavor: 'both', rateLimit: false, extraFields: true });
  provider = installProvider('clickstack');
});

afterAll(async () => {
  await emulator?.close();
});

const configuration = (flavor: FlavorName, name: string) => `
data "clickstack_source" "logs" {
  name = "Logs"
}

data "clickstack_sources" "all" {}

resource "clickstack_dashboard" "newer" {
  name = "${name}"
  containers = [{ id = "main", title = "Main", tabs = [{ id = "one", title = "One" }] }]
  line_tiles = [{
    name = "Errors"
    x = 0, y = 0, w = 12, h = 4
    container_id = "main"
    tab_id       = "one"
    source_id    = data.clickstack_source.logs.id
    select       = [{ agg_fn = "count", where = "SeverityText:error" }, { agg_fn = "avg", value_expression = "Duration" }]
    group_by     = "ServiceName"
  }]
  sql_line_tiles = [{
    name = "Raw"
    x = 12, y = 0, w = 12, h = 4
    connection_id = data.clickstack_source.logs.connection
    sql_template  = "SELECT 1"
  }]
  markdown_tiles = [{
    name = "Notes"
    x = 0, y = 4, w = 6, h = 2
    text = "${flavor}"
  }]
  filters = [{ name = "Service", expression = "ServiceName", source_id = data.clickstack_source.logs.id }]
}

output "source_count" {
  value = length(data.clickstack_sources.all.sources)
}
`;

async function expectNoChanges(ws: Workspace): Promise<void> {
  const plan = await ws.plan();
  expect(plan.stderr).toBe('');
  expect(plan.stdout).toContain('No changes.');
  expect(plan.code).toBe(0);
}

describe.each(FLAVORS)('%s', (flavor) => {
  let target: FlavorTarget;
  let ws: Workspace;

  beforeAll(async () => {
    target = targetFor(emulator, flavor);
    ws = flavorWorkspace(provider, target);
    ws.write('main.tf', configuration(flavor, `e2e ${flavor} newer server`));
    const init = await ws.terraform('init');
    if (init.code !== 0) throw new Error(`terraform init failed:\n${init.stderr}`);
  });
  afterAll(async () => {
    ws?.dispose();
    await target?.client.close();
  });

  test('apply succeeds while every read carries fields the provider does not model', async () => {
    const apply = await ws.apply();
    expect(apply.stderr).toBe('');
    expect(apply.code).toBe(0);
    const id = String(resourceValues(await ws.show(), ADDRESS)!.id);
    const read = payload(flavor, await send(emulator, flavor, 'GET', `/dashboards/${id}`));
    const extra = { newerServerNote: expect.any(String), newerServerSettings: expect.any(Object) };
    for (const level of [read, read.tiles[0], read.tiles[0].config, read.tiles[0].config.select[1], read.filters[0]]) expect(level).toMatchObject(extra);
  });

  test('a second plan finds no changes', async () => {
    await expectNoChanges(ws);
  });

  test('an update applies in place and then plans no changes', async () => {
    ws.write('main.tf', configuration(flavor, `e2e ${flavor} newer server, renamed`));
    const apply = await ws.apply();
    expect(apply.stderr).toBe('');
    expect(apply.stdout).toContain('Apply complete! Resources: 0 added, 1 changed, 0 destroyed.');
    await expectNoChanges(ws);
  });
});
