// A workspace of many objects, for the request-count tests and the benchmarks: dashboards of line tiles, one tile
// alert per dashboard (sending to the webhooks in turn), webhooks and saved searches, on the seeded `Logs` source found
// by name. Resources use `count`, so the configuration stays a few lines whatever the scale.
import { type EmulatorHandle, SEED_IDS, startEmulator } from '../../emulator';
import type { FlavorName } from '../../provider/client';
import { type FlavorTarget, flavorWorkspace, targetFor } from './clickstack-workspaces';
import { installProvider, type Workspace } from './terraform-cli';

export interface Scale {
  dashboards: number;
  /** Line tiles on each dashboard; 1 unless set. */
  tilesPerDashboard?: number;
  /** One per dashboard, so at most `dashboards`; they need at least one webhook. */
  tileAlerts: number;
  webhooks: number;
  savedSearches: number;
}

/** The workspace of issue 12: what a refresh must read in at most 10 requests. */
export const REFRESH_SCALE: Scale = { dashboards: 200, tileAlerts: 200, webhooks: 20, savedSearches: 20 };

export const objectCount = (scale: Scale): number => scale.dashboards + scale.tileAlerts + scale.webhooks + scale.savedSearches;

/**
 * The dashboard schema a configuration is written for: 1 (today's) lists tiles by type (`line_tiles`); 0, that of
 * builds before the reshape (such as the benchmarks' baseline), has one `tiles` list, each tile's type nested in `config`.
 */
export type DashboardSchemaVersion = 0 | 1;

/** The dashboard's line tiles (`tile` is a tile's index) in the shape of `version`: the same tiles either way. */
function lineTiles(version: DashboardSchemaVersion, tilesPerDashboard: number): string {
  const chart = [
    'source_id = data.clickstack_source.logs.id',
    'select    = [{ agg_fn = "count", where = tile == 0 ? "SeverityText:error" : "SeverityText:error ServiceName:svc-${tile}" }]',
    'group_by  = tile == 0 ? null : "ServiceName"',
  ];
  const [attribute, fields] = version === 1 ? ['line_tiles', chart] : ['tiles', ['config = { line = {', ...chart.map((line) => `  ${line}`), '} }']];
  const tile = ['key  = tile == 0 ? "errors" : null', 'name = tile == 0 ? "Errors" : "Errors of service ${tile}"', 'x = 0, y = 4 * tile, w = 12, h = 4', ...fields];
  return [`${attribute} = [for tile in range(${tilesPerDashboard}) : {`, ...tile.map((line) => `  ${line}`), '}]'].join('\n  ');
}

/**
 * main.tf for `scale`, its dashboards in the shape of `dashboardSchema` (default: today's). Names carry `prefix` (the
 * flavor, say), so that each run's objects are told apart.
 */
export function configurationAtScale(prefix: FlavorName | string, scale: Scale, { dashboardSchema = 1 }: { dashboardSchema?: DashboardSchemaVersion } = {}): string {
  if (scale.tileAlerts > scale.dashboards) throw new Error('one tile alert per dashboard at most');
  if (scale.tileAlerts > 0 && scale.webhooks === 0) throw new Error('tile alerts need a webhook to send to');
  return `
data "clickstack_source" "logs" {
  name = "Logs"
}

resource "clickstack_webhook" "hook" {
  count   = ${scale.webhooks}
  name    = "${prefix} hook \${count.index}"
  service = "generic"
  url     = "https://hooks.example.com/${prefix}/\${count.index}"
}

resource "clickstack_saved_search" "search" {
  count     = ${scale.savedSearches}
  name      = "${prefix} search \${count.index}"
  source_id = data.clickstack_source.logs.id
  where     = "ServiceName:svc-\${count.index}"
}

resource "clickstack_dashboard" "board" {
  count = ${scale.dashboards}
  name  = "${prefix} board \${count.index}"
  ${lineTiles(dashboardSchema, scale.tilesPerDashboard ?? 1)}
}

resource "clickstack_alert" "tile" {
  count          = ${scale.tileAlerts}
  dashboard_id   = clickstack_dashboard.board[count.index].id
  tile_id        = clickstack_dashboard.board[count.index].tile_ids["errors"]
  threshold      = 10
  threshold_type = "above"
  interval       = "5m"
  channels       = [{ webhook_id = clickstack_webhook.hook[count.index % ${Math.max(scale.webhooks, 1)}].id }]
}
`;
}

/**
 * main.tf of an environment's sources at scale: `sources` log sources, each on a connection of its own on OSS (where
 * the provider manages connections) and on the seeded connection on Managed ClickStack. Names carry `prefix`.
 */
export function sourcesAtScale(prefix: string, sources: number, flavor: FlavorName): string {
  const connection =
    flavor === 'oss'
      ? `resource "clickstack_connection" "warehouse" {
  count    = ${sources}
  name     = "${prefix} warehouse \${count.index}"
  host     = "http://clickhouse-\${count.index}:8123"
  username = "default"
}
`
      : '';
  return `${connection}
resource "clickstack_source" "logs" {
  count                      = ${sources}
  name                       = "${prefix} logs \${count.index}"
  kind                       = "log"
  connection_id              = ${flavor === 'oss' ? 'clickstack_connection.warehouse[count.index].id' : `"${SEED_IDS.connection}"`}
  database                   = "default"
  table                      = "otel_logs_\${count.index}"
  timestamp_value_expression = "TimestampTime"
  log = {
    default_table_select_expression = "Timestamp, ServiceName, Body"
    body_expression                 = "Body"
  }
}
`;
}

/** An emulator of one flavor and an initialised workspace at a scale, for the tests of one suite. */
export interface ScaleSuite {
  readonly emulator: EmulatorHandle;
  readonly target: FlavorTarget;
  readonly ws: Workspace;
}

/**
 * Starts, before the suite's tests, an emulator of `flavor` with `rateLimit` (the provider is held to the same limit;
 * without one, to none that matters) and a workspace of `scale` on it, after `terraform init`; stops both after them.
 * Call it in a describe block; the fields are set once its tests run.
 */
export function useWorkspaceAtScale(flavor: FlavorName, scale: Scale, rateLimit: { limit: number; windowMs: number } | false): ScaleSuite {
  const suite = {} as { emulator: EmulatorHandle; target: FlavorTarget; ws: Workspace };
  beforeAll(async () => {
    suite.emulator = await startEmulator({ flavor, rateLimit });
    suite.target = targetFor(suite.emulator, flavor);
    suite.ws = flavorWorkspace(installProvider('clickstack'), suite.target);
    if (rateLimit) {
      const setting = `rate_limit = { requests = ${rateLimit.limit}, window_seconds = ${rateLimit.windowMs / 1000} }`;
      suite.ws.write('providers.tf', suite.ws.read('providers.tf').replace(/rate_limit = \{[^}]*\}/, setting));
    }
    suite.ws.write('main.tf', configurationAtScale(flavor, scale));
    const init = await suite.ws.terraform('init');
    if (init.code !== 0) throw new Error(`terraform init failed:\n${init.stderr}`);
  });
  afterAll(async () => {
    suite.ws?.dispose();
    await suite.target?.client.close();
    await suite.emulator?.close();
  });
  return suite;
}
