// A corpus of bad configurations run through the real terraform: each must fail with exactly the listed diagnostics
// (summary, detail, and the configuration line terraform points at), and nothing else.
//
// Terraform places a diagnostic only through nested blocks and one index into an argument, so a path into a nested
// attribute (`line_tiles[0].x`) is cut by the provider at the list element (the tile's opening line, marked `# the tile`
// in these configurations), and the full path leads the detail.
import type { EmulatorHandle } from '../../emulator';
import { type FlavorTarget, TERRAFORM_BLOCK, flavorWorkspace, startTestEmulator, targetFor } from '../support/clickstack-workspaces';
import { FLAVORS } from '../support/emulator-clients';
import type { FlavorName } from '../../provider/client';
import { parseDiagnostics, type TerraformDiagnostic } from '../support/terraform-diagnostics';
import { installProvider, Workspace } from '../support/terraform-cli';

// Each case runs terraform once (1 to 3 s on 2 shared cores).
jest.setTimeout(60_000);

interface ExpectedDiagnostic {
  summary: string;
  /** Compared with whitespace runs collapsed, as terraform wraps long details. */
  detail: string;
  /** Text of the one configuration line the diagnostic points at; absent when it points at none. */
  pointsAt?: string;
  severity?: 'Error' | 'Warning';
}

interface BadConfig {
  name: string;
  /** `validate` checks the configuration alone; `plan` also configures the provider (flavor rules, lookups). */
  command: 'validate' | 'plan';
  /** The flavor the provider is configured for. Default: oss. */
  flavor?: FlavorName;
  /** Replaces the flavor's provider block, for provider configuration cases. */
  providerBlock?: string;
  /** main.tf */
  hcl: string;
  expected: ExpectedDiagnostic[];
}

const LOGS = '64f0000000000000000000a1';
const TRACES = '64f0000000000000000000a2';
const SESSIONS = '64f0000000000000000000a4';
const WEBHOOK = '64f0000000000000000000b1';
const CONNECTION = '64f0000000000000000000c1';
/** A well-formed source id that no seeded source has. */
const UNKNOWN_SOURCE = '64f0000000000000000000af';

/** A dashboard with one tile of `type`; `attributes` are the lines of the tile's own attributes, `tile` more lines. */
function dashboard({ type = 'line', attributes, tile = '', containers = '' }: { type?: string; attributes: string; tile?: string; containers?: string }): string {
  return `resource "clickstack_dashboard" "bad" {
  name = "Bad"
${containers}
  ${type}_tiles = [
    { # the tile
      name = "Tile"
      x    = 0
      y    = 0
      w    = 12
      h    = 4
${tile}
${attributes}
    },
  ]
}
`;
}

/** A source of `kind` on the seeded connection; `fields` are the lines of its kind's own object. */
const source = (kind: string, fields: string) => `resource "clickstack_source" "bad" {
  name                       = "Bad"
  kind                       = "${kind}"
  connection_id              = "${CONNECTION}"
  database                   = "default"
  table                      = "otel"
  timestamp_value_expression = "Timestamp"
${fields}
}
`;

/** The lines of a line tile on the log source with the given select items. */
const lineOf = (...select: string[]) => `      source_id = "${LOGS}"
      select = [
        ${select.join(',\n        ')},
      ]`;

/** An alert on a saved search; `attributes` (HCL expressions by name) replace or add to the defaults. */
function alert(attributes: Record<string, string>): string {
  const all: Record<string, string> = {
    saved_search_id: '"64f0000000000000000000e1"',
    threshold: '10',
    threshold_type: '"above"',
    interval: '"15m"',
    channels: `[{ webhook_id = "${WEBHOOK}" }]`,
    ...attributes,
  };
  const lines = Object.entries(all).map(([name, value]) => `  ${name} = ${value}`);
  return `resource "clickstack_alert" "bad" {\n${lines.join('\n')}\n}\n`;
}

/** A saved search on the log source; `attributes` (HCL expressions by name) replace or add to the defaults. */
function savedSearch(attributes: Record<string, string>): string {
  const all: Record<string, string> = { name: '"Errors"', source_id: `"${LOGS}"`, ...attributes };
  const lines = Object.entries(all).map(([name, value]) => `  ${name} = ${value}`);
  return `resource "clickstack_saved_search" "bad" {\n${lines.join('\n')}\n}\n`;
}

const notLucene = (query: string, problem: string, language = 'where_language') =>
  `${JSON.stringify(query)} is not valid Lucene: ${problem}. For a SQL condition set \`${language} = "sql"\`.`;
const NOT_CLOSED = `the query ends where more is expected (is a "(", "[", "{" or '"' not closed?)`;
const INEXACT = 'Must be a number JSON carries exactly (a 64-bit double, about 15 significant digits)';

