// Small synth-time checks shared by the definitions. Each returns the problems it finds as sentences naming the prop
// (empty when there are none); the construct that owns the definition adds its path. A value that is a token (a
// reference resolved by Terraform at plan time) is not known at synth, so the checks let it pass.

/**
 * Whether `value` is an unresolved token. cdktf (and its fork CDK Terrain) encode string tokens as `${TfToken[...]}`
 * inside the string; this module does not import cdktf, so it recognises the encoding.
 */
export const isToken = (value: unknown): boolean => typeof value === 'string' && value.includes('${TfToken[');

/**
 * Whether `value` is an unresolved number token. cdktf encodes one as a NaN-free double whose top 16 bits are
 * 0xfdff (see its tokens/private/encoding), which no real setting comes near.
 */
export function isNumberToken(value: unknown): boolean {
  if (typeof value !== 'number') return false;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  return view.getUint16(0) === 0xfdff;
}

const quoted = (values: readonly unknown[]) => values.map((value) => `"${String(value)}"`).join(', ');

export function oneOf<T extends string | number>(prop: string, value: T | undefined, allowed: readonly T[]): string[] {
  if (value === undefined || isToken(value) || isNumberToken(value) || allowed.includes(value)) return [];
  return [`\`${prop}\` is ${JSON.stringify(value)}; expected one of ${quoted(allowed)}.`];
}

/** A whole number from `min` to `max` (no upper limit when `max` is undefined). */
export function wholeNumber(prop: string, value: number | undefined, min: number, max?: number): string[] {
  if (value === undefined || isNumberToken(value) || (Number.isInteger(value) && value >= min && (max === undefined || value <= max))) return [];
  return [`\`${prop}\` is ${value}; expected a whole number ${max === undefined ? `of at least ${min}` : `from ${min} to ${max}`}.`];
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
