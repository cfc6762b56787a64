// An environment's foundation from one definition: the ClickHouse connection and the log, trace and metric sources over
// the OpenTelemetry collector's tables, linked both ways. One `new OtelEnvironment(stack, ...)` per dev, staging or
// production stack makes each the same; dashboards, alerts and webhooks then take its sources.
import { Connection as ConnectionResource } from './bindings/connection';
import type { Construct } from 'constructs';
import { ClickStackConstruct, type EnvironmentScopedProps } from './environment';
import { LogSource, MetricSource, TraceSource } from './managed-source';
import { type SecretReference, secretProblems } from './model/secret';

/** The ClickHouse connection an `OtelEnvironment` makes (ClickStack OSS). */
export interface ClickHouseConnectionProps {
  /** URL of ClickHouse's HTTP interface, such as `https://clickhouse.internal:8443`. */
  readonly host: string;
  /** The ClickHouse user ClickStack queries as. */
  readonly username: string;
  /**
   * The user's password: a sensitive `TerraformVariable` without a default (set `TF_VAR_<name>`). Write-only: never in
   * the state or the plan.
   */
  readonly password: SecretReference;
  /**
   * Change it to send the password again (a rotation): the password itself is never compared.
   * @default '1'
   */
  readonly passwordVersion?: string;
  /**
   * The connection's name in ClickStack.
   * @default 'ClickHouse'
   */
  readonly name?: string;
}

/** The names of the sources, as the UI lists them. */
export interface OtelSourceNames {
  /**
   * The log source's name.
   * @default 'Logs'
   */
  readonly logs?: string;
  /**
   * The trace source's name.
   * @default 'Traces'
   */
  readonly traces?: string;
  /**
   * The metric source's name.
   * @default 'Metrics'
   */
  readonly metrics?: string;
}

/** What an `OtelEnvironment` makes: its connection (or the id of one), the database of the tables, the sources' names. */
export interface OtelEnvironmentProps extends EnvironmentScopedProps {
  /**
   * The ClickHouse connection to make (ClickStack OSS). Give this or `connectionId`.
   * @default none: `connectionId` names an existing one
   */
  readonly clickhouse?: ClickHouseConnectionProps;
  /**
   * The id of an existing connection, such as Managed ClickStack's (`Source.fromName(...).connectionId`: ClickHouse
   * Cloud owns the service's connection). Give this or `clickhouse`.
   * @default none: `clickhouse` makes one
   */
  readonly connectionId?: string;
  /**
   * The database of the collector's tables (`otel_logs`, `otel_traces`, `otel_metrics_*`).
   * @default 'default'
   */
  readonly database?: string;
  /**
   * The names of the sources, as the UI lists them.
   * @default Logs, Traces and Metrics
   */
  readonly sourceNames?: OtelSourceNames;
}

/**
 * The connection and the sources of an environment fed by the OpenTelemetry collector's ClickHouse exporter: a log, a
 * trace and a metric source on its default tables, each linked to the others (logs to their traces and metrics,
 * traces to their logs and metrics, metrics to their logs), made in one apply. Tiles, saved searches and alerts take
 * `logs`, `traces` and `metrics` as they take any source.
 *
 * ```ts
 * const password = new TerraformVariable(stack, 'clickhouse_password', { type: 'string', sensitive: true });
 * const otel = new OtelEnvironment(stack, 'otel', { clickhouse: { host: 'http://clickhouse:8123', username: 'hyperdx', password } });
 * new LineTile('errors', { title: 'Errors', source: otel.logs, select: [Select.count()] });
 * ```
 */
export class OtelEnvironment extends ClickStackConstruct {
  /** Id of the connection the sources query. */
  readonly connectionId: string;
  /** The `clickstack_connection` made from `clickhouse`, if any. */
  readonly connection: ConnectionResource | undefined;
  /** The log source (`otel_logs`), linked to the traces and metrics. */
  readonly logs: LogSource;
  /** The trace source (`otel_traces`), linked to the logs and metrics. */
  readonly traces: TraceSource;
  /** The metric source (`otel_metrics_gauge`, `_sum`, `_histogram`), linked to the logs. */
  readonly metrics: MetricSource;

  constructor(scope: Construct, id: string, props: OtelEnvironmentProps) {
    super(scope, id, props);
    const { clickhouse } = props;
    if (clickhouse && props.connectionId !== undefined) throw new Error(`${this.node.path}: give \`clickhouse\` or \`connectionId\`, not both.`);
    if (clickhouse) {
      this.node.addValidation({ validate: () => secretProblems('clickhouse.password', clickhouse.password).map((problem) => `${this.node.path}: ${problem}`) });
      if (this.environment.flavor === 'cloud')
        this.node.addValidation({ validate: () => [`${this.node.path}: Managed ClickStack has no connections to make (ClickHouse Cloud owns the service's): give \`connectionId\` instead of \`clickhouse\`.`] });
      this.connection = new ConnectionResource(this, 'connection', {
        name: clickhouse.name ?? 'ClickHouse',
        host: clickhouse.host,
        username: clickhouse.username,
        password: typeof clickhouse.password === 'string' ? clickhouse.password : clickhouse.password.stringValue,
        passwordVersion: clickhouse.passwordVersion ?? '1',
        provider: this.environment.provider,
      });
      this.connectionId = this.connection.id;
    } else if (props.connectionId !== undefined) {
      this.connectionId = props.connectionId;
    } else throw new Error(`${this.node.path}: give \`clickhouse\` (a connection to make) or \`connectionId\` (an existing one).`);

    const common = { connectionId: this.connectionId, database: props.database ?? 'default', environment: this.environment };
    const names = props.sourceNames ?? {};
    this.logs = new LogSource(this, 'logs', {
      ...common,
      name: names.logs ?? 'Logs',
      table: 'otel_logs',
      timestampValueExpression: 'TimestampTime',
      defaultTableSelectExpression: 'Timestamp, ServiceName, SeverityText, Body',
      serviceNameExpression: 'ServiceName',
      severityTextExpression: 'SeverityText',
      bodyExpression: 'Body',
      traceIdExpression: 'TraceId',
      spanIdExpression: 'SpanId',
    });
    this.traces = new TraceSource(this, 'traces', {
      ...common,
      name: names.traces ?? 'Traces',
      table: 'otel_traces',
      timestampValueExpression: 'Timestamp',
      defaultTableSelectExpression: 'Timestamp, ServiceName, SpanName, Duration',
      durationExpression: 'Duration',
      durationPrecision: 9,
      traceIdExpression: 'TraceId',
      spanIdExpression: 'SpanId',
      parentSpanIdExpression: 'ParentSpanId',
      spanNameExpression: 'SpanName',
      spanKindExpression: 'SpanKind',
      serviceNameExpression: 'ServiceName',
      statusCodeExpression: 'StatusCode',
    });
    this.metrics = new MetricSource(this, 'metrics', {
      ...common,
      name: names.metrics ?? 'Metrics',
      timestampValueExpression: 'TimeUnix',
      tables: { gauge: 'otel_metrics_gauge', sum: 'otel_metrics_sum', histogram: 'otel_metrics_histogram' },
      resourceAttributesExpression: 'ResourceAttributes',
    });
    this.logs.linkTo({ traceSource: this.traces, metricSource: this.metrics });
    this.traces.linkTo({ logSource: this.logs, metricSource: this.metrics });
    this.metrics.linkTo({ logSource: this.logs });
  }
}
