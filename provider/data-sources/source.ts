// data "clickstack_source": one source (what dashboards, saved searches and alerts query) by id, or by name and
// optionally kind, with its table and main expressions as flat read-only attributes, and every other field
// clickstack_source manages (section, query settings, the kind's object) in the resource's own shape and reading.
import type { ClickStackClient } from '../client';
import type { Source } from '../client/models/sources';
import { fromApiObject, type ObjectMapping } from '../shared/api-mapping';
import type { DataSourceDefinition } from '../runtime/provider';
import { type Attributes, isTfObject, type TfObject, type TfValue } from '../runtime/types';
import { oneOf } from '../runtime/validators';
import { type Lookup, lookUp, lookupAttributes, validateLookup } from './lookup';
import { SOURCE_KINDS } from '../values';
import { codeList, computedString } from '../shared/attributes';
import { computedOnly } from '../shared/schema-derivation';
import { sourceFromApi as managedSourceFromApi } from '../resources/source/documents';
import { sourceAttributes as managedSourceAttributes } from '../resources/source/schema';

// --- schema ---------------------------------------------------------------------------------------------------

const expression = (what: string, kinds: string) => computedString(`SQL expression of ${what} (${kinds} sources).`);
const kindList = codeList(SOURCE_KINDS);

const metricTableAttributes: Attributes = {
  gauge: computedString('Table of gauge metrics.'),
  histogram: computedString('Table of histogram metrics.'),
  sum: computedString('Table of sum metrics.'),
  summary: computedString('Table of summary metrics.'),
  exponential_histogram: computedString('Table of exponential histogram metrics.'),
};

/** What clickstack_source manages beyond the flat attributes: reported as an import of the resource reads them. */
const MANAGED_ONLY = ['section', 'query_settings', 'log', 'trace', 'metric', 'session'];
const managedOnlyAttributes = computedOnly(Object.fromEntries(MANAGED_ONLY.map((name) => [name, managedSourceAttributes[name]])));

/** A source as the data sources report it; attributes that do not apply to its kind are null. */
export const sourceAttributes: Attributes = {
  id: computedString('Id of the source.'),
  name: computedString('Name of the source.'),
  kind: computedString(`Kind of the source: ${kindList}.`),
  connection: computedString('Id of the ClickHouse connection the source queries.'),
  database: computedString("Database of the source's table."),
  table: computedString('Table the source reads; null for `metric` sources, whose tables are in `metric_tables`.'),
  disabled: { type: 'bool', computed: true, description: 'Whether the source is disabled.' },
  timestamp_value_expression: expression('the event time, used for time ranges', 'all'),
  displayed_timestamp_value_expression: expression('the time shown in result rows', '`log` and `trace`'),
  default_table_select_expression: computedString('Columns a search shows by default (`log` and `trace` sources).'),
  implicit_column_expression: expression('the column a search without a field name matches', '`log` and `trace`'),
  service_name_expression: expression('the service name', '`log`, `trace` and `metric`'),
  severity_text_expression: expression('the severity level', '`log`'),
  body_expression: expression('the log message', '`log`'),
  event_attributes_expression: expression('the log or span attributes map', '`log` and `trace`'),
  resource_attributes_expression: expression('the resource attributes map', '`log`, `trace`, `metric` and `session`'),
  trace_id_expression: expression('the trace id', '`log` and `trace`'),
  span_id_expression: expression('the span id', '`log` and `trace`'),
  parent_span_id_expression: expression('the parent span id', '`trace`'),
  span_name_expression: expression('the span name', '`trace`'),
  span_kind_expression: expression('the span kind', '`trace`'),
  duration_expression: expression('the span duration', '`trace`'),
  duration_precision: {
    type: 'number',
    computed: true,
    description: 'Decimal digits of a second that `duration_expression` counts: 3 for milliseconds, 9 for nanoseconds (`trace` sources).',
  },
  status_code_expression: expression('the span status code', '`trace`'),
  status_message_expression: expression('the span status message', '`trace`'),
  metric_tables: {
    computed: true,
    description: 'Tables of each metric type (`metric` sources).',
    nested: { nesting: 'single', attributes: metricTableAttributes },
  },
  log_source_id: computedString('Id of the correlated log source (`trace` and `metric` sources).'),
  trace_source_id: computedString('Id of the correlated trace source (`log` and `session` sources).'),
  metric_source_id: computedString('Id of the correlated metric source (`log` and `trace` sources).'),
  session_source_id: computedString('Id of the correlated session source (`trace` sources).'),
  ...managedOnlyAttributes,
};

// --- API document -----------------------------------------------------------------------------------------------

const sourceMapping: ObjectMapping = {
  names: { database: null, table: null },
  nested: { metric_tables: { names: { exponential_histogram: 'exponential histogram' } } },
  afterFromApi(value, api) {
    const from = (api.from ?? {}) as Source['from'];
    value.database = from.databaseName ?? null;
    value.table = from.tableName ?? null;
  },
};

/** Some servers report an unset expression as `""` (api-behaviour §10.2): it reads as null, as an unset one does elsewhere. */
function blankAsNull(value: TfValue): TfValue {
  if (value === '') return null;
  if (isTfObject(value)) return Object.fromEntries(Object.entries(value).map(([name, element]) => [name, blankAsNull(element)]));
  return value;
}

export function sourceFromApi(source: Source): TfObject {
  const managed = managedSourceFromApi(source, null);
  return { ...(blankAsNull(fromApiObject(sourceAttributes, source, sourceMapping)) as TfObject), ...Object.fromEntries(MANAGED_ONLY.map((name) => [name, managed[name]])) };
}

// --- data source ------------------------------------------------------------------------------------------------

const sourceLookup: Lookup<Source> = { noun: 'source', narrowing: [{ attribute: 'kind', valueOf: (source) => source.kind }] };

export const sourceDataSource: DataSourceDefinition<ClickStackClient> = {
  schema: {
    version: 0,
    block: {
      description:
        'Looks up a ClickStack source by id, or by name and optionally kind, and reports its table and main expressions, and ' +
        'every other field `clickstack_source` manages: `section`, `query_settings` and the object of its kind (`log`, `trace`, `metric` or `session`).',
      attributes: {
        ...sourceAttributes,
        ...lookupAttributes(sourceLookup),
        kind: {
          type: 'string',
          optional: true,
          computed: true,
          description: `Kind of the source: ${kindList}. Set it to narrow a lookup by \`name\`.`,
          validators: [oneOf(...SOURCE_KINDS)],
        },
      },
    },
  },

  validate(config, ctx) {
    validateLookup(sourceLookup, config, ctx.diagnostics);
  },

  async read({ config, client }, ctx) {
    const found = await lookUp(sourceLookup, config, client.sources.cached, ctx);
    return found && sourceFromApi(found);
  },
};