const TILE_LINE = '{ # the tile';
const invalidValue = (detail: string, pointsAt = TILE_LINE): ExpectedDiagnostic => ({ summary: 'Invalid attribute value', detail, pointsAt });
const invalidTileConfig = (detail: string): ExpectedDiagnostic => ({ summary: 'Invalid tile configuration', detail, pointsAt: TILE_LINE });

const CORPUS: BadConfig[] = [
  // --- provider configuration --------------------------------------------------------------------------------
  {
    name: 'provider: settings of both flavors',
    command: 'plan',
    providerBlock: `provider "clickstack" {
  endpoint        = "http://127.0.0.1:1"
  organization_id = "8d3e6c1a-2f4b-4a9d-b7c5-0e1f2a3b4c5d"
}
`,
    hcl: 'data "clickstack_sources" "all" {}\n',
    expected: [
      {
        summary: 'Conflicting ClickStack provider settings',
        detail:
          'Settings of both flavors are present. ClickStack OSS (HyperDX): `endpoint`. Managed ClickStack (ClickHouse Cloud): ' +
          '`organization_id`. Keep the settings of one flavor only.',
        pointsAt: 'organization_id = "8d3e6c1a-2f4b-4a9d-b7c5-0e1f2a3b4c5d"',
      },
    ],
  },

  {
    name: 'provider: Managed ClickStack without its key secret',
    command: 'plan',
    flavor: 'cloud',
    providerBlock: `provider "clickstack" {
  api_url         = "http://127.0.0.1:1"
  organization_id = "8d3e6c1a-2f4b-4a9d-b7c5-0e1f2a3b4c5d"
  service_id      = "5a7b9c1d-3e5f-4a6b-8c9d-1e2f3a4b5c6d"
  api_key_id      = "EMULATORKEYID0001"
}
`,
    hcl: 'data "clickstack_sources" "all" {}\n',
    expected: [
      {
        summary: 'Incomplete Managed ClickStack (ClickHouse Cloud) configuration',
        detail: '`api_key_secret` is not set: set it in the provider block or through the CLICKHOUSE_CLOUD_API_SECRET environment variable.',
        pointsAt: 'provider "clickstack" {',
      },
    ],
  },
  {
    name: 'provider: a rate limit of zero requests',
    command: 'validate',
    providerBlock: `provider "clickstack" {
  rate_limit = { requests = 0, window_seconds = 60 }
}
`,
    hcl: 'data "clickstack_sources" "all" {}\n',
    expected: [invalidValue('rate_limit.requests: Must be at least 1, got 0.', 'rate_limit = { requests = 0')],
  },

  // --- clickstack_dashboard ------------------------------------------------------------------------------------
  {
    name: 'dashboard: unknown aggregation',
    command: 'validate',
    hcl: dashboard({ attributes: lineOf('{ agg_fn = "median", value_expression = "Duration" }') }),
    expected: [
      invalidValue(
        'line_tiles[0].select[0].agg_fn: Must be one of "avg", "count", "count_distinct", "last_value", "max", "min", "quantile", "sum", "any", "none", "increase", got "median".',
      ),
    ],
  },
  {
    name: 'dashboard: unknown where language',
    command: 'validate',
    hcl: dashboard({ attributes: lineOf('{ agg_fn = "count", where = "level:error", where_language = "kql" }') }),
    expected: [invalidValue('line_tiles[0].select[0].where_language: Must be one of "lucene", "sql", got "kql".')],
  },
  {
    name: 'dashboard: unknown number format',
    command: 'validate',
    hcl: dashboard({ attributes: lineOf('{ agg_fn = "count", number_format = { output = "percentage" } }') }),
    expected: [invalidValue('line_tiles[0].select[0].number_format.output: Must be one of "currency", "percent", "byte", "time", "duration", "number", "data_rate", "throughput", got "percentage".')],
  },
  {
    name: 'dashboard: count with a value expression',
    command: 'validate',
    hcl: dashboard({ attributes: lineOf('{ agg_fn = "count", value_expression = "Duration" }') }),
    expected: [invalidTileConfig('line_tiles[0].select[0].value_expression: `value_expression` must not be set when `agg_fn` is "count".')],
  },
  {
    name: 'dashboard: avg without a value expression',
    command: 'validate',
    hcl: dashboard({ attributes: lineOf('{ agg_fn = "avg" }') }),
    expected: [invalidTileConfig('line_tiles[0].select[0].value_expression: `value_expression` is required when `agg_fn` is "avg".')],
  },
  {
    name: 'dashboard: level without quantile',
    command: 'validate',
    hcl: dashboard({ attributes: lineOf('{ agg_fn = "avg", value_expression = "Duration", level = 0.95 }') }),
    expected: [invalidTileConfig('line_tiles[0].select[0].level: `level` can only be set when `agg_fn` is "quantile".')],
  },
  {
    name: 'dashboard: quantile without level',
    command: 'validate',
    hcl: dashboard({ attributes: lineOf('{ agg_fn = "quantile", value_expression = "Duration" }') }),
    expected: [invalidTileConfig('line_tiles[0].select[0].level: `level` is required when `agg_fn` is "quantile".')],
  },
  {
    name: 'dashboard: a quantile level that does not exist',
    command: 'validate',
    hcl: dashboard({ attributes: lineOf('{ agg_fn = "quantile", value_expression = "Duration", level = 0.75 }') }),
    expected: [invalidValue('line_tiles[0].select[0].level: Must be one of 0.5, 0.9, 0.95, 0.99, got 0.75.')],
  },
  {
    name: 'dashboard: two select items on a pie',
    command: 'validate',
    hcl: dashboard({
      type: 'pie',
      attributes: `      source_id = "${LOGS}"
      select    = [{ agg_fn = "count" }, { agg_fn = "count_distinct", value_expression = "ServiceName" }]
      group_by  = "ServiceName"`,
    }),
    expected: [invalidValue('pie_tiles[0].select: Must have exactly 1 elements, got 2.')],
  },
  {
    name: 'dashboard: more than 20 select items',
    command: 'validate',
    hcl: dashboard({ attributes: lineOf(...Array.from({ length: 21 }, (_, i) => `{ agg_fn = "count", alias = "s${i}" }`)) }),
    expected: [invalidValue('line_tiles[0].select: Must have between 1 and 20 elements, got 21.')],
  },
  {
    name: 'dashboard: as_ratio with one select item',
    command: 'validate',
    hcl: dashboard({
      attributes: `      source_id = "${LOGS}"
      select    = [{ agg_fn = "count" }]
      as_ratio  = true`,
    }),
    expected: [invalidTileConfig('line_tiles[0].as_ratio: `as_ratio` needs exactly 2 select items, got 1.')],
  },
  {
    name: 'dashboard: a tile in a container that does not exist',
    command: 'validate',
    hcl: dashboard({ attributes: lineOf('{ agg_fn = "count" }'), tile: '      container_id = "missing"' }),
    expected: [{ summary: 'Invalid tile', detail: 'line_tiles[0].container_id: No container has the id "missing".', pointsAt: TILE_LINE }],
  },
  {
    name: 'dashboard: a tile on a tab its container does not have',
    command: 'validate',
    hcl: dashboard({
      attributes: lineOf('{ agg_fn = "count" }'),
      tile: '      container_id = "main"\n      tab_id       = "errors"',
      containers: '  containers = [{ id = "main", title = "Main", tabs = [{ id = "overview", title = "Overview" }] }]',
    }),
    expected: [{ summary: 'Invalid tile', detail: 'line_tiles[0].tab_id: Container "main" has no tab with the id "errors".', pointsAt: TILE_LINE }],
  },
  {
    name: 'dashboard: x beyond the 24-column grid',
    command: 'validate',
    hcl: dashboard({ attributes: lineOf('{ agg_fn = "count" }') }).replace('x    = 0', 'x    = 24'),
    expected: [invalidValue('line_tiles[0].x: Must be between 0 and 23, got 24.')],
  },
  {
    name: 'dashboard: more than 500 tiles over two lists',
    command: 'validate',
    hcl: `resource "clickstack_dashboard" "bad" {
  name           = "Bad"
  line_tiles     = [for i in range(300) : { name = "Line \${i}", x = 0, y = i, w = 1, h = 1, source_id = "${LOGS}", select = [{ agg_fn = "count" }] }]
  markdown_tiles = [for i in range(201) : { name = "Note \${i}", x = 1, y = i, w = 1, h = 1, text = "\${i}" }]
}
`,
    expected: [
      {
        summary: 'Too many tiles',
        detail: 'A dashboard holds at most 500 tiles, of all types together; these tile lists hold 501.',
        pointsAt: 'markdown_tiles = [for i in range(201)',
      },
    ],
  },
  {
    // Tiles without a key may share a name (dashboards made in the UI do); explicit keys may not.
    name: 'dashboard: two tiles with one key',
    command: 'validate',
    hcl: dashboard({ type: 'markdown', attributes: '      text = "a"', tile: '      key  = "notes"' }).replace(
      '  ]\n}',
      '  ]\n  search_tiles = [\n    { key = "notes", name = "More notes", x = 12, y = 0, w = 12, h = 4, source_id = "' + LOGS + '", select = "Body" },\n  ]\n}',
    ),
    expected: [{ summary: 'Duplicate tile key', detail: 'markdown_tiles[0].key: "notes" is already used at search_tiles[0].key.', pointsAt: TILE_LINE }],
  },
  {
    name: 'dashboard: an OSS-only attribute on Managed ClickStack',
    command: 'plan',
    flavor: 'cloud',
    hcl: dashboard({
      attributes: `      source_id    = "${TRACES}"
      select       = [{ agg_fn = "count" }]
      series_limit = 5`,
    }),
    expected: [
      {
        summary: 'Not available on Managed ClickStack',
        detail: 'line_tiles[0].series_limit: `series_limit` exists only on ClickStack OSS (HyperDX); remove it for Managed ClickStack.',
        pointsAt: TILE_LINE,
      },
    ],
  },

  // Numbers JSON cannot carry (what a double holds) and queries ClickStack cannot parse, caught before any request.
  {
    name: 'dashboard: a row beyond what a JSON number carries exactly',
    command: 'validate',
    hcl: dashboard({ type: 'markdown', attributes: '      text = "a"' }).replace('y    = 0', 'y    = 1e26'),
    expected: [invalidValue(`markdown_tiles[0].y: ${INEXACT}, got 100000000000000000000000000, which would reach the API as 100000000000000004764729344.`)],
  },
  {
    name: 'dashboard: a number format factor too small for a double',
    command: 'validate',
    hcl: dashboard({ attributes: lineOf('{ agg_fn = "count", number_format = { output = "number", factor = 1e-400 } }') }),
    expected: [invalidValue(`line_tiles[0].select[0].number_format.factor: ${INEXACT}, got 1e-400, which would reach the API as 0.`)],
  },
  {
    name: 'dashboard: a select item whose where is not Lucene',
    command: 'validate',
    hcl: dashboard({ attributes: lineOf('{ agg_fn = "count", where = "level:(error" }') }),
    expected: [{ summary: 'Invalid Lucene query', detail: `line_tiles[0].select[0].where: ${notLucene('level:(error', NOT_CLOSED)}`, pointsAt: TILE_LINE }],
  },
  {
    name: 'dashboard: a search tile whose query is not Lucene',
    command: 'validate',
    hcl: dashboard({ type: 'search', attributes: `      source_id = "${LOGS}"\n      select    = "Timestamp, Body"\n      where     = "ServiceName:api)"` }),
    expected: [
      { summary: 'Invalid Lucene query', detail: `search_tiles[0].where: ${notLucene('ServiceName:api)', 'unexpected ")" at character 16')}`, pointsAt: TILE_LINE },
    ],
  },
  {
    name: 'dashboard: a saved query that is not Lucene',
    command: 'validate',
    hcl: dashboard({ type: 'markdown', attributes: '      text = "a"' }).replace('  name = "Bad"', '  name = "Bad"\n  saved_query = ":ServiceName"'),
    expected: [
      {
        summary: 'Invalid Lucene query',
        detail: notLucene(':ServiceName', 'unexpected ":" at character 1', 'saved_query_language'),
        pointsAt: 'saved_query = ":ServiceName"',
      },
    ],
  },
  {
    name: 'dashboard: a filter condition said to be Lucene that is not',
    command: 'validate',
    hcl: dashboard({ type: 'markdown', attributes: '      text = "a"' }).replace(
      '  name = "Bad"',
      `  name = "Bad"\n  filters = [{ name = "Service", expression = "ServiceName", source_id = "${LOGS}", where = "level:[1 TO", where_language = "lucene" }]`,
    ),
    expected: [{ summary: 'Invalid Lucene query', detail: `filters[0].where: ${notLucene('level:[1 TO', NOT_CLOSED)}`, pointsAt: 'filters = [{ name = "Service"' }],
  },

  // The validate endpoint at plan time: only the server knows which sources exist. Its message names no field, so the
  // diagnostic points at the resource.
  ...FLAVORS.map(
    (flavor): BadConfig => ({
      name: `dashboard: a source the server does not know, refused by its validate endpoint (${flavor})`,
      command: 'plan',
      flavor,
      hcl: dashboard({ attributes: `      source_id = "${UNKNOWN_SOURCE}"\n      select    = [{ agg_fn = "count" }]` }),
      expected: [
        {
          summary: 'ClickStack rejects this dashboard',
          detail: `Could not find the following source IDs: ${UNKNOWN_SOURCE}`,
          pointsAt: 'resource "clickstack_dashboard" "bad" {',
        },
      ],
    }),
  ),

  // The server's own texts (emulator RULES §5.6, §5.10): a source of the wrong kind, a formula over a missing series.
  ...FLAVORS.map(
    (flavor): BadConfig => ({
      name: `dashboard: a heatmap on a log source, refused by the validate endpoint (${flavor})`,
      command: 'plan',
      flavor,
      hcl: dashboard({ type: 'heatmap', attributes: `      source_id = "${LOGS}"\n      select    = [{ value_expression = "Duration" }]` }),
      expected: [
        {
          summary: 'ClickStack rejects this dashboard',
          detail: `Heatmap tiles require a Trace source. The following source IDs are not Trace sources: ${LOGS}`,
          pointsAt: 'resource "clickstack_dashboard" "bad" {',
        },
      ],
    }),
  ),
  {
    name: 'dashboard: formulas on a session source, refused by the validate endpoint',
    command: 'plan',
    hcl: dashboard({ attributes: `      source_id = "${SESSIONS}"\n      select    = [{ agg_fn = "count" }]\n      formulas  = [{ expression = "A * 2" }]` }),
    expected: [
      {
        summary: 'ClickStack rejects this dashboard',
        detail: `Tiles with formulas require a Metric, Log, or Trace source. The following source IDs are not formula-capable: ${SESSIONS}`,
        pointsAt: 'resource "clickstack_dashboard" "bad" {',
      },
    ],
  },
  {
    name: 'dashboard: a formula over a series the tile does not have, refused by the validate endpoint',
    command: 'plan',
    hcl: dashboard({ attributes: `      source_id = "${LOGS}"\n      select    = [{ agg_fn = "count" }]\n      formulas  = [{ expression = "A + C" }]` }),
    expected: [
      {
        summary: 'ClickStack rejects this dashboard',
        detail: 'line_tiles[0].formulas[0].expression: Unknown series "C" — this chart only has series A through A (at tiles.0.config.formulas.0.expression)',
        pointsAt: TILE_LINE,
      },
    ],
  },

  // --- clickstack_alert ----------------------------------------------------------------------------------------
  {
    name: 'alert: between without threshold_max',
    command: 'validate',
    hcl: alert({ threshold_type: '"between"' }),
    expected: [{ summary: 'Invalid threshold', detail: '`threshold_max` is required with `threshold_type = "between"`.', pointsAt: 'resource "clickstack_alert" "bad" {' }],
  },
  {
    name: 'alert: threshold_max below threshold',
    command: 'validate',
    hcl: alert({ threshold_type: '"not_between"', threshold_max: '5' }),
    expected: [{ summary: 'Invalid threshold', detail: '`threshold_max` (5) must be at least `threshold` (10).', pointsAt: 'threshold_max = 5' }],
  },
  {
    name: 'alert: threshold_max on an above threshold',
    command: 'validate',
    hcl: alert({ threshold_max: '50' }),
    expected: [{ summary: 'Invalid threshold', detail: '`threshold_max` is only for `between` and `not_between` thresholds.', pointsAt: 'threshold_max = 50' }],
  },
  {
    name: 'alert: an interval that does not exist',
    command: 'validate',
    hcl: alert({ interval: '"2m"' }),
    expected: [invalidValue('Must be one of "1m", "5m", "15m", "30m", "1h", "6h", "12h", "1d", got "2m".', 'interval = "2m"')],
  },
  {
    name: 'alert: schedule offset not below the interval',
    command: 'validate',
    hcl: alert({ interval: '"5m"', schedule_offset_minutes: '5' }),
    expected: [{ summary: 'Invalid schedule', detail: '`schedule_offset_minutes` must be less than the interval (5 minutes).', pointsAt: 'schedule_offset_minutes = 5' }],
  },
  {
    name: 'alert: both a schedule offset and a start time',
    command: 'validate',
    hcl: alert({ schedule_offset_minutes: '2', schedule_start_at: '"2026-01-01T00:00:00Z"' }),
    expected: [
      { summary: 'Invalid schedule', detail: 'Set `schedule_start_at` or a non-zero `schedule_offset_minutes`, not both.', pointsAt: 'schedule_offset_minutes = 2' },
    ],
  },
  {
    name: 'alert: a start time without a time zone',
    command: 'validate',
    hcl: alert({ schedule_start_at: '"2026-01-01 00:00"' }),
    expected: [
      invalidValue('Must be an RFC 3339 time such as "2026-01-01T00:00:00Z", got "2026-01-01 00:00".', 'schedule_start_at = "2026-01-01 00:00"'),
    ],
  },
  {
    name: 'alert: on a tile and a saved search at once',
    command: 'validate',
    hcl: alert({ dashboard_id: '"64f0000000000000000000f1"', tile_id: '"64f0000000000000000000f2"' }),
    expected: [
      {
        summary: 'Invalid alert target',
        detail: 'An alert watches a tile (`dashboard_id` and `tile_id`) or a saved search (`saved_search_id`), not both.',
        pointsAt: 'saved_search_id = "64f0000000000000000000e1"',
      },
    ],
  },
  {
    name: 'alert: email recipients on ClickStack OSS',
    command: 'plan',
    flavor: 'oss',
    hcl: alert({ channels: '[{ email_recipients = ["oncall@example.com"] }]' }),
    expected: [
      {
        summary: 'Not available on ClickStack OSS',
        detail: 'channels[0].email_recipients: `email_recipients` exists only on Managed ClickStack; ClickStack OSS alerts notify webhooks.',
        pointsAt: 'channels = [{ email_recipients',
      },
    ],
  },
  {
    name: 'alert: two channels on Managed ClickStack',
    command: 'plan',
    flavor: 'cloud',
    hcl: alert({ channels: `[{ webhook_id = "${WEBHOOK}" }, { email_recipients = ["oncall@example.com"] }]` }),
    expected: [
      {
        summary: 'Not available on Managed ClickStack',
        detail: 'Managed ClickStack alerts have exactly one channel; 2 are set.',
        pointsAt: 'channels = [{ webhook_id',
      },
    ],
  },

  {
    name: 'alert: a threshold beyond the largest number JSON carries',
    command: 'validate',
    hcl: alert({ threshold: '1e400' }),
    expected: [invalidValue('Must be at most 1.7976931348623157e+308 in magnitude, the largest number JSON carries, got 1e400.', 'threshold = 1e400')],
  },
  {
    name: 'alert: a threshold more precise than a double',
    command: 'validate',
    hcl: alert({ threshold: '0.1000000000000000000001' }),
    expected: [invalidValue(`${INEXACT}, got 0.1000000000000000000001, which would reach the API as 0.1.`, 'threshold = 0.1000000000000000000001')],
  },
  {
    name: 'alert: a fractional schedule offset',
    command: 'validate',
    hcl: alert({ schedule_offset_minutes: '2.5' }),
    expected: [invalidValue('Must be a whole number, got 2.5.', 'schedule_offset_minutes = 2.5')],
  },
  {
    name: 'alert: one webhook as two channels',
    command: 'validate',
    hcl: alert({ channels: `[{ webhook_id = "${WEBHOOK}" }, { webhook_id = "${WEBHOOK}" }]` }),
    expected: [
      { summary: 'Invalid channel', detail: `channels[1].webhook_id: Webhook ${WEBHOOK} is already channel 0.`, pointsAt: 'channels = [{ webhook_id' },
    ],
  },

  // --- clickstack_saved_search ---------------------------------------------------------------------------------
  {
    name: 'saved search: a where that is not Lucene',
    command: 'validate',
    hcl: savedSearch({ where: '"SeverityText:error AND (ServiceName:api"' }),
    expected: [
      {
        summary: 'Invalid Lucene query',
        detail: notLucene('SeverityText:error AND (ServiceName:api', NOT_CLOSED),
        pointsAt: 'where = "SeverityText:error AND (ServiceName:api"',
      },
    ],
  },
  {
    name: 'saved search: a lucene filter that is not Lucene',
    command: 'validate',
    hcl: savedSearch({ filters: '[{ type = "lucene", condition = "level:error)" }]' }),
    expected: [
      {
        summary: 'Invalid Lucene query',
        detail: `filters[0].condition: ${notLucene('level:error)', 'unexpected ")" at character 12', 'type')}`,
        pointsAt: 'filters = [{ type = "lucene"',
      },
    ],
  },
  {
    name: 'saved search: created with a sql_ast filter, which only the UI can make',
    command: 'plan',
    hcl: savedSearch({ filters: `[{ type = "sql_ast", operator = "=", left = "ServiceName", right = "'api'" }]` }),
    expected: [
      {
        summary: 'sql_ast filter not creatable',
        detail:
          "filters[0].type: ClickStack's API takes a `sql_ast` filter only unchanged from the stored saved search: such filters are made in the " +
          'search UI. Make the saved search with the filter in the UI and import it, or use a `sql` filter (`col IN (...)`, `col NOT IN (...)` ' +
          'or `col BETWEEN a AND b`).',
        pointsAt: 'filters = [{ type = "sql_ast"',
      },
    ],
  },
  {
    name: 'saved search: a name with a leading space, which the server would trim',
    command: 'validate',
    hcl: savedSearch({ name: '" Errors"' }),
    expected: [invalidValue('Must be text without leading or trailing spaces (the server trims them), got " Errors".', 'name = " Errors"')],
  },

  // --- clickstack_webhook --------------------------------------------------------------------------------------
  {
    name: 'webhook: headers on a slack webhook',
    command: 'validate',
    hcl: `resource "clickstack_webhook" "bad" {
  name    = "Team channel"
  service = "slack"
  url     = "https://hooks.slack.com/services/T000/B000/XXXX"
  headers = { Authorization = "token" }
}
`,
    expected: [{ summary: 'Invalid webhook', detail: '`headers` is not supported for `slack` webhooks.', pointsAt: 'headers = { Authorization' }],
  },
  {
    name: 'webhook: created without a URL',
    command: 'plan',
    hcl: `resource "clickstack_webhook" "bad" {
  name    = "No URL"
  service = "generic"
}
`,
    expected: [{ summary: 'Missing webhook URL', detail: '`url` is required to create a webhook.', pointsAt: 'resource "clickstack_webhook" "bad" {' }],
  },
  {
    name: 'webhook: a service that does not exist',
    command: 'validate',
    hcl: `resource "clickstack_webhook" "bad" {
  name    = "On-call"
  service = "incident.io"
  url     = "https://api.incident.io/v2/alert_events/http/abc"
}
`,
    expected: [invalidValue('Must be one of "slack", "generic", "incidentio", "slack_api", "pagerduty_api", got "incident.io".', 'service = "incident.io"')],
  },

  // --- sources and connections ---------------------------------------------------------------------------------
  {
    name: 'source: a trace object on a log source',
    command: 'validate',
    hcl: source(
      'log',
      `  log = {\n    default_table_select_expression = "Body"\n  }\n  trace = {\n    default_table_select_expression = "SpanName"\n    trace_id_expression = "TraceId"\n` +
        `    span_id_expression = "SpanId"\n    parent_span_id_expression = "ParentSpanId"\n    span_name_expression = "SpanName"\n    span_kind_expression = "SpanKind"\n    duration_expression = "Duration"\n  }`,
    ),
    expected: [
      {
        summary: 'Invalid source',
        detail: '`trace` is set, but `kind` is `log`: set the fields of a `log` source only.',
        pointsAt: 'trace = {',
      },
    ],
  },
  {
    name: 'source: a log source without its log object',
    command: 'validate',
    hcl: source('log', ''),
    expected: [
      {
        summary: 'Invalid source',
        detail: '`log` is required when `kind` is `log`: it holds the fields the server requires of such a source.',
        pointsAt: 'resource "clickstack_source" "bad" {',
      },
    ],
  },
  {
    name: 'source: a metric source without a metric table',
    command: 'validate',
    hcl: source('metric', `  metric = {\n    tables = {}\n    resource_attributes_expression = "ResourceAttributes"\n  }`).replace('  table                      = "otel"\n', ''),
    expected: [{ summary: 'Invalid metric source', detail: 'metric.tables: At least one metric table must be set.', pointsAt: 'metric = {' }],
  },
  {
    name: 'source: a Managed ClickStack field on ClickStack OSS',
    command: 'plan',
    hcl: source('log', `  log = {\n    default_table_select_expression = "Body"\n    filter_settings = { database = "default", table = "otel_filters", columns = [] }\n  }`),
    expected: [
      {
        summary: 'Not available on ClickStack OSS',
        detail: 'log.filter_settings: `filter_settings` exists only on Managed ClickStack; ClickStack OSS drops it.',
        pointsAt: 'log = {',
      },
    ],
  },
  {
    name: 'connection: on Managed ClickStack',
    command: 'plan',
    flavor: 'cloud',
    hcl: 'resource "clickstack_connection" "bad" {\n  name     = "Warehouse"\n  host     = "http://clickhouse:8123"\n  username = "default"\n}\n',
    expected: [
      {
        summary: 'clickstack_connection is not available on Managed ClickStack (ClickHouse Cloud)',
        detail:
          'clickstack_connection exists on ClickStack OSS (HyperDX) only. The Managed ClickStack API has no connections or team routes: ClickHouse ' +
          "Cloud owns the service's connection and its members.",
        pointsAt: 'resource "clickstack_connection" "bad" {',
      },
    ],
  },
  {
    name: 'connection: an empty host',
    command: 'validate',
    hcl: 'resource "clickstack_connection" "bad" {\n  name     = "Warehouse"\n  host     = ""\n  username = "default"\n}\n',
    expected: [{ summary: 'Invalid attribute value', detail: 'Must be at least 1 character long, got 0.', pointsAt: 'host     = ""' }],
  },

  // --- data sources --------------------------------------------------------------------------------------------
  {
    name: 'source lookup: no source has the name',
    command: 'plan',
    hcl: 'data "clickstack_source" "missing" {\n  name = "Application logs"\n}\n',
    expected: [
      {
        summary: 'Source not found',
        detail:
          'No source has name "Application logs". Sources: "Logs" (kind log, id 64f0000000000000000000a1), "Traces" (kind trace, id ' +
          '64f0000000000000000000a2), "Metrics" (kind metric, id 64f0000000000000000000a3), "Sessions" (kind session, id 64f0000000000000000000a4).',
        pointsAt: 'name = "Application logs"',
      },
    ],
  },
  {
    name: 'source lookup: the name exists with another kind',
    command: 'plan',
    hcl: 'data "clickstack_source" "logs" {\n  name = "Logs"\n  kind = "trace"\n}\n',
    expected: [
      {
        summary: 'Source not found',
        detail:
          'No source has name "Logs" and kind "trace". Sources: "Logs" (kind log, id 64f0000000000000000000a1), "Traces" (kind trace, id ' +
          '64f0000000000000000000a2), "Metrics" (kind metric, id 64f0000000000000000000a3), "Sessions" (kind session, id 64f0000000000000000000a4).',
        pointsAt: 'name = "Logs"',
      },
    ],
  },
  {
    name: 'webhook lookup: no webhook has the name',
    command: 'plan',
    hcl: 'data "clickstack_webhook" "missing" {\n  name = "On-call"\n}\n',
    expected: [
      {
        summary: 'Webhook not found',
        detail: 'No webhook has name "On-call". Webhooks: "Alerts channel" (service generic, id 64f0000000000000000000b1).',
        pointsAt: 'name = "On-call"',
      },
    ],
  },
  {
    name: 'chart series: a series whose where is not Lucene',
    command: 'validate',
    hcl: `data "clickstack_chart_series" "bad" {
  start_time = "2026-01-01T00:00:00Z"
  end_time   = "2026-01-01T01:00:00Z"
  series     = [{ source_id = "${LOGS}", agg_fn = "count", where = "a:b)" }]
}
`,
    expected: [{ summary: 'Invalid Lucene query', detail: `series[0].where: ${notLucene('a:b)', 'unexpected ")" at character 4')}`, pointsAt: 'series     = [{' }],
  },
  {
    name: 'source lookup: both id and name',
    command: 'validate',
    hcl: `data "clickstack_source" "both" {\n  id   = "${LOGS}"\n  name = "Logs"\n}\n`,
    expected: [{ summary: 'Invalid source lookup', detail: 'Set only one of `id` and `name`.', pointsAt: 'name = "Logs"' }],
  },
];

