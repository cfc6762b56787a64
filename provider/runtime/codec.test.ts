import { decode, encode } from '@msgpack/msgpack';
import { decodeDynamicValue, decodeRawState, encodeDynamicValue, typeToJson, ValueError } from './codec';
import { BigDecimal, Dynamic, Unknown, type AttributePath, type CtyType, type TfValue } from './types';

const hex = (text: string) => Buffer.from(text.replace(/\s+/g, ''), 'hex');
const fromMsgpack = (bytes: Uint8Array, type: CtyType) => decodeDynamicValue({ msgpack: bytes }, type);
const fromJson = (json: string, type: CtyType) => decodeDynamicValue({ json: Buffer.from(json) }, type);
const roundTrip = (value: TfValue, type: CtyType) => fromMsgpack(encodeDynamicValue(value, type).msgpack, type);
/** The encoded bytes as a plain msgpack reader sees them. */
const generic = (value: TfValue, type: CtyType) => decode(encodeDynamicValue(value, type).msgpack, { useBigInt64: true });

function errorOf(action: () => unknown): ValueError {
  try {
    action();
  } catch (error) {
    if (error instanceof ValueError) return error;
    throw error;
  }
  throw new Error('expected a ValueError');
}

const refined = new Unknown(new Uint8Array([0x81, 0x01, 0xc2]));

const everything: CtyType = [
  'object',
  {
    s: 'string',
    n: 'number',
    b: 'bool',
    list: ['list', 'string'],
    set: ['set', 'number'],
    map: ['map', 'bool'],
    tuple: ['tuple', ['string', 'number', ['list', 'bool']]],
    nested: ['object', { inner: ['object', { leaf: 'string', count: 'number' }], tags: ['map', 'string'] }],
    blocks: ['list', ['object', { name: 'string', value: 'dynamic' }]],
    any: 'dynamic',
  },
];

describe('round trips through msgpack', () => {
  it.each<[string, CtyType, TfValue]>([
    ['string', 'string', 'héllo ✓'],
    ['empty string', 'string', ''],
    ['small integer', 'number', 42],
    ['negative', 'number', -7],
    ['fraction', 'number', 0.1],
    ['integer above 2^32', 'number', 5_000_000_000],
    ['int64 beyond 2^53', 'number', 9007199254740993n],
    ['most negative int64', 'number', -(2n ** 63n)],
    ['integer beyond int64', 'number', 2n ** 70n],
    ['big decimal', 'number', new BigDecimal('123456789012345678901234567890.5')],
    ['true', 'bool', true],
    ['false', 'bool', false],
    ['list', ['list', 'string'], ['a', 'b']],
    ['empty list', ['list', 'string'], []],
    ['set', ['set', 'number'], [1, 2, 3]],
    ['map', ['map', 'number'], { a: 1, 'b c': 2 }],
    ['empty map', ['map', 'number'], {}],
    ['tuple', ['tuple', ['string', 'number', 'bool']], ['x', 1, false]],
    ['object', ['object', { a: 'string', b: ['list', 'number'] }], { a: 'x', b: [1, 2] }],
    ['object with optional attributes', ['object', { a: 'string', b: 'number' }, ['b']], { a: 'x', b: null }],
    ['dynamic string', 'dynamic', new Dynamic('string', 'x')],
    [
      'dynamic object',
      'dynamic',
      new Dynamic(['object', { a: 'number', b: ['tuple', ['string', 'bool']] }], { a: 1, b: ['x', true] }),
    ],
    ['dynamic holding null', 'dynamic', new Dynamic('string', null)],
    ['dynamic holding unknown', 'dynamic', new Dynamic(['list', 'string'], new Unknown())],
    ['null dynamic', 'dynamic', null],
    ['unknown dynamic', 'dynamic', new Unknown()],
    ['unknown string', 'string', new Unknown()],
    ['refined unknown', 'string', refined],
    ['unknown list', ['list', 'string'], new Unknown()],
    ['unknown element', ['list', 'string'], ['a', new Unknown(), refined]],
    ['null element', ['list', 'string'], ['a', null]],
    ['null object', everything, null],
    [
      'everything at once',
      everything,
      {
        s: 's',
        n: new BigDecimal('0.30000000000000000001'),
        b: true,
        list: ['x', null, new Unknown()],
        set: [1, 9007199254740993n],
        map: { yes: true, no: false, maybe: null },
        tuple: ['t', 2, [true]],
        nested: { inner: { leaf: null, count: new Unknown() }, tags: null },
        blocks: [
          { name: 'a', value: new Dynamic('number', 1) },
          { name: 'b', value: null },
        ],
        any: new Dynamic(['map', 'string'], { k: 'v' }),
      },
    ],
    [
      'nulls at every level',
      everything,
      {
        s: null,
        n: null,
        b: null,
        list: null,
        set: null,
        map: null,
        tuple: null,
        nested: { inner: null, tags: { k: null } },
        blocks: [{ name: null, value: null }],
        any: null,
      },
    ],
  ])('%s', (_name, type, value) => {
    expect(roundTrip(value, type)).toStrictEqual(value);
  });
});

