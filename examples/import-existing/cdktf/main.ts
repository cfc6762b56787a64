// Objects of ClickStack OSS, exported by clickstack-export as a CDKTF app. Each one is adopted by
// `importFrom`: the first plan imports everything and changes nothing. See README.md.
// In strings, `$${` and `%%{` stand for `${` and `%{`: Terraform would read those as the start of a template.
import { App, TerraformStack, TerraformVariable, Token } from "cdktf";
import { ClickStackEnvironment, bindings } from "clickstack-cdktf";

const app = new App();
const stack = new TerraformStack(app, "import_existing");
// The connection comes from the environment: CLICKSTACK_ENDPOINT, CLICKSTACK_API_KEY.
const clickstack = new ClickStackEnvironment(stack, "clickstack", { flavor: "oss" });
const provider = clickstack.provider;

// --- Lookups by name -----------------------------------------------------------------------------------------------

const logs = new bindings.dataClickstackSource.DataClickstackSource(stack, "logs", {
  provider,
  name: "Logs",
  kind: "log",
});

const traces = new bindings.dataClickstackSource.DataClickstackSource(stack, "traces", {
  provider,
  name: "Traces",
  kind: "trace",
});

// --- Secrets: sensitive variables, null unless set (TF_VAR_<name>), which keeps what ClickStack has ----------------

const webhookAlertsChannelUrl = secret(
  "webhook_alerts_channel_url",
  "string",
  "URL of the webhook \"Alerts channel\". Unset, the URL ClickStack has is kept; set it to change the URL.",
);

const webhookAlertsChannelHeaders = secret(
  "webhook_alerts_channel_headers",
  "map(string)",
  "HTTP headers of the webhook \"Alerts channel\". ClickStack never returns them, so the export cannot: unset, the stored ones stay; to send new ones, set this and change `headers_version`.",
);

const webhookAlertsChannelQueryParams = secret(
  "webhook_alerts_channel_query_params",
  "map(string)",
  "Query parameters of the webhook \"Alerts channel\". ClickStack never returns them, so the export cannot: unset, the stored ones stay; to send new ones, set this and change `headers_version`.",
);

const webhookOnCallUrl = secret(
  "webhook_on_call_url",
  "string",
  "URL of the webhook \"On-call\". Unset, the URL ClickStack has is kept; set it to change the URL.",
);

const webhookOnCallHeaders = secret(
  "webhook_on_call_headers",
  "map(string)",
  "HTTP headers of the webhook \"On-call\". ClickStack never returns them, so the export cannot: unset, the stored ones stay; to send new ones, set this and change `headers_version`.",
);

const webhookOnCallQueryParams = secret(
  "webhook_on_call_query_params",
  "map(string)",
  "Query parameters of the webhook \"On-call\". ClickStack never returns them, so the export cannot: unset, the stored ones stay; to send new ones, set this and change `headers_version`.",
);

const webhookTeamChannelUrl = secret(
  "webhook_team_channel_url",
  "string",
  "URL of the webhook \"Team channel\". Unset, the URL ClickStack has is kept; set it to change the URL.",
);

// --- Webhooks ------------------------------------------------------------------------------------------------------

// "Alerts channel" (id 64f0000000000000000000b1)
const alertsChannel = new bindings.webhook.Webhook(stack, "alerts_channel", {
  provider,
  name: "Alerts channel",
  service: "generic",
  url: webhookAlertsChannelUrl.stringValue,
  description: "Seeded generic webhook",
  body: "{\"text\":\"{{title}}\"}",
  headers: Token.asStringMap(webhookAlertsChannelHeaders.value),
  queryParams: Token.asStringMap(webhookAlertsChannelQueryParams.value),
});
alertsChannel.importFrom("64f0000000000000000000b1");

// "On-call" (id 6650000000000000000000b1)
const onCall = new bindings.webhook.Webhook(stack, "on_call", {
  provider,
  name: "On-call",
  service: "generic",
  url: webhookOnCallUrl.stringValue,
  description: "Pages the on-call engineer",
  body: "{\"link\":\"{{link}}\",\"summary\":\"{{title}}\"}",
  headers: Token.asStringMap(webhookOnCallHeaders.value),
  queryParams: Token.asStringMap(webhookOnCallQueryParams.value),
});
onCall.importFrom("6650000000000000000000b1");

// "Team channel" (id 6650000000000000000000b2)
const teamChannel = new bindings.webhook.Webhook(stack, "team_channel", {
  provider,
  name: "Team channel",
  service: "slack",
  url: webhookTeamChannelUrl.stringValue,
});
teamChannel.importFrom("6650000000000000000000b2");

