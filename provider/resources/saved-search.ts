// clickstack_saved_search: a named search over a source (columns, condition, order, pinned filters), the target of
// saved-search alerts. Reads top to bottom: schema, API documents, CRUD, import.
//
// The API's PUT is a full replace that resets omitted optional fields to their defaults (api-behaviour §9.1), so every optional attribute
// is planned as that default when unset: the server's echo is then never a diff, and removing a value resets it.
import type { ClickStackClient } from '../client';
import type { SavedSearch, SavedSearchInput } from '../client/models/saved-searches';
import type { CallContext, ResourceDefinition } from '../runtime/provider';
import { asObject, type Attribute, type Attributes, indexedObjects, type TfObject, Unknown } from '../runtime/types';
import { eachElement, oneOf, sizeBetween, stringLength } from '../runtime/validators';
import { type ApiObject, fromApiObject, type ObjectMapping, toApiObject } from '../shared/api-mapping';
import { QUERY_LANGUAGES, SAVED_SEARCH_FILTER_TYPES, SQL_AST_OPERATORS } from '../values';
import { planWithId } from '../shared/plan';
import { callOptions, deleteIfPresent, refreshing, reportingApiErrors } from '../shared/api-errors';
import { codeList, idAttribute, optionalString, requiredString, serverDefault, trimmedText } from '../shared/attributes';
import { nullObject } from '../shared/schema-derivation';
import { checkLuceneQuery } from '../shared/lucene-query';

// --- schema ---------------------------------------------------------------------------------------------------

const filterAttributes: Attributes = {
  type: serverDefault(
    optionalString(
      'Kind of filter: `sql` (a predicate the search sidebar can show: `col IN (...)`, `col NOT IN (...)` or `col BETWEEN a AND b`), ' +
        '`lucene`, or `sql_ast` (a comparison `left operator right`, as the search UI makes them; the server accepts one ' +
        'only unchanged from the stored saved search).',
      oneOf(...SAVED_SEARCH_FILTER_TYPES),
    ),
    'sql',
  ),
  condition: optionalString('The condition of a `sql` or `lucene` filter; required for them, not set on `sql_ast`.', stringLength(0, 8192)),
  operator: optionalString('Comparison of a `sql_ast` filter. Required for it, not set on others.', oneOf(...SQL_AST_OPERATORS)),
  left: optionalString('Left side of a `sql_ast` filter, a column or SQL expression. Required for it, not set on others.', stringLength(0, 8192)),
  right: optionalString('Right side of a `sql_ast` filter, a value or SQL expression. Required for it, not set on others.', stringLength(0, 8192)),
};

const list = (description: string): Attribute => ({ type: ['list', 'string'], description });

