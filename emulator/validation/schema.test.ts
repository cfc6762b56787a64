// The validation kit reports like zod 3 (RULES §2.1): field order, aborted vs dirty values, and which
// cross-field rules still run beside field issues.
import {
  arr, bool, coercedNumber, discriminated, enumOf, formatIssues, intersect, isObjectIdLike, literal, nativeEnum, num, obj, parse,
  record, str, strictObj, union, type Schema,
} from './schema';

const messageOf = (schema: Schema<unknown>, value: unknown) => {
  const result = parse(schema, value);
  return result.ok ? 'valid' : formatIssues(result.issues);
};

describe('objects', () => {
  it('lists issues in the schema order of the fields, not the order of the body', () => {
    const schema = obj({ a: str(), b: num(), c: bool() });
    expect(messageOf(schema, { c: 1, b: 'x' })).toBe('a: Required; b: Expected number, received string; c: Expected boolean, received number');
  });

  it('drops unknown keys, or names them when strict; keeps the schema order of what it keeps', () => {
    expect(parse(obj({ b: num(), a: num() }), { a: 1, z: 2, b: 3 })).toEqual({ ok: true, value: { b: 3, a: 1 } });
    expect(messageOf(strictObj({ a: num() }), { a: 1, id: 'x', z: 2 })).toBe("Unrecognized key(s) in object: 'id', 'z'");
  });

  it('runs a refinement beside failed checks (a dirty value), not beside a wrong type (an aborted one)', () => {
    const schema = obj({ x: num().max(23), name: str().optional() }).refine(() => false, 'cross-field');
    expect(messageOf(schema, { x: 99 })).toBe('x: Number must be less than or equal to 23; cross-field');
    expect(messageOf(schema, { x: 'a' })).toBe('x: Expected number, received string');
  });

  it('reports a refinement at the path it names, below the value', () => {
    expect(messageOf(obj({ list: arr(num()).refine(() => false, 'bad', [0, 'id']) }), { list: [1] })).toBe('list.0.id: bad');
  });
});

describe('strings, numbers, arrays', () => {
  it('runs string checks in their order, after trimming', () => {
    expect(messageOf(str().trim().min(1).max(3), '   ')).toBe('String must contain at least 1 character(s)');
    expect(messageOf(str().url().max(5), 'nope-nope')).toBe('Invalid url; String must contain at most 5 character(s)');
  });

  it('a custom type message replaces Required too', () => {
    expect(messageOf(str('Correlated Trace Source is required'), undefined)).toBe('Correlated Trace Source is required');
  });

  it('takes UTC datetimes only, as zod does without options', () => {
    expect(messageOf(str().datetime(), '2026-01-02T03:04:05.678Z')).toBe('valid');
    expect(messageOf(str().datetime(), '2026-01-02T03:04Z')).toBe('valid');
    expect(messageOf(str().datetime(), '2026-01-02T03:04:05+02:00')).toBe('Invalid datetime');
    expect(messageOf(str().datetime(), '2026-02-30T00:00:00Z')).toBe('Invalid datetime');
  });

  it('numbers: NaN is its own type; int, bounds', () => {
    expect(messageOf(num(), Number.NaN)).toBe('Expected number, received nan');
    expect(messageOf(num().int().min(1), 0.5)).toBe('Expected integer, received float; Number must be greater than or equal to 1');
  });

  it('coerces a query string value with Number(): an empty one is 0', () => {
    const limit = coercedNumber(num().int().min(1));
    expect(messageOf(limit, '')).toBe('Number must be greater than or equal to 1');
    expect(messageOf(limit, 'x')).toBe('Expected number, received nan');
  });

  it('checks the length of an array before its elements; an element of the wrong type aborts the array', () => {
    expect(messageOf(arr(num()).length(1), [1, 'x'])).toBe('Array must contain exactly 1 element(s); 1: Expected number, received string');
    expect(messageOf(arr(num()).refine(() => false, 'never'), ['x'])).toBe('0: Expected number, received string');
  });
});

describe('enums, literals, unions', () => {
  it('enum: a value of the wrong type is a type error listing the values, a wrong string an enum error', () => {
    expect(messageOf(enumOf(['a', 'b'] as const), 5)).toBe("Expected 'a' | 'b', received number");
    expect(messageOf(enumOf(['a', 'b'] as const), 'c')).toBe("Invalid enum value. Expected 'a' | 'b', received 'c'");
    expect(messageOf(nativeEnum(['a', 'b'] as const), 5)).toBe("Invalid enum value. Expected 'a' | 'b', received '5'");
  });

  it('a missing literal is a literal error, not Required', () => {
    expect(messageOf(literal('tile'), undefined)).toBe('Invalid literal value, expected "tile"');
  });

  it('union: the first passing option, else the first dirty one, else Invalid input', () => {
    expect(messageOf(union<unknown>(num(), str().max(2)), 'abc')).toBe('String must contain at most 2 character(s)');
    expect(messageOf(union<unknown>(num(), str()), true)).toBe('Invalid input');
  });

  it('discriminated union: an unknown tag is named on the tag', () => {
    const schema = discriminated('kind', { log: obj({ kind: literal('log') }), trace: obj({ kind: literal('trace') }) });
    expect(messageOf(schema, { kind: 'x' })).toBe("kind: Invalid discriminator value. Expected 'log' | 'trace'");
  });

  it('intersection: both sides check the body, left first, and their values merge', () => {
    const schema = intersect(obj({ a: num() }), obj({ b: num() }));
    expect(messageOf(schema, {})).toBe('a: Required; b: Required');
    expect(parse(schema, { a: 1, b: 2, c: 3 })).toEqual({ ok: true, value: { a: 1, b: 2 } });
  });

  it('record: key and value issues both at the key', () => {
    expect(messageOf(record(str().min(2), num()), { k: 'x' })).toBe('k: String must contain at least 2 character(s); k: Expected number, received string');
  });
});

it('ObjectId-like: 24 hex digits, or any 12-byte string', () => {
  expect([isObjectIdLike('64f0000000000000000000a1'), isObjectIdLike('abcdefghijkl'), isObjectIdLike('ééééééééééé!'), isObjectIdLike('x')]).toEqual([true, true, false, false]);
});