// --- Saved searches and their alerts -------------------------------------------------------------------------------

// "Checkout errors" (id 6650000000000000000000e1)
const checkoutErrors = new bindings.savedSearch.SavedSearch(stack, "checkout_errors", {
  provider,
  name: "Checkout errors",
  sourceId: logs.id,
  select: "Timestamp, ServiceName, Body",
  where: "ServiceName:checkout SeverityText:error",
  orderBy: "Timestamp DESC",
  tags: ["team-a"],
  filters: [
    { condition: "ServiceName IN ('checkout', 'cart')" },
    { type: "sql_ast", operator: "!=", left: "SeverityText", right: "'debug'" },
  ],
});
checkoutErrors.importFrom("6650000000000000000000e1");

// "Checkout errors" (id 6650000000000000000000f4)
const checkoutErrorsAlert = new bindings.alert.Alert(stack, "checkout_errors_alert", {
  provider,
  name: "Checkout errors",
  savedSearchId: checkoutErrors.id,
  groupBy: "ServiceName",
  threshold: 5,
  thresholdType: "above_exclusive",
  interval: "5m",
  channels: [{ webhookId: onCall.id }],
});
checkoutErrorsAlert.importFrom("6650000000000000000000f4");

// "Slow spans" (id 6650000000000000000000e2)
const slowSpans = new bindings.savedSearch.SavedSearch(stack, "slow_spans", {
  provider,
  name: "Slow spans",
  sourceId: traces.id,
  where: "Duration > 1000000000",
  whereLanguage: "sql",
});
slowSpans.importFrom("6650000000000000000000e2");

// "Slow spans" (id 6650000000000000000000f5)
const slowSpansAlert = new bindings.alert.Alert(stack, "slow_spans_alert", {
  provider,
  name: "Slow spans",
  savedSearchId: slowSpans.id,
  threshold: 50,
  thresholdType: "above",
  interval: "1h",
  scheduleOffsetMinutes: 15,
  channels: [{ webhookId: alertsChannel.id }],
});
slowSpansAlert.importFrom("6650000000000000000000f5");

// --- Dashboards and their tile alerts ------------------------------------------------------------------------------

// "Database (raw SQL)" (id 6650000000000000000000d2)
const databaseRawSql = new bindings.dashboard.Dashboard(stack, "database_raw_sql", {
  provider,
  name: "Database (raw SQL)",
  tags: ["team-b"],
  markdownTiles: [{ name: "Notes", x: 0, y: 0, w: 24, h: 2, text: "Queries of the ClickHouse behind the sources." }],
  sqlLineTiles: [
    {
      name: "Queries",
      x: 0,
      y: 0,
      w: 12,
      h: 4,
      containerId: "a3s0v7c4j1fz8m5d2x9hk6",
      tabId: "d5z2k9g6b3xq0w7e4n1sv8",
      connectionId: logs.connection,
      sqlTemplate: `SELECT toStartOfInterval(event_time, INTERVAL {intervalSeconds:Int64} second) AS ts, count() AS queries
FROM system.query_log
WHERE event_time >= fromUnixTimestamp64Milli({startDateMilliseconds:Int64})
  AND event_time < fromUnixTimestamp64Milli({endDateMilliseconds:Int64})
GROUP BY ts ORDER BY ts`,
      fillNulls: false,
    },
  ],
  sqlStackedBarTiles: [
    {
      name: "Query kinds",
      x: 12,
      y: 0,
      w: 12,
      h: 4,
      containerId: "a3s0v7c4j1fz8m5d2x9hk6",
      tabId: "d5z2k9g6b3xq0w7e4n1sv8",
      connectionId: logs.connection,
      sqlTemplate: `SELECT $__timeInterval(event_time) AS ts, query_kind, count()
FROM system.query_log
WHERE $__timeFilter(event_time)
GROUP BY ts, query_kind`,
    },
  ],
  sqlTableTiles: [
    {
      name: "Slowest queries",
      x: 0,
      y: 0,
      w: 16,
      h: 5,
      containerId: "a3s0v7c4j1fz8m5d2x9hk6",
      tabId: "v2n9y6s3f0jr7t4b1k8hc5",
      connectionId: logs.connection,
      sqlTemplate: `SELECT query, query_duration_ms FROM system.query_log
WHERE $__timeFilter(event_time)
ORDER BY query_duration_ms DESC LIMIT 20`,
      sourceId: logs.id,
    },
  ],
  sqlNumberTiles: [
    {
      name: "Failed queries",
      x: 16,
      y: 0,
      w: 8,
      h: 5,
      containerId: "a3s0v7c4j1fz8m5d2x9hk6",
      tabId: "v2n9y6s3f0jr7t4b1k8hc5",
      connectionId: logs.connection,
      sqlTemplate: "SELECT $__timeInterval(event_time) AS ts, count() FROM system.query_log WHERE type = 'ExceptionWhileProcessing' AND $__timeFilter(event_time) GROUP BY ts",
      color: "chart-red",
    },
  ],
  sqlPieTiles: [
    {
      name: "Rows by table",
      x: 0,
      y: 0,
      w: 12,
      h: 5,
      containerId: "t8b5x2r9e6gw3n0y7q4mu1",
      tabId: "l4g1t8q5d2mc9x6f3z0wb7",
      connectionId: logs.connection,
      sqlTemplate: "SELECT table, sum(rows) FROM system.parts GROUP BY table",
    },
  ],
  sqlBarTiles: [
    {
      name: "Parts by table",
      x: 12,
      y: 0,
      w: 12,
      h: 5,
      containerId: "t8b5x2r9e6gw3n0y7q4mu1",
      tabId: "l4g1t8q5d2mc9x6f3z0wb7",
      connectionId: logs.connection,
      sqlTemplate: "SELECT table, count() FROM system.parts GROUP BY table",
    },
  ],
  containers: [
    {
      id: "a3s0v7c4j1fz8m5d2x9hk6",
      title: "Queries",
      tabs: [{ id: "d5z2k9g6b3xq0w7e4n1sv8", title: "Volume" }, { id: "v2n9y6s3f0jr7t4b1k8hc5", title: "Latency" }],
    },
    {
      id: "t8b5x2r9e6gw3n0y7q4mu1",
      title: "Storage",
      collapsed: true,
      tabs: [{ id: "l4g1t8q5d2mc9x6f3z0wb7", title: "Storage" }],
    },
  ],
});
databaseRawSql.importFrom("6650000000000000000000d2");

