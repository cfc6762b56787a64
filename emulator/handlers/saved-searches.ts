// Saved searches (OSS notes §7): full-replace PUT, sidebar-renderable filters, delete cascades to alerts.
import type { Context, Handler } from '../context';
import { nowIso } from '../context';
import { badRequest, notFound } from '../errors';
import type { Doc } from '../store';
import { IDENTITY } from '../seed';
import { anyValue, arr, enumOf, literal, obj, str, withDefault, type Parser } from '../validation/schema';
import { idParam, paginate, parseBody } from './common';

const filter: Parser<Record<string, unknown>> = (value, path, issues) =>
  (value as Record<string, unknown> | null)?.type === 'sql_ast'
    ? obj({ type: literal('sql_ast'), operator: str(), left: anyValue(), right: anyValue() })(value, path, issues)
    : obj({ type: withDefault(enumOf(['sql', 'lucene'] as const), () => 'sql' as const), condition: str({ max: 8192 }) })(value, path, issues);

const savedSearchSchema = obj<Record<string, any>>({ // eslint-disable-line @typescript-eslint/no-explicit-any -- validated JSON
  name: str({ trim: true, min: 1, max: 1024 }),
  sourceId: str(),
  select: withDefault(str({ max: 4096 }), () => ''),
  where: withDefault(str({ max: 8192 }), () => ''),
  whereLanguage: withDefault(enumOf(['lucene', 'sql'] as const), () => 'lucene' as const),
  orderBy: withDefault(str({ max: 1024 }), () => ''),
  tags: withDefault(arr(str({ max: 32 }), { max: 50 }), () => []),
  filters: withDefault(arr(filter, { max: 100 }), () => []),
});

/** `col IN (…)`, `col NOT IN (…)` or `col BETWEEN a AND b`: what the search sidebar can render. */
const SIDEBAR_PREDICATE = /^\s*[\w."`]+\s+(?:(?:NOT\s+)?IN\s*\(.*\)|BETWEEN\s+\S.*\s+AND\s+\S.*)\s*$/is;

function check(context: Context, body: Record<string, any>, previous?: Doc): void { // eslint-disable-line @typescript-eslint/no-explicit-any -- validated JSON
  if (!context.store.get('sources', body.sourceId)) throw badRequest('sourceId must be an existing source id');
  const unchanged = new Set((previous?.filters ?? []).map((f: unknown) => JSON.stringify(f)));
  body.filters.forEach((f: Record<string, unknown>, index: number) => {
    if (f.type !== 'sql' || unchanged.has(JSON.stringify(f)) || SIDEBAR_PREDICATE.test(String(f.condition))) return;
    throw badRequest(`filters[${index}] must be a sidebar-renderable SQL predicate (col IN (...), col NOT IN (...) or col BETWEEN a AND b)`);
  });
}

export const serializeSavedSearch = (doc: Doc): Record<string, unknown> => ({ ...doc, teamId: IDENTITY.teamId });

function requireSavedSearch(context: Context, id: string): Doc {
  const doc = context.store.get('savedSearches', id);
  if (!doc) throw notFound('Saved search not found');
  return doc;
}

export const listSavedSearches: Handler = (context, input) => {
  const { items, page } = paginate(input, context.store.list('savedSearches'));
  return { payload: items.map(serializeSavedSearch), page };
};

export const getSavedSearch: Handler = (context, input) => ({ payload: serializeSavedSearch(requireSavedSearch(context, idParam(input))) });

export const createSavedSearch: Handler = (context, input) => {
  const body = parseBody(savedSearchSchema, input);
  check(context, body);
  const now = nowIso();
  return { payload: serializeSavedSearch(context.store.put('savedSearches', { id: context.store.mintId(), ...body, createdAt: now, updatedAt: now })) };
};

/** Full replace: omitted optionals go back to their defaults. */
export const updateSavedSearch: Handler = (context, input) => {
  const id = idParam(input);
  const previous = requireSavedSearch(context, id);
  const body = parseBody(savedSearchSchema, input);
  check(context, body, previous);
  return { payload: serializeSavedSearch(context.store.put('savedSearches', { id, ...body, createdAt: previous.createdAt, updatedAt: nowIso() })) };
};

export const deleteSavedSearch: Handler = (context, input) => {
  const id = idParam(input);
  if (!context.store.remove('savedSearches', id)) throw notFound('Saved search not found');
  context.store.removeWhere('alerts', (alert) => alert.savedSearchId === id);
  return {};
};
