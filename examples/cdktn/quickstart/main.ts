// Quickstart as a CDK Terrain (cdktn) app: a service-health dashboard of four typed tiles in two rows, on the log and trace sources
// found by name, and an alert on its error tile sent to a webhook, also found by name.
//
//   npx clickstack-install-provider && export TF_CLI_CONFIG_FILE="$PWD/.terraform-mirror/terraformrc"
//   npx cdktn synth && cd cdktf.out/stacks/quickstart && terraform init && terraform apply
//
// The connection comes from CLICKSTACK_ENDPOINT and CLICKSTACK_API_KEY (OSS), or from CLICKHOUSE_ORG_ID,
// CLICKSTACK_SERVICE_ID, CLICKHOUSE_CLOUD_API_KEY and CLICKHOUSE_CLOUD_API_SECRET (Managed ClickStack).
import { App, TerraformOutput, TerraformStack } from 'cdktn';
import { Alert, AlertChannel, ClickStackEnvironment, Dashboard, LineTile, MarkdownTile, NumberFormat, NumberTile, Select, Source, TableTile, Threshold, Webhook } from 'clickstack-cdktf/cdktn';

const app = new App();
const stack = new TerraformStack(app, 'quickstart');
new ClickStackEnvironment(stack, 'clickstack');
const logs = Source.fromName(stack, 'logs', { name: 'Logs', kind: 'log' });
const traces = Source.fromName(stack, 'traces', { name: 'Traces', kind: 'trace' });
const alerts = Webhook.fromName(stack, 'alerts', { name: 'Alerts channel' });

const errors = new LineTile('errors', { title: 'Errors', source: logs, select: [Select.count({ where: 'SeverityText:error', alias: 'errors' })], groupBy: 'ServiceName' });
const requests = new NumberTile('requests', { title: 'Requests', source: traces, select: [Select.count()], numberFormat: NumberFormat.number({ average: true }) });
const slowest = new TableTile('slowest', {
  title: 'Slowest operations (p95)',
  source: traces,
  select: [Select.quantile('Duration', 0.95, { alias: 'p95' })],
  groupBy: 'SpanName',
  orderBy: 'p95 DESC',
});
const about = new MarkdownTile('about', { title: 'About', text: 'Managed by CDK Terrain: edit `main.ts`, not this dashboard.' });

const dashboard = new Dashboard(stack, 'service_health', { name: 'Service health', tags: ['quickstart'] }).addRow(errors, requests).addRow(slowest, about);

const alert = new Alert(stack, 'error_spike', {
  tile: errors,
  name: 'Error spike',
  message: 'More than 100 errors in 5 minutes.',
  threshold: Threshold.above(100),
  interval: '5m',
  channels: [AlertChannel.webhook(alerts)],
});

new TerraformOutput(stack, 'dashboard', { value: { id: dashboard.dashboardId, tiles: dashboard.resource.tileIds } });
new TerraformOutput(stack, 'alert', { value: { id: alert.alertId, name: alert.resource.name, webhook: alerts.webhookId } });
app.synth();