// "Query storm" (id 6650000000000000000000f3)
const queryStorm = new bindings.alert.Alert(stack, "query_storm", {
  provider,
  name: "Query storm",
  dashboardId: databaseRawSql.id,
  tileId: databaseRawSql.tileIds.lookup("Queries"),
  threshold: 10,
  thresholdType: "not_between",
  thresholdMax: 5000,
  interval: "1h",
  channels: [{ webhookId: teamChannel.id }],
  note: "See the *Queries* tab.",
});
queryStorm.importFrom("6650000000000000000000f3");

// "Service overview" (id 6650000000000000000000d1)
const serviceOverview = new bindings.dashboard.Dashboard(stack, "service_overview", {
  provider,
  name: "Service overview",
  tags: ["prod", "team-a"],
  lineTiles: [
    {
      name: "Request rate",
      x: 0,
      y: 0,
      w: 12,
      h: 4,
      sourceId: traces.id,
      select: [{ aggFn: "count", alias: "requests" }],
      groupBy: "ServiceName",
      numberFormat: { output: "number", mantissa: 1, average: true },
    },
    {
      name: "Errors",
      x: 12,
      y: 0,
      w: 12,
      h: 4,
      sourceId: logs.id,
      select: [{ aggFn: "count", alias: "errors", where: "SeverityText = 'error'", whereLanguage: "sql" }],
      groupBy: "ServiceName",
      compareToPreviousPeriod: true,
    },
  ],
  stackedBarTiles: [
    {
      name: "Latency p95",
      x: 6,
      y: 4,
      w: 10,
      h: 3,
      sourceId: traces.id,
      select: [{ aggFn: "quantile", valueExpression: "Duration", alias: "p95", level: 0.95 }],
      groupBy: "SpanName",
      numberFormat: { output: "duration", factor: 1e-9 },
    },
  ],
  tableTiles: [
    {
      name: "Top endpoints",
      x: 16,
      y: 4,
      w: 8,
      h: 7,
      sourceId: traces.id,
      select: [{ aggFn: "count", alias: "calls" }, { aggFn: "avg", valueExpression: "Duration", alias: "avg" }],
      groupBy: "SpanName",
      orderBy: "calls DESC",
      groupByColumnsOnLeft: true,
      onClick: {
        type: "dashboard",
        target: { mode: "id", id: databaseRawSql.id },
        filters: [{ expression: "ServiceName", template: "{{ServiceName}}" }],
      },
      formulas: [{ expression: "B / A", alias: "avg per call" }],
      showOperandSeries: true,
    },
  ],
  numberTiles: [
    {
      name: "Errors",
      x: 0,
      y: 4,
      w: 6,
      h: 3,
      sourceId: logs.id,
      select: [{ aggFn: "count", where: "SeverityText:error" }],
      color: "chart-red",
      colorRules: [
        { operator: "gt", value: 100, color: "chart-error", label: "high" },
        { operator: "between", value: 10, valueMax: 100, color: "chart-warning" },
      ],
      backgroundChart: { type: "area" },
    },
  ],
  pieTiles: [
    {
      name: "By service",
      x: 0,
      y: 7,
      w: 8,
      h: 4,
      sourceId: logs.id,
      select: [{ aggFn: "count" }],
      groupBy: "ServiceName",
      limit: 8,
    },
  ],
  barTiles: [
    {
      name: "By severity",
      x: 8,
      y: 7,
      w: 8,
      h: 4,
      sourceId: logs.id,
      select: [{ aggFn: "count" }],
      groupBy: "SeverityText",
      orderBy: "count() DESC",
    },
  ],
  heatmapTiles: [
    {
      name: "Span durations",
      x: 0,
      y: 11,
      w: 12,
      h: 5,
      sourceId: traces.id,
      select: [{ valueExpression: "Duration", heatmapScaleType: "log" }],
    },
  ],
  searchTiles: [
    {
      name: "Recent errors",
      x: 12,
      y: 11,
      w: 12,
      h: 5,
      sourceId: logs.id,
      select: "Timestamp, ServiceName, Body",
      where: "SeverityText:error",
    },
    {
      name: "Audit trail",
      x: 0,
      y: 21,
      w: 24,
      h: 4,
      sourceId: "6650000000000000000000a1", // 2 sources are named "Audit" with kind log: a lookup by name would be ambiguous
      select: "Timestamp, Body",
    },
  ],
  eventPatternsTiles: [{ name: "Log patterns", x: 0, y: 16, w: 12, h: 5, sourceId: logs.id, select: "Body", where: "ServiceName:checkout" }],
  markdownTiles: [
    {
      name: "Read me",
      x: 12,
      y: 16,
      w: 12,
      h: 5,
      text: `## On call

Check **Errors** first; \`$\${env}\` is not a template here.`,
    },
  ],
  filters: [
    { name: "Service", expression: "ServiceName", sourceId: logs.id },
    {
      name: "Environment",
      expression: "ResourceAttributes['deployment.environment']",
      sourceId: traces.id,
      isBroadcastEnabled: true,
      isVariableEnabled: true,
      variableName: "env",
    },
  ],
  savedQuery: "ServiceName:checkout",
  savedQueryLanguage: "lucene",
  savedFilterValues: [{ condition: "SeverityText != 'debug'" }],
});
serviceOverview.importFrom("6650000000000000000000d1");

