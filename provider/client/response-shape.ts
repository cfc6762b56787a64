// Shapes of the documents the APIs answer, as the provider needs them: each field the provider reads is checked for
// presence and type before a document leaves the client, so that a malformed answer becomes an error naming the field
// instead of a wrong value in state. Objects are open: fields a shape does not name pass unchecked (servers add fields).

/** A field of a response document that is missing or of the wrong type; `field` is its path, such as `tiles[2].x`. */
export class ShapeProblem extends Error {
  constructor(
    readonly field: string,
    readonly expected: string,
    readonly got: string,
  ) {
    super(field === '' ? `expected ${expected}, got ${got}` : `\`${field}\` must be ${expected}, got ${got}`);
  }
}

export interface Shape {
  /** What a conforming value is, as a phrase (`a string`). */
  readonly expected: string;
  /** Throws ShapeProblem for the first field at fault. */
  check(value: unknown, field: string): void;
}

/** The kind of a JSON value, for messages; a short string is quoted, so a wrong type is easy to see. */
export function describeJson(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return value.length <= 40 ? `the string ${JSON.stringify(value)}` : 'a string';
  return `the ${typeof value} ${String(value)}`;
}

/**
 * A ShapeProblem without a stack trace: problems are thrown to try the next option of `either` as often as to report
 * one, and only their message ever reaches anyone (as an UnexpectedResponseError's).
 */
function problem(shape: Shape, value: unknown, field: string): ShapeProblem {
  const { stackTraceLimit } = Error;
  Error.stackTraceLimit = 0;
  try {
    return new ShapeProblem(field, shape.expected, describeJson(value));
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

function primitive(expected: string, test: (value: unknown) => boolean): Shape {
  const shape: Shape = {
    expected,
    check(value, field) {
      if (!test(value)) throw problem(shape, value, field);
    },
  };
  return shape;
}

export const text = primitive('a string', (value) => typeof value === 'string');
export const finiteNumber = primitive('a number', (value) => typeof value === 'number' && Number.isFinite(value));
export const boolean = primitive('true or false', (value) => typeof value === 'boolean');
/** Anything but missing: for fields whose value is copied as it is. */
export const present = primitive('a value', (value) => value !== undefined);

/**
 * A server-minted id as both APIs mint them (24-hex Mongo ObjectIds, UUIDs) and as a URL path segment can carry: letters,
 * digits, `-`, `_`, `.` and `:`, at most 128 characters.
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
export const id = primitive('a well-formed id', (value) => typeof value === 'string' && ID_PATTERN.test(value));

/** The value may also be absent or null (the APIs leave out or null what is unset). */
export function optional(inner: Shape): Shape {
  return {
    expected: `${inner.expected}, or nothing`,
    check(value, field) {
      if (value !== undefined && value !== null) inner.check(value, field);
    },
  };
}

/** The first shape the value has the type of decides: `either(text, list(selectItem))`. */
export function either(...options: Shape[]): Shape {
  const shape: Shape = {
    expected: options.map((option) => option.expected).join(' or '),
    check(value, field) {
      for (const option of options) {
        try {
          option.check(value, field);
          return;
        } catch (error) {
          if (!(error instanceof ShapeProblem)) throw error;
          // A problem deeper inside a value of the option's type is the answer; a mismatch at this level tries the next.
          if (error.field !== field) throw error;
        }
      }
      throw problem(shape, value, field);
    },
  };
  return shape;
}

export function list(element: Shape): Shape {
  const shape: Shape = {
    expected: 'a list',
    check(value, field) {
      if (!Array.isArray(value)) throw problem(shape, value, field);
      value.forEach((item, i) => element.check(item, `${field}[${i}]`));
    },
  };
  return shape;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** An object whose values all have one shape (headers, metric tables). */
export function record(element: Shape): Shape {
  const shape: Shape = {
    expected: 'an object',
    check(value, field) {
      if (!isObject(value)) throw problem(shape, value, field);
      for (const [key, item] of Object.entries(value)) element.check(item, join(field, key));
    },
  };
  return shape;
}

/** An object with these fields; others pass unchecked. */
export function object(fields: Record<string, Shape>): Shape {
  const shape: Shape = {
    expected: 'an object',
    check(value, field) {
      if (!isObject(value)) throw problem(shape, value, field);
      for (const [name, fieldShape] of Object.entries(fields)) fieldShape.check(value[name], join(field, name));
    },
  };
  return shape;
}

function join(field: string, name: string): string {
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) return `${field}[${JSON.stringify(name)}]`;
  return field === '' ? name : `${field}.${name}`;
}

/** Checks a value, throwing ShapeProblem for the first field at fault. */
export function checkShape(shape: Shape, value: unknown): void {
  shape.check(value, '');
}
