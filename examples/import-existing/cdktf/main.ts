// Objects of ClickStack OSS, exported by clickstack-export as a CDKTF app on the typed constructs.
// Each one is adopted by `importFrom`: the first plan imports everything and changes nothing. See README.md.
// In strings, `$${` and `%%{` stand for `${` and `%{`: Terraform would read those as the start of a template.
import { App, TerraformStack, TerraformVariable, Token } from "cdktf";
import { Alert, AlertChannel, BarTile, ClickStackEnvironment, Connection, Dashboard, EventPatternsTile, HeatmapTile, LineTile, LogSource, MarkdownTile, MetricSource, NumberFormat, NumberTile, OnClick, PieTile, SavedSearch, SearchTile, Select, SessionSource, SourceLinks, SqlBarTile, SqlLineTile, SqlNumberTile, SqlPieTile, SqlStackedBarTile, SqlTableTile, StackedBarTile, TableTile, TeamMember, Threshold, TraceSource, Webhook } from "clickstack-cdktf";

const app = new App();
const stack = new TerraformStack(app, "import_existing");
// The connection comes from the environment: CLICKSTACK_ENDPOINT, CLICKSTACK_API_KEY.
new ClickStackEnvironment(stack, "clickstack", { flavor: "oss" });

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

const connectionLocalClickHousePassword = secret(
  "connection_local_click_house_password",
  "string",
  "Password of the ClickHouse connection \"Local ClickHouse\". ClickStack never returns it, so the export cannot: unset, the stored one stays; to send a new one, set this and set `password_version`.",
);

// --- Connections ---------------------------------------------------------------------------------------------------

// "Local ClickHouse" (id 64f0000000000000000000c1)
const localClickHouse = new Connection(stack, "local_click_house", {
  name: "Local ClickHouse",
  host: "http://localhost:8123",
  username: "default",
  password: connectionLocalClickHousePassword,
}).importFrom("64f0000000000000000000c1");

// --- Team members --------------------------------------------------------------------------------------------------

// "Newcomer" (id newcomer@example.com)
new TeamMember(stack, "newcomer", { email: "newcomer@example.com" }).importFrom("newcomer@example.com");

// "Teammate" (id teammate@example.com)
new TeamMember(stack, "teammate", { email: "teammate@example.com" }).importFrom("teammate@example.com");

// --- Sources, and the links between them ---------------------------------------------------------------------------

// "Audit" (id 6650000000000000000000a1)
const audit = new LogSource(stack, "audit", {
  name: "Audit",
  connectionId: localClickHouse.connectionId,
  database: "audit",
  table: "events",
  timestampValueExpression: "Timestamp",
  defaultTableSelectExpression: "Timestamp, Body",
  serviceNameExpression: "ServiceName",
  severityTextExpression: "SeverityText",
  bodyExpression: "Body",
}).importFrom("6650000000000000000000a1");

// "Audit" (id 6650000000000000000000a2)
new LogSource(stack, "audit_2", {
  name: "Audit",
  connectionId: localClickHouse.connectionId,
  database: "audit",
  table: "events_v2",
  timestampValueExpression: "Timestamp",
  defaultTableSelectExpression: "Timestamp, Body",
  serviceNameExpression: "ServiceName",
  severityTextExpression: "SeverityText",
  bodyExpression: "Body",
}).importFrom("6650000000000000000000a2");

// "Logs" (id 64f0000000000000000000a1)
const logs = new LogSource(stack, "logs", {
  name: "Logs",
  connectionId: localClickHouse.connectionId,
  database: "default",
  table: "otel_logs",
  timestampValueExpression: "TimestampTime",
  defaultTableSelectExpression: "Timestamp, ServiceName, SeverityText, Body",
  displayedTimestampValueExpression: "Timestamp",
  implicitColumnExpression: "Body",
  serviceNameExpression: "ServiceName",
  resourceAttributesExpression: "ResourceAttributes",
  eventAttributesExpression: "LogAttributes",
  traceIdExpression: "TraceId",
  spanIdExpression: "SpanId",
  severityTextExpression: "SeverityText",
  bodyExpression: "Body",
}).importFrom("64f0000000000000000000a1");

