// clickstack_source's API documents: the top-level fields and the kind's nested object flattened into one source
// document, and back. Reads follow the server's habits (api-behaviour §10): unset optional strings may come back as
// `""`, granularities in their short form, defaults filled in; state keeps what the configuration says wherever the
// server's form means the same.
import type { Source, SourceInput } from '../../client/models/sources';
import { type ApiObject, apiName, fromApiObject, isApiObject, type ObjectMapping, toApiObject } from '../../shared/api-mapping';
import { type Attributes, isTfObject, type TfObject, type TfValue } from '../../runtime/types';
import { kindAttributes, KINDS_WITH_FIELDS, type KindWithFields, sourceAttributes } from './schema';

const TABLE_NAMES = { database: 'databaseName', table: 'tableName' };

const searchMapping: ObjectMapping = {
  nested: {
    materialized_views: { names: TABLE_NAMES },
    filter_settings: { names: TABLE_NAMES },
  },
};

const kindMappings: Record<KindWithFields, ObjectMapping> = {
  log: searchMapping,
  trace: searchMapping,
  metric: { names: { tables: 'metricTables' }, nested: { tables: { names: { exponential_histogram: 'exponential histogram' } } } },
  session: {},
};

/** The top level: `database` and `table` are `from`, and the kinds' objects are flattened in, not fields of their own. */
const commonMapping: ObjectMapping = {
  names: { id: null, connection_id: 'connection', database: null, table: null, ...Object.fromEntries(KINDS_WITH_FIELDS.map((kind) => [kind, null])) },
};

export const hasFields = (kind: TfValue): kind is KindWithFields => (KINDS_WITH_FIELDS as readonly TfValue[]).includes(kind);

/** The API fields the resource writes for a source of `kind`: any other field of the server's document is kept. */
function modeledFields(kind: string): Set<string> {
  const fields = (attributes: Attributes, mapping: ObjectMapping) => Object.keys(attributes).map((name) => apiName(name, mapping));
  const own = hasFields(kind) ? fields(kindAttributes[kind], kindMappings[kind]) : [];
  return new Set([...fields(sourceAttributes, commonMapping), 'from', ...own].filter((field): field is string => field !== null));
}

/** Server bookkeeping an update never sends back. */
const NOT_CARRIED = ['id', 'team', 'createdAt', 'updatedAt'];

/**
 * The create or update body. With `current` (the server's document), the fields this resource does not manage are
 * kept, above all the links to other sources that clickstack_source_links owns: the server's PUT is a full replace.
 */
export function sourceToApi(planned: TfObject, current?: Source): SourceInput {
  const kind = String(planned.kind);
  const modeled = modeledFields(kind);
  const kept = Object.fromEntries(Object.entries(current ?? {}).filter(([field]) => !modeled.has(field) && !NOT_CARRIED.includes(field)));
  const common = toApiObject(sourceAttributes, planned, commonMapping);
  // Metric sources name their tables in `metricTables`; the API wants `from.tableName` all the same (`""`).
  const from = { databaseName: planned.database, tableName: planned.table ?? (kind === 'metric' ? '' : undefined) };
  const own = hasFields(kind) && isTfObject(planned[kind]) ? toApiObject(kindAttributes[kind], planned[kind] as TfObject, kindMappings[kind]) : {};
  return { ...kept, ...common, from, ...own } as SourceInput;
}

/** What the server stores when a write leaves it out (api-behaviour §10.3), for documents that lack it. */
const DEFAULTS: { common: ApiObject } & Partial<Record<KindWithFields, ApiObject>> = {
  common: { disabled: false, querySettings: [] },
  log: { highlightedTraceAttributeExpressions: [], highlightedRowAttributeExpressions: [], materializedViews: [] },
  trace: { highlightedTraceAttributeExpressions: [], highlightedRowAttributeExpressions: [], materializedViews: [], durationPrecision: 3 },
};

/** Fills in the defaults a document lacks (absent or null, as Managed ClickStack may report `disabled`). */
function withDefaults(source: Source): ApiObject {
  const filled: ApiObject = { ...source };
  for (const [field, value] of Object.entries({ ...DEFAULTS.common, ...DEFAULTS[source.kind as KindWithFields] })) filled[field] ??= value;
  return filled;
}

/** Two spellings of one granularity: `15m` and `15 minute`. */
const LONG_UNITS: Record<string, string> = { s: 'second', m: 'minute', h: 'hour', d: 'day' };
const longGranularity = (value: string) => value.replace(/^(\d+)([smhd])$/, (_, amount: string, unit: string) => `${amount} ${LONG_UNITS[unit]}`);
const GRANULARITY_ATTRIBUTES = new Set(['min_granularity', 'granularity']);

/**
 * The server's value, or the known one (the plan's or the prior state's) where both mean the same: a `""` the server
 * reports for an unset string reads as unset (api-behaviour §10.2), and a granularity keeps the spelling written (§10.4).
 */
function asKnown(fromApi: TfValue, known: TfValue | undefined, attribute?: string): TfValue {
  if (fromApi === '' && (known === null || known === undefined)) return null;
  if (attribute !== undefined && GRANULARITY_ATTRIBUTES.has(attribute) && typeof fromApi === 'string' && typeof known === 'string')
    return longGranularity(fromApi) === longGranularity(known) ? known : fromApi;
  if (Array.isArray(fromApi)) return fromApi.map((element, i) => asKnown(element, Array.isArray(known) ? known[i] : undefined));
  if (isTfObject(fromApi))
    return Object.fromEntries(Object.entries(fromApi).map(([name, value]) => [name, asKnown(value, isTfObject(known) ? known[name] : undefined, name)]));
  return fromApi;
}

/** The state for a server document; `known` is the plan or the prior state (null on import). */
export function sourceFromApi(source: Source, known: TfObject | null): TfObject {
  const document = withDefaults(source);
  const state = fromApiObject(sourceAttributes, document, commonMapping);
  const from = isApiObject(document.from) ? document.from : {};
  state.id = source.id;
  state.database = (from.databaseName as string | undefined) ?? null;
  state.table = (from.tableName as string | undefined) ?? null;
  for (const kind of KINDS_WITH_FIELDS) state[kind] = source.kind === kind ? fromApiObject(kindAttributes[kind], document, kindMappings[kind]) : null;
  return asKnown(state, known ?? undefined) as TfObject;
}
