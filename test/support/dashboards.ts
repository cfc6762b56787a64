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
export const tileAttributes = dashboardAttributes.tiles.nested!.attributes;
export const configAttributes = tileAttributes.config.nested!.attributes;
export const filterAttributes = dashboardAttributes.filters.nested!.attributes;

export const dashboard = (partial: { [name: string]: unknown }) => complete(dashboardAttributes, partial);
export const tileConfig = (variant: string, value: { [name: string]: unknown }) => complete(configAttributes, { [variant]: value });
export const tile = (name: string, config: TfObject, extra: { [name: string]: unknown } = {}) =>
  complete(tileAttributes, { name, x: 0, y: 0, w: 6, h: 4, ...extra, config });

/** The resource of a provider whose client is `client` (none: its configuration is not known yet). */
export const dashboards = (client?: Partial<ClickStackClient>) =>
  clickstackHarness(() => client as ClickStackClient | undefined).resource('clickstack_dashboard');

/** The plan Terraform would get (validation, then the plan), with the prior state `prior`. */
export const plan = (config: TfObject, prior: TfObject | null = null, client?: Partial<ClickStackClient>) => dashboards(client).plan(prior, config);

// --- on the emulator's seed ------------------------------------------------------------------------------------

const count = { agg_fn: 'count' };

/** A tile at column `x` of the first row, as a configuration writes it (only what it sets). */
export const placedTile = (name: string, x: number, config: { [variant: string]: unknown }, extra: object = {}) => ({ name, x, y: 0, w: 6, h: 3, config, ...extra });

const serviceHealthTiles = [
  placedTile('Errors', 0, { line: { source_id: SEED_IDS.logSource, select: [{ ...count, where: 'SeverityText:error' }], group_by: 'ServiceName' } }),
  placedTile('Latency', 6, {
    number: { source_id: SEED_IDS.traceSource, select: [{ agg_fn: 'quantile', level: 0.95, value_expression: 'Duration' }], number_format: { output: 'duration' } },
  }),
  placedTile('Top services', 12, { table: { source_id: SEED_IDS.logSource, select: [count], group_by: 'ServiceName', order_by: 'count() DESC' } }),
  placedTile('Notes', 18, { markdown: { text: '# Runbook' } }),
  placedTile('Recent errors', 0, { search: { source_id: SEED_IDS.logSource, select: 'Timestamp, Body', where: 'level:error' } }, { key: 'search' }),
  placedTile('Raw', 6, { sql_line: { connection_id: SEED_IDS.connection, sql_template: 'SELECT 1', fill_nulls: false } }),
];

/** A dashboard of several display types, a filter, a saved query and a container with a tab, on the seeded sources. */
export const serviceHealthConfig = () =>
  dashboard({
    name: 'Service health',
    tags: ['prod'],
    tiles: serviceHealthTiles,
    filters: [{ name: 'Service', expression: 'ServiceName', source_id: SEED_IDS.logSource }],
    saved_query: 'ServiceName:api',
    containers: [{ id: 'main', title: 'Main', tabs: [{ id: 't1', title: 'First' }] }],
  });
