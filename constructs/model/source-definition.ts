// A managed source as plain data: the props of each kind, what ClickStack would refuse, and the configuration of the
// `clickstack_source` resource. Links to other sources are not here: `SourceLinks` sets them.
import { MV_AGG_FNS, SOURCE_KINDS, type SourceKind, TEXT_INDEX_MODES } from '../../provider/values';
import type { Flavor } from './environment-settings';
import type { SourceRef } from './tile';
import { atMost, eachOf, isToken, lengthBetween, nonEmpty, oneOf, wholeNumber } from './checks';

/** What every source takes. */
export interface SourceDefinitionProps {
  /** Name of the source, as the UI lists it. */
  readonly name: string;
  /**
   * Id of the ClickHouse connection the source queries. On OSS, a connection's id; on Managed ClickStack the
   * service's own connection, whose id any existing source reports (`Source.fromName(...).connectionId`).
   */
  readonly connectionId: string;
  /** Database of the source's table. */
  readonly database: string;
  /** SQL expression of the event time, used for time ranges. */
  readonly timestampValueExpression: string;
  /**
   * Section of the source list the UI shows the source under.
   * @default none
   */
  readonly section?: string;
  /**
   * Whether the source is hidden from searches and charts.
   * @default false
   */
  readonly disabled?: boolean;
  /**
   * ClickHouse settings sent with every query of the source (up to 10), by name.
   * @default none
   */
  readonly querySettings?: Record<string, string>;
}

/** What a source that reads one table takes: every kind but `metric`. */
export interface TableSourceProps extends SourceDefinitionProps {
  /** Table the source reads. */
  readonly table: string;
}

/** An attribute highlighted in the trace view or in search rows. */
export interface HighlightedAttribute {
  /** SQL expression of the attribute. */
  readonly sqlExpression: string;
  /**
   * The same attribute as a Lucene field, for searches.
   * @default none
   */
  readonly luceneExpression?: string;
  /**
   * Name shown for the attribute.
   * @default the expression
   */
  readonly alias?: string;
}

/** One aggregate a materialized view holds. */
export interface MaterializedViewColumn {
  /** Aggregation: one of `values.MV_AGG_FNS` (`count`, `sum`, `avg`, ..., `histogram`). */
  readonly aggFn: (typeof MV_AGG_FNS)[number];
  /** Column of the view's table holding the aggregate. */
  readonly mvColumn: string;
  /**
   * Column of the source aggregated; required unless `aggFn` is `count`.
   * @default none
   */
  readonly sourceColumn?: string;
}

/** A materialized view that answers aggregate queries of the source faster. */
export interface MaterializedView {
  /** Database of the view's table. */
  readonly database: string;
  /** Table the view writes. */
  readonly table: string;
  /** Columns the view groups by, comma-separated. */
  readonly dimensionColumns: string;
  /** Smallest time bucket the view holds: `30s`, `1m`, `15m`, `1h`, `1d`... */
  readonly minGranularity: string;
  /** Time column of the view's table. */
  readonly timestampColumn: string;
  /** The aggregates the view holds (at least one). */
  readonly aggregatedColumns: MaterializedViewColumn[];
  /**
   * Earliest time the view covers, RFC 3339.
   * @default none: all of it
   */
  readonly minDate?: string;
}

/** Roll-up tables of attribute keys and values that the search sidebar reads. */
export interface MetadataMaterializedViews {
  /** Table of attribute keys and values. */
  readonly kvRollupTable: string;
  /** Time bucket of the roll-ups: `15m`, `1h`... */
  readonly granularity: string;
  /**
   * Table of attribute keys.
   * @default none
   */
  readonly keyRollupTable?: string;
}

/** The table the search sidebar reads its filter values from (Managed ClickStack only). */
export interface FilterSettings {
  /** Database of the table. */
  readonly database: string;
  /** Table of filter values. */
  readonly table: string;
  /** Columns shown as filters (up to 10), each with its label. */
  readonly columns: { readonly name: string; readonly label: string }[];
}