// "Metrics" (id 64f0000000000000000000a3)
const metrics = new MetricSource(stack, "metrics", {
  name: "Metrics",
  connectionId: localClickHouse.connectionId,
  database: "default",
  timestampValueExpression: "TimeUnix",
  tables: {
    gauge: "otel_metrics_gauge",
    histogram: "otel_metrics_histogram",
    sum: "otel_metrics_sum",
    summary: "otel_metrics_summary",
    exponentialHistogram: "otel_metrics_exponential_histogram",
  },
  resourceAttributesExpression: "ResourceAttributes",
  serviceNameExpression: "ServiceName",
}).importFrom("64f0000000000000000000a3");

// "Traces" (id 64f0000000000000000000a2)
const traces = new TraceSource(stack, "traces", {
  name: "Traces",
  connectionId: localClickHouse.connectionId,
  database: "default",
  table: "otel_traces",
  timestampValueExpression: "Timestamp",
  defaultTableSelectExpression: "Timestamp, ServiceName, StatusCode, round(Duration / 1e6), SpanName",
  implicitColumnExpression: "SpanName",
  serviceNameExpression: "ServiceName",
  resourceAttributesExpression: "ResourceAttributes",
  eventAttributesExpression: "SpanAttributes",
  traceIdExpression: "TraceId",
  spanIdExpression: "SpanId",
  parentSpanIdExpression: "ParentSpanId",
  spanNameExpression: "SpanName",
  spanKindExpression: "SpanKind",
  durationExpression: "Duration",
  durationPrecision: 9,
  statusCodeExpression: "StatusCode",
  statusMessageExpression: "StatusMessage",
}).importFrom("64f0000000000000000000a2");

// "Sessions" (id 64f0000000000000000000a4)
const sessions = new SessionSource(stack, "sessions", {
  name: "Sessions",
  connectionId: localClickHouse.connectionId,
  database: "default",
  table: "hyperdx_sessions",
  timestampValueExpression: "TimestampTime",
  resourceAttributesExpression: "ResourceAttributes",
  traceSource: traces,
}).importFrom("64f0000000000000000000a4");

// "links of Logs" (id 64f0000000000000000000a1)
new SourceLinks(stack, "logs_source_links", { source: logs, traceSource: traces, metricSource: metrics }).importFrom("64f0000000000000000000a1");

// "links of Metrics" (id 64f0000000000000000000a3)
new SourceLinks(stack, "metrics_source_links", { source: metrics, logSource: logs }).importFrom("64f0000000000000000000a3");

// "links of Traces" (id 64f0000000000000000000a2)
new SourceLinks(stack, "traces_source_links", { source: traces, logSource: logs, metricSource: metrics, sessionSource: sessions }).importFrom("64f0000000000000000000a2");

// --- Webhooks ------------------------------------------------------------------------------------------------------

// "Alerts channel" (id 64f0000000000000000000b1)
const alertsChannel = new Webhook(stack, "alerts_channel", {
  name: "Alerts channel",
  service: "generic",
  url: webhookAlertsChannelUrl.stringValue,
  description: "Seeded generic webhook",
  body: "{\"text\":\"{{title}}\"}",
  headers: Token.asStringMap(webhookAlertsChannelHeaders.value),
  queryParams: Token.asStringMap(webhookAlertsChannelQueryParams.value),
}).importFrom("64f0000000000000000000b1");

// "On-call" (id 6650000000000000000000b1)
const onCall = new Webhook(stack, "on_call", {
  name: "On-call",
  service: "generic",
  url: webhookOnCallUrl.stringValue,
  description: "Pages the on-call engineer",
  body: "{\"link\":\"{{link}}\",\"summary\":\"{{title}}\"}",
  headers: Token.asStringMap(webhookOnCallHeaders.value),
  queryParams: Token.asStringMap(webhookOnCallQueryParams.value),
}).importFrom("6650000000000000000000b1");

