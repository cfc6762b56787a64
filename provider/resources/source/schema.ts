// clickstack_source's schema: the fields every source has at the top level, and one nested object per kind that has
// fields of its own (`log`, `trace`, `metric`, `session`; a `promql` source has none). The fields that link a source to
// another one belong to clickstack_source_links, except a session's trace source, which the server requires at create.
import { requiresReplace } from '../../runtime/plan-modifiers';
import type { Attribute, Attributes, Schema } from '../../runtime/types';
import { matches, numberBetween, oneOf, sizeBetween, stringLength, wholeNumber } from '../../runtime/validators';
import { codeList, idAttribute, optionalBool, optionalString, ossOnly, requiredString, serverDefault } from '../../shared/attributes';
import { MV_AGG_FNS, SOURCE_KINDS, TEXT_INDEX_MODES } from '../../values';

/** The kinds that have a nested object of their own, named as the kind. */
export const KINDS_WITH_FIELDS = ['log', 'trace', 'metric', 'session'] as const;
export type KindWithFields = (typeof KINDS_WITH_FIELDS)[number];

export const cloudOnly = ' Managed ClickStack only: not available on OSS.';

/** `15m`, `1h`, or the server's long form `15 minute` (reads answer with the short form; state keeps the one written). */
export const GRANULARITY = /^\d+(?:[smhd]| (?:second|minute|hour|day))$/;
const granularity = (description: string) =>
  requiredString(`${description}: a number and a unit, \`s\`, \`m\`, \`h\` or \`d\` (\`15m\`, \`1h\`).`, matches(GRANULARITY, 'a granularity such as `15m` or `1h`'));

const expression = (what: string) => optionalString(`SQL expression of ${what}.`);
const requiredExpression = (what: string) => requiredString(`SQL expression of ${what}.`, stringLength(1));
const emptyByDefault = (attribute: Attribute) => serverDefault(attribute, []);

const highlightedAttributes = (where: string): Attribute =>
  emptyByDefault({
    description: `Attributes highlighted ${where}, each an SQL expression with an optional Lucene form and alias.`,
    nested: {
      nesting: 'list',
      attributes: {
        sql_expression: requiredString('SQL expression of the attribute.', stringLength(1)),
        lucene_expression: optionalString('The same attribute as a Lucene field, for searches.'),
        alias: optionalString('Name shown for the attribute.'),
      },
    },
  });

const materializedViewAttributes: Attributes = {
  database: requiredString("Database of the view's table.", stringLength(1)),
  table: requiredString('Table the view writes.', stringLength(1)),
  dimension_columns: requiredString('Columns the view groups by, comma-separated.'),
  min_granularity: granularity('Smallest time bucket the view holds'),
  min_date: optionalString('Earliest time the view covers, RFC 3339 (`2026-01-01T00:00:00Z`).'),
  timestamp_column: requiredString("Time column of the view's table.", stringLength(1)),
  aggregated_columns: {
    required: true,
    description: 'The aggregates the view holds (at least one).',
    validators: [sizeBetween(1)],
    nested: {
      nesting: 'list',
      attributes: {
        source_column: optionalString('Column of the source aggregated; required unless `agg_fn` is `count`.'),
        agg_fn: requiredString(`Aggregation: ${codeList(MV_AGG_FNS)}.`, oneOf(...MV_AGG_FNS)),
        mv_column: requiredString("Column of the view's table holding the aggregate.", stringLength(1)),
      },
    },
  },
};

/** Search settings log and trace sources share. */
const searchAttributes: Attributes = {
  default_table_select_expression: requiredString('Columns a search shows by default, comma-separated SQL.', stringLength(1)),
  displayed_timestamp_value_expression: expression('the time shown in result rows'),
  implicit_column_expression: expression('the column a search without a field name matches'),
  known_columns_list_expression: expression('the columns a search suggests'),
  order_by_expression: expression('the order of search results'),
  use_text_index_for_implicit_column: optionalString(
    `Whether searches on the implicit column use a text index: ${codeList(TEXT_INDEX_MODES)}.`,
    oneOf(...TEXT_INDEX_MODES),
  ),
  service_name_expression: expression('the service name'),
  service_version_expression: { ...expression('the service version'), description: `SQL expression of the service version.${ossOnly}` },
  resource_attributes_expression: expression('the resource attributes map'),
  event_attributes_expression: expression('the log or span attributes map'),
  trace_id_expression: expression('the trace id'),
  span_id_expression: expression('the span id'),
  highlighted_trace_attribute_expressions: highlightedAttributes('in the trace view'),
  highlighted_row_attribute_expressions: highlightedAttributes('in each row of a search'),
  materialized_views: emptyByDefault({
    description: 'Materialized views that answer aggregate queries of the source faster.',
    nested: { nesting: 'list', attributes: materializedViewAttributes },
  }),
  metadata_materialized_views: {
    optional: true,
    description: 'Roll-up tables of attribute keys and values that the search sidebar reads.',
    nested: {
      nesting: 'single',
      attributes: {
        key_rollup_table: optionalString('Table of attribute keys.'),
        kv_rollup_table: requiredString('Table of attribute keys and values.', stringLength(1)),
        granularity: granularity('Time bucket of the roll-ups'),
      },
    },
  },
  filter_settings: {
    optional: true,
    description: `The table the search sidebar reads its filter values from, and the columns it shows.${cloudOnly}`,
    nested: {
      nesting: 'single',
      attributes: {
        database: requiredString('Database of the table.', stringLength(1)),
        table: requiredString('Table of filter values.', stringLength(1)),
        columns: {
          required: true,
          description: 'Columns shown as filters (up to 10).',
          validators: [sizeBetween(0, 10)],
          nested: {
            nesting: 'list',
            attributes: { name: requiredString('Column name.', stringLength(1)), label: requiredString('Label shown.', stringLength(1)) },
          },
        },
      },
    },
  },
};