const savedSearchAttributes: Attributes = {
  id: idAttribute('saved search'),
  name: requiredString(
    'Name of the saved search.',
    stringLength(1, 1024),
    trimmedText,
  ),
  source_id: requiredString('Id of the source searched (see the `clickstack_source` data source).'),
  select: serverDefault(optionalString("Columns shown, comma-separated; empty shows the source's default columns.", stringLength(0, 4096)), ''),
  where: serverDefault(optionalString('Condition rows must meet, in `where_language`.', stringLength(0, 8192)), ''),
  where_language: serverDefault(optionalString(`Language of \`where\`: ${codeList(QUERY_LANGUAGES, ', ', ' or ')}.`, oneOf(...QUERY_LANGUAGES)), 'lucene'),
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

const SQL_AST_FIELDS = ['operator', 'left', 'right'];

/**
 * The search's query is Lucene unless said otherwise, and so is each `lucene` filter's condition; each filter sets the
 * fields of its type: `condition` for `sql` and `lucene`, `operator`, `left` and `right` for `sql_ast`.
 */
function validateSavedSearch(config: TfObject, ctx: CallContext): void {
  checkLuceneQuery(config, [], { query: 'where', language: 'where_language' }, ctx.diagnostics);
  if (!Array.isArray(config.filters)) return;
  config.filters.forEach((element, i) => {
    const filter = asObject(element);
    if (!filter || filter.type instanceof Unknown) return;
    checkLuceneQuery(filter, ['filters', i], { query: 'condition', language: 'type', defaultLanguage: null }, ctx.diagnostics);
    const isSqlAst = filter.type === 'sql_ast';
    const [own, foreign] = isSqlAst ? [SQL_AST_FIELDS, ['condition']] : [['condition'], SQL_AST_FIELDS];
    const rule = `${isSqlAst ? 'when' : 'unless'} \`type\` is \`sql_ast\``;
    for (const name of own)
      if (filter[name] === null) ctx.diagnostics.error('Invalid filter', `\`${name}\` is required ${rule}.`, ['filters', i, name]);
    for (const name of foreign)
      if (filter[name] !== null && !(filter[name] instanceof Unknown))
        ctx.diagnostics.error('Invalid filter', `\`${name}\` must be unset ${rule}.`, ['filters', i, name]);
  });
}

// --- plan -------------------------------------------------------------------------------------------------------

const sqlAstKey = (filter: TfObject) => JSON.stringify(SQL_AST_FIELDS.map((name) => filter[name]));

/**
 * Refuses a `sql_ast` filter that the saved search does not have yet: the external API accepts one only unchanged from
 * the stored saved search (api-behaviour §9.2), so a plan that creates one, adds one or changes one would fail at apply.
 * A saved search imported with such filters keeps them.
 */
function refuseNewSqlAstFilters(prior: TfObject | null, config: TfObject, ctx: CallContext): void {
  const stored = indexedObjects(prior?.filters ?? null)
    .filter(([filter]) => filter.type === 'sql_ast')
    .map(([filter]) => sqlAstKey(filter));
  // The configuration, not the proposed state: that one pairs filters with the prior ones by position.
  for (const [filter, i] of indexedObjects(config.filters)) {
    if (filter.type !== 'sql_ast' || SQL_AST_FIELDS.some((name) => filter[name] instanceof Unknown)) continue;
    const index = stored.indexOf(sqlAstKey(filter));
    if (index >= 0) {
      stored.splice(index, 1);
      continue;
    }
    ctx.diagnostics.error(
      'sql_ast filter not creatable',
      `ClickStack's API takes a \`sql_ast\` filter only unchanged from the stored saved search: such filters are made in the ` +
        `search UI. ${prior === null ? 'Make the saved search with the filter in the UI and import it' : 'Add or change the filter in the UI and refresh'}, ` +
        'or use a `sql` filter (`col IN (...)`, `col NOT IN (...)` or `col BETWEEN a AND b`).',
      ['filters', i, 'type'],
    );
  }
}

// --- API documents ----------------------------------------------------------------------------------------------

const mapping: ObjectMapping = { names: { id: null } };

/**
 * Fields of the server's document an update never carries over: server bookkeeping, and the filters. Every field of
 * a filter is modeled, so the plan says all of it; carrying the server's filters over would pair them with the
 * planned ones by position, grafting one filter's fields onto another whenever the list shifts.
 */
const NOT_CARRIED = ['id', 'teamId', 'createdAt', 'updatedAt', 'filters'];

/** The create or update body. With `current` (the server's document), top-level fields the schema does not model are kept. */
export function savedSearchToApi(planned: TfObject, current?: SavedSearch): SavedSearchInput {
  const kept = current && (Object.fromEntries(Object.entries(current).filter(([key]) => !NOT_CARRIED.includes(key))) as ApiObject);
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

  plan({ prior, proposed, config }, ctx) {
    refuseNewSqlAstFilters(prior, config, ctx);
    return { planned: planWithId(prior, proposed) };
  },

  async create({ planned, client }, ctx) {
    const created = await reportingApiErrors('Could not create saved search', ctx.diagnostics, () =>
      client.savedSearches.create(savedSearchToApi(planned), callOptions(ctx)),
    );
    return created && savedSearchFromApi(created);
  },

  async read({ state, client }, ctx) {
    return refreshing('Could not read saved search', ctx, state, async () => savedSearchFromApi(await client.savedSearches.cached.get(String(state.id), callOptions(ctx))));
  },

  async update({ prior, planned, client }, ctx) {
    const id = String(prior.id);
    const updated = await reportingApiErrors('Could not update saved search', ctx.diagnostics, async () => {
      const current = await client.savedSearches.get(id, callOptions(ctx));
      return client.savedSearches.update(id, savedSearchToApi(planned, current), callOptions(ctx));
    });
    return updated ? savedSearchFromApi(updated) : prior;
  },

  async delete({ state, client }, ctx) {
    await deleteIfPresent('Could not delete saved search', ctx, () => client.savedSearches.delete(String(state.id), callOptions(ctx)));
  },

  importState(id) {
    return { ...nullObject(savedSearchAttributes), id };
  },
};

export { savedSearchAttributes };