// "Team channel" (id 6650000000000000000000b2)
const teamChannel = new Webhook(stack, "team_channel", { name: "Team channel", service: "slack", url: webhookTeamChannelUrl.stringValue }).importFrom("6650000000000000000000b2");

// --- Saved searches and their alerts -------------------------------------------------------------------------------

// "Checkout errors" (id 6650000000000000000000e1)
const checkoutErrors = new SavedSearch(stack, "checkout_errors", {
  name: "Checkout errors",
  source: logs,
  select: "Timestamp, ServiceName, Body",
  where: "ServiceName:checkout SeverityText:error",
  orderBy: "Timestamp DESC",
  tags: ["team-a"],
  filters: [
    { condition: "ServiceName IN ('checkout', 'cart')" },
    { type: "sql_ast", operator: "!=", left: "SeverityText", right: "'debug'" },
  ],
}).importFrom("6650000000000000000000e1");

// "Checkout errors" (id 6650000000000000000000f4)
new Alert(stack, "checkout_errors_alert", {
  savedSearch: checkoutErrors,
  threshold: Threshold.aboveExclusive(5),
  name: "Checkout errors",
  groupBy: "ServiceName",
  interval: "5m",
  channels: [AlertChannel.webhook(onCall)],
}).importFrom("6650000000000000000000f4");

// "Slow spans" (id 6650000000000000000000e2)
const slowSpans = new SavedSearch(stack, "slow_spans", { name: "Slow spans", source: traces, where: "Duration > 1000000000", whereLanguage: "sql" }).importFrom("6650000000000000000000e2");

// "Slow spans" (id 6650000000000000000000f5)
new Alert(stack, "slow_spans_alert", {
  savedSearch: slowSpans,
  threshold: Threshold.above(50),
  name: "Slow spans",
  interval: "1h",
  scheduleOffsetMinutes: 15,
  channels: [AlertChannel.webhook(alertsChannel)],
}).importFrom("6650000000000000000000f5");

// --- Dashboards and the alerts on their tiles ----------------------------------------------------------------------

