// Source request schema, discriminated on kind (OSS notes §5; Cloud notes §3 "Sources").
import type { Flavor } from '../context';
import { arr, bool, discriminated, enumOf, literal, nullable, num, obj, optional, refine, str, withDefault, type Parser, type Shape } from './schema';

const GRANULARITY_UNITS: Record<string, string> = { s: 'second', m: 'minute', h: 'hour', d: 'day' };
const LONG_UNITS: Record<string, string> = { second: 's', minute: 'm', hour: 'h', day: 'd' };

/** Granularities are exchanged in short form (`15m`); the long form (`15 minute`) is accepted too. */
export function shortGranularity(value: string): string {
  const long = /^(\d+) (second|minute|hour|day)s?$/.exec(value);
  return long ? `${long[1]}${LONG_UNITS[long[2]]}` : value;
}
const granularity: Parser<string> = (value, path, issues) => {
  const parsed = str({ min: 1 })(value, path, issues);
  if (typeof parsed !== 'string') return parsed;
  const short = shortGranularity(parsed);
  const match = /^(\d+)([smhd])$/.exec(short);
  if (!match || !GRANULARITY_UNITS[match[2]]) issues.push({ path, message: 'Invalid granularity' });
  return short;
};

const expression = () => optional(nullable(str()));
const highlighted = optional(arr(obj({ sqlExpression: str({ min: 1 }), luceneExpression: optional(str()), alias: optional(str()) })));
const materializedView = obj({
  databaseName: str({ min: 1 }), tableName: str({ min: 1 }), dimensionColumns: str(), minGranularity: granularity,
  minDate: optional(nullable(str())), timestampColumn: str({ min: 1 }),
  aggregatedColumns: arr(refine(obj({ sourceColumn: optional(str()), aggFn: str({ min: 1 }), mvColumn: str({ min: 1 }) }), (column, path, issues) => {
    if (column.aggFn !== 'count' && !column.sourceColumn) issues.push({ path: [...path, 'sourceColumn'], message: 'sourceColumn is required unless aggFn is count' });
  }), { min: 1 }),
});

function searchFields(flavor: Flavor): Shape {
  return {
    implicitColumnExpression: expression(), knownColumnsListExpression: expression(),
    useTextIndexForImplicitColumn: optional(nullable(enumOf(['auto', 'enabled', 'disabled'] as const))),
    highlightedTraceAttributeExpressions: highlighted, highlightedRowAttributeExpressions: highlighted,
    materializedViews: optional(arr(materializedView)),
    metadataMaterializedViews: optional(nullable(obj({ keyRollupTable: optional(str()), kvRollupTable: str(), granularity }))),
    orderByExpression: expression(), displayedTimestampValueExpression: expression(),
    // Cloud notes §5: serviceVersionExpression is OSS-only, filterSettings Cloud-only.
    ...(flavor === 'oss'
      ? { serviceVersionExpression: expression() }
      : { filterSettings: optional(nullable(obj({ databaseName: str({ min: 1 }), tableName: str({ min: 1 }), columns: arr(obj({ name: str({ min: 1 }), label: str({ min: 1 }) }), { max: 10 }) }))) }),
  };
}

export function sourceSchema(flavor: Flavor): Parser<Record<string, unknown>> {
  const base = (kind: string, from = obj({ databaseName: str({ min: 1 }), tableName: str({ min: 1 }) })): Shape => ({
    name: str({ min: 1 }),
    kind: literal(kind),
    connection: str(),
    from,
    // OSS notes §5 and §9.6: required for every kind, session included.
    timestampValueExpression: str({ min: 1 }),
    section: optional(str({ max: 256 })),
    disabled: withDefault(bool(), () => false),
    querySettings: optional(arr(obj({ setting: str({ min: 1 }), value: str({ min: 1 }) }), { max: 10 })),
  });
  return discriminated('kind', {
    log: obj({
      ...base('log'), ...searchFields(flavor), defaultTableSelectExpression: str(),
      serviceNameExpression: expression(), severityTextExpression: expression(), bodyExpression: expression(),
      eventAttributesExpression: expression(), resourceAttributesExpression: expression(), metricSourceId: expression(),
      traceSourceId: expression(), traceIdExpression: expression(), spanIdExpression: expression(), tableFilterExpression: expression(),
    }),
    trace: obj({
      ...base('trace'), ...searchFields(flavor), defaultTableSelectExpression: str(), durationExpression: str(),
      durationPrecision: withDefault(num({ int: true, min: 0, max: 9 }), () => 3), traceIdExpression: str(), spanIdExpression: str(),
      parentSpanIdExpression: str(), spanNameExpression: str(), spanKindExpression: str(), sampleRateExpression: expression(),
      logSourceId: expression(), sessionSourceId: expression(), metricSourceId: expression(), statusCodeExpression: expression(),
      statusMessageExpression: expression(), serviceNameExpression: expression(), resourceAttributesExpression: expression(),
      eventAttributesExpression: expression(), spanEventsValueExpression: expression(), spanLinksValueExpression: expression(),
    }),
    metric: refine(obj({
      ...base('metric', obj({ databaseName: str({ min: 1 }), tableName: nullable(str()) })),
      metricTables: obj({ gauge: optional(str()), histogram: optional(str()), sum: optional(str()), summary: optional(str()), 'exponential histogram': optional(str()) }),
      resourceAttributesExpression: str(), serviceNameExpression: expression(), logSourceId: expression(), seriesTable: expression(),
    }), (source, path, issues) => {
      if (!Object.values(source.metricTables as Record<string, string>).some(Boolean)) issues.push({ path: [...path, 'metricTables'], message: 'At least one metric table is required' });
    }),
    session: obj({ ...base('session'), traceSourceId: str({ min: 1 }), resourceAttributesExpression: expression() }),
    promql: obj(base('promql')),
  });
}


