import { EndpointUnavailableError, NotFoundError } from './errors';
import { type Dashboard, type DashboardCreateInput, dashboardShape, type DashboardUpdateInput, type DashboardValidation, dashboardValidationShape, type TileConfig } from './models/dashboards';
import { ApiContext, CallOptions, Collection } from './collection';
import type { ValidationMemory } from './validation-memory';

/**
 * Dashboards. `update` replaces all tiles: carry the server tile ids forward, or the alerts of the tiles that
 * lose their id are deleted. The servers do no optimistic locking; serialize edits of one dashboard.
 */
export class DashboardsApi extends Collection<Dashboard, DashboardCreateInput, DashboardUpdateInput> {
  /** @param validations verdicts of "valid" already given, shared with this user's other provider processes */
  constructor(
    api: ApiContext,
    private readonly validations?: ValidationMemory,
  ) {
    super(api, 'dashboards', '/dashboards', false, dashboardShape, {
      noun: 'dashboard',
      // Names, layout and display types of the tiles are stored as sent; tile ids are minted (api-behaviour §6.1).
      identity: (dashboard) =>
        JSON.stringify([dashboard.name, dashboard.tiles.map((tile) => [tile.name, tile.x, tile.y, tile.w, tile.h, tile.config?.displayType])]),
    });
  }

  /**
   * Checks a create body without persisting it. A deployment without the route answers an HTML 404, or on Cloud any
   * 404: that becomes EndpointUnavailableError, and the caller should warn and let the apply decide. A body the server
   * found valid a short while ago (by this client's server and key, in any process of this user) is not sent again.
   */
  async validate(input: DashboardCreateInput, options: CallOptions = {}): Promise<DashboardValidation> {
    const remembered = this.validations?.recall(input) as DashboardValidation | undefined;
    if (remembered) return remembered;
    try {
      // Validation stores nothing, so it is retried like a read.
      const verdict = await this.api.call<DashboardValidation>('dashboards.validate', 'POST', '/dashboards/validate', dashboardValidationShape, {
        ...options,
        body: input,
        readOnly: true,
      });
      if (verdict?.valid === true) this.validations?.remember(input, verdict);
      return verdict;
    } catch (error) {
      if (error instanceof NotFoundError && this.api.flavor.validateNotFoundMeansUnavailable) {
        const { status, serverMessage, requestId, method, path } = error;
        throw new EndpointUnavailableError({ status, serverMessage, requestId, method, path });
      }
      throw error;
    }
  }
}

/**
 * The update body that writes a fetched dashboard back unchanged. Reads carry normalizations that writes reject
 * (api-behaviour §6.6): the top-level id, `level` on a non-quantile select, `valueExpression` (`""`) on a count.
 * Tile and filter ids stay, so the update keeps those tiles (and their alerts) and filters.
 */
export function toDashboardUpdateInput(dashboard: Dashboard): DashboardUpdateInput {
  const { id: _id, ...fields } = dashboard;
  return { ...fields, tiles: dashboard.tiles.map((tile) => ({ ...tile, config: writableConfig(tile.config) })) };
}

function writableConfig(config: TileConfig): TileConfig {
  if (!Array.isArray(config.select)) return config;
  const select = (config.select as Array<Record<string, unknown>>).map(({ level, valueExpression, ...item }) => ({
    ...item,
    ...(item.aggFn === 'quantile' && level !== undefined ? { level } : {}),
    ...(item.aggFn !== 'count' && valueExpression !== undefined ? { valueExpression } : {}),
  }));
  return { ...config, select } as TileConfig;
}
