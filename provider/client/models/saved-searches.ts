// Saved searches. An update is a full replace: omitted optional fields reset to their defaults (api-behaviour §9.1).
import { id, list, object, optional, text } from '../response-shape';
import type { ObjectId, OpenObject } from './common';
import type { QueryLanguage, SavedSearchFilterType } from '../../values';

/** New or changed filters must be sidebar-renderable SQL (`col IN (...)`, `NOT IN`, `BETWEEN`). */
export interface SqlFilter extends OpenObject {
  type?: Exclude<SavedSearchFilterType, 'sql_ast'>;
  condition: string;
}

/** Stored by the UI; returned verbatim and accepted back unchanged. */
export interface SqlAstFilter extends OpenObject {
  type: 'sql_ast';
  operator: string;
  left: unknown;
  right: unknown;
}

export type SavedSearchFilter = SqlFilter | SqlAstFilter;

export interface SavedSearchInput extends OpenObject {
  name: string;
  sourceId: ObjectId;
  select?: string;
  where?: string;
  whereLanguage?: QueryLanguage;
  orderBy?: string;
  tags?: string[];
  filters?: SavedSearchFilter[];
}

export interface SavedSearch extends SavedSearchInput {
  id: ObjectId;
  teamId?: ObjectId;
  createdAt?: string;
  updatedAt?: string;
}

/** What the provider reads of a saved search. */
export const savedSearchShape = object({
  id,
  name: text,
  sourceId: text,
  select: optional(text),
  where: optional(text),
  whereLanguage: optional(text),
  orderBy: optional(text),
  tags: optional(list(text)),
  filters: optional(
    list(object({ type: optional(text), condition: optional(text), operator: optional(text), left: optional(text), right: optional(text) })),
  ),
});