/** What log and trace sources share: search columns, attribute maps, highlighted attributes, views. */
export interface SearchSourceProps extends TableSourceProps {
  /** Columns a search shows by default, comma-separated SQL. */
  readonly defaultTableSelectExpression: string;
  /** SQL expression of the time shown in result rows. @default the timestamp expression */
  readonly displayedTimestampValueExpression?: string;
  /** SQL expression of the column a search without a field name matches. @default none */
  readonly implicitColumnExpression?: string;
  /** SQL expression of the columns a search suggests. @default none */
  readonly knownColumnsListExpression?: string;
  /** SQL expression of the order of search results. @default the server's */
  readonly orderByExpression?: string;
  /** Whether searches on the implicit column use a text index: `auto`, `enabled` or `disabled`. @default the server's */
  readonly useTextIndexForImplicitColumn?: (typeof TEXT_INDEX_MODES)[number];
  /** SQL expression of the service name. @default none */
  readonly serviceNameExpression?: string;
  /** SQL expression of the service version (OSS only). @default none */
  readonly serviceVersionExpression?: string;
  /** SQL expression of the resource attributes map. @default none */
  readonly resourceAttributesExpression?: string;
  /** SQL expression of the log or span attributes map. @default none */
  readonly eventAttributesExpression?: string;
  /** Attributes highlighted in the trace view. @default none */
  readonly highlightedTraceAttributes?: HighlightedAttribute[];
  /** Attributes highlighted in each row of a search. @default none */
  readonly highlightedRowAttributes?: HighlightedAttribute[];
  /** Materialized views of the source. @default none */
  readonly materializedViews?: MaterializedView[];
  /** Roll-up tables the search sidebar reads. @default none */
  readonly metadataMaterializedViews?: MetadataMaterializedViews;
  /** The search sidebar's filter table (Managed ClickStack only). @default none */
  readonly filterSettings?: FilterSettings;
}

/** A log source: log lines, with the expressions of severity, body and correlation. */
export interface LogSourceDefinitionProps extends SearchSourceProps {
  /** SQL expression of the severity level. @default none */
  readonly severityTextExpression?: string;
  /** SQL expression of the log message. @default none */
  readonly bodyExpression?: string;
  /** SQL expression of the trace id, which links a log line to its trace. @default none */
  readonly traceIdExpression?: string;
  /** SQL expression of the span id. @default none */
  readonly spanIdExpression?: string;
}

/** A trace source: spans, with their ids, names, kinds and durations. */
export interface TraceSourceDefinitionProps extends SearchSourceProps {
  /** SQL expression of the span duration. */
  readonly durationExpression: string;
  /**
   * Decimal digits of a second that `durationExpression` counts: 3 for milliseconds, 9 for nanoseconds (0 to 9).
   * @default 3
   */
  readonly durationPrecision?: number;
  /** SQL expression of the trace id. */
  readonly traceIdExpression: string;
  /** SQL expression of the span id. */
  readonly spanIdExpression: string;
  /** SQL expression of the parent span id. */
  readonly parentSpanIdExpression: string;
  /** SQL expression of the span name. */
  readonly spanNameExpression: string;
  /** SQL expression of the span kind. */
  readonly spanKindExpression: string;
  /** SQL expression of the sample rate. @default none */
  readonly sampleRateExpression?: string;
  /** SQL expression of the span status code. @default none */
  readonly statusCodeExpression?: string;
  /** SQL expression of the span status message. @default none */
  readonly statusMessageExpression?: string;
  /** SQL expression of the span events. @default none */
  readonly spanEventsValueExpression?: string;
  /** SQL expression of the span links. @default none */
  readonly spanLinksValueExpression?: string;
}

/** The table of each metric type; at least one. */
export interface MetricTables {
  /** Table of gauge metrics. @default none */
  readonly gauge?: string;
  /** Table of histogram metrics. @default none */
  readonly histogram?: string;
  /** Table of sum metrics. @default none */
  readonly sum?: string;
  /** Table of summary metrics. @default none */
  readonly summary?: string;
  /** Table of exponential histogram metrics. @default none */
  readonly exponentialHistogram?: string;
}

/** A metric source: OpenTelemetry metrics, one table per metric type. */
export interface MetricSourceDefinitionProps extends SourceDefinitionProps {
  /** The table of each metric type; at least one. */
  readonly tables: MetricTables;
  /** SQL expression of the resource attributes map. */
  readonly resourceAttributesExpression: string;
  /** SQL expression of the service name. @default none */
  readonly serviceNameExpression?: string;
  /** Table of metric series. @default none */
  readonly seriesTable?: string;
}

/** A session source: browser sessions, correlated with a trace source. */
export interface SessionSourceDefinitionProps extends TableSourceProps {
  /** The trace source the sessions correlate with (the server requires it). */
  readonly traceSource: SourceRef;
  /** SQL expression of the resource attributes map. @default none */
  readonly resourceAttributesExpression?: string;
}

/** The props of a source of `kind`. */
export interface SourceKindProps {
  /** A log source's props. */
  log: LogSourceDefinitionProps;
  /** A trace source's props. */
  trace: TraceSourceDefinitionProps;
  /** A metric source's props. */
  metric: MetricSourceDefinitionProps;
  /** A session source's props. */
  session: SessionSourceDefinitionProps;
  /** A PromQL source's props: the common ones. */
  promql: TableSourceProps;
}

/** The `clickstack_source` configuration, in the shape of the bindings' SourceConfig. */
export type SourceConfigData = Record<string, unknown>;

