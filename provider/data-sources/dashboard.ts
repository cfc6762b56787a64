// data "clickstack_dashboard": one dashboard by id or by name, with every attribute of the resource, read-only.
import { type ClickStackClient, NotFoundError } from '../client';
import type { Dashboard } from '../client/models/dashboards';
import type { DataSourceDefinition } from '../runtime/provider';
import type { TfObject } from '../runtime/types';
import { dashboardAttributes, dashboardFromApi } from '../resources/dashboard';
import { computedOnly } from '../resources/mapping';

const resourceAttributes = computedOnly(dashboardAttributes);
// A tile `key` exists only in a resource's configuration; here `tile_ids` is keyed by tile name.
const { key: _key, ...tileAttributes } = resourceAttributes.tiles.nested!.attributes;

const attributes = {
  ...resourceAttributes,
  tiles: { ...resourceAttributes.tiles, nested: { nesting: 'list' as const, attributes: tileAttributes } },
  tile_ids: { ...resourceAttributes.tile_ids, description: 'Server tile id by tile name (the first tile of each name).' },
  id: { type: 'string' as const, optional: true, computed: true, description: 'Id of the dashboard. Set exactly one of `id` and `name`.' },
  name: {
    type: 'string' as const,
    optional: true,
    computed: true,
    description: 'Name of the dashboard; exactly one dashboard must have it. Set exactly one of `id` and `name`.',
  },
};

const describe = (dashboard: Dashboard) => `${JSON.stringify(dashboard.name)} (id ${dashboard.id})`;

function stateOf(dashboard: Dashboard): TfObject {
  const state = dashboardFromApi(dashboard);
  state.tiles = (state.tiles as TfObject[]).map(({ key: _unused, ...tile }) => tile);
  return state;
}

export const dashboardDataSource: DataSourceDefinition<ClickStackClient> = {
  schema: {
    version: 0,
    block: { description: 'Looks up a ClickStack dashboard by id or by name.', attributes },
  },

  validate(config, ctx) {
    const set = (['id', 'name'] as const).filter((name) => config[name] !== null);
    if (set.length !== 1)
      ctx.diagnostics.error(
        'Invalid dashboard lookup',
        set.length === 0 ? 'Set `id` or `name`.' : 'Set only one of `id` and `name`.',
        set.length === 0 ? undefined : ['name'],
      );
  },

  async read({ config, client }, ctx) {
    if (typeof config.id === 'string') {
      try {
        return stateOf(await client.dashboards.get(config.id, { signal: ctx.signal }));
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
        ctx.diagnostics.error('Dashboard not found', `No dashboard has the id ${JSON.stringify(config.id)}.`, ['id']);
        return null;
      }
    }
    const name = String(config.name);
    const dashboards = await client.dashboards.list({ signal: ctx.signal });
    const matches = dashboards.filter((dashboard) => dashboard.name === name);
    if (matches.length === 1) return stateOf(matches[0]);
    const detail =
      matches.length === 0
        ? `No dashboard is named ${JSON.stringify(name)}. Dashboards: ${dashboards.map(describe).join(', ') || 'none'}.`
        : `${matches.length} dashboards are named ${JSON.stringify(name)}: ${matches.map(describe).join(', ')}. Look one up by \`id\`.`;
    ctx.diagnostics.error(matches.length === 0 ? 'Dashboard not found' : 'Dashboard name is ambiguous', detail, ['name']);
    return null;
  },
};
