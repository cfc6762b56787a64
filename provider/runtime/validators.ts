// Attribute validators: small reusable rules attached to schema attributes, run by the server on every
// ValidateResourceConfig / ValidateDataResourceConfig. They see only known, non-null values; unknown values are
// checked again at apply time by the API itself.
import { oncePer } from './once-per';
import type { Diagnostics } from './provider';
import {
  type Attribute,
  type AttributePath,
  type Attributes,
  type AttributeValidator,
  type Block,
  type NestedAttributes,
  type TfObject,
  type TfValue,
  BigDecimal,
  Unknown,
  isTfObject,
} from './types';

export function isKnown(value: TfValue | undefined): value is Exclude<TfValue, null | Unknown> {
  return value !== null && value !== undefined && !(value instanceof Unknown);
}

/**
 * The attributes of a schema that a walk over values must visit: those `applies` to, and nested ones holding such an
 * attribute somewhere below. Worked out once per schema: a wide schema (a dashboard's tile variants) has many
 * attributes that no validator or plan modifier concerns.
 */
export function attributesConcerned(applies: (attribute: Attribute) => boolean): (attributes: Attributes) => Array<[string, Attribute]> {
  const concerned = oncePer((attributes: Attributes): Array<[string, Attribute]> =>
    Object.entries(attributes).filter(([, attribute]) => applies(attribute) || (attribute.nested !== undefined && concerned(attribute.nested.attributes).length > 0)),
  );
  return concerned;
}

const attributesWithValidators = attributesConcerned((attribute) => (attribute.validators?.length ?? 0) > 0);

/**
 * One attribute a validation walk visits: its validators, and the walk of its nested objects. Worked out once per
 * schema, so that each ValidateResourceConfig looks at nothing but these (no lookups of absent validators, no
 * per-call block objects).
 */
interface ValidatedAttribute {
  name: string;
  validators: readonly AttributeValidator[];
  nested?: { nesting: NestedAttributes['nesting']; walk: readonly ValidatedAttribute[] };
}

const validationWalk = oncePer((attributes: Attributes): readonly ValidatedAttribute[] =>
  attributesWithValidators(attributes).map(([name, attribute]) => ({
    name,
    validators: attribute.validators ?? [],
    nested: attribute.nested && { nesting: attribute.nested.nesting, walk: validationWalk(attribute.nested.attributes) },
  })),
);

/** Runs every attribute's validators over a config value, descending into nested attributes and blocks. */
export function runValidators(block: Block, value: TfObject, diagnostics: Diagnostics, path: AttributePath = []): void {
  validateAttributes(validationWalk(block.attributes), value, diagnostics, path);
  for (const [name, nestedBlock] of Object.entries(block.blocks ?? {})) {
    const blockValue = value[name];
    if (!isKnown(blockValue)) continue;
    const nesting = nestedBlock.nesting === 'group' ? 'single' : nestedBlock.nesting;
    forEachNestedObject({ nesting }, blockValue, [...path, name], (object, p) =>
      runValidators(nestedBlock.block, object, diagnostics, p),
    );
  }
}

function validateAttributes(walk: readonly ValidatedAttribute[], value: TfObject, diagnostics: Diagnostics, path: AttributePath): void {
  for (const { name, validators, nested } of walk) {
    const attributeValue = value[name];
    if (!isKnown(attributeValue)) continue;
    const attributePath = [...path, name];
    for (const validator of validators) validator.validate(attributeValue, attributePath, diagnostics);
    if (nested) forEachNestedObject(nested, attributeValue, attributePath, (object, objectPath) => validateAttributes(nested.walk, object, diagnostics, objectPath));
  }
}

/** Calls `visit` for each object held by a nested attribute; set elements have no addressable path, so they share the set's. */
export function forEachNestedObject(
  nested: Pick<NestedAttributes, 'nesting'>,
  value: TfValue,
  path: AttributePath,
  visit: (object: TfObject, path: AttributePath) => void,
): void {
  const visitIfObject = (element: TfValue, elementPath: AttributePath) => {
    if (isTfObject(element)) visit(element, elementPath);
  };
  if (nested.nesting === 'single') visitIfObject(value, path);
  else if (Array.isArray(value)) value.forEach((element, i) => visitIfObject(element, nested.nesting === 'set' ? path : [...path, i]));
  else if (nested.nesting === 'map' && isTfObject(value))
    for (const [key, element] of Object.entries(value)) visitIfObject(element, [...path, { key }]);
}

export function numericValue(value: TfValue): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint' || value instanceof BigDecimal) return Number(value.toString());
  return undefined;
}

const quoted = (values: readonly (string | number)[]) => values.map((v) => JSON.stringify(v)).join(', ');

function invalid(diagnostics: Diagnostics, path: AttributePath, detail: string): void {
  diagnostics.error('Invalid attribute value', detail, path);
}

export function oneOf(...allowed: string[]): AttributeValidator {
  return {
    description: `one of ${quoted(allowed)}`,
    validate(value, path, diagnostics) {
      if (typeof value === 'string' && !allowed.includes(value))
        invalid(diagnostics, path, `Must be one of ${quoted(allowed)}, got ${JSON.stringify(value)}.`);
    },
  };
}

export function stringLength(min: number, max?: number): AttributeValidator {
  const rule =
    max === undefined ? `at least ${min} character${min === 1 ? '' : 's'} long`
    : min === 0 ? `at most ${max} characters long`
    : `between ${min} and ${max} characters long`;
  return {
    description: rule,
    validate(value, path, diagnostics) {
      if (typeof value !== 'string') return;
      if (value.length < min || (max !== undefined && value.length > max))
        invalid(diagnostics, path, `Must be ${rule}, got ${value.length}.`);
    },
  };
}