describe('decoding what Terraform sends', () => {
  it('reads d4 00 00 as a plain unknown, for any type', () => {
    for (const type of ['string', ['list', 'string'], ['object', { a: 'string' }], 'dynamic'] as CtyType[]) {
      expect(fromMsgpack(hex('d4 00 00'), type)).toStrictEqual(new Unknown());
    }
  });

  it('reads an ext 12 refined unknown and writes the very same bytes back', () => {
    const bytes = hex('c7 03 0c 81 01 c2');
    const value = fromMsgpack(bytes, 'string');
    expect(value).toBeInstanceOf(Unknown);
    expect(Buffer.from((value as Unknown).refinements!)).toEqual(hex('81 01 c2'));
    expect(encodeDynamicValue(value, 'string').msgpack).toEqual(bytes);
  });

  it('keeps the refinement payload intact when the request buffer is reused', () => {
    const bytes = hex('c7 03 0c 81 01 c2');
    const value = fromMsgpack(bytes, 'string') as Unknown;
    bytes.fill(0);
    expect(Buffer.from(value.refinements!)).toEqual(hex('81 01 c2'));
  });

  it('reads any other extension type as unknown too', () => {
    expect(fromMsgpack(hex('d4 05 00'), 'number')).toStrictEqual(new Unknown());
    expect(fromMsgpack(hex('d6 ff 00 00 00 00'), 'number')).toStrictEqual(new Unknown()); // -1, a timestamp elsewhere
  });

  it('writes a plain unknown as d4 00 00', () => {
    expect(encodeDynamicValue(new Unknown(), 'string').msgpack).toEqual(hex('d4 00 00'));
  });

  it('reads int64 9007199254740993 without rounding', () => {
    expect(fromMsgpack(hex('d3 00 20 00 00 00 00 00 01'), 'number')).toBe(9007199254740993n);
    expect(fromMsgpack(hex('cf 00 20 00 00 00 00 00 01'), 'number')).toBe(9007199254740993n);
    expect(encodeDynamicValue(9007199254740993n, 'number').msgpack).toEqual(hex('cf 00 20 00 00 00 00 00 01'));
  });

  it('reads int64 values that fit a double exactly as numbers', () => {
    expect(fromMsgpack(hex('d3 00 00 00 00 00 00 00 2a'), 'number')).toBe(42);
    expect(fromMsgpack(hex('d3 ff ff ff ff ff ff ff ff'), 'number')).toBe(-1);
  });

  it('reads numbers sent as strings exactly', () => {
    expect(fromMsgpack(encode('123456789012345678901234567890.5'), 'number')).toStrictEqual(
      new BigDecimal('123456789012345678901234567890.5'),
    );
    expect(fromMsgpack(encode('1.25'), 'number')).toBe(1.25);
    expect(fromMsgpack(encode('123456789012345678901234567890'), 'number')).toBe(123456789012345678901234567890n);
  });

  it('reads float64 values', () => {
    expect(fromMsgpack(hex('cb 3f b9 99 99 99 99 99 9a'), 'number')).toBe(0.1);
  });

  it('reads nil as null at the top and inside', () => {
    expect(fromMsgpack(hex('c0'), ['object', { a: 'string' }])).toBeNull();
    expect(fromMsgpack(hex('81 a1 61 c0'), ['object', { a: 'string' }])).toStrictEqual({ a: null });
  });

  it('fills attributes missing from an object with null', () => {
    const type: CtyType = ['object', { a: 'string', b: ['object', { c: 'number', d: 'bool' }] }];
    expect(fromMsgpack(encode({ b: { c: 1 } }), type)).toStrictEqual({ a: null, b: { c: 1, d: null } });
  });

  it('rejects attributes the type does not have, pointing at them', () => {
    const type: CtyType = ['object', { outer: ['list', ['object', { a: 'string' }]] }];
    const error = errorOf(() => fromMsgpack(encode({ outer: [{ a: 'x', extra: 1 }] }), type));
    expect(error.path).toEqual(['outer', 0, 'extra']);
    expect(error.message).toBe('unsupported attribute "extra"');
  });

  it('reads the dynamic wire form [type JSON bytes, value]', () => {
    const typeJson = Buffer.from('["object",{"a":"number","b":["tuple",["string","bool"]]}]');
    const bytes = encode({ extra: [typeJson, { a: 1, b: ['x', true] }] });
    expect(fromMsgpack(bytes, ['object', { extra: 'dynamic' }])).toStrictEqual({
      extra: new Dynamic(['object', { a: 'number', b: ['tuple', ['string', 'bool']] }], { a: 1, b: ['x', true] }),
    });
  });

  it('writes dynamic values as [type JSON bytes, value]', () => {
    const [typeBytes, value] = generic(new Dynamic(['list', 'string'], ['x']), 'dynamic') as [Uint8Array, unknown];
    expect(Buffer.from(typeBytes).toString()).toBe('["list","string"]');
    expect(value).toEqual(['x']);
  });

  it('rejects a dynamic value that is not a [type, value] pair', () => {
    const error = errorOf(() => fromMsgpack(encode({ d: { a: 1 } }), ['object', { d: 'dynamic' }]));
    expect(error.path).toEqual(['d']);
  });

  it('points at the element whose type is wrong', () => {
    const error = errorOf(() => fromMsgpack(encode({ m: { k: [1, 'x'] } }), ['object', { m: ['map', ['list', 'number']] }]));
    expect(error.path).toEqual<AttributePath>(['m', { key: 'k' }, 1]);
    expect(error.message).toBe('a number is required (got the string "x")');
  });

  it('rejects tuples of the wrong length', () => {
    expect(() => fromMsgpack(encode(['a']), ['tuple', ['string', 'string']])).toThrow('a tuple of 2 elements is required (1 given)');
  });

  it('turns malformed msgpack into a ValueError', () => {
    expect(errorOf(() => fromMsgpack(hex('92 01'), ['list', 'number'])).message).toMatch(/^invalid msgpack/);
  });

  it('reads an absent DynamicValue as null', () => {
    expect(decodeDynamicValue({}, 'string')).toBeNull();
    expect(decodeDynamicValue({ msgpack: Buffer.alloc(0), json: Buffer.alloc(0) }, 'string')).toBeNull();
  });
});

