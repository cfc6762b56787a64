// A small validation kit that reports like zod 3, which the real servers validate with (RULES §2). Their 400
// bodies are zod's issue list joined into one line ("Body validation failed: tiles.0.x: Number must be less than
// or equal to 23; ..."), so to answer with the same text the emulator needs the same three rules:
// - every field of an object is checked, and issues are listed in the schema's field order, not the input's;
// - a wrong type aborts that value, a failed check (length, range, refinement) only dirties it;
// - a refinement runs on a dirty value but not on an aborted one, so cross-field messages appear beside field
//   messages exactly when zod would list them.
// Only what the emulated schemas use is here.

export type Path = Array<string | number>;
export interface Issue {
  path: Path;
  message: string;
  /** zod's other fields of the issue (`code`, and `expected`/`received` or `validation`), where a body shows them whole. */
  detail?: Record<string, unknown>;
}

/** Where a value is checked: its path, and the list issues are reported into. */
export interface Ctx {
  path: Path;
  issues: Issue[];
}

type Status = 'valid' | 'dirty';
export type Outcome<T> = { status: Status; value: T } | { status: 'aborted' };
const ABORTED = { status: 'aborted' } as const;

/** Reports an issue at `path` below the checked value. */
export type Report = (message: string, path?: Path) => void;

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'nan';
  return typeof value;
}

/** zod's list of expected values: strings quoted, joined with ` | ` (or `, ` for key lists). */
const quoted = (values: readonly unknown[], separator = ' | ') => values.map((value) => (typeof value === 'string' ? `'${value}'` : String(value))).join(separator);
const child = (ctx: Ctx, key: string | number): Ctx => ({ path: [...ctx.path, key], issues: ctx.issues });
/** Adds an issue at `path` below the value checked in `ctx`. */
export const report = (ctx: Ctx, message: string, path: Path = [], detail?: Issue['detail']) =>
  void ctx.issues.push({ path: [...ctx.path, ...path], message, ...(detail && { detail }) });

/** zod's type error: `Required` for a missing value, else what was expected and what came. */
function wrongType(ctx: Ctx, expected: string, input: unknown, message?: string): typeof ABORTED {
  const received = typeName(input);
  report(ctx, message ?? (input === undefined ? 'Required' : `Expected ${expected}, received ${received}`), [], { code: 'invalid_type', expected, received });
  return ABORTED;
}

export abstract class Schema<T> {
  abstract check(input: unknown, ctx: Ctx): Outcome<T>;

  optional(): Schema<T | undefined> {
    return new Wrapped<T, T | undefined>(this, (input, ctx, inner) => (input === undefined ? { status: 'valid', value: undefined } : inner.check(input, ctx)));
  }

  nullable(): Schema<T | null> {
    return new Wrapped<T, T | null>(this, (input, ctx, inner) => (input === null ? { status: 'valid', value: null } : inner.check(input, ctx)));
  }

  nullish(): Schema<T | null | undefined> {
    return this.nullable().optional();
  }

  /** A missing value becomes `fallback`, which is then checked like a sent one. */
  default(fallback: T | (() => T)): Schema<T> {
    const make = () => (typeof fallback === 'function' ? (fallback as () => T)() : structuredClone(fallback));
    return new Wrapped(this, (input, ctx, inner) => inner.check(input === undefined ? make() : input, ctx));
  }

  /** A cross-field check (zod superRefine): runs unless the value was aborted. */
  superRefine(refinement: (value: T, report: Report) => void): Schema<T> {
    return new Wrapped(this, (input, ctx, inner) => {
      const outcome = inner.check(input, ctx);
      if (outcome.status === 'aborted') return outcome;
      const before = ctx.issues.length;
      refinement(outcome.value, (message, path = []) => report(ctx, message, path));
      return ctx.issues.length > before ? { status: 'dirty', value: outcome.value } : outcome;
    });
  }

  refine(predicate: (value: T) => boolean, message: string, path: Path = []): Schema<T> {
    return this.superRefine((value, add) => {
      if (!predicate(value)) add(message, path);
    });
  }

  /** Reshapes a fully valid value; a dirty one is passed on untouched, as zod does. */
  transform<U>(reshape: (value: T) => U): Schema<U> {
    return new Wrapped(this, (input, ctx, inner) => {
      const outcome = inner.check(input, ctx);
      return outcome.status === 'valid' ? { status: 'valid', value: reshape(outcome.value) } : (outcome as unknown as Outcome<U>);
    });
  }
}

class Wrapped<I, T> extends Schema<T> {
  constructor(
    private readonly inner: Schema<I>,
    private readonly run: (input: unknown, ctx: Ctx, inner: Schema<I>) => Outcome<T>,
  ) {
    super();
  }