export function matches(pattern: RegExp, description: string): AttributeValidator {
  return {
    description,
    validate(value, path, diagnostics) {
      if (typeof value === 'string' && !pattern.test(value))
        invalid(diagnostics, path, `Must be ${description}, got ${JSON.stringify(value)}.`);
    },
  };
}

export function numberBetween(min: number, max: number = Infinity): AttributeValidator {
  const rule = max === Infinity ? `at least ${min}` : `between ${min} and ${max}`;
  return {
    description: rule,
    validate(value, path, diagnostics) {
      const n = numericValue(value);
      if (n !== undefined && (n < min || n > max)) invalid(diagnostics, path, `Must be ${rule}, got ${String(value)}.`);
    },
  };
}

/** RFC 3339 date and time with a time zone, as the APIs' datetime checks want it: `2026-01-01T00:00:00Z`. */
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

/** The instant an RFC 3339 time names, in milliseconds since the epoch; NaN for any other value or a date that does not exist. */
export function rfc3339Instant(value: TfValue): number {
  return typeof value === 'string' && RFC_3339.test(value) ? Date.parse(value) : NaN;
}

/** An RFC 3339 time with a time zone, naming a date that exists. */
export const rfc3339Time: AttributeValidator = {
  description: 'an RFC 3339 time with a time zone',
  validate(value, path, diagnostics) {
    if (typeof value !== 'string') return;
    if (!RFC_3339.test(value)) invalid(diagnostics, path, `Must be an RFC 3339 time such as "2026-01-01T00:00:00Z", got ${JSON.stringify(value)}.`);
    else if (Number.isNaN(rfc3339Instant(value))) invalid(diagnostics, path, `${JSON.stringify(value)} is not a valid date and time.`);
  },
};

/**
 * A number that JSON carries exactly: one a 64-bit double holds, as JSON APIs parse numbers. Terraform's numbers are
 * arbitrary-precision decimals; a larger or more precise one would be rounded on its way to the API, and the value read
 * back would differ from the configuration.
 */
export const jsonNumber: AttributeValidator = {
  description: 'a number JSON carries exactly, as a 64-bit double holds it',
  validate(value, path, diagnostics) {
    // A JS number is exact by construction (the codec gives one only when it is); bigint and BigDecimal may not be.
    if (typeof value !== 'bigint' && !(value instanceof BigDecimal)) return;
    const double = Number(value.toString());
    if (!Number.isFinite(double)) {
      invalid(diagnostics, path, `Must be at most ${Number.MAX_VALUE} in magnitude, the largest number JSON carries, got ${shortNumber(value)}.`);
      return;
    }
    if (typeof value === 'bigint' && BigInt(double) === value) return;
    const carried = typeof value === 'bigint' ? BigInt(double).toString() : String(double);
    invalid(
      diagnostics,
      path,
      `Must be a number JSON carries exactly (a 64-bit double, about 15 significant digits), got ${shortNumber(value)}, which would reach the API as ${carried}.`,
    );
  },
};

/** A number's text, in scientific notation when it is long (`1e400` rather than 401 digits). */
function shortNumber(value: bigint | BigDecimal): string {
  const text = value.toString();
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(text);
  if (text.length <= 40 || !match) return text;
  const [, sign, whole, fraction = '', exponent = '0'] = match;
  const integer = whole.replace(/^0+/, '');
  const leadingZeros = fraction.length - fraction.replace(/^0+/, '').length;
  const power = Number(exponent) + (integer !== '' ? integer.length - 1 : -leadingZeros - 1);
  const significant = (integer + fraction).replace(/^0+/, '').replace(/0+$/, '');
  return `${sign}${significant[0]}${significant.length > 1 ? `.${significant.slice(1, 17)}` : ''}e${power}`;
}

export const wholeNumber: AttributeValidator = {
  description: 'a whole number',
  validate(value, path, diagnostics) {
    const n = numericValue(value);
    if (n !== undefined && !Number.isInteger(n)) invalid(diagnostics, path, `Must be a whole number, got ${String(value)}.`);
  },
};

/** Element count of a list, set or map. */
export function sizeBetween(min: number, max: number = Infinity): AttributeValidator {
  const rule = max === Infinity ? `at least ${min}` : min === max ? `exactly ${min}` : `between ${min} and ${max}`;
  return {
    description: `${rule} elements`,
    validate(value, path, diagnostics) {
      const size = Array.isArray(value) ? value.length : typeof value === 'object' && value !== null ? Object.keys(value).length : undefined;
      if (size !== undefined && (size < min || size > max))
        invalid(diagnostics, path, `Must have ${rule} elements, got ${size}.`);
    },
  };
}

/** Applies validators to every element of a list, set or map of primitives, each at its own path. */
export function eachElement(...validators: AttributeValidator[]): AttributeValidator {
  return {
    description: `each element ${validators.map((v) => v.description).join(', ')}`,
    validate(value, path, diagnostics) {
      const entries: [AttributePath[number], TfValue][] = Array.isArray(value)
        ? value.map((element, i) => [i, element])
        : typeof value === 'object' && value !== null && !(value instanceof BigDecimal)
          ? Object.entries(value as TfObject).map(([key, element]) => [{ key }, element])
          : [];
      for (const [step, element] of entries) {
        if (!isKnown(element)) continue;
        for (const validator of validators) validator.validate(element, [...path, step], diagnostics);
      }
    },
  };
}
