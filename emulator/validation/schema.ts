// A small zod-like parser kit. The real servers validate with zod 3 and put its messages in their 400 bodies
// ("Body validation failed: tiles.0.x: Number must be less than or equal to 23"), so the emulator reproduces the
// same message texts. Parsers return the parsed (defaulted, stripped) value, or INVALID after recording issues.

export type Path = Array<string | number>;
export interface Issue {
  path: Path;
  message: string;
}
export const INVALID = Symbol('invalid');
export type Parsed<T> = T | typeof INVALID;
export type Parser<T> = ((value: unknown, path: Path, issues: Issue[]) => Parsed<T>) & { optional?: boolean };

export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'nan';
  return typeof value;
}

function typeIssue(expected: string, value: unknown, path: Path, issues: Issue[]): typeof INVALID {
  issues.push({ path, message: value === undefined ? 'Required' : `Expected ${expected}, received ${typeName(value)}` });
  return INVALID;
}

export function formatIssues(issues: Issue[]): string {
  return issues.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message)).join('; ');
}

export function str(options: { min?: number; max?: number; trim?: boolean; regex?: [RegExp, string]; url?: boolean } = {}): Parser<string> {
  return (value, path, issues) => {
    if (typeof value !== 'string') return typeIssue('string', value, path, issues);
    const text = options.trim ? value.trim() : value;
    const before = issues.length;
    if (options.min !== undefined && text.length < options.min) {
      issues.push({ path, message: `String must contain at least ${options.min} character(s)` });
    }
    if (options.max !== undefined && text.length > options.max) {
      issues.push({ path, message: `String must contain at most ${options.max} character(s)` });
    }
    if (options.regex && !options.regex[0].test(text)) issues.push({ path, message: options.regex[1] });
    if (options.url && !isUrl(text)) issues.push({ path, message: 'Invalid url' });
    return issues.length === before ? text : INVALID;
  };
}

