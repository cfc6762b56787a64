import { TerraformStack } from 'cdktf';
import { synth, synthError } from '../test/support/cdktf';
import { Alert } from './alert';
import { Dashboard } from './dashboard';
import { ClickStackEnvironment } from './environment';
import { TableTile } from './model/aggregate-tiles';
import { AlertChannel, Threshold } from './model/alert-definition';
import { Select } from './model/select';
import { LineTile } from './model/time-series-tiles';
import { SavedSearch } from './saved-search';
import { Source } from './source';
import { Webhook } from './webhook';

/** An OSS environment, the log source and the webhook looked up by name, and a dashboard with an error tile. */
function errorsDashboard(stack: TerraformStack) {
  new ClickStackEnvironment(stack, 'clickstack', { flavor: 'oss' });
  const logs = Source.fromName(stack, 'logs', { name: 'Logs', kind: 'log' });
  const alerts = Webhook.fromName(stack, 'alerts', { name: 'Alerts channel' });
  const errors = new LineTile('errors', { title: 'Errors', source: logs, select: [Select.count({ where: 'SeverityText:error' })] });
  const dashboard = new Dashboard(stack, 'health', { name: 'Service health' }).addRow(errors);
  return { logs, alerts, errors, dashboard };
}

describe('Alert', () => {
  it('on a tile: watches the tile of its dashboard by key, and notifies a webhook found by name', () => {
    const json = synth((stack) => {
      const { alerts, errors } = errorsDashboard(stack);
      new Alert(stack, 'error_spike', {
        tile: errors,
        name: 'Error spike',
        message: 'More than 100 errors in 5 minutes.',
        threshold: Threshold.above(100),
        interval: '5m',
        consecutiveWindows: 2,
        channels: [AlertChannel.webhook(alerts)],
      });
    });
    expect(json.resource.clickstack_alert).toMatchSnapshot();
    expect(json.resource.clickstack_alert.error_spike).toEqual(
      expect.objectContaining({ dashboard_id: '${clickstack_dashboard.health.id}', tile_id: '${clickstack_dashboard.health.tile_ids["errors"]}' }),
    );
  });

  it('on a tile of a dashboard without keys: watches it by title, or as its list element when the title is shared; importFrom adopts it', () => {
    const json = synth((stack) => {
      new ClickStackEnvironment(stack, 'clickstack', { flavor: 'oss' });
      const logs = Source.fromName(stack, 'logs', { name: 'Logs', kind: 'log' });
      const line = new LineTile('errors_line', { title: 'Errors', source: logs, select: [Select.count()] });
      const other = new LineTile('errors_other', { title: 'Errors', source: logs, select: [Select.count()] });
      new Dashboard(stack, 'health', { name: 'Service health', tileKeys: 'title' }).addRow(line, other).importFrom('d1');
      const webhook = { webhookId: 'w1' };
      new Alert(stack, 'spike', { tile: other, threshold: Threshold.above(1), interval: '5m', channels: [AlertChannel.webhook(webhook)] }).importFrom('a1');
    });
    expect(json.resource.clickstack_alert.spike.tile_id).toBe('${clickstack_dashboard.health.line_tiles[1].id}');
    expect(json.import).toEqual(expect.arrayContaining([{ id: 'a1', to: 'clickstack_alert.spike' }]));
  });

  it('finds the tile\'s dashboard when the tile is added after the alert is created', () => {
    const json = synth((stack) => {
      new ClickStackEnvironment(stack, 'clickstack', { flavor: 'oss' });
      const logs = Source.fromName(stack, 'logs', { name: 'Logs' });
      const errors = new LineTile('errors', { source: logs, select: [Select.count()] });
      new Alert(stack, 'spike', { tile: errors, threshold: Threshold.above(1), interval: '1m', channels: [AlertChannel.webhook({ webhookId: 'hook' })] });
      new Dashboard(stack, 'later', { name: 'Later' }).addRow(errors);
    });
    expect(json.resource.clickstack_alert.spike.tile_id).toBe('${clickstack_dashboard.later.tile_ids["errors"]}');
  });

  it('finds the dashboard of a tile in a tab of a container, and not a dashboard of another stack that has the same tile', () => {
    const json = synth((stack) => {
      new ClickStackEnvironment(stack, 'clickstack', { flavor: 'oss' });
      const logs = Source.fromName(stack, 'logs', { name: 'Logs' });
      const errors = new LineTile('errors', { source: logs, select: [Select.count()] });
      const other = new TerraformStack(stack.node.scope!, 'other');
      new ClickStackEnvironment(other, 'clickstack', { flavor: 'oss' });
      new Dashboard(other, 'elsewhere', { name: 'Elsewhere' }).addRow(errors);
      new Dashboard(stack, 'tabbed', { name: 'Tabbed' }).addContainer('more', { title: 'More' }).addTab('errors', { title: 'Errors' }).addRow(errors);
      new Alert(stack, 'spike', { tile: errors, threshold: Threshold.above(1), interval: '1m', channels: [AlertChannel.webhook({ webhookId: 'hook' })] });
    });
    expect(json.resource.clickstack_alert.spike).toEqual(
      expect.objectContaining({ dashboard_id: '${clickstack_dashboard.tabbed.id}', tile_id: '${clickstack_dashboard.tabbed.tile_ids["errors"]}' }),
    );
  });

  it('on a saved search: a range threshold with both bounds, grouped, on Managed ClickStack to one email channel', () => {
    const json = synth((stack) => {
      new ClickStackEnvironment(stack, 'prod', { flavor: 'cloud' });
      const logs = Source.fromName(stack, 'logs', { name: 'Logs', kind: 'log' });
      const errors = new SavedSearch(stack, 'errors', { source: logs, name: 'Errors', where: 'SeverityText:error' });
      new Alert(stack, 'quiet', {
        savedSearch: errors,
        groupBy: 'ServiceName',
        threshold: Threshold.notBetween(10, 1000),
        interval: '1h',
        scheduleOffsetMinutes: 15,
        channels: [AlertChannel.email('oncall@example.com')],
      });
    });
    expect(json.resource.clickstack_alert).toMatchSnapshot();
  });

  describe('fails synth, naming the alert', () => {
    it('on between without its upper bound', () => {
      const error = synthError((stack) => {
        const { alerts, errors } = errorsDashboard(stack);
        new Alert(stack, 'spike', { tile: errors, threshold: { type: 'between', value: 10 }, interval: '5m', channels: [AlertChannel.webhook(alerts)] });
      });
      expect(error).toContain('[stack/spike] `threshold` is "between" and needs its upper bound `max` (use `Threshold.between(min, max)`).');
    });

    it('on a tile that cannot alert, and on a tile on no dashboard', () => {
      const error = synthError((stack) => {
        const { logs, alerts, dashboard } = errorsDashboard(stack);
        const table = new TableTile('table', { source: logs, select: [Select.count()] });
        dashboard.addRow(table);
        // @ts-expect-error -- the compiler refuses an alert on a table tile; synth still refuses it for JavaScript apps
        new Alert(stack, 'on_table', { tile: table, threshold: Threshold.above(1), interval: '5m', channels: [AlertChannel.webhook(alerts)] });
        const loose = new LineTile('loose', { source: logs, select: [Select.count()] });
        new Alert(stack, 'on_loose', { tile: loose, threshold: Threshold.above(1), interval: '5m', channels: [AlertChannel.webhook(alerts)] });
      });
      expect(error).toContain('[stack/on_table] `tile` "table" shows a table chart; ClickStack alerts only on line, stacked bar and number tiles.');
      expect(error).toContain('[stack/on_loose] `tile` "loose" is on no dashboard of this stack; add it to one (addRow, addTiles...).');
    });

    it('on a tile on several dashboards, unless `dashboard` says which', () => {
      const error = synthError((stack) => {
        const { alerts, errors } = errorsDashboard(stack);
        const copy = new Dashboard(stack, 'copy', { name: 'Copy' }).addRow(errors);
        new Alert(stack, 'ambiguous', { tile: errors, threshold: Threshold.above(1), interval: '5m', channels: [AlertChannel.webhook(alerts)] });
        new Alert(stack, 'chosen', { tile: errors, dashboard: copy, threshold: Threshold.above(1), interval: '5m', channels: [AlertChannel.webhook(alerts)] });
      });
      expect(error).toContain('[stack/ambiguous] `tile` "errors" is on several dashboards (stack/health, stack/copy); say which with `dashboard`.');
      expect(error).not.toContain('[stack/chosen]');
    });

    it('on email channels on ClickStack OSS', () => {
      const error = synthError((stack) => {
        const { errors } = errorsDashboard(stack);
        new Alert(stack, 'mail', { tile: errors, threshold: Threshold.above(1), interval: '5m', channels: [AlertChannel.email('oncall@example.com')] });
      });
      expect(error).toContain('[stack/mail] `channels[0]` uses `email`, which exists only on Managed ClickStack; ClickStack OSS alerts notify webhooks.');
    });

    it('on a dashboard, saved search or webhook of another environment', () => {
      const error = synthError((stack) => {
        const dev = new ClickStackEnvironment(stack, 'dev', { flavor: 'oss', alias: 'dev' });
        const prod = new ClickStackEnvironment(stack, 'prod', { flavor: 'oss', alias: 'prod' });
        const logs = Source.fromName(dev, 'logs', { name: 'Logs' });
        const errors = new LineTile('errors', { source: logs, select: [Select.count()] });
        new Dashboard(dev, 'health', { name: 'Service health' }).addRow(errors);
        const search = new SavedSearch(dev, 'search', { source: logs, name: 'Errors' });
        const hook = Webhook.fromName(dev, 'alerts', { name: 'Alerts channel' });
        new Alert(prod, 'tile', { tile: errors, threshold: Threshold.above(1), interval: '5m', channels: [AlertChannel.webhook(hook)] });
        new Alert(prod, 'search', { savedSearch: search, threshold: Threshold.above(1), interval: '5m', channels: [AlertChannel.webhook({ webhookId: 'x' })] });
      });
      expect(error).toContain('[stack/prod/tile] The dashboard of `tile` belongs to environment stack/dev; this construct belongs to stack/prod.');
      expect(error).toContain('[stack/prod/tile] The webhook of `channels[0]` belongs to environment stack/dev; this construct belongs to stack/prod.');
      expect(error).toContain('[stack/prod/search] `savedSearch` belongs to environment stack/dev; this construct belongs to stack/prod.');
    });
  });
});
