// Schemas derived from others: a read-only copy of a resource's attributes for the data source that reports the same
// object, and the all-null object of a schema (what an import starts from).
import type { Attributes, TfObject } from '../runtime/types';

/**
 * The same attributes, all computed and read-only (for a data source that returns what a resource manages). Validators
 * and plan modifiers go, descriptions stay.
 */
export function computedOnly(attributes: Attributes): Attributes {
  const result: Attributes = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    const { description, deprecated, deprecationMessage, sensitive, type, nested } = attribute;
    result[name] = {
      description,
      deprecated,
      deprecationMessage,
      sensitive,
      computed: true,
      ...(nested ? { nested: { nesting: nested.nesting, attributes: computedOnly(nested.attributes) } } : { type }),
    };
  }
  return result;
}

/** Every attribute of the schema set to null: the shape of a Terraform object before any value is known. */
export function nullObject(attributes: Attributes): TfObject {
  return Object.fromEntries(Object.keys(attributes).map((name) => [name, null]));
}
