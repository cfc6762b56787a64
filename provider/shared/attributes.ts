// Attribute builders the resources and data sources share, and the phrases their descriptions share.
import { defaultTo, useStateForUnknown } from '../runtime/plan-modifiers';
import type { Attribute, AttributeValidator, TfValue } from '../runtime/types';
import { matches } from '../runtime/validators';

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

/** A name the server trims: leading or trailing spaces would come back without them, a perpetual difference. */
export const trimmedText: AttributeValidator = matches(/^\S(?:[\s\S]*\S)?$/, 'text without leading or trailing spaces (the server trims them)');
