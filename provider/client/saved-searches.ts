import { type SavedSearch, type SavedSearchInput, savedSearchShape } from './models/saved-searches';
import { ApiContext, Collection } from './collection';

/** Saved searches; the list is paged with limit/offset. Deleting one deletes its alerts. */
export class SavedSearchesApi extends Collection<SavedSearch, SavedSearchInput> {
  constructor(api: ApiContext) {
    super(api, 'savedSearches', '/saved-searches', true, savedSearchShape, {
      noun: 'saved search',
      // The name is trimmed, omitted fields take their defaults (api-behaviour §9.1, §9.2).
      identity: (search) =>
        JSON.stringify([search.name.trim(), search.sourceId, search.select ?? '', search.where ?? '', search.whereLanguage ?? 'lucene', search.orderBy ?? '']),
    });
  }
}
