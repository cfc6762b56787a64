// clickstack_saved_search: a named search over a source (columns, condition, order, pinned filters), the target of
// saved-search alerts. Reads top to bottom: schema, API documents, CRUD, import.
//
// The API's PUT is a full replace that resets omitted optional fields to their defaults, so every optional attribute
// is planned as that default when unset: the server's echo is then never a diff, and removing a value resets it.
import type { ClickStackClient } from '../client';
import type { SavedSearch, SavedSearchInput } from '../client/models/saved-searches';
import type { CallContext, ResourceDefinition } from '../runtime/provider';
import { type Attribute, type TfObject, Unknown } from '../runtime/types';
import { eachElement, matches, oneOf, sizeBetween, stringLength } from '../runtime/validators';
import { deleteIfPresent, idAttribute, optionalString, planWithId, readOrGone, requiredString, serverDefault, writing } from './common';
import { type ApiObject, type Attributes, type ObjectMapping, asObject, fromApiObject, nullObject, toApiObject } from './mapping';

// --- schema ---------------------------------------------------------------------------------------------------

const filterAttributes: Attributes = {
  type: serverDefault(
    optionalString(
      'Kind of filter: `sql` (a predicate the search sidebar can show: `col IN (...)`, `col NOT IN (...)` or `col BETWEEN a AND b`), ' +
        '`lucene`, or `sql_ast` (made by the UI; kept as it is, its structure is not modeled here).',
      oneOf('sql', 'lucene', 'sql_ast'),
    ),
    'sql',
  ),
  condition: optionalString('The filter condition; required unless `type` is `sql_ast`.', stringLength(0, 8192)),
};

const list = (description: string): Attribute => ({ type: ['list', 'string'], description });

const savedSearchAttributes: Attributes = {
  id: idAttribute('saved search'),
  name: requiredString(
    'Name of the saved search.',
    stringLength(1, 1024),
    matches(/^\S(?:[\s\S]*\S)?$/, 'text without leading or trailing spaces (the server trims them)'),
  ),
  source_id: requiredString('Id of the source searched (see the `clickstack_source` data source).'),
  select: serverDefault(optionalString("Columns shown, comma-separated; empty shows the source's default columns.", stringLength(0, 4096)), ''),
  where: serverDefault(optionalString('Condition rows must meet, in `where_language`.', stringLength(0, 8192)), ''),
  where_language: serverDefault(optionalString('Language of `where`: `lucene` or `sql`.', oneOf('lucene', 'sql')), 'lucene'),
  order_by: serverDefault(optionalString("ORDER BY expression; empty uses the source's default order.", stringLength(0, 1024)), ''),
  tags: serverDefault({ ...list('Tags (up to 50, each up to 32 characters).'), validators: [sizeBetween(0, 50), eachElement(stringLength(0, 32))] }, []),
  filters: serverDefault(
    {
      description: 'Pinned filters (up to 100) applied with the search.',
      validators: [sizeBetween(0, 100)],
      nested: { nesting: 'list', attributes: filterAttributes },
    },
    [],
  ),
};

export const savedSearchSchema = {
  version: 0,
  block: {
    description: 'A ClickStack saved search: a named search over a source, which alerts can watch (`clickstack_alert.saved_search_id`).',
    attributes: savedSearchAttributes,
  },
};

function validateSavedSearch(config: TfObject, ctx: CallContext): void {
  if (!Array.isArray(config.filters)) return;
  config.filters.forEach((element, i) => {
    const filter = asObject(element);
    if (filter && filter.condition === null && filter.type !== 'sql_ast' && !(filter.type instanceof Unknown))
      ctx.diagnostics.error('Invalid filter', '`condition` is required unless `type` is `sql_ast`.', ['filters', i, 'condition']);
  });
}

// --- API documents ----------------------------------------------------------------------------------------------

const mapping: ObjectMapping = { names: { id: null } };

/** Server bookkeeping that is never sent back. */
const SERVER_FIELDS = ['id', 'teamId', 'createdAt', 'updatedAt'];

/**
 * The create or update body. With `current` (the server's document), fields the schema does not model are kept,
 * such as the structure of UI-made `sql_ast` filters (matched by position).
 */
export function savedSearchToApi(planned: TfObject, current?: SavedSearch): SavedSearchInput {
  const kept = current && (Object.fromEntries(Object.entries(current).filter(([key]) => !SERVER_FIELDS.includes(key))) as ApiObject);
  return toApiObject(savedSearchAttributes, planned, mapping, kept) as SavedSearchInput;
}

export function savedSearchFromApi(savedSearch: SavedSearch): TfObject {
  return { ...fromApiObject(savedSearchAttributes, savedSearch, mapping), id: savedSearch.id };
}

// --- the resource -----------------------------------------------------------------------------------------------

export const savedSearchResource: ResourceDefinition<ClickStackClient> = {
  schema: savedSearchSchema,

  validate(config, ctx) {
    validateSavedSearch(config, ctx);
  },

  plan({ prior, proposed }) {
    return { planned: planWithId(prior, proposed) };
  },

  async create({ planned, client }, ctx) {
    const created = await writing('Could not create saved search', ctx, () =>
      client.savedSearches.create(savedSearchToApi(planned), { signal: ctx.signal }),
    );
    return created && savedSearchFromApi(created);
  },

  async read({ state, client }, ctx) {
    const found = await readOrGone(() => client.savedSearches.get(String(state.id), { signal: ctx.signal }));
    return found && savedSearchFromApi(found);
  },

  async update({ prior, planned, client }, ctx) {
    const id = String(prior.id);
    const updated = await writing('Could not update saved search', ctx, async () => {
      const current = await client.savedSearches.get(id, { signal: ctx.signal });
      return client.savedSearches.update(id, savedSearchToApi(planned, current), { signal: ctx.signal });
    });
    return updated ? savedSearchFromApi(updated) : prior;
  },

  async delete({ state, client }, ctx) {
    await deleteIfPresent('Could not delete saved search', ctx, () => client.savedSearches.delete(String(state.id), { signal: ctx.signal }));
  },

  importState(id) {
    return { ...nullObject(savedSearchAttributes), id };
  },
};

export { savedSearchAttributes };
