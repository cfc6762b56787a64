// What the resources and data sources share: attribute builders, the plan of a resource whose only computed attribute is
// its id, API failures as diagnostics, and CRUD calls that treat "gone" the way Terraform wants it.
import { AbortedError, ClickStackError, NotFoundError } from '../client';
import { valuesEqual } from '../runtime/plan';
import { defaultTo, useStateForUnknown } from '../runtime/plan-modifiers';
import type { CallContext, Diagnostics } from '../runtime/provider';
import { asObject, type Attribute, type AttributeValidator, type TfObject, type TfValue, Unknown } from '../runtime/types';
import { isKnown } from '../runtime/validators';

/** Values as Markdown code, for descriptions: `` `a`, `b`, `c` ``, or with another last separator `` `a`, `b` or `c` ``. */
export function codeList(values: readonly (string | number)[], separator = ', ', lastSeparator = separator): string {
  const code = values.map((value) => `\`${value}\``);
  return code.length < 2 ? code.join('') : `${code.slice(0, -1).join(separator)}${lastSeparator}${code[code.length - 1]}`;
}

/** Said of attributes that Managed ClickStack does not have; appended to their descriptions. */
export const ossOnly = ' OSS only: not available on Managed ClickStack.';

export const idAttribute = (noun: string): Attribute => ({
  type: 'string',
  computed: true,
  description: `Server id of the ${noun}; \`terraform import\` takes it.`,
  planModifiers: [useStateForUnknown],
});

export const requiredString = (description: string, ...validators: AttributeValidator[]): Attribute => ({
  type: 'string',
  required: true,
  description,
  validators,
});

export const optionalString = (description: string, ...validators: AttributeValidator[]): Attribute => ({
  type: 'string',
  optional: true,
  description,
  validators,
});

/** A read-only string the server reports. */
export const computedString = (description: string): Attribute => ({ type: 'string', computed: true, description });

export const optionalBool = (description: string): Attribute => ({ type: 'bool', optional: true, description });

/** Optional, and planned as what the server stores when it is omitted, so that the server's echo is no diff. */
export const serverDefault = (attribute: Attribute, value: TfValue): Attribute => ({
  ...attribute,
  optional: true,
  computed: true,
  description: `${attribute.description} Defaults to \`${JSON.stringify(value)}\`.`,
  planModifiers: [...(attribute.planModifiers ?? []), defaultTo(value)],
});

/** The objects of a known list (of nested objects) with their index; none while the list is null or unknown. */
export const indexedObjects = (value: TfValue | undefined): [TfObject, number][] =>
  isKnown(value) && Array.isArray(value)
    ? value.flatMap((element, i) => {
        const object = asObject(element);
        return object ? [[object, i] as [TfObject, number]] : [];
      })
    : [];

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

/**
 * The call's result, or null with the error diagnostic `summary` (saying what the provider was doing; the client's
 * message, already redacted, is the detail) when the API failed. An interruption is rethrown so that the server reports
 * it as such; anything else thrown is a bug and stays one.
 */
export async function reportingApiErrors<T>(summary: string, diagnostics: Diagnostics, call: () => Promise<T>): Promise<T | null> {
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof ClickStackError) || error instanceof AbortedError) throw error;
    diagnostics.error(summary, error.message);
    return null;
  }
}

/** The object, or null when the server says it is gone (Terraform then drops it from state). */
export async function readOrGone<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

/** Deletes; an object already gone counts as deleted. Other failures become the error diagnostic `summary`. */
export async function deleteIfPresent(summary: string, ctx: CallContext, remove: () => Promise<void>): Promise<void> {
  await reportingApiErrors(summary, ctx.diagnostics, () => readOrGone(remove));
}
