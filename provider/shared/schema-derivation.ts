// Schemas derived from others: a read-only copy of a resource's attributes for the data source that reports the same
// object, the all-null object of a schema (what an import starts from), and number checks added throughout a schema.
import type { Attributes, Schema, TfObject } from '../runtime/types';
import { jsonNumber } from '../runtime/validators';

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

/**
 * The schema with `jsonNumber` on every number a configuration sets (nested ones too): every number goes to a JSON API,
 * which carries only what a double holds (api-behaviour §15).
 */
export function withJsonNumbers(schema: Schema): Schema {
  return { ...schema, block: { ...schema.block, attributes: jsonNumbersIn(schema.block.attributes) } };
}

function jsonNumbersIn(attributes: Attributes): Attributes {
  const result: Attributes = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    const configurable = attribute.required || attribute.optional;
    if (attribute.nested) result[name] = { ...attribute, nested: { ...attribute.nested, attributes: jsonNumbersIn(attribute.nested.attributes) } };
    else if (attribute.type === 'number' && configurable) result[name] = { ...attribute, validators: [jsonNumber, ...(attribute.validators ?? [])] };
    else result[name] = attribute;
  }
  return result;
}
