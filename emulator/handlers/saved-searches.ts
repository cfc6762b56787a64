// Saved searches (RULES §9): full-replace PUT, filters the search sidebar can show, delete cascades to alerts.
import type { Context, Handler } from '../context';
import { nowIso } from '../context';
import { ApiError, notFound } from '../errors';
import type { Doc } from '../store';
import { IDENTITY } from '../seed';
import { filterKey, isSidebarFacet, nonRenderableFilterMessage, savedSearchSchema, type SavedSearchBody } from '../validation/saved-search';
import { paginate, paginationQuery, validateRequest } from './common';

function requireSource(context: Context, body: SavedSearchBody): void {
  if (!context.store.get('sources', body.sourceId)) throw new ApiError(400, 'sourceId must be an existing source id');
}

/** Every filter must be one sidebar facet, except one sent back unchanged from the stored search (on update). */
function checkFilters(body: SavedSearchBody, stored: Array<Record<string, string>> = []): void {
  const unchanged = new Set(stored.map(filterKey));
  const index = body.filters.findIndex((filter: Record<string, string>) => !isSidebarFacet(filter) && !unchanged.has(filterKey(filter)));
  if (index >= 0) throw new ApiError(400, nonRenderableFilterMessage(index));
}

const serializeSavedSearch = (doc: Doc): Record<string, unknown> => ({
  id: doc.id,
  name: doc.name ?? '',
  select: doc.select,
  where: doc.where,
  whereLanguage: doc.whereLanguage,
  orderBy: doc.orderBy,
  sourceId: doc.sourceId,
  tags: doc.tags,
  filters: doc.filters,
  teamId: IDENTITY.teamId,
  createdAt: doc.createdAt,
  updatedAt: doc.updatedAt,
});

export const listSavedSearches: Handler = (context, input) => {
  const { query } = validateRequest(input, { query: paginationQuery });
  const { items, page } = paginate(context.store.list('savedSearches'), query);
  return { payload: items.map(serializeSavedSearch), page };
};

export const getSavedSearch: Handler = (context, input) => {
  const doc = context.store.get('savedSearches', validateRequest(input, { id: true }).id);
  if (!doc) throw notFound('Saved search not found');
  return { payload: serializeSavedSearch(doc) };
};

export const createSavedSearch: Handler = (context, input) => {
  const { body } = validateRequest(input, { body: savedSearchSchema });
  requireSource(context, body);
  checkFilters(body);
  const now = nowIso();
  return { payload: serializeSavedSearch(context.store.put('savedSearches', { id: context.store.mintId(), ...body, createdAt: now, updatedAt: now })) };
};

/** Full replace: omitted optionals go back to their defaults. The source is checked before the search is looked up. */
export const updateSavedSearch: Handler = (context, input) => {
  const { body, id } = validateRequest(input, { body: savedSearchSchema, id: true });
  requireSource(context, body);
  const previous = context.store.get('savedSearches', id);
  if (!previous) throw notFound('Saved search not found');
  checkFilters(body, previous.filters);
  return { payload: serializeSavedSearch(context.store.put('savedSearches', { id, ...body, createdAt: previous.createdAt, updatedAt: nowIso() })) };
};

export const deleteSavedSearch: Handler = (context, input) => {
  const { id } = validateRequest(input, { id: true });
  if (!context.store.remove('savedSearches', id)) throw notFound('Saved search not found');
  context.store.removeWhere('alerts', (alert) => alert.savedSearchId === id);
  return {};
};