function isUrl(text: string): boolean {
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

export function num(options: { min?: number; max?: number; int?: boolean } = {}): Parser<number> {
  return (value, path, issues) => {
    if (typeof value !== 'number' || Number.isNaN(value)) return typeIssue('number', value, path, issues);
    const before = issues.length;
    if (options.int && !Number.isInteger(value)) issues.push({ path, message: 'Expected integer, received float' });
    if (options.min !== undefined && value < options.min) {
      issues.push({ path, message: `Number must be greater than or equal to ${options.min}` });
    }
    if (options.max !== undefined && value > options.max) {
      issues.push({ path, message: `Number must be less than or equal to ${options.max}` });
    }
    return issues.length === before ? value : INVALID;
  };
}

export const bool = (): Parser<boolean> => (value, path, issues) =>
  typeof value === 'boolean' ? value : typeIssue('boolean', value, path, issues);

export function enumOf<T extends string | number>(values: readonly T[]): Parser<T> {
  const expected = values.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(' | ');
  return (value, path, issues) => {
    if (values.includes(value as T)) return value as T;
    if (value === undefined) return typeIssue('', value, path, issues);
    issues.push({ path, message: `Invalid enum value. Expected ${expected}, received '${String(value)}'` });
    return INVALID;
  };
}

export function literal<T extends string>(expected: T): Parser<T> {
  return (value, path, issues) => {
    if (value === expected) return expected;
    if (value === undefined) return typeIssue('', value, path, issues);
    issues.push({ path, message: `Invalid literal value, expected "${expected}"` });
    return INVALID;
  };
}

export function arr<T>(item: Parser<T>, options: { min?: number; max?: number; minMessage?: string } = {}): Parser<T[]> {
  return (value, path, issues) => {
    if (!Array.isArray(value)) return typeIssue('array', value, path, issues);
    const before = issues.length;
    if (options.min !== undefined && value.length < options.min) {
      issues.push({ path, message: options.minMessage ?? `Array must contain at least ${options.min} element(s)` });
    }
    if (options.max !== undefined && value.length > options.max) {
      issues.push({ path, message: `Array must contain at most ${options.max} element(s)` });
    }
    const out = value.map((element, index) => item(element, [...path, index], issues));
    return issues.length === before ? (out as T[]) : INVALID;
  };
}

export function record<T>(item: Parser<T>, options: { maxEntries?: number; key?: Parser<string> } = {}): Parser<Record<string, T>> {
  return (value, path, issues) => {
    if (typeName(value) !== 'object') return typeIssue('object', value, path, issues);
    const before = issues.length;
    const entries = Object.entries(value as Record<string, unknown>);
    if (options.maxEntries !== undefined && entries.length > options.maxEntries) {
      issues.push({ path, message: `At most ${options.maxEntries} entries are allowed` });
    }
    const out: Record<string, T> = {};
    for (const [key, element] of entries) {
      if (options.key) options.key(key, [...path, key], issues);
      out[key] = item(element, [...path, key], issues) as T;
    }
    return issues.length === before ? out : INVALID;
  };
}

export function optional<T>(parser: Parser<T>): Parser<T | undefined> {
  const wrapped: Parser<T | undefined> = (value, path, issues) => (value === undefined ? undefined : parser(value, path, issues));
  wrapped.optional = true;
  return wrapped;
}

export function nullable<T>(parser: Parser<T>): Parser<T | null> {
  const wrapped: Parser<T | null> = (value, path, issues) => (value === null ? null : parser(value, path, issues));
  wrapped.optional = parser.optional;
  return wrapped;
}

export function withDefault<T>(parser: Parser<T>, fallback: () => T): Parser<T> {
  const wrapped: Parser<T> = (value, path, issues) => (value === undefined ? fallback() : parser(value, path, issues));
  wrapped.optional = true;
  return wrapped;
}

/** Any JSON value, kept as is (opaque nested objects the emulator does not interpret). */
export const anyValue = (): Parser<unknown> => (value) => value;

export type Shape = Record<string, Parser<unknown>>;

/** An object: unknown keys are stripped, or rejected when strict (zod `.strict()`). */
export function obj<T = Record<string, unknown>>(shape: Shape, options: { strict?: boolean } = {}): Parser<T> {
  return (value, path, issues) => {
    if (typeName(value) !== 'object') return typeIssue('object', value, path, issues);
    const input = value as Record<string, unknown>;
    const before = issues.length;
    const out: Record<string, unknown> = {};
    for (const [key, parser] of Object.entries(shape)) {
      if (input[key] === undefined && !parser.optional) {
        issues.push({ path: [...path, key], message: 'Required' });
        continue;
      }
      const parsed = parser(input[key], [...path, key], issues);
      if (parsed !== undefined && parsed !== INVALID) out[key] = parsed;
    }
    if (options.strict) {
      const unknown = Object.keys(input).filter((key) => !(key in shape));
      if (unknown.length) {
        issues.push({ path, message: `Unrecognized key(s) in object: ${unknown.map((key) => `'${key}'`).join(', ')}` });
      }
    }
    return issues.length === before ? (out as T) : INVALID;
  };
}

/** A union discriminated by one property (zod discriminatedUnion). */
export function discriminated<T>(key: string, variants: Record<string, Parser<T>>): Parser<T> {
  const expected = Object.keys(variants).map((v) => `'${v}'`).join(' | ');
  return (value, path, issues) => {
    if (typeName(value) !== 'object') return typeIssue('object', value, path, issues);
    const tag = (value as Record<string, unknown>)[key];
    const variant = typeof tag === 'string' ? variants[tag] : undefined;
    if (!variant) {
      issues.push({ path: [...path, key], message: `Invalid discriminator value. Expected ${expected}` });
      return INVALID;
    }
    return variant(value, path, issues);
  };
}

/**
 * Runs a whole-value check after a successful parse (zod superRefine); the check records its own issues.
 * `always` also runs it on an object whose fields failed (the real tile check reports alongside field errors).
 */
export function refine<T>(parser: Parser<T>, check: (value: T, path: Path, issues: Issue[]) => void, options: { always?: boolean } = {}): Parser<T> {
  const wrapped: Parser<T> = (value, path, issues) => {
    const parsed = parser(value, path, issues);
    if (parsed === INVALID && options.always && typeName(value) === 'object') check(value as T, path, issues);
    if (parsed === INVALID || parsed === undefined) return parsed;
    const before = issues.length;
    check(parsed, path, issues);
    return issues.length === before ? parsed : INVALID;
  };
  wrapped.optional = parser.optional;
  return wrapped;
}

/** Parses `value` and returns either the result or the issue list. */
export function parse<T>(parser: Parser<T>, value: unknown): { ok: true; value: T } | { ok: false; issues: Issue[] } {
  const issues: Issue[] = [];
  const parsed = parser(value, [], issues);
  return parsed === INVALID || issues.length ? { ok: false, issues } : { ok: true, value: parsed };
}

/** Mongoose `ObjectId.isValid`: 24 hex characters, or any 12-character string. */
export function isObjectIdLike(value: unknown): value is string {
  return typeof value === 'string' && (/^[0-9a-fA-F]{24}$/.test(value) || value.length === 12);
}

export const objectId = (): Parser<string> => (value, path, issues) => {
  if (typeof value !== 'string') return typeIssue('string', value, path, issues);
  if (!isObjectIdLike(value)) {
    issues.push({ path, message: 'Invalid ObjectId' });
    return INVALID;
  }
  return value;
};
