// data "clickstack_dashboard": one dashboard by id or by name, with every attribute of the resource, read-only.
import type { ClickStackClient } from '../client';
import type { Dashboard } from '../client/models/dashboards';
import type { DataSourceDefinition } from '../runtime/provider';
import type { TfObject } from '../runtime/types';
import { dashboardFromApi } from '../resources/dashboard/documents';
import { dashboardAttributes } from '../resources/dashboard/schema';
import { TILE_TYPES } from '../resources/dashboard/tile-types';
import { type Lookup, lookUp, lookupAttributes, validateLookup } from './lookup';
import { computedOnly } from '../shared/schema-derivation';

const dashboardLookup: Lookup<Dashboard> = { noun: 'dashboard', narrowing: [] };

const resourceAttributes = computedOnly(dashboardAttributes);

// A tile `key` exists only in a resource's configuration; here `tile_ids` is keyed by tile name.
const tileListsWithoutKeys = Object.fromEntries(
  TILE_TYPES.map((type) => {
    const { key: _key, ...tileAttributes } = resourceAttributes[type.list].nested!.attributes;
    return [type.list, { ...resourceAttributes[type.list], nested: { nesting: 'list' as const, attributes: tileAttributes } }];
  }),
);

const attributes = {
  ...resourceAttributes,
  ...tileListsWithoutKeys,
  tile_ids: { ...resourceAttributes.tile_ids, description: 'Server tile id by tile name; a name several tiles share is left out.' },
  ...lookupAttributes(dashboardLookup),
};

/** The dashboard's state; a type without tiles reads as an empty list, so that a `for` over any list needs no null check. */
function stateOf(dashboard: Dashboard): TfObject {
  const state = dashboardFromApi(dashboard);
  for (const type of TILE_TYPES) state[type.list] = ((state[type.list] ?? []) as TfObject[]).map(({ key: _unused, ...tile }) => tile);
  return state;
}

export const dashboardDataSource: DataSourceDefinition<ClickStackClient> = {
  schema: {
    version: 0,
    block: { description: 'Looks up a ClickStack dashboard by id or by name.', attributes },
  },

  validate(config, ctx) {
    validateLookup(dashboardLookup, config, ctx.diagnostics);
  },

  async read({ config, client }, ctx) {
    const found = await lookUp(dashboardLookup, config, client.dashboards.cached, ctx);
    return found && stateOf(found);
  },
};
