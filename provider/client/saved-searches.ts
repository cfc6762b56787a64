import type { SavedSearch, SavedSearchInput } from './models/saved-searches';
import { ApiContext, Collection } from './collection';

/** Saved searches; the list is paged with limit/offset. Deleting one deletes its alerts. */
export class SavedSearchesApi extends Collection<SavedSearch, SavedSearchInput> {
  constructor(api: ApiContext) {
    super(api, 'savedSearches', '/saved-searches', true);
  }
}
