// Terraform objects as the runtime hands them to providers: every attribute present, null where unset.
import type { Attributes, TfObject, TfValue } from '../../provider/runtime/types';
import { Unknown } from '../../provider/runtime/types';

/** Fills every attribute the partial value leaves out with null, through nested attributes. */
export function complete(attributes: Attributes, partial: { [name: string]: unknown }): TfObject {
  const object: TfObject = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    const value = (partial[name] ?? null) as TfValue;
    const nested = attribute.nested;
    if (!nested || value === null || value instanceof Unknown) object[name] = value;
    else if (nested.nesting === 'single') object[name] = complete(nested.attributes, value as TfObject);
    else object[name] = (value as TfObject[]).map((element) => complete(nested.attributes, element));
  }
  return object;
}
