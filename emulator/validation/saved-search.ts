// Saved search request bodies (RULES §9): every optional field has a default, so a PUT is a full replace.
import { arr, enumOf, literal, obj, objectId, str, union, type Schema } from './schema';
import { FILTER_LANGUAGES } from './values';

export type SavedSearchBody = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- validated JSON
type Filter = Record<string, string>;

const EXPRESSION_MAX = 8192;

const filter = union<Filter>(
  obj({ type: enumOf(['lucene', 'sql'] as const).optional().default('sql'), condition: str().max(EXPRESSION_MAX) }),
  obj({ type: literal('sql_ast'), operator: enumOf(['=', '<', '>', '!=', '<=', '>='] as const), left: str().max(EXPRESSION_MAX), right: str().max(EXPRESSION_MAX) }),
);

export const savedSearchSchema: Schema<SavedSearchBody> = obj({
  name: str().trim().min(1).max(1024),
  sourceId: objectId(),
  select: str().max(4096).optional().default(''),
  where: str().max(EXPRESSION_MAX).optional().default(''),
  whereLanguage: enumOf(FILTER_LANGUAGES).optional().default('lucene'),
  orderBy: str().max(1024).optional().default(''),
  tags: arr(str().max(32)).max(50).optional().default([]),
  filters: arr(filter).max(100).default([]),
});

// A column, then IN (...), NOT IN (...) or BETWEEN a AND b, and nothing else: one facet the search sidebar can show.
const COLUMN = String.raw`[\w."\x60'\[\]]+`;
const LIST = String.raw`\((?:[^()']|'[^']*')*\)`;
const BOUND = String.raw`(?:'[^']*'|[^\s']+)`;
const SIDEBAR_FACET = new RegExp(String.raw`^\s*(${COLUMN})\s+(?:(?:NOT\s+)?IN\s*${LIST}|BETWEEN\s+${BOUND}\s+AND\s+${BOUND})\s*$`, 'i');

/** Whether the search sidebar can render `filter` as one facet (an approximation of the server's parser, RULES §9.3). */
export function isSidebarFacet(filter: Filter): boolean {
  const column = filter.type === 'sql' ? SIDEBAR_FACET.exec(filter.condition)?.[1] : undefined;
  return column !== undefined && !/\b(?:NOT|AND|OR)\b/i.test(column);
}

/** What makes two filters the same one: a PUT may send back a stored filter the sidebar cannot show. */
export const filterKey = (filter: Filter) =>
  JSON.stringify(filter.type === 'sql_ast' ? ['sql_ast', filter.operator, filter.left, filter.right] : [filter.type, filter.condition]);

export const nonRenderableFilterMessage = (index: number) =>
  `filters[${index}] must be a sidebar-renderable SQL predicate (e.g. "<column> IN ('<value>', ...)", "NOT IN (...)", or "BETWEEN <n> AND <n>"). ` +
  'Other shapes are only accepted on update when preserved unchanged from the stored saved search.';
