// What the server does to a dashboard it stores, mirrored so that the echo of an apply plans no change: defaults it
// fills in (the schema plans the simple ones with serverDefault), fields it leaves out, and values it echoes that
// cannot be sent back.
import { asObject, indexedObjects, type TfObject, type TfValue, Unknown } from '../../runtime/types';
import type { ApiObject } from '../../shared/api-mapping';

/** The server stores `lucene` when a saved query comes without a language (api-behaviour §6.3). */
export function planSavedQueryLanguage(config: TfObject): TfValue {
  if (config.saved_query_language !== null) return config.saved_query_language;
  if (config.saved_query instanceof Unknown) return new Unknown();
  return typeof config.saved_query === 'string' && config.saved_query !== '' ? 'lucene' : null;
}

/** An omitted saved query (and its language) is kept by PUT (api-behaviour §6.3): unset means cleared, so the body says it. */
export function clearUnsetSavedQuery(api: ApiObject): void {
  api.savedQuery ??= null;
  api.savedQueryLanguage ??= null;
}

/** The server leaves `containers` out when there are none (api-behaviour §6.4): that reads as no containers. */
export function readMissingContainers(value: TfObject): void {
  value.containers ??= [];
}

/** Whether `value` is a list with nothing in it (not null). */
export const isEmptyList = (value: TfValue | undefined): boolean => Array.isArray(value) && value.length === 0;

/**
 * A container without tabs is stored as sent, `tabs: []` or no `tabs`, and shown alike (api-behaviour §6.4): either
 * reads in the form the known dashboard's container of the same id has, else (an import) as unset, so configuration
 * that leaves `tabs` out plans no change on a server that holds `[]`.
 */
export function readEmptyTabsAsKnown(value: TfObject, known: TfObject | null): void {
  const knownTabs = new Map(indexedObjects(known?.containers).map(([container]) => [container.id, container.tabs]));
  for (const [container] of indexedObjects(value.containers)) {
    if (container.tabs === null || isEmptyList(container.tabs)) container.tabs = isEmptyList(knownTabs.get(container.id)) ? [] : null;
  }
}

/** The server echoes `valueExpression: ""` on count selects, where the field cannot be set (api-behaviour §6.4): it reads as unset. */
export function normalizeSelectFromApi(tile: TfObject): void {
  if (!Array.isArray(tile.select)) return;
  for (const item of tile.select.map(asObject)) if (item?.agg_fn === 'count' && item.value_expression === '') item.value_expression = null;
}