// "Traffic drop" (id 6650000000000000000000f1)
const trafficDrop = new bindings.alert.Alert(stack, "traffic_drop", {
  provider,
  name: "Traffic drop",
  dashboardId: serviceOverview.id,
  tileId: serviceOverview.tileIds.lookup("Request rate"),
  threshold: 10,
  thresholdType: "below",
  interval: "5m",
  channels: [{ webhookId: onCall.id }, { webhookId: teamChannel.id }, { webhookId: alertsChannel.id }],
  message: "Requests fell below 10 per 5 minutes.",
});
trafficDrop.importFrom("6650000000000000000000f1");

// "unnamed alert on tile \"Errors\"" (id 6650000000000000000000f2)
const errorsAlert = new bindings.alert.Alert(stack, "errors_alert", {
  provider,
  dashboardId: serviceOverview.id,
  tileId: "w5j2r8y0b3kq7m1x6d9tf4", // 2 tiles are named "Errors", so `tile_ids` leaves them out; give the tiles keys to refer to them by key
  threshold: 100,
  thresholdType: "above",
  interval: "15m",
  channels: [{ webhookId: onCall.id }],
  numConsecutiveWindows: 2,
});
errorsAlert.importFrom("6650000000000000000000f2");

app.synth();

/** A sensitive variable whose default is null: cdktf refuses a null `default`, so it is set by an override. */
function secret(name: string, type: string, description: string): TerraformVariable {
  const variable = new TerraformVariable(stack, name, { type, description, sensitive: true, nullable: true });
  variable.addOverride("default", null);
  return variable;
}