describe('encoding', () => {
  it('fills the type attributes and drops keys the type does not have', () => {
    const type: CtyType = ['object', { a: 'string', b: ['object', { c: 'number', d: 'bool' }] }];
    expect(generic({ a: 'x', b: { c: 1 }, stale: 'gone' }, type)).toEqual({ a: 'x', b: { c: 1, d: null } });
  });

  it('writes integers beyond 32 bits as int64, like go-cty, and fractions as float64', () => {
    expect(encodeDynamicValue(5_000_000_000, 'number').msgpack).toEqual(hex('cf 00 00 00 01 2a 05 f2 00'));
    expect(encodeDynamicValue(-5_000_000_000, 'number').msgpack).toEqual(hex('d3 ff ff ff fe d5 fa 0e 00'));
    expect(encodeDynamicValue(7, 'number').msgpack).toEqual(hex('07'));
    expect(encodeDynamicValue(0.1, 'number').msgpack).toEqual(hex('cb 3f b9 99 99 99 99 99 9a'));
  });

  it('writes big decimals and integers beyond int64 as exact strings', () => {
    expect(generic(new BigDecimal('1.000000000000000000001'), 'number')).toBe('1.000000000000000000001');
    expect(generic(2n ** 64n, 'number')).toBe('18446744073709551616');
  });

  it('rejects a value of the wrong type, pointing at it', () => {
    const type: CtyType = ['object', { tiles: ['list', ['object', { name: 'string' }]] }];
    const error = errorOf(() => encodeDynamicValue({ tiles: [{ name: 5 }] }, type));
    expect(error.path).toEqual(['tiles', 0, 'name']);
    expect(error.message).toBe('a string is required (got number 5)');
  });

  it('requires dynamic values to say their type', () => {
    expect(errorOf(() => encodeDynamicValue({ d: 'x' }, ['object', { d: 'dynamic' }])).path).toEqual(['d']);
  });

  it('rejects NaN, which Terraform numbers cannot hold', () => {
    expect(() => encodeDynamicValue(NaN, 'number')).toThrow(ValueError);
  });
});