// "Database (raw SQL)" (id 6650000000000000000000d2)
const databaseRawSql = new Dashboard(stack, "database_raw_sql", { name: "Database (raw SQL)", tags: ["team-b"] }).importFrom("6650000000000000000000d2?tile_keys=name");
const databaseRawSqlQueriesContainer = databaseRawSql.addContainer("a3s0v7c4j1fz8m5d2x9hk6", { title: "Queries" });
const databaseRawSqlVolumeTab = databaseRawSqlQueriesContainer.addTab("d5z2k9g6b3xq0w7e4n1sv8", { title: "Volume" });
const databaseRawSqlLatencyTab = databaseRawSqlQueriesContainer.addTab("v2n9y6s3f0jr7t4b1k8hc5", { title: "Latency" });
const databaseRawSqlStorageContainer = databaseRawSql.addContainer("t8b5x2r9e6gw3n0y7q4mu1", { title: "Storage", collapsed: true });
const databaseRawSqlStorageTab = databaseRawSqlStorageContainer.addTab("l4g1t8q5d2mc9x6f3z0wb7", { title: "Storage" });
databaseRawSql.addRow(new MarkdownTile("Notes", { title: "Notes", width: 24, height: 2, text: "Queries of the ClickHouse behind the sources." }));
const databaseRawSqlQueries = new SqlLineTile("Queries", {
  title: "Queries",
  width: 12,
  height: 4,
  sql: `SELECT toStartOfInterval(event_time, INTERVAL {intervalSeconds:Int64} second) AS ts, count() AS queries
FROM system.query_log
WHERE event_time >= fromUnixTimestamp64Milli({startDateMilliseconds:Int64})
  AND event_time < fromUnixTimestamp64Milli({endDateMilliseconds:Int64})
GROUP BY ts ORDER BY ts`,
  connectionId: audit.connectionId,
  fillNulls: false,
});
databaseRawSqlVolumeTab.addRow(
  databaseRawSqlQueries,
  new SqlStackedBarTile("Query kinds", {
    title: "Query kinds",
    width: 12,
    height: 4,
    sql: `SELECT $__timeInterval(event_time) AS ts, query_kind, count()
FROM system.query_log
WHERE $__timeFilter(event_time)
GROUP BY ts, query_kind`,
    connectionId: audit.connectionId,
  }),
);
databaseRawSqlLatencyTab.addRow(
  new SqlTableTile("Slowest queries", {
    title: "Slowest queries",
    width: 16,
    height: 5,
    sql: `SELECT query, query_duration_ms FROM system.query_log
WHERE $__timeFilter(event_time)
ORDER BY query_duration_ms DESC LIMIT 20`,
    source: logs,
  }),
  new SqlNumberTile("Failed queries", {
    title: "Failed queries",
    width: 8,
    height: 5,
    sql: "SELECT $__timeInterval(event_time) AS ts, count() FROM system.query_log WHERE type = 'ExceptionWhileProcessing' AND $__timeFilter(event_time) GROUP BY ts",
    connectionId: audit.connectionId,
    color: "chart-red",
  }),
);
databaseRawSqlStorageTab.addRow(
  new SqlPieTile("Rows by table", {
    title: "Rows by table",
    width: 12,
    height: 5,
    sql: "SELECT table, sum(rows) FROM system.parts GROUP BY table",
    connectionId: audit.connectionId,
  }),
  new SqlBarTile("Parts by table", {
    title: "Parts by table",
    width: 12,
    height: 5,
    sql: "SELECT table, count() FROM system.parts GROUP BY table",
    connectionId: audit.connectionId,
  }),
);

// "Query storm" (id 6650000000000000000000f3)
new Alert(stack, "query_storm", {
  tile: databaseRawSqlQueries,
  threshold: Threshold.notBetween(10, 5000),
  name: "Query storm",
  interval: "1h",
  note: "See the *Queries* tab.",
  channels: [AlertChannel.webhook(teamChannel)],
}).importFrom("6650000000000000000000f3");