  check(input: unknown, ctx: Ctx): Outcome<T> {
    return this.run(input, ctx, this.inner);
  }
}

/** A sequence of checks of an already well-typed value; each failure dirties it and the next still runs. */
abstract class Checked<T> extends Schema<T> {
  protected checks: Array<(value: T, ctx: Ctx) => T | undefined> = [];

  protected constructor(
    private readonly expected: string,
    private readonly isType: (input: unknown) => input is T,
    private readonly typeMessage?: string,
  ) {
    super();
  }

  protected add(check: (value: T, ctx: Ctx) => T | undefined): this {
    const copy = Object.create(Object.getPrototypeOf(this)) as this;
    Object.assign(copy, this, { checks: [...this.checks, check] });
    return copy;
  }

  protected test(failed: (value: T) => boolean, message: string, detail?: Issue['detail']): this {
    return this.add((value, ctx) => {
      if (failed(value)) report(ctx, message, [], detail);
      return undefined;
    });
  }

  check(input: unknown, ctx: Ctx): Outcome<T> {
    if (!this.isType(input)) return wrongType(ctx, this.expected, input, this.typeMessage);
    const before = ctx.issues.length;
    let value = input;
    for (const step of this.checks) value = step(value, ctx) ?? value;
    return { status: ctx.issues.length > before ? 'dirty' : 'valid', value };
  }
}

/** Mongoose 6's `ObjectId.isValid` on a string: 24 hex digits, or any string of 12 bytes. */
export function isObjectIdLike(value: unknown): value is string {
  return typeof value === 'string' && (/^[0-9a-fA-F]{24}$/.test(value) || (value.length === 12 && Buffer.byteLength(value) === 12));
}

