// clickstack_source: a ClickHouse table that searches, charts, saved searches and alerts query. Reads top to bottom:
// validation, plan, CRUD, import; the schema is in schema.ts, the API documents in documents.ts.
//
// The server's PUT is a full replace (api-behaviour §10.3): an update reads the source first and sends back what this
// resource does not manage, above all the links to other sources, which clickstack_source_links owns.
import type { ClickStackClient } from '../../client';
import type { ResourceDefinition } from '../../runtime/provider';
import { planWithId } from '../../shared/plan';
import { callOptions, deleteIfPresent, refreshing, reportingApiErrors } from '../../shared/api-errors';
import { nullObject } from '../../shared/schema-derivation';
import { sourceFromApi, sourceToApi } from './documents';
import { sourceAttributes, sourceSchema } from './schema';
import { refuseOtherFlavor, validateSource } from './validation';

export const sourceResource: ResourceDefinition<ClickStackClient> = {
  schema: sourceSchema,

  validate(config, ctx) {
    validateSource(config, ctx.diagnostics);
  },

  plan({ prior, proposed, config, client }, ctx) {
    if (client) refuseOtherFlavor(config, client.flavor, ctx.diagnostics);
    return { planned: planWithId(prior, proposed) };
  },

  async create({ planned, client }, ctx) {
    const created = await reportingApiErrors('Could not create source', ctx.diagnostics, () => client.sources.create(sourceToApi(planned), callOptions(ctx)));
    return created && sourceFromApi(created, planned);
  },

  async read({ state, client }, ctx) {
    return refreshing('Could not read source', ctx, state, async () => sourceFromApi(await client.sources.cached.get(String(state.id), callOptions(ctx)), state));
  },

  async update({ prior, planned, client }, ctx) {
    const id = String(prior.id);
    const updated = await reportingApiErrors('Could not update source', ctx.diagnostics, async () => {
      const current = await client.sources.get(id, callOptions(ctx));
      return client.sources.update(id, sourceToApi(planned, current), callOptions(ctx));
    });
    return updated ? sourceFromApi(updated, planned) : prior;
  },

  async delete({ state, client }, ctx) {
    await deleteIfPresent('Could not delete source', ctx, () => client.sources.delete(String(state.id), callOptions(ctx)));
  },

  importState(id) {
    return { ...nullObject(sourceAttributes), id };
  },
};
