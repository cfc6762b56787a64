// Fixtures of the clickstack_dashboard tests: configurations and states built from the resource's schema, the
// resource in the harness with a client of the test's choosing, and a dashboard on the emulator's seeded sources.
import { SEED_IDS } from '../../emulator';
import type { ClickStackClient } from '../../provider/client';
import { dashboardAttributes } from '../../provider/resources/dashboard/schema';
import type { TfObject } from '../../provider/runtime/types';
import { clickstackHarness } from './clickstack';
import { complete } from './objects';

export const SOURCE = '64f0000000000000000000a1';
export const CONNECTION = '64f0000000000000000000c1';
/** The attributes of a tile of `type` (`line`, `sql_table`...): those of the elements of `<type>_tiles`. */
export const tileAttributes = (type: string) => dashboardAttributes[`${type}_tiles`].nested!.attributes;
export const filterAttributes = dashboardAttributes.filters.nested!.attributes;

export const dashboard = (partial: { [name: string]: unknown }) => complete(dashboardAttributes, partial);
/** A tile of `type` at the grid's origin, as state or a configuration holds it: every attribute, null where unset. */
export const tile = (type: string, name: string, attributes: { [name: string]: unknown } = {}) =>
  complete(tileAttributes(type), { name, x: 0, y: 0, w: 6, h: 4, ...attributes });

/** The resource of a provider whose client is `client` (none: its configuration is not known yet). */
export const dashboards = (client?: Partial<ClickStackClient>) =>
  clickstackHarness(() => client as ClickStackClient | undefined).resource('clickstack_dashboard');

/** The plan Terraform would get (validation, then the plan), with the prior state `prior`. */
export const plan = (config: TfObject, prior: TfObject | null = null, client?: Partial<ClickStackClient>) => dashboards(client).plan(prior, config);

// --- on the emulator's seed ------------------------------------------------------------------------------------

const count = { agg_fn: 'count' };

/** A tile at column `x` of the first row, as a configuration writes it (only what it sets). */
export const placedTile = (name: string, x: number, attributes: { [name: string]: unknown }) => ({ name, x, y: 0, w: 6, h: 3, ...attributes });

/** A dashboard of several tile types, a filter, a saved query and a container with a tab, on the seeded sources. */
export const serviceHealthConfig = () =>
  dashboard({
    name: 'Service health',
    tags: ['prod'],
    line_tiles: [placedTile('Errors', 0, { source_id: SEED_IDS.logSource, select: [{ ...count, where: 'SeverityText:error' }], group_by: 'ServiceName' })],
    number_tiles: [
      placedTile('Latency', 6, { source_id: SEED_IDS.traceSource, select: [{ agg_fn: 'quantile', level: 0.95, value_expression: 'Duration' }], number_format: { output: 'duration' } }),
    ],
    table_tiles: [placedTile('Top services', 12, { source_id: SEED_IDS.logSource, select: [count], group_by: 'ServiceName', order_by: 'count() DESC' })],
    markdown_tiles: [placedTile('Notes', 18, { text: '# Runbook' })],
    search_tiles: [placedTile('Recent errors', 0, { key: 'search', source_id: SEED_IDS.logSource, select: 'Timestamp, Body', where: 'level:error' })],
    sql_line_tiles: [placedTile('Raw', 6, { connection_id: SEED_IDS.connection, sql_template: 'SELECT 1', fill_nulls: false })],
    filters: [{ name: 'Service', expression: 'ServiceName', source_id: SEED_IDS.logSource }],
    saved_query: 'ServiceName:api',
    containers: [{ id: 'main', title: 'Main', tabs: [{ id: 't1', title: 'First' }] }],
  });