describe('JSON DynamicValue', () => {
  it('reads objects, numbers losslessly and dynamic values as {value, type}', () => {
    const type: CtyType = ['object', { n: 'number', big: 'number', d: 'dynamic', missing: 'string' }];
    const json = '{"n": 1.5, "big": 9007199254740993, "d": {"value": ["a"], "type": ["list", "string"]}}';
    expect(fromJson(json, type)).toStrictEqual({
      n: 1.5,
      big: 9007199254740993n,
      d: new Dynamic(['list', 'string'], ['a']),
      missing: null,
    });
  });

  it('rejects undeclared attributes and invalid JSON', () => {
    expect(errorOf(() => fromJson('{"a": 1, "b": 2}', ['object', { a: 'number' }])).path).toEqual(['b']);
    expect(errorOf(() => fromJson('{"a": ', ['object', { a: 'number' }])).message).toMatch(/^invalid JSON/);
  });

  it('accepts the primitive conversions go-cty accepts', () => {
    const type: CtyType = ['object', { s: 'string', n: 'number', b: 'bool' }];
    expect(fromJson('{"s": 12, "n": "7", "b": "true"}', type)).toStrictEqual({ s: '12', n: 7, b: true });
  });
});

describe('decodeRawState', () => {
  const type: CtyType = [
    'object',
    { id: 'string', num: 'number', extra: 'dynamic', items: ['list', ['object', { name: 'string' }]] },
  ];

  it('keeps numbers exact, reads dynamic attributes and drops attributes no longer in the schema', () => {
    const raw = JSON.stringify({
      id: 'abc',
      removed: 'old',
      extra: { value: { a: 1, b: ['x', true] }, type: ['object', { a: 'number', b: ['tuple', ['string', 'bool']] }] },
      items: [{ name: 'n', removed_too: 1 }],
    }).replace('"id"', '"num":9007199254740993,"id"');
    expect(decodeRawState(raw, type)).toStrictEqual({
      id: 'abc',
      num: 9007199254740993n,
      extra: new Dynamic(['object', { a: 'number', b: ['tuple', ['string', 'bool']] }], { a: 1, b: ['x', true] }),
      items: [{ name: 'n' }],
    });
  });

  it('accepts bytes as well as text, and re-encodes to exactly the stored number', () => {
    const state = decodeRawState(Buffer.from('{"id":"a","num":123456789012345678901234567890.5}'), type);
    expect(generic(state, type)).toEqual({ id: 'a', num: '123456789012345678901234567890.5', extra: null, items: null });
  });
});

describe('type JSON (the type half of a dynamic value)', () => {
  it.each<CtyType>([
    'string',
    'number',
    'bool',
    'dynamic',
    ['list', 'string'],
    ['set', ['map', 'number']],
    ['tuple', ['string', ['list', 'bool']]],
    ['tuple', []],
    ['object', {}],
    ['object', { a: 'string', b: ['object', { c: 'dynamic' }] }],
    ['object', { a: 'string', b: 'number' }, ['b']],
  ])('%j round trips', (type) => {
    expect((roundTrip(new Dynamic(type, null), 'dynamic') as Dynamic).type).toStrictEqual(type);
  });

  it('writes the JSON Terraform expects', () => {
    expect(typeToJson(['list', 'string']).toString()).toBe('["list","string"]');
  });

  it.each(['"text"', '["list"]', '["list","string","x"]', '["tuple","string"]', '["object",{"a":"nope"}]', '["object",{"a":"string"},["b"]]', '{', '7'])(
    'rejects %s',
    (json) => {
      expect(() => fromMsgpack(encode([Buffer.from(json), null]), 'dynamic')).toThrow(ValueError);
    },
  );
});
