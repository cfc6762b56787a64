// Source request bodies (RULES §8), discriminated on `kind`, with the servers' own messages. Managed ClickStack's
// spec makes the optional strings nullable, adds `filterSettings` and drops `serviceVersionExpression` (RULES §12).
import type { Flavor } from '../context';
import { arr, bool, discriminated, enumOf, literal, nativeEnum, num, obj, str, type Schema, type Shape } from './schema';
import { MV_AGG_FNS, TEXT_INDEX_MODES } from './values';

const INTERVAL = /^\d+ (second|minute|hour|day)$/;
const LONG_UNITS: Record<string, string> = { s: 'second', m: 'minute', h: 'hour', d: 'day' };
const SHORT_UNITS: Record<string, string> = { second: 's', minute: 'm', hour: 'h', day: 'd' };

/** `15m` → `15 minute`: the server stores and validates the long form (anything else is left to fail). */
export const longGranularity = (value: string) => value.replace(/^(\d+)([smhd])$/, (_, amount: string, unit: string) => `${amount} ${LONG_UNITS[unit]}`);
/** `15 minute` → `15m`: the form reads answer with. */
export const shortGranularity = (value: string) => value.replace(/^(\d+) (second|minute|hour|day)$/, (_, amount: string, unit: string) => `${amount}${SHORT_UNITS[unit]}`);

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON documents

/** Applies `convert` to every granularity of a source body or document (materialized views, metadata views). */
export function mapGranularities(source: Json, convert: (value: string) => string): Json {
  const out = { ...source };
  if (Array.isArray(source.materializedViews)) {
    out.materializedViews = source.materializedViews.map((view: Json) => (view && typeof view.minGranularity === 'string' ? { ...view, minGranularity: convert(view.minGranularity) } : view));
  }
  if (source.metadataMaterializedViews && typeof source.metadataMaterializedViews.granularity === 'string') {
    out.metadataMaterializedViews = { ...source.metadataMaterializedViews, granularity: convert(source.metadataMaterializedViews.granularity) };
  }
  return out;
}

const interval = () => str().regex(INTERVAL);

const materializedView = obj({
  databaseName: str().min(1, 'Materialized View Database is required'),
  tableName: str().min(1, 'Materialized View Table is required'),
  dimensionColumns: str(),
  minGranularity: interval(),
  minDate: str().datetime().nullish(),
  timestampColumn: str().min(1, 'Materialized View Timestamp column is required'),
  aggregatedColumns: arr(
    obj({ sourceColumn: str().optional(), aggFn: enumOf(MV_AGG_FNS), mvColumn: str().min(1, 'Materialized View Column is required') })
      .refine((column) => column.aggFn === 'count' || Boolean(column.sourceColumn?.length), 'Materialized View Source Column is required'),
  ).min(1, 'At least one aggregated column is required'),
});

const highlighted = () => arr(obj({ sqlExpression: str().min(1, 'Attribute SQL Expression is required'), luceneExpression: str().optional(), alias: str().optional() })).optional();

export function sourceSchema(flavor: Flavor): Schema<Json> {
  const oss = flavor === 'oss';
  const text = () => (oss ? str().optional() : str().nullish());
  const texts = (...names: string[]): Shape => Object.fromEntries(names.map((name) => [name, text()]));
  const required = (message: string) => str().min(1, message);
  const from = (tableName: Schema<unknown>) => obj({ databaseName: required('Database is required'), tableName });
  const base = (kind: string, extra: Shape, source: Shape = {}): Schema<Json> => obj({
    name: required('Name is required'),
    section: str().max(256).optional(),
    kind: literal(kind),
    connection: required('Server Connection is required'),
    from: from(required('Table is required')),
    disabled: oss ? bool().optional() : bool().nullish(),
    querySettings: arr(obj({ setting: str().min(1), value: str().min(1) })).max(10).optional(),
    timestampValueExpression: required('Timestamp Column is required'),
    ...source,
    ...extra,
  });
  // The search settings log and trace sources share; the version expression is OSS-only, filterSettings Cloud-only.
  const search = (afterKnownColumns: Shape): Shape => ({
    implicitColumnExpression: text(),
    knownColumnsListExpression: text(),
    ...afterKnownColumns,
    highlightedTraceAttributeExpressions: highlighted(),
    highlightedRowAttributeExpressions: highlighted(),
    materializedViews: arr(materializedView).optional(),
    metadataMaterializedViews: obj({ keyRollupTable: str().nullish(), kvRollupTable: str().min(1, 'KV rollup table name is required'), granularity: interval() }).optional(),
    orderByExpression: text(),
    useTextIndexForImplicitColumn: nativeEnum(TEXT_INDEX_MODES).optional(),
    ...(oss ? {} : { filterSettings: obj({ databaseName: str().min(1), tableName: str().min(1), columns: arr(obj({ name: str().min(1), label: str().min(1) })).max(10) }).nullish() }),
  });
  const version = (): Shape => (oss ? { serviceVersionExpression: text() } : {});
  return discriminated('kind', {
    log: base('log', {
      defaultTableSelectExpression: required('Default Select Expression is required'),
      serviceNameExpression: text(), ...version(),
      ...texts('severityTextExpression', 'bodyExpression', 'eventAttributesExpression', 'resourceAttributesExpression', 'displayedTimestampValueExpression',
        'metricSourceId', 'traceSourceId', 'traceIdExpression', 'spanIdExpression'),
      ...search({ tableFilterExpression: text() }),
    }),
    trace: base('trace', {
      defaultTableSelectExpression: required('Default Select Expression is required'),
      durationExpression: required('Duration Expression is required'),
      durationPrecision: num().min(0).max(9).default(3),
      traceIdExpression: required('Trace ID Expression is required'),
      spanIdExpression: required('Span ID Expression is required'),
      parentSpanIdExpression: required('Parent span ID expression is required'),
      spanNameExpression: required('Span Name Expression is required'),
      spanKindExpression: required('Span Kind Expression is required'),
      sampleRateExpression: text(),
      logSourceId: str().nullish(),
      ...texts('sessionSourceId', 'metricSourceId', 'statusCodeExpression', 'statusMessageExpression', 'serviceNameExpression'),
      ...version(),
      ...texts('resourceAttributesExpression', 'eventAttributesExpression', 'spanEventsValueExpression', 'spanLinksValueExpression'),
      ...search({ displayedTimestampValueExpression: text() }),
    }),
    session: base('session', {
      traceSourceId: str('Correlated Trace Source is required').min(1, 'Correlated Trace Source is required'),
      resourceAttributesExpression: text(),
    }, oss ? {} : { timestampValueExpression: str().min(1, 'Timestamp Column is required').nullish() }),
    metric: base('metric', {
      metricTables: obj({ gauge: str().optional(), histogram: str().optional(), sum: str().optional(), summary: str().optional(), 'exponential histogram': str().optional() })
        .refine((tables) => Object.values(tables).some((table) => typeof table === 'string' && table.length > 0), 'At least one metric table must be specified'),
      resourceAttributesExpression: required('Resource Attributes is required'),
      ...texts('serviceNameExpression', 'logSourceId', 'seriesTable'),
    }, { from: from(oss ? str() : str().nullable()) }),
    promql: base('promql', {}),
  });
}
