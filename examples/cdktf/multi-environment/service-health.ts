// The definition both environments share: the environment's sources (OtelEnvironment: log, trace and metric sources
// over the OpenTelemetry collector's tables, linked both ways), the webhook alerts post to, a service-health dashboard,
// an alert on its error tile and an alert on a saved search of errors. Everything is made in the environment the
// construct is created in, so the same code builds each environment from nothing, whatever ids its server gives.
import { Construct } from 'constructs';
import {
  Alert,
  AlertChannel,
  type ClickHouseConnectionProps,
  type ClickStackEnvironment,
  Dashboard,
  LineTile,
  MarkdownTile,
  NumberFormat,
  NumberTile,
  SavedSearch,
  OtelEnvironment,
  Select,
  TableTile,
  Threshold,
  Webhook,
} from 'clickstack-cdktf';

export interface ServiceHealthProps {
  /** The ClickHouse connection to make (ClickStack OSS). Give this or `connectionId`. */
  readonly clickhouse?: ClickHouseConnectionProps;
  /** The id of the service's connection (Managed ClickStack: ClickHouse Cloud owns it). Give this or `clickhouse`. */
  readonly connectionId?: string;
  /** The URL the alerts post to. */
  readonly alertsUrl: string;
  /** Errors in 5 minutes above which the error alert fires. */
  readonly errorThreshold: number;
}

export class ServiceHealth extends Construct {
  readonly otel: OtelEnvironment;
  readonly dashboard: Dashboard;

  constructor(environment: ClickStackEnvironment, id: string, props: ServiceHealthProps) {
    super(environment, id);
    this.otel = new OtelEnvironment(this, 'otel', { clickhouse: props.clickhouse, connectionId: props.connectionId });
    const { logs, traces } = this.otel;
    const alerts = new Webhook(this, 'alerts', { name: 'Alerts channel', service: 'generic', url: props.alertsUrl, body: '{"text":"{{title}}: {{body}}"}' });

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
