// Quickstart in TypeScript: a service-health dashboard on the log and trace sources, found by name, and an alert on
// its error tile sent to a webhook, also found by name (the CDKTF twin of examples/quickstart/main.tf).
//
//   npx clickstack-install-provider && export TF_CLI_CONFIG_FILE="$PWD/.terraform-mirror/terraformrc"
//   npm run synth && cd cdktf.out/stacks/quickstart && terraform init && terraform apply
//
// The connection comes from CLICKSTACK_ENDPOINT and CLICKSTACK_API_KEY (OSS), or from CLICKHOUSE_ORG_ID,
// CLICKSTACK_SERVICE_ID, CLICKHOUSE_CLOUD_API_KEY and CLICKHOUSE_CLOUD_API_SECRET (Managed ClickStack).
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { ClickStackEnvironment, Source, Webhook, bindings } from 'clickstack-cdktf';

const app = new App();
const stack = new TerraformStack(app, 'quickstart');
const clickstack = new ClickStackEnvironment(stack, 'clickstack');
const logs = Source.fromName(stack, 'logs', { name: 'Logs', kind: 'log' });
const traces = Source.fromName(stack, 'traces', { name: 'Traces', kind: 'trace' });
const alerts = Webhook.fromName(stack, 'alerts', { name: 'Alerts channel' });

// The generated binding, until the typed Dashboard construct arrives: tiles as the provider takes them, one list per
// tile type.
const dashboard = new bindings.dashboard.Dashboard(stack, 'service_health', {
  provider: clickstack.provider,
  name: 'Service health',
  tags: ['quickstart'],
  lineTiles: [
    { key: 'errors', name: 'Errors', x: 0, y: 0, w: 12, h: 4,
      sourceId: logs.sourceId, select: [{ aggFn: 'count', where: 'SeverityText:error', alias: 'errors' }], groupBy: 'ServiceName' },
  ],
  numberTiles: [
    { key: 'requests', name: 'Requests', x: 12, y: 0, w: 12, h: 4,
      sourceId: traces.sourceId, select: [{ aggFn: 'count' }], numberFormat: { output: 'number', average: true } },
  ],
  tableTiles: [
    { key: 'slowest', name: 'Slowest operations (p95)', x: 0, y: 4, w: 12, h: 6,
      sourceId: traces.sourceId, select: [{ aggFn: 'quantile', level: 0.95, valueExpression: 'Duration', alias: 'p95' }], groupBy: 'SpanName', orderBy: 'p95 DESC' },
  ],
  markdownTiles: [
    { key: 'about', name: 'About', x: 12, y: 4, w: 12, h: 6, text: 'Managed by CDKTF: edit `main.ts`, not this dashboard.' },
  ],
});

const alert = new bindings.alert.Alert(stack, 'error_spike', {
  provider: clickstack.provider,
  name: 'Error spike',
  message: 'More than 100 errors in 5 minutes.',
  dashboardId: dashboard.id,
  tileId: dashboard.tileIds.lookup('errors'),
  threshold: 100,
  thresholdType: 'above',
  interval: '5m',
  channels: [{ webhookId: alerts.webhookId }],
});

new TerraformOutput(stack, 'dashboard', { value: { id: dashboard.id, tiles: dashboard.tileIds } });
new TerraformOutput(stack, 'alert', { value: { id: alert.id, name: alert.name, webhook: alerts.webhookId } });
app.synth();