const GRANULARITY = /^\d+(?:[smhd]| (?:second|minute|hour|day))$/;
const COMMON_PROPS = ['name', 'connectionId', 'database', 'table', 'timestampValueExpression', 'section', 'disabled', 'querySettings', 'environment'];
/** Props whose name differs from the attribute (or that the construct turns into one). */
const RENAMED: Record<string, string> = { highlightedTraceAttributes: 'highlightedTraceAttributeExpressions', highlightedRowAttributes: 'highlightedRowAttributeExpressions' };

function granularity(prop: string, value: string | undefined): string[] {
  return value === undefined || isToken(value) || GRANULARITY.test(value) ? [] : [`\`${prop}\` is "${value}"; expected a granularity such as "15m" or "1h".`];
}

/** A source of one kind as plain data: its props, what ClickStack would refuse, and its resource's configuration. */
export class SourceDefinition<K extends SourceKind> {
  constructor(
    readonly kind: K,
    readonly props: SourceKindProps[K],
    private readonly flavor: Flavor | undefined,
  ) {}

  /** The problems of the props, each a sentence naming the prop; empty when ClickStack would accept them. */
  validate(): string[] {
    const props = this.props as SourceDefinitionProps & Partial<SearchSourceProps & TraceSourceDefinitionProps & MetricSourceDefinitionProps & SessionSourceDefinitionProps>;
    const views = props.materializedViews ?? [];
    return [
      ...oneOf('kind', this.kind, SOURCE_KINDS),
      ...nonEmpty('name', props.name),
      ...nonEmpty('connectionId', props.connectionId),
      ...nonEmpty('database', props.database),
      ...nonEmpty('timestampValueExpression', props.timestampValueExpression),
      ...(this.kind === 'metric' ? [] : nonEmpty('table', props.table)),
      ...(props.traceSource?.kind !== undefined && props.traceSource.kind !== 'trace'
        ? [`\`traceSource\` is a ${props.traceSource.kind} source; a session source correlates with a trace source.`]
        : []),
      ...lengthBetween('section', props.section, 0, 256),
      ...atMost('querySettings', Object.keys(props.querySettings ?? {}), 10, 'settings'),
      ...wholeNumber('durationPrecision', props.durationPrecision, 0, 9),
      ...oneOf('useTextIndexForImplicitColumn', props.useTextIndexForImplicitColumn, TEXT_INDEX_MODES),
      ...(props.tables && !Object.values(props.tables).some((table) => table !== undefined && table !== '') ? ['`tables` must name at least one metric table.'] : []),
      ...eachOf('materializedViews', views, (prop, view) => [
        ...granularity(`${prop}.minGranularity`, view.minGranularity),
        ...(view.aggregatedColumns.length === 0 ? [`\`${prop}.aggregatedColumns\` must hold at least one column.`] : []),
        ...eachOf(`${prop}.aggregatedColumns`, view.aggregatedColumns, (columnProp, column) => [
          ...oneOf(`${columnProp}.aggFn`, column.aggFn, MV_AGG_FNS),
          ...(column.aggFn !== 'count' && !column.sourceColumn ? [`\`${columnProp}.sourceColumn\` is required unless \`aggFn\` is "count".`] : []),
        ]),
      ]),
      ...granularity('metadataMaterializedViews.granularity', props.metadataMaterializedViews?.granularity),
      ...atMost('filterSettings.columns', props.filterSettings?.columns, 10, 'columns'),
      ...(this.flavor === 'cloud' && props.serviceVersionExpression !== undefined ? ['`serviceVersionExpression` exists only on ClickStack OSS.'] : []),
      ...(this.flavor === 'oss' && props.filterSettings !== undefined ? ['`filterSettings` exists only on Managed ClickStack.'] : []),
    ];
  }

  /** The `clickstack_source` configuration: the common props at the top, the kind's own in the object named as the kind. */
  toConfig(): SourceConfigData {
    const props = this.props as SourceDefinitionProps & Partial<TableSourceProps> & Record<string, unknown>;
    const own = Object.fromEntries(
      Object.entries(props)
        .filter(([prop, value]) => !COMMON_PROPS.includes(prop) && value !== undefined)
        .map(([prop, value]) => (prop === 'traceSource' ? ['traceSourceId', (value as SourceRef).sourceId] : [RENAMED[prop] ?? prop, value])),
    );
    return {
      name: props.name,
      kind: this.kind,
      connectionId: props.connectionId,
      database: props.database,
      table: props.table,
      timestampValueExpression: props.timestampValueExpression,
      section: props.section,
      disabled: props.disabled,
      querySettings: props.querySettings && Object.entries(props.querySettings).map(([setting, value]) => ({ setting, value })),
      ...(this.kind === 'promql' ? {} : { [this.kind]: own }),
    };
  }
}
