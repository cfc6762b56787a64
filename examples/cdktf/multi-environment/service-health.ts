// The definition both environments share: a service-health dashboard, an alert on its error tile, and an alert on a
// saved search of errors. Sources and the webhook are found by name in the environment the construct is created in,
// so the same code deploys wherever those names exist, whatever their ids.
import { Construct } from 'constructs';
import {
  Alert,
  AlertChannel,
  type ClickStackEnvironment,
  Dashboard,
  LineTile,
  MarkdownTile,
  NumberFormat,
  NumberTile,
  SavedSearch,
  Select,
  Source,
  TableTile,
  Threshold,
  Webhook,
} from 'clickstack-cdktf';

export interface ServiceHealthProps {
  /** Errors in 5 minutes above which the error alert fires. */
  readonly errorThreshold: number;
}

export class ServiceHealth extends Construct {
  readonly dashboard: Dashboard;

  constructor(environment: ClickStackEnvironment, id: string, props: ServiceHealthProps) {
    super(environment, id);
    const logs = Source.fromName(this, 'logs', { name: 'Logs', kind: 'log' });
    const traces = Source.fromName(this, 'traces', { name: 'Traces', kind: 'trace' });
    const alerts = Webhook.fromName(this, 'alerts', { name: 'Alerts channel' });

    const errors = new LineTile('errors', { title: 'Errors', source: logs, select: [Select.count({ where: 'SeverityText:error', alias: 'errors' })], groupBy: 'ServiceName' });
    const latency = new NumberTile('latency', {
      title: 'p95 latency',
      source: traces,
      select: [Select.quantile('Duration', 0.95)],
      numberFormat: NumberFormat.duration({ inputUnit: 'nanoseconds' }),
    });
    const operations = new TableTile('operations', { title: 'Busiest operations', source: traces, select: [Select.count({ alias: 'calls' })], groupBy: 'SpanName', orderBy: 'calls DESC' });
    const about = new MarkdownTile('about', { title: 'About', text: 'The same dashboard in every environment, from `service-health.ts`.' });
    this.dashboard = new Dashboard(this, 'dashboard', { name: 'Service health', tags: ['multi-environment'] })
      .addRow(errors, latency)
      .addRow(operations, about);

    new Alert(this, 'error_spike', {
      tile: errors,
      name: 'Error spike',
      threshold: Threshold.above(props.errorThreshold),
      interval: '5m',
      channels: [AlertChannel.webhook(alerts)],
    });

    const errorSearch = new SavedSearch(this, 'error_search', { source: logs, name: 'Errors', where: 'SeverityText:error' });
    new Alert(this, 'errors_by_service', {
      savedSearch: errorSearch,
      name: 'Errors by service',
      groupBy: 'ServiceName',
      threshold: Threshold.aboveExclusive(0),
      interval: '15m',
      channels: [AlertChannel.webhook(alerts)],
    });
  }
}