let emulator: EmulatorHandle;
const workspaces = new Map<FlavorName, { ws: Workspace; target: FlavorTarget }>();

beforeAll(async () => {
  emulator = await startTestEmulator();
  const provider = installProvider('clickstack');
  for (const flavor of FLAVORS) {
    const target = targetFor(emulator, flavor);
    const ws = flavorWorkspace(provider, target);
    const init = await ws.terraform('init');
    if (init.code !== 0) throw new Error(`terraform init failed:\n${init.stderr}`);
    workspaces.set(flavor, { ws, target });
  }
});

afterAll(async () => {
  for (const { ws, target } of workspaces.values()) {
    ws.dispose();
    await target.client.close();
  }
  await emulator?.close();
});

/** Where `pointsAt` is in the workspace's files: it must be on exactly one line, so the expectation is unambiguous. */
function locate(files: Record<string, string>, text: string): TerraformDiagnostic['at'] {
  const hits = Object.entries(files).flatMap(([file, content]) =>
    content.split('\n').flatMap((line, i) => (line.includes(text) ? [{ file, line: i + 1, source: line.trim() }] : [])),
  );
  if (hits.length !== 1) throw new Error(`${JSON.stringify(text)} is on ${hits.length} lines of the case's configuration; make it unique`);
  return hits[0];
}

test.each(CORPUS.map((badConfig) => [badConfig.name, badConfig] as const))('%s', async (_name, badConfig) => {
  const { ws, target } = workspaces.get(badConfig.flavor ?? 'oss')!;
  const files = { 'providers.tf': `${TERRAFORM_BLOCK}\n${badConfig.providerBlock ?? target.providerBlock}`, 'main.tf': badConfig.hcl };
  for (const [file, content] of Object.entries(files)) ws.write(file, content);
  const result = await ws.terraform(badConfig.command);
  const expected = badConfig.expected.map(({ severity = 'Error', summary, detail, pointsAt }) => ({
    severity,
    summary,
    ...(pointsAt === undefined ? {} : { at: locate(files, pointsAt) }),
    detail: detail.replace(/\s+/g, ' ').trim(),
  }));
  expect(parseDiagnostics(`${result.stdout}\n${result.stderr}`)).toEqual(expected);
  expect(result.code).toBe(1);
});
