// The plan most resources share: the runtime's idea of "no change", with the server-filled attributes unknown otherwise.
import { valuesEqual } from '../runtime/plan';
import { type TfObject, Unknown } from '../runtime/types';

/**
 * The plan of a resource whose server-filled attributes are its id and `computed` (marked unknown when anything
 * changes): no change keeps the prior state as it is.
 */
export function planWithId(prior: TfObject | null, proposed: TfObject, computed: readonly string[] = []): TfObject {
  if (prior !== null && valuesEqual(prior, proposed)) return prior;
  const planned: TfObject = { ...proposed, id: prior?.id ?? new Unknown() };
  for (const name of computed) planned[name] = new Unknown();
  return planned;
}
