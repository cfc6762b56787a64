// clickstack_dashboard: a typed dashboard (one list of tiles per display type, filters, saved query, containers with
// tabs). This file is the resource's life cycle; each concern has its own file beside it: schema.ts and tile-types.ts,
// validation.ts, tile-ids.ts (ids carried through plans), normalization.ts (server defaults and echoes), documents.ts
// (API bodies and states), server-validation.ts (the validate endpoint at plan time) and state-upgrade.ts (state
// written by earlier versions of the schema).
import type { ClickStackClient } from '../../client';
import type { DashboardCreateInput, DashboardUpdateInput } from '../../client/models/dashboards';
import { containsUnknown, valuesEqual } from '../../runtime/plan';
import type { CallContext, ResourceDefinition } from '../../runtime/provider';
import { type TfObject, Unknown } from '../../runtime/types';
import { callOptions, deleteIfPresent, readOrGone, refreshing, reportingApiErrors } from '../../shared/api-errors';
import { nullObject } from '../../shared/schema-derivation';
import { dashboardFromApi, dashboardToApi } from './documents';
import { planSavedQueryLanguage } from './normalization';
import { dashboardAttributes, dashboardSchema } from './schema';
import { validateOnServer } from './server-validation';
import { upgradeDashboardState } from './state-upgrade';
import { parseImportId, planFilters, planTiles, type TileAlert, tileIds, warnAboutDroppedTiles, withKeysFromNames } from './tile-ids';
import { refuseOssOnlyAttributes, validateDashboard } from './validation';

/** The alerts on the tiles of a dashboard, from the alerts' list (null when it cannot be read: the error says why). */
function tileAlertsOf(client: ClickStackClient, dashboardId: string, ctx: CallContext): Promise<TileAlert[] | null> {
  return reportingApiErrors('Could not list the alerts of the tiles that lose their ids', ctx.diagnostics, async () =>
    (await client.alerts.cached.list(callOptions(ctx))).filter((alert) => alert.source === 'tile' && alert.dashboardId === dashboardId),
  );
}

export const dashboardResource: ResourceDefinition<ClickStackClient> = {
  schema: dashboardSchema,

  validate(config, ctx) {
    validateDashboard(config, ctx.diagnostics);
  },

  plan({ prior, config }) {
    const proposed: TfObject = {
      ...config,
      id: prior?.id ?? new Unknown(),
      ...planTiles(config, prior),
      filters: planFilters(config.filters, prior?.filters ?? null),
      saved_query_language: planSavedQueryLanguage(config),
    };
    proposed.tile_ids = tileIds(proposed);
    return { planned: proposed };
  },

  /** Sees the plan with the server defaults filled in by the plan modifiers, so that a plan of no change says nothing. */
  async checkPlan({ prior, planned, config, client }, ctx) {
    if (prior !== null && valuesEqual(prior, planned)) return;
    await warnAboutDroppedTiles(prior, planned, ctx.diagnostics, client && prior ? () => tileAlertsOf(client, String(prior.id), ctx) : undefined);
    if (client?.flavor === 'cloud') refuseOssOnlyAttributes(config, ctx.diagnostics);
    if (client?.serverValidation && !ctx.diagnostics.hasErrors() && !containsUnknown(config)) await validateOnServer(client, planned, ctx);
  },

  async create({ planned, client }, ctx) {
    const created = await reportingApiErrors('Could not create dashboard', ctx.diagnostics, () =>
      client.dashboards.create(dashboardToApi(planned, 'create') as DashboardCreateInput, callOptions(ctx)),
    );
    return created && dashboardFromApi(created, planned, true);
  },

  /** Right after an import, `state.id` is the import id: see importState. */
  async read({ state, client }, ctx) {
    const { dashboardId, keysFromNames } = parseImportId(String(state.id)) ?? { dashboardId: String(state.id), keysFromNames: false };
    return refreshing('Could not read dashboard', ctx, state, async () => {
      const read = dashboardFromApi(await client.dashboards.cached.get(dashboardId, callOptions(ctx)), state);
      return keysFromNames ? withKeysFromNames(read) : read;
    });
  },

  async update({ prior, planned, client }, ctx) {
    const id = String(prior.id);
    const updated = await reportingApiErrors('Could not update dashboard', ctx.diagnostics, async () => {
      const current = await readOrGone(() => client.dashboards.get(id, callOptions(ctx)));
      if (!current) {
        ctx.diagnostics.error('Dashboard deleted', `Dashboard ${id} no longer exists; run terraform apply again to recreate it.`);
        return null;
      }
      const body = dashboardToApi(planned, 'update', current) as DashboardUpdateInput;
      return client.dashboards.update(id, body, callOptions(ctx));
    });
    return updated ? dashboardFromApi(updated, planned, true) : prior;
  },

  async delete({ state, client }, ctx) {
    await deleteIfPresent('Could not delete dashboard', ctx, () => client.dashboards.delete(String(state.id), callOptions(ctx)));
  },

  /**
   * `<dashboard id>`, or `<dashboard id>?tile_keys=name` to key each tile by its name (see parseImportId). The import id
   * stays the state's id until the read that completes the import, which reads it and keeps the dashboard id alone.
   */
  importState(id, ctx) {
    if (!parseImportId(id))
      ctx.diagnostics.error('Invalid import id', `Expected "<dashboard id>", or "<dashboard id>?tile_keys=name" to key each tile by its name; got ${JSON.stringify(id)}.`);
    return { ...nullObject(dashboardAttributes), id };
  },

  upgradeState: upgradeDashboardState,
};
