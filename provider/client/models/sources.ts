// Sources: what dashboards, saved searches and alerts query. An update is a full replace.
import { id, object, optional, text } from '../response-shape';
import type { ObjectId, OpenObject } from './common';

export interface SourceFrom extends OpenObject {
  databaseName: string;
  /** `""` for metric sources. */
  tableName: string | null;
}

export interface QuerySetting extends OpenObject {
  setting: string;
  value: string;
}

export interface HighlightedAttributeExpression extends OpenObject {
  sqlExpression: string;
  luceneExpression?: string;
  alias?: string;
}

export interface AggregatedColumn extends OpenObject {
  sourceColumn?: string;
  aggFn: string;
  mvColumn: string;
}

export interface MaterializedView extends OpenObject {
  databaseName: string;
  tableName: string;
  dimensionColumns: string;
  /** Short form: `15m`, `1h`. */
  minGranularity: string;
  minDate?: string | null;
  timestampColumn: string;
  aggregatedColumns: AggregatedColumn[];
}

export interface MetadataMaterializedViews extends OpenObject {
  keyRollupTable?: string;
  kvRollupTable: string;
  granularity: string;
}

interface SourceBase extends OpenObject {
  name: string;
  /** A connection id (OSS: must exist in the team). */
  connection: ObjectId;
  from: SourceFrom;
  section?: string;
  disabled?: boolean | null;
  querySettings?: QuerySetting[];
  timestampValueExpression?: string | null;
}

/** Search and attribute fields shared by log and trace sources. */
interface EventSourceFields {
  defaultTableSelectExpression: string;
  timestampValueExpression: string;
  serviceNameExpression?: string | null;
  serviceVersionExpression?: string | null;
  resourceAttributesExpression?: string | null;
  eventAttributesExpression?: string | null;
  displayedTimestampValueExpression?: string | null;
  metricSourceId?: ObjectId | null;
  implicitColumnExpression?: string | null;
  knownColumnsListExpression?: string | null;
  useTextIndexForImplicitColumn?: 'auto' | 'enabled' | 'disabled';
  highlightedTraceAttributeExpressions?: HighlightedAttributeExpression[];
  highlightedRowAttributeExpressions?: HighlightedAttributeExpression[];
  materializedViews?: MaterializedView[];
  metadataMaterializedViews?: MetadataMaterializedViews | null;
  orderByExpression?: string | null;
  /** Managed ClickStack only. */
  filterSettings?: FilterSettings | null;
}

/** The facet table Managed ClickStack's search sidebar reads its filter values from (Cloud only). */
export interface FilterSettings extends OpenObject {
  databaseName: string;
  tableName: string;
  /** Up to 10. */
  columns: { name: string; label: string }[];
}

export interface LogSourceInput extends SourceBase, EventSourceFields {
  kind: 'log';
  timestampValueExpression: string;
  /** Deprecated by the server; carried through updates unchanged. */
  tableFilterExpression?: string | null;
  severityTextExpression?: string | null;
  bodyExpression?: string | null;
  traceSourceId?: ObjectId | null;
  traceIdExpression?: string | null;
  spanIdExpression?: string | null;
}

export interface TraceSourceInput extends SourceBase, EventSourceFields {
  kind: 'trace';
  timestampValueExpression: string;
  durationExpression: string;
  /** 0–9, default 3. */
  durationPrecision: number;
  traceIdExpression: string;
  spanIdExpression: string;
  parentSpanIdExpression: string;
  spanNameExpression: string;
  spanKindExpression: string;
  sampleRateExpression?: string | null;
  logSourceId?: ObjectId | null;
  sessionSourceId?: ObjectId | null;
  statusCodeExpression?: string | null;
  statusMessageExpression?: string | null;
  spanEventsValueExpression?: string | null;
  spanLinksValueExpression?: string | null;
}

/** Keys are metric types; note the space in `exponential histogram`. */
export interface MetricTables extends OpenObject {
  gauge?: string;
  histogram?: string;
  sum?: string;
  summary?: string;
  'exponential histogram'?: string;
}

export interface MetricSourceInput extends SourceBase {
  kind: 'metric';
  metricTables: MetricTables;
  timestampValueExpression: string;
  resourceAttributesExpression: string;
  serviceNameExpression?: string | null;
  logSourceId?: ObjectId | null;
  seriesTable?: string | null;
}

export interface SessionSourceInput extends SourceBase {
  kind: 'session';
  traceSourceId: ObjectId;
  resourceAttributesExpression?: string | null;
}

export interface PromqlSourceInput extends SourceBase {
  kind: 'promql';
  timestampValueExpression: string;
}

/** Body of create and update; an `id` in it is ignored by the servers. */
export type SourceInput = LogSourceInput | TraceSourceInput | MetricSourceInput | SessionSourceInput | PromqlSourceInput;

export type LogSource = LogSourceInput & { id: ObjectId };
export type TraceSource = TraceSourceInput & { id: ObjectId };
export type MetricSource = MetricSourceInput & { id: ObjectId };
export type SessionSource = SessionSourceInput & { id: ObjectId };
export type PromqlSource = PromqlSourceInput & { id: ObjectId };
export type Source = LogSource | TraceSource | MetricSource | SessionSource | PromqlSource;


/** What the provider reads of every source; its kind's fields are mapped by the data sources' schemas. */
export const sourceShape = object({
  id,
  name: text,
  kind: text,
  connection: optional(text),
  from: optional(object({ databaseName: optional(text), tableName: optional(text) })),
});
