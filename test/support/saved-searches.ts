// Fixtures of the clickstack_saved_search tests: configurations built from the resource's schema.
import { SEED_IDS } from '../../emulator';
import { complete } from './objects';
import { savedSearchAttributes } from '../../provider/resources/saved-search';

export const savedSearch = (partial: { [name: string]: unknown }) => complete(savedSearchAttributes, partial);
export const filter = (partial: { [name: string]: unknown }) => complete(savedSearchAttributes.filters.nested!.attributes, partial);
export const errors = (extra: { [name: string]: unknown } = {}) => savedSearch({ name: 'Errors', source_id: SEED_IDS.logSource, where: 'level:error', ...extra });
