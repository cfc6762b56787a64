// Small synth-time checks shared by the definitions. Each returns the problems it finds as sentences naming the prop
// (empty when there are none); the construct that owns the definition adds its path. A value that is a token (a
// reference resolved by Terraform at plan time) is not known at synth, so the checks let it pass.

/**
 * Whether `value` is an unresolved token. cdktf (and its fork CDK Terrain) encode string tokens as `${TfToken[...]}`
 * inside the string; this module does not import cdktf, so it recognises the encoding.
 */
export const isToken = (value: unknown): boolean => typeof value === 'string' && value.includes('${TfToken[');

const quoted = (values: readonly unknown[]) => values.map((value) => `"${String(value)}"`).join(', ');

export function oneOf(prop: string, value: string | undefined, allowed: readonly string[]): string[] {
  if (value === undefined || isToken(value) || allowed.includes(value)) return [];
  return [`\`${prop}\` is "${value}"; expected one of ${quoted(allowed)}.`];
}

export function nonEmpty(prop: string, value: string | undefined): string[] {
  return value === '' ? [`\`${prop}\` must not be empty.`] : [];
}

export function lengthBetween(prop: string, value: string | undefined, min: number, max: number): string[] {
  if (value === undefined || isToken(value) || (value.length >= min && value.length <= max)) return [];
  return [min > 0 && value.length < min ? `\`${prop}\` must not be empty.` : `\`${prop}\` is ${value.length} characters long; at most ${max} are allowed.`];
}

export function atMost(prop: string, items: readonly unknown[] | undefined, max: number, noun: string): string[] {
  return items !== undefined && items.length > max ? [`\`${prop}\` has ${items.length} ${noun}; at most ${max} are allowed.`] : [];
}

/** Each element of `items` checked by `check`, with the element's index in the prop name. */
export function eachOf<T>(prop: string, items: readonly T[] | undefined, check: (itemProp: string, item: T) => string[]): string[] {
  return (items ?? []).flatMap((item, index) => check(`${prop}[${index}]`, item));
}