// zod's `datetime()` without options: UTC only (`Z`), seconds and fractions optional, real calendar dates.
const DATE = '((\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-((0[13578]|1[02])-(0[1-9]|[12]\\d|3[01])|(0[469]|11)-(0[1-9]|[12]\\d|30)|(02)-(0[1-9]|1\\d|2[0-8])))';
const DATETIME = new RegExp(`^${DATE}T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d+)?)?Z$`);
const EMAIL = /^(?!\.)(?!.*\.\.)([A-Z0-9_'+\-.]*)[A-Z0-9_+-]@([A-Z0-9][A-Z0-9-]*\.)+[A-Z]{2,}$/i;

export class StringSchema extends Checked<string> {
  constructor(typeMessage?: string) {
    super('string', (input): input is string => typeof input === 'string', typeMessage);
  }

  trim(): this {
    return this.add((value) => value.trim());
  }

  min(length: number, message = `String must contain at least ${length} character(s)`): this {
    return this.test((value) => value.length < length, message);
  }

  max(length: number, message = `String must contain at most ${length} character(s)`): this {
    return this.test((value) => value.length > length, message);
  }

  regex(pattern: RegExp, message = 'Invalid'): this {
    return this.test((value) => !pattern.test(value), message);
  }

  url(): this {
    return this.test((value) => !URL.canParse(value), 'Invalid url');
  }

  datetime(): this {
    return this.test((value) => !DATETIME.test(value), 'Invalid datetime');
  }

  email(): this {
    return this.test((value) => !EMAIL.test(value), 'Invalid email', { validation: 'email', code: 'invalid_string' });
  }

  objectId(): this {
    // The server's objectIdSchema is a refinement: a custom issue.
    return this.test((value) => !isObjectIdLike(value), 'Invalid ObjectId', { code: 'custom' });
  }
}

export class NumberSchema extends Checked<number> {
  constructor() {
    super('number', (input): input is number => typeof input === 'number' && !Number.isNaN(input));
  }

  int(message = 'Expected integer, received float'): this {
    return this.test((value) => !Number.isInteger(value), message);
  }

  min(bound: number, message = `Number must be greater than or equal to ${bound}`): this {
    return this.test((value) => value < bound, message);
  }

  max(bound: number, message = `Number must be less than or equal to ${bound}`): this {
    return this.test((value) => value > bound, message);
  }

  positive(message = 'Number must be greater than 0'): this {
    return this.test((value) => value <= 0, message);
  }

  finite(): this {
    return this.test((value) => !Number.isFinite(value), 'Number must be finite');
  }
}

export class ArraySchema<T> extends Checked<unknown[]> {
  constructor(private readonly item: Schema<T>) {
    super('array', (input): input is unknown[] => Array.isArray(input));
  }

  min(length: number, message = `Array must contain at least ${length} element(s)`): this {
    return this.test((value) => value.length < length, message);
  }

  max(length: number, message = `Array must contain at most ${length} element(s)`): this {
    return this.test((value) => value.length > length, message);
  }

  length(length: number): this {
    return this.test((value) => value.length !== length, `Array must contain exactly ${length} element(s)`);
  }

  override check(input: unknown, ctx: Ctx): Outcome<T[]> {
    const own = super.check(input, ctx);
    if (own.status === 'aborted') return own;
    const items = own.value.map((element, index) => this.item.check(element, child(ctx, index)));
    if (items.some((item) => item.status === 'aborted')) return ABORTED;
    const values = items.map((item) => (item as { value: T }).value);
    return { status: own.status === 'dirty' || items.some((item) => item.status === 'dirty') ? 'dirty' : 'valid', value: values };
  }
}

export type Shape = Record<string, Schema<unknown>>;
const isPlainObject = (input: unknown): input is Record<string, unknown> => typeName(input) === 'object';

/** An object: every field of `shape` is checked in order; unknown keys are dropped, or refused when strict. */
export class ObjectSchema<T = Record<string, any>> extends Schema<T> { // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON documents
  constructor(
    readonly shape: Shape,
    private readonly strict = false,
  ) {
    super();
  }

  check(input: unknown, ctx: Ctx): Outcome<T> {
    if (!isPlainObject(input)) return wrongType(ctx, 'object', input);
    const out: Record<string, unknown> = {};
    let dirty = false;
    let aborted = false;
    for (const [key, schema] of Object.entries(this.shape)) {
      const outcome = schema.check(input[key], child(ctx, key));
      if (outcome.status === 'aborted') aborted = true;
      else {
        dirty ||= outcome.status === 'dirty';
        if (outcome.value !== undefined) out[key] = outcome.value;
      }
    }
    if (this.strict) {
      const unknown = Object.keys(input).filter((key) => !(key in this.shape));
      if (unknown.length) {
        report(ctx, `Unrecognized key(s) in object: ${quoted(unknown, ', ')}`);
        dirty = true;
      }
    }
    if (aborted) return ABORTED;
    return { status: dirty ? 'dirty' : 'valid', value: out as T };
  }
}

class LiteralSchema<T> extends Schema<T> {
  constructor(private readonly expected: T) {
    super();
  }

  check(input: unknown, ctx: Ctx): Outcome<T> {
    if (input === this.expected) return { status: 'valid', value: this.expected };
    report(ctx, `Invalid literal value, expected ${JSON.stringify(this.expected)}`);
    return ABORTED;
  }
}

/** zod `enum` (string values only) or `nativeEnum` (a string or a number is the right type). */
class EnumSchema<T extends string> extends Schema<T> {
  constructor(
    private readonly values: readonly T[],
    private readonly acceptsNumbers: boolean,
  ) {
    super();
  }

  check(input: unknown, ctx: Ctx): Outcome<T> {
    if (typeof input !== 'string' && !(this.acceptsNumbers && typeof input === 'number')) return wrongType(ctx, quoted(this.values), input);
    if (this.values.includes(input as T)) return { status: 'valid', value: input as T };
    report(ctx, `Invalid enum value. Expected ${quoted(this.values)}, received '${String(input)}'`);
    return ABORTED;
  }
}

class TypeSchema<T> extends Schema<T> {
  constructor(
    private readonly expected: string,
    private readonly isType: (input: unknown) => boolean,
  ) {
    super();
  }

  check(input: unknown, ctx: Ctx): Outcome<T> {
    return this.isType(input) ? { status: 'valid', value: input as T } : wrongType(ctx, this.expected, input);
  }
}

/** zod union: the first option that passes, else the first merely dirty one with its issues, else "Invalid input". */
class UnionSchema<T> extends Schema<T> {
  constructor(private readonly options: Array<Schema<T>>) {
    super();
  }

  check(input: unknown, ctx: Ctx): Outcome<T> {
    let dirty: { outcome: Outcome<T>; issues: Issue[] } | undefined;
    for (const option of this.options) {
      const issues: Issue[] = [];
      const outcome = option.check(input, { path: ctx.path, issues });
      if (outcome.status === 'valid') return outcome;
      if (outcome.status === 'dirty') dirty ??= { outcome, issues };
    }
    if (dirty) {
      ctx.issues.push(...dirty.issues);
      return dirty.outcome;
    }
    report(ctx, 'Invalid input');
    return ABORTED;
  }
}

/** zod discriminatedUnion: the option named by `key`; an unknown value is reported on `key` itself. */
class DiscriminatedSchema<T> extends Schema<T> {
  constructor(
    private readonly key: string,
    private readonly options: Record<string, Schema<T>>,
  ) {
    super();
  }

  check(input: unknown, ctx: Ctx): Outcome<T> {
    if (!isPlainObject(input)) return wrongType(ctx, 'object', input);
    const tag = input[this.key];
    const option = typeof tag === 'string' && Object.hasOwn(this.options, tag) ? this.options[tag] : undefined;
    if (option) return option.check(input, ctx);
    report(ctx, `Invalid discriminator value. Expected ${quoted(Object.keys(this.options))}`, [this.key]);
    return ABORTED;
  }
}

/** zod `and`: both sides check the same input (left's issues first); their objects are merged. */
class IntersectionSchema<A, B> extends Schema<A & B> {
  constructor(
    private readonly left: Schema<A>,
    private readonly right: Schema<B>,
  ) {
    super();
  }

  check(input: unknown, ctx: Ctx): Outcome<A & B> {
    const left = this.left.check(input, ctx);
    const right = this.right.check(input, ctx);
    if (left.status === 'aborted' || right.status === 'aborted') return ABORTED;
    const value = { ...(left.value as object), ...(right.value as object) } as A & B;
    return { status: left.status === 'dirty' || right.status === 'dirty' ? 'dirty' : 'valid', value };
  }
}

class RecordSchema<T> extends Schema<Record<string, T>> {
  constructor(
    private readonly key: Schema<string>,
    private readonly value: Schema<T>,
  ) {
    super();
  }

  check(input: unknown, ctx: Ctx): Outcome<Record<string, T>> {
    if (!isPlainObject(input)) return wrongType(ctx, 'object', input);
    const out: Record<string, T> = {};
    let status: Status = 'valid';
    let aborted = false;
    for (const [key, element] of Object.entries(input)) {
      const at = child(ctx, key);
      for (const outcome of [this.key.check(key, at), this.value.check(element, at)]) {
        if (outcome.status === 'aborted') aborted = true;
        else if (outcome.status === 'dirty') status = 'dirty';
      }
      out[key] = element as T;
    }
    return aborted ? ABORTED : { status, value: out };
  }
}

/** `z.coerce.number()`: the query string value through `Number()`, so `""` is 0 and `"x"` is NaN. */
class CoercedNumberSchema extends Schema<number> {
  constructor(private readonly number: NumberSchema) {
    super();
  }

  check(input: unknown, ctx: Ctx): Outcome<number> {
    return this.number.check(Number(input), ctx);
  }
}

class CustomSchema<T> extends Schema<T> {
  constructor(private readonly run: (input: unknown, ctx: Ctx) => Outcome<T>) {
    super();
  }

  check(input: unknown, ctx: Ctx): Outcome<T> {
    return this.run(input, ctx);
  }
}

/** A schema written out by hand, for a rule no combinator expresses. */
export const custom = <T>(run: (input: unknown, ctx: Ctx) => Outcome<T>): Schema<T> => new CustomSchema(run);
export const str = (typeMessage?: string) => new StringSchema(typeMessage);
export const num = () => new NumberSchema();
export const coercedNumber = (number: NumberSchema) => new CoercedNumberSchema(number);
export const bool = (): Schema<boolean> => new TypeSchema('boolean', (input) => typeof input === 'boolean');
export const nullValue = (): Schema<null> => new TypeSchema('null', (input) => input === null);
export const anyValue = (): Schema<unknown> => new TypeSchema('any', () => true);
export const literal = <T extends string | number>(value: T): Schema<T> => new LiteralSchema(value);
export const enumOf = <T extends string>(values: readonly T[]): Schema<T> => new EnumSchema(values, false);
export const nativeEnum = <T extends string>(values: readonly T[]): Schema<T> => new EnumSchema(values, true);
export const arr = <T>(item: Schema<T>) => new ArraySchema(item);
export const obj = <T = Record<string, any>>(shape: Shape) => new ObjectSchema<T>(shape); // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON documents
export const strictObj = <T = Record<string, any>>(shape: Shape) => new ObjectSchema<T>(shape, true); // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON documents
export const union = <T>(...options: Array<Schema<T>>): Schema<T> => new UnionSchema(options);
export const discriminated = <T>(key: string, options: Record<string, Schema<T>>): Schema<T> => new DiscriminatedSchema(key, options);
export const intersect = <A, B>(left: Schema<A>, right: Schema<B>): Schema<A & B> => new IntersectionSchema(left, right);
export const record = <T>(key: Schema<string>, value: Schema<T>): Schema<Record<string, T>> => new RecordSchema(key, value);
export const objectId = () => str().objectId();

/** The parsed value when it is fully valid (zod safeParse), else every issue found. */
export function parse<T>(schema: Schema<T>, value: unknown): { ok: true; value: T } | { ok: false; issues: Issue[] } {
  const issues: Issue[] = [];
  const outcome = schema.check(value, { path: [], issues });
  return outcome.status === 'valid' ? { ok: true, value: outcome.value } : { ok: false, issues };
}

/** The servers' one-line form: `path: message` joined with `; ` (no path, no prefix). */
export function formatIssues(issues: Issue[]): string {
  return issues.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message)).join('; ');
}