const logAttributes: Attributes = {
  ...searchAttributes,
  severity_text_expression: expression('the severity level'),
  body_expression: expression('the log message'),
};

const traceAttributes: Attributes = {
  ...searchAttributes,
  trace_id_expression: requiredExpression('the trace id'),
  span_id_expression: requiredExpression('the span id'),
  parent_span_id_expression: requiredExpression('the parent span id'),
  span_name_expression: requiredExpression('the span name'),
  span_kind_expression: requiredExpression('the span kind'),
  duration_expression: requiredExpression('the span duration'),
  duration_precision: serverDefault(
    {
      type: 'number',
      description: 'Decimal digits of a second that `duration_expression` counts: 3 for milliseconds, 9 for nanoseconds (0 to 9).',
      validators: [wholeNumber, numberBetween(0, 9)],
    },
    3,
  ),
  sample_rate_expression: expression('the sample rate'),
  status_code_expression: expression('the span status code'),
  status_message_expression: expression('the span status message'),
  span_events_value_expression: expression('the span events'),
  span_links_value_expression: expression('the span links'),
};

const metricTableAttributes: Attributes = Object.fromEntries(
  ['gauge', 'histogram', 'sum', 'summary', 'exponential histogram'].map((type) => [type.replace(' ', '_'), optionalString(`Table of ${type} metrics.`)]),
);

const metricAttributes: Attributes = {
  tables: {
    required: true,
    description: 'Table of each metric type; at least one.',
    nested: { nesting: 'single', attributes: metricTableAttributes },
  },
  resource_attributes_expression: requiredExpression('the resource attributes map'),
  service_name_expression: expression('the service name'),
  series_table: optionalString('Table of metric series.'),
};

const sessionAttributes: Attributes = {
  trace_source_id: requiredString('Id of the trace source the sessions correlate with (the server requires it).', stringLength(1)),
  resource_attributes_expression: expression('the resource attributes map'),
};

/** Each kind's own attributes, at the nested attribute named as the kind. */
export const kindAttributes: Record<KindWithFields, Attributes> = { log: logAttributes, trace: traceAttributes, metric: metricAttributes, session: sessionAttributes };

const kindObject = (kind: KindWithFields, what: string): Attribute => ({
  optional: true,
  description: `Fields of a \`${kind}\` source: ${what}. Set exactly when \`kind\` is \`${kind}\`.`,
  nested: { nesting: 'single', attributes: kindAttributes[kind] },
});

export const sourceAttributes: Attributes = {
  id: idAttribute('source'),
  name: requiredString('Name of the source, as the UI lists it.', stringLength(1)),
  kind: {
    ...requiredString(
      `Kind of data: ${codeList(SOURCE_KINDS)}. The nested attribute named as the kind holds its fields (a \`promql\` source has none). ` +
        'Changing it replaces the source: the server stores a source of another kind as a new document.',
      oneOf(...SOURCE_KINDS),
    ),
    planModifiers: [requiresReplace],
  },
  connection_id: requiredString(
    'Id of the ClickHouse connection queried: a `clickstack_connection` (OSS). On Managed ClickStack the service owns its connection: ' +
      'take its id from an existing source (`data.clickstack_source.<name>.connection`).',
    stringLength(1),
  ),
  database: requiredString("Database of the source's table.", stringLength(1)),
  table: optionalString('Table the source reads; required except for `metric` sources, whose tables are in `metric.tables`.'),
  timestamp_value_expression: requiredString('SQL expression of the event time, used for time ranges.', stringLength(1)),
  section: optionalString('Section of the source list the UI shows it under.', stringLength(0, 256)),
  disabled: serverDefault(optionalBool('Whether the source is hidden from searches and charts.'), false),
  query_settings: emptyByDefault({
    description: 'ClickHouse settings sent with every query of the source (up to 10).',
    validators: [sizeBetween(0, 10)],
    nested: {
      nesting: 'list',
      attributes: { setting: requiredString('Setting name.', stringLength(1)), value: requiredString('Setting value.', stringLength(1)) },
    },
  }),
  log: kindObject('log', 'search columns and the expressions of severity, body, service and correlation'),
  trace: kindObject('trace', 'the span fields, duration and search columns'),
  metric: kindObject('metric', 'the table of each metric type'),
  session: kindObject('session', 'the correlated trace source'),
};

export const sourceSchema: Schema = {
  version: 0,
  block: {
    description:
      'A ClickStack source: a ClickHouse table (or, for `metric` sources, tables) that searches, charts, saved searches and alerts ' +
      'query, with the expressions that read it. Links to other sources (a log source naming its trace source...) are set with ' +
      '`clickstack_source_links`, so that sources can link both ways in one apply.',
    attributes: sourceAttributes,
  },
};
