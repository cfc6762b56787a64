// Alert: a threshold on a dashboard tile (line, stacked bar or number) or on a saved search, notifying webhooks
// (or, on Managed ClickStack, email). A tile alert follows the tile by its id, so a new title keeps the alert.
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { Alert, AlertChannel, ClickStackEnvironment, Dashboard, NumberTile, SavedSearch, Select, Source, Threshold, Webhook } from 'clickstack-cdktf';

const app = new App();
const stack = new TerraformStack(app, 'alert');
new ClickStackEnvironment(stack, 'clickstack');
const logs = Source.fromName(stack, 'logs', { name: 'Logs', kind: 'log' });
const alerts = Webhook.fromName(stack, 'alerts', { name: 'Alerts channel' });

const errors = new NumberTile('errors', { title: 'Errors', source: logs, select: [Select.count({ where: 'SeverityText:error' })] });
new Dashboard(stack, 'errors_dashboard', { name: 'Errors' }).addTiles(errors);

const onTile = new Alert(stack, 'error_rate', {
  tile: errors,
  name: 'Errors out of range',
  message: 'Errors per 15 minutes left the expected range.',
  threshold: Threshold.notBetween(0, 50),
  interval: '15m',
  consecutiveWindows: 2,
  channels: [AlertChannel.webhook(alerts)],
});

const search = new SavedSearch(stack, 'fatal', { source: logs, name: 'Fatal errors', where: 'SeverityText:fatal' });
const onSearch = new Alert(stack, 'any_fatal', {
  savedSearch: search,
  groupBy: 'ServiceName',
  threshold: Threshold.aboveExclusive(0),
  interval: '5m',
  scheduleOffsetMinutes: 1,
  channels: [AlertChannel.webhook(alerts)],
});

new TerraformOutput(stack, 'alert_ids', { value: { on_tile: onTile.alertId, on_search: onSearch.alertId } });
app.synth();