// "Service overview" (id 6650000000000000000000d1)
const serviceOverview = new Dashboard(stack, "service_overview", {
  name: "Service overview",
  tags: ["prod", "team-a"],
  savedQuery: "ServiceName:checkout",
  savedQueryLanguage: "lucene",
  filters: [
    { name: "Service", expression: "ServiceName", source: logs },
    {
      name: "Environment",
      expression: "ResourceAttributes['deployment.environment']",
      variableName: "env",
      source: traces,
      broadcast: true,
      variable: true,
    },
  ],
  savedFilterValues: ["SeverityText != 'debug'"],
}).importFrom("6650000000000000000000d1?tile_keys=name");
const serviceOverviewRequestRate = new LineTile("Request rate", {
  title: "Request rate",
  width: 12,
  height: 4,
  source: traces,
  select: [Select.count({ alias: "requests" })],
  groupBy: "ServiceName",
  numberFormat: NumberFormat.number({ mantissa: 1, average: true }),
});
serviceOverview.addRow(
  serviceOverviewRequestRate,
  new LineTile("Errors", {
    title: "Errors",
    width: 12,
    height: 4,
    source: logs,
    select: [Select.count({ alias: "errors", where: "SeverityText = 'error'", whereLanguage: "sql" })],
    groupBy: "ServiceName",
    compareToPreviousPeriod: true,
  }),
);
const serviceOverviewErrors2 = new NumberTile("Errors 2", {
  title: "Errors",
  width: 6,
  height: 3,
  source: logs,
  select: [Select.count({ where: "SeverityText:error" })],
  color: "chart-red",
  colorRules: [
    { operator: "gt", value: 100, color: "chart-error", label: "high" },
    { operator: "between", value: 10, valueMax: 100, color: "chart-warning" },
  ],
  backgroundChart: { type: "area" },
});
serviceOverview.addRow(
  serviceOverviewErrors2,
  new StackedBarTile("Latency p95", {
    title: "Latency p95",
    width: 10,
    height: 3,
    source: traces,
    select: [Select.quantile("Duration", 0.95, { alias: "p95" })],
    groupBy: "SpanName",
    numberFormat: NumberFormat.duration({ inputUnit: "nanoseconds" }),
  }),
);
serviceOverview.addAt({ x: 16, y: 4 }, new TableTile("Top endpoints", {
  title: "Top endpoints",
  width: 8,
  height: 7,
  source: traces,
  select: [Select.count({ alias: "calls" }), Select.avg("Duration", { alias: "avg" })],
  formulas: [{ expression: "B / A", alias: "avg per call" }],
  groupBy: "SpanName",
  orderBy: "calls DESC",
  groupByColumnsOnLeft: true,
  showOperandSeries: true,
  onClick: OnClick.dashboard({ dashboardId: databaseRawSql.dashboardId }, { filters: [{ expression: "ServiceName", template: "{{ServiceName}}" }] }),
}));
serviceOverview.addAt({ x: 0, y: 7 }, new PieTile("By service", { title: "By service", width: 8, height: 4, source: logs, select: [Select.count()], groupBy: "ServiceName", limit: 8 }));
serviceOverview.addAt({ x: 8, y: 7 }, new BarTile("By severity", {
  title: "By severity",
  width: 8,
  height: 4,
  source: logs,
  select: [Select.count()],
  groupBy: "SeverityText",
  orderBy: "count() DESC",
}));
serviceOverview.addRow(
  new HeatmapTile("Span durations", { title: "Span durations", width: 12, height: 5, source: traces, valueExpression: "Duration", scale: "log" }),
  new SearchTile("Recent errors", {
    title: "Recent errors",
    width: 12,
    height: 5,
    source: logs,
    select: "Timestamp, ServiceName, Body",
    where: "SeverityText:error",
  }),
);
serviceOverview.addRow(
  new EventPatternsTile("Log patterns", { title: "Log patterns", width: 12, height: 5, source: logs, select: "Body", where: "ServiceName:checkout" }),
  new MarkdownTile("Read me", {
    title: "Read me",
    width: 12,
    height: 5,
    text: `## On call

Check **Errors** first; \`$\${env}\` is not a template here.`,
  }),
);
serviceOverview.addRow(new SearchTile("Audit trail", { title: "Audit trail", width: 24, height: 4, source: audit, select: "Timestamp, Body" }));

// "Traffic drop" (id 6650000000000000000000f1)
new Alert(stack, "traffic_drop", {
  tile: serviceOverviewRequestRate,
  threshold: Threshold.below(10),
  name: "Traffic drop",
  interval: "5m",
  message: "Requests fell below 10 per 5 minutes.",
  channels: [AlertChannel.webhook(onCall), AlertChannel.webhook(teamChannel), AlertChannel.webhook(alertsChannel)],
}).importFrom("6650000000000000000000f1");

// "unnamed alert on tile \"Errors\"" (id 6650000000000000000000f2)
new Alert(stack, "errors_alert", {
  tile: serviceOverviewErrors2,
  threshold: Threshold.above(100),
  interval: "15m",
  channels: [AlertChannel.webhook(onCall)],
  consecutiveWindows: 2,
}).importFrom("6650000000000000000000f2");

app.synth();

/**
 * A sensitive variable whose default is null unless it is `required`: cdktf refuses a null `default`, so it is set
 * by an override.
 */
function secret(name: string, type: string, description: string, { required = false } = {}): TerraformVariable {
  const variable = new TerraformVariable(stack, name, { type, description, sensitive: true, nullable: !required });
  if (!required) variable.addOverride("default", null);
  return variable;
}
