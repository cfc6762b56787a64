// clickstack_source's rules across attributes: each one something the server refuses, or would silently drop (so
// that the apply could not store what the plan says).
import type { FlavorName } from '../../client';
import type { Diagnostics } from '../../runtime/provider';
import { indexedObjects, isTfObject, type TfObject, type TfValue, Unknown } from '../../runtime/types';
import { KINDS_WITH_FIELDS } from './schema';
import { hasFields } from './documents';

const isSet = (value: TfValue | undefined) => value !== null && value !== undefined;

/** The nested object named as the kind is set, and no other: the server strips the fields of other kinds. */
function checkKindObjects(config: TfObject, diagnostics: Diagnostics): void {
  const kind = config.kind;
  if (typeof kind !== 'string') return;
  for (const other of KINDS_WITH_FIELDS)
    if (other !== kind && isSet(config[other]))
      diagnostics.error('Invalid source', `\`${other}\` is set, but \`kind\` is \`${kind}\`: set the fields of a \`${kind}\` source only.`, [other]);
  if (hasFields(kind) && config[kind] === null)
    diagnostics.error('Invalid source', `\`${kind}\` is required when \`kind\` is \`${kind}\`: it holds the fields the server requires of such a source.`, [kind]);
  if (kind !== 'metric' && config.table === null) diagnostics.error('Invalid source', `\`table\` is required for a \`${kind}\` source (the server: "Table is required").`, ['table']);
}

/** At least one metric table (the server: "At least one metric table must be specified"). */
function checkMetricTables(config: TfObject, diagnostics: Diagnostics): void {
  const tables = isTfObject(config.metric) ? config.metric.tables : null;
  if (!isTfObject(tables) || Object.values(tables).some((table) => table instanceof Unknown || (typeof table === 'string' && table !== ''))) return;
  diagnostics.error('Invalid metric source', 'At least one metric table must be set.', ['metric', 'tables']);
}

/** A materialized view's column names its source column unless it counts rows (the server: "Materialized View Source Column is required"). */
function checkMaterializedViews(config: TfObject, diagnostics: Diagnostics): void {
  for (const kind of ['log', 'trace'] as const) {
    const own = config[kind];
    if (!isTfObject(own)) continue;
    for (const [view, i] of indexedObjects(own.materialized_views))
      for (const [column, j] of indexedObjects(view.aggregated_columns))
        if (column.agg_fn !== 'count' && !(column.agg_fn instanceof Unknown) && (column.source_column === null || column.source_column === ''))
          diagnostics.error('Invalid materialized view', '`source_column` is required unless `agg_fn` is `count`.', [kind, 'materialized_views', i, 'aggregated_columns', j, 'source_column']);
  }
}

export function validateSource(config: TfObject, diagnostics: Diagnostics): void {
  checkKindObjects(config, diagnostics);
  checkMetricTables(config, diagnostics);
  checkMaterializedViews(config, diagnostics);
}

/** Fields of one flavor only: the other's server drops them, so the apply could not store them. */
const FLAVOR_ONLY = { service_version_expression: 'oss', filter_settings: 'cloud' } as const;

export function refuseOtherFlavor(config: TfObject, flavor: FlavorName, diagnostics: Diagnostics): void {
  for (const kind of ['log', 'trace'] as const) {
    const own = config[kind];
    if (!isTfObject(own)) continue;
    for (const [attribute, only] of Object.entries(FLAVOR_ONLY))
      if (only !== flavor && isSet(own[attribute]))
        diagnostics.error(
          only === 'oss' ? 'Not available on Managed ClickStack' : 'Not available on ClickStack OSS',
          `\`${attribute}\` exists only on ${only === 'oss' ? 'ClickStack OSS; Managed ClickStack' : 'Managed ClickStack; ClickStack OSS'} drops it.`,
          [kind, attribute],
        );
  }
}
