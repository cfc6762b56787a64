// A new environment from nothing, in one apply: the ClickHouse connection, log, trace and metric sources linked both
// ways (OtelEnvironment), a webhook, a dashboard on the sources and an alert on one of its tiles.
//
//   npx clickstack-install-provider && export TF_CLI_CONFIG_FILE="$PWD/.terraform-mirror/terraformrc"
//   export CLICKSTACK_ENDPOINT=https://hyperdx.example.com CLICKSTACK_API_KEY=... TF_VAR_clickhouse_password=...
//   npm run synth && cd cdktf.out/stacks/new-environment && terraform init && terraform apply
//
// ClickStack OSS: on Managed ClickStack, ClickHouse Cloud owns the connection (give OtelEnvironment a `connectionId`).
import { App, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { Alert, AlertChannel, ClickStackEnvironment, Dashboard, LineTile, NumberTile, OtelEnvironment, Select, TableTile, Threshold, Webhook } from 'clickstack-cdktf';

const app = new App();
const stack = new TerraformStack(app, 'new-environment');
new ClickStackEnvironment(stack, 'clickstack'); // CLICKSTACK_ENDPOINT and CLICKSTACK_API_KEY

// The only input besides the provider's environment variables: sensitive, without a default (TF_VAR_clickhouse_password).
const password = new TerraformVariable(stack, 'clickhouse_password', { type: 'string', sensitive: true, description: 'Password of the ClickHouse user the connection logs in as.' });
const otel = new OtelEnvironment(stack, 'otel', { clickhouse: { host: 'http://clickhouse:8123', username: 'hyperdx', password } });

const onCall = new Webhook(stack, 'on_call', { name: 'On-call', service: 'generic', url: 'https://hooks.example.com/clickstack', body: '{"text":"{{title}}: {{body}}"}' });

const errors = new LineTile('errors', { title: 'Errors', source: otel.logs, select: [Select.count({ where: 'SeverityText:error', alias: 'errors' })], groupBy: 'ServiceName' });
const requests = new NumberTile('requests', { title: 'Requests', source: otel.traces, select: [Select.count()] });
const slowest = new TableTile('slowest', { title: 'Slowest operations (p95)', source: otel.traces, select: [Select.quantile('Duration', 0.95, { alias: 'p95' })], groupBy: 'SpanName' });
const dashboard = new Dashboard(stack, 'service_health', { name: 'Service health', tags: ['new-environment'] }).addRow(errors, requests).addRow(slowest);

new Alert(stack, 'error_spike', { tile: errors, name: 'Error spike', threshold: Threshold.above(100), interval: '5m', channels: [AlertChannel.webhook(onCall)] });

new TerraformOutput(stack, 'sources', { value: { log: otel.logs.sourceId, trace: otel.traces.sourceId, metric: otel.metrics.sourceId } });
new TerraformOutput(stack, 'dashboard_id', { value: dashboard.dashboardId });
app.synth();
