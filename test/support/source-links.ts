// Fixtures of the clickstack_source_links tests: configurations built from the resource's schema.
import { sourceLinksAttributes } from '../../provider/resources/source-links';
import { complete } from './objects';

export const sourceLinks = (partial: { [name: string]: unknown }) => complete(sourceLinksAttributes, partial);
