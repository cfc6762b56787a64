// The configuration that plans no change against a state the provider read: what `terraform plan
// -generate-config-out` writes (every attribute but the computed-only ones), less what a reader does not need to see.
// A null is left out, and so is a value the attribute's own plan modifiers fill in when it is left out (the server
// defaults: `where = ""`, `tags = []`, ...). Running the schema's modifiers, rather than listing defaults here, keeps
// the two from drifting apart.
import { valuesEqual } from '../runtime/plan';
import { type Attribute, type Attributes, isTfObject, type TfObject, type TfValue } from '../runtime/types';

/** A configuration value: an attribute's value with nulls and defaults left out; objects keep the schema's order. */
export type ConfigObject = { [attribute: string]: TfValue };

const isComputedOnly = (attribute: Attribute) => attribute.computed === true && !attribute.optional && !attribute.required;

/** Whether leaving the attribute out plans `value` anyway: its plan modifiers turn an omitted value into it. */
function filledInWhenOmitted(attribute: Attribute, value: TfValue): boolean {
  const modifiers = attribute.planModifiers ?? [];
  if (modifiers.length === 0 || !attribute.computed) return false;
  let planned: TfValue = null;
  for (const modifier of modifiers) planned = modifier.modify({ path: [], prior: value, planned, config: null, creating: false }).planned;
  return valuesEqual(planned, value);
}

/** The configuration of one object of `attributes` whose state (as the provider reads it) is `state`. */
export function configurationOf(attributes: Attributes, state: TfObject): ConfigObject {
  const config: ConfigObject = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    const value = state[name] ?? null;
    if (value === null || isComputedOnly(attribute) || attribute.writeOnly || filledInWhenOmitted(attribute, value)) continue;
    config[name] = attribute.nested ? nestedConfiguration(attribute.nested.attributes, value) : value;
  }
  return config;
}

function nestedConfiguration(attributes: Attributes, value: TfValue): TfValue {
  if (Array.isArray(value)) return value.map((element) => (isTfObject(element) ? configurationOf(attributes, element) : element));
  return isTfObject(value) ? configurationOf(attributes, value) : value;
}
