// What Terraform itself does around the provider's calls, for tests that play Terraform's part: the proposed new
// state it hands to a plan, the check it makes of an apply's result, the differences `terraform plan` shows, and the
// configuration `terraform plan -generate-config-out` writes.
import { valuesEqual } from '../../provider/runtime/plan';
import { asObject, type Attributes, type TfObject, type TfValue, Unknown } from '../../provider/runtime/types';

/**
 * Terraform's proposed new state: the configuration, where optional+computed attributes left unset take the prior
 * state's value (list elements paired by index).
 */
export function proposedNewState(attributes: Attributes, prior: TfObject | null, config: TfObject): TfObject {
  const proposed: TfObject = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    const [configured, before] = [config[name] ?? null, prior?.[name] ?? null];
    const nested = attribute.nested;
    if (configured === null) proposed[name] = attribute.computed ? before : null;
    else if (nested?.nesting === 'single' && asObject(configured))
      proposed[name] = proposedNewState(nested.attributes, asObject(before) ?? null, configured as TfObject);
    else if (nested?.nesting === 'list' && Array.isArray(configured))
      proposed[name] = configured.map((element, i) =>
        proposedNewState(nested.attributes, asObject(Array.isArray(before) ? before[i] : null) ?? null, element as TfObject),
      );
    else proposed[name] = configured;
  }
  return proposed;
}

/** Terraform's rule after apply: every value known in the plan comes back unchanged. */
export function expectConforms(planned: TfValue, actual: TfValue, path = ''): void {
  if (planned instanceof Unknown) return;
  if (Array.isArray(planned) && Array.isArray(actual)) {
    expect(`${path}: ${actual.length}`).toBe(`${path}: ${planned.length}`);
    planned.forEach((element, i) => expectConforms(element, actual[i], `${path}[${i}]`));
    return;
  }
  const object = asObject(planned);
  if (object && asObject(actual)) {
    for (const [name, value] of Object.entries(object)) expectConforms(value, asObject(actual)![name], `${path}.${name}`);
    return;
  }
  expect({ path, value: actual }).toEqual({ path, value: planned });
}

/** Where a plan differs from the prior state, as `path: prior -> planned` lines (what `terraform plan` would show). */
export function differences(prior: TfValue, planned: TfValue, path = ''): string[] {
  if (valuesEqual(prior, planned)) return [];
  const [a, b] = [asObject(prior), asObject(planned)];
  if (a && b) return Object.keys(a).flatMap((name) => differences(a[name], b[name], `${path}.${name}`));
  if (Array.isArray(prior) && Array.isArray(planned) && prior.length === planned.length)
    return prior.flatMap((element, i) => differences(element, planned[i], `${path}[${i}]`));
  const show = (value: TfValue) => (value instanceof Unknown ? '(known after apply)' : JSON.stringify(value));
  return [`${path}: ${show(prior)} -> ${show(planned)}`];
}

/** The configuration `terraform plan -generate-config-out` writes from a state: everything but computed-only attributes. */
export function generatedConfig(attributes: Attributes, state: TfObject): TfObject {
  const config: TfObject = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    const value = state[name];
    if (attribute.computed && !attribute.optional && !attribute.required) config[name] = null;
    else if (attribute.nested && Array.isArray(value))
      config[name] = value.map((element) => generatedConfig(attribute.nested!.attributes, element as TfObject));
    else if (attribute.nested && asObject(value)) config[name] = generatedConfig(attribute.nested.attributes, value as TfObject);
    else config[name] = value;
  }
  return config;
}
