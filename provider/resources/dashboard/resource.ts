// clickstack_dashboard: a typed dashboard (one list of tiles per display type, filters, saved query, containers with
// tabs). This file is the resource's life cycle; each concern has its own file beside it: schema.ts and tile-types.ts,
// validation.ts, tile-ids.ts (ids carried through plans), normalization.ts (server defaults and echoes), documents.ts
// (API bodies and states), server-validation.ts (the validate endpoint at plan time) and state-upgrade.ts (state
// written by earlier versions of the schema).
import type { ClickStackClient } from '../../client';
import type { DashboardCreateInput, DashboardUpdateInput } from '../../client/models/dashboards';
import { containsUnknown, valuesEqual } from '../../runtime/plan';
import type { ResourceDefinition } from '../../runtime/provider';
import { type TfObject, Unknown } from '../../runtime/types';
import { callOptions, deleteIfPresent, readOrGone, refreshing, reportingApiErrors } from '../../shared/api-errors';
import { nullObject } from '../../shared/schema-derivation';
import { dashboardFromApi, dashboardToApi } from './documents';
import { planSavedQueryLanguage } from './normalization';
import { dashboardAttributes, dashboardSchema } from './schema';
import { validateOnServer } from './server-validation';
import { upgradeDashboardState } from './state-upgrade';
import { planFilters, planTiles, tileIds, warnAboutDroppedTiles } from './tile-ids';
import { refuseOssOnlyAttributes, validateDashboard } from './validation';

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
    warnAboutDroppedTiles(prior, planned, ctx.diagnostics);
    if (client?.flavor === 'cloud') refuseOssOnlyAttributes(config, ctx.diagnostics);
    if (client?.serverValidation && !ctx.diagnostics.hasErrors() && !containsUnknown(config)) await validateOnServer(client, planned, ctx);
  },

  async create({ planned, client }, ctx) {
    const created = await reportingApiErrors('Could not create dashboard', ctx.diagnostics, () =>
      client.dashboards.create(dashboardToApi(planned, 'create') as DashboardCreateInput, callOptions(ctx)),
    );
    return created && dashboardFromApi(created, planned, true);
  },

  async read({ state, client }, ctx) {
    return refreshing('Could not read dashboard', ctx, state, async () => dashboardFromApi(await client.dashboards.cached.get(String(state.id), callOptions(ctx)), state));
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

  importState(id) {
    return { ...nullObject(dashboardAttributes), id };
  },

  upgradeState: upgradeDashboardState,
};
