import { exactNumber, jsonencode, numberFromText, numberKey, parseJsonLossless } from './lossless-json';
import { BigDecimal } from './types';

describe('parseJsonLossless', () => {
  it('parses documents JSON.parse parses, to the same values when numbers are exact', () => {
    const text = ' {"a": [1, -2.5, 1e3, 0.1, true, false, null], "b": {"c": "d\\n\\u00e9\\ud83d\\ude00"}, "e": [], "f": {}} ';
    expect(parseJsonLossless(text)).toEqual(JSON.parse(text));
  });

  it('keeps integers beyond 2^53 exact as bigint', () => {
    expect(parseJsonLossless('{"n": 9007199254740993}')).toEqual({ n: 9007199254740993n });
    expect(parseJsonLossless('-9223372036854775808')).toBe(-9223372036854775808n);
    expect(parseJsonLossless('9007199254740991')).toBe(9007199254740991);
  });

  it('keeps decimals a double cannot hold as BigDecimal with their exact text', () => {
    const parsed = parseJsonLossless('[123456789012345678901234567890.5, 0.30000000000000000001, 1e-400]') as BigDecimal[];
    expect(parsed.map((value) => value instanceof BigDecimal && value.text)).toEqual([
      '123456789012345678901234567890.5',
      '0.30000000000000000001',
      '1e-400',
    ]);
  });

  it('gives the same values whether a text takes JSON.parse or the exact parser (negative zero, exponents, long digit runs)', () => {
    // Each of these texts holds one number JSON.parse would get wrong, which sends the whole text to the exact parser.
    expect(parseJsonLossless('{"a": [-0, 0.5, "x"]}')).toEqual({ a: [0, 0.5, 'x'] });
    expect(Object.is((parseJsonLossless('[-0]') as number[])[0], 0)).toBe(true);
    expect(parseJsonLossless('[1e21, 2.5]')).toEqual([10n ** 21n, 2.5]);
    expect(parseJsonLossless('[12345678901234567, 1.5]')).toEqual([12345678901234567n, 1.5]);
    // Strings are skipped whole, escaped quotes and backslashes included; numbers after them are still seen.
    expect(parseJsonLossless('{"a": "say \\"1e5\\" \\\\", "b": [-0, 12345678901234567]}')).toEqual({ a: 'say "1e5" \\', b: [0, 12345678901234567n] });
    expect(parseJsonLossless('{"a": "\\\\", "b": 1e300}')).toEqual({ a: '\\', b: 10n ** 300n });
    // The same shapes without such a number: JSON.parse's values are the exact ones.
    expect(parseJsonLossless('{"a": [-0.5, 0.5, "x"], "b": 123456789012345}')).toEqual({ a: [-0.5, 0.5, 'x'], b: 123456789012345 });
    const proto = parseJsonLossless('{"__proto__": 1}') as { [key: string]: unknown };
    expect(Object.keys(proto)).toEqual(['__proto__']);
  });

  it('reads every number of 3,000 random documents as numberFromText reads its text (seed 7)', () => {
    let state = 7;
    const next = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const digits = (count: number) => Array.from({ length: count }, () => Math.floor(next() * 10)).join('');
    const numberText = () => {
      const whole = next() < 0.2 ? '0' : `${1 + Math.floor(next() * 9)}${digits(Math.floor(next() * 20))}`;
      const fraction = next() < 0.5 ? `.${digits(1 + Math.floor(next() * 18))}` : '';
      const exponent = next() < 0.1 ? `e${next() < 0.5 ? '-' : ''}${Math.floor(next() * 30)}` : '';
      return `${next() < 0.3 ? '-' : ''}${whole}${fraction}${exponent}`;
    };
    for (let i = 0; i < 3_000; i++) {
      const numbers = Array.from({ length: 1 + Math.floor(next() * 4) }, numberText);
      const text = `{"id": "64f${digits(21)}", "values": [${numbers.join(', ')}], "first": ${numbers[0]}}`;
      const parsed = parseJsonLossless(text) as { values: unknown[]; first: unknown };
      expect(parsed.values).toEqual(numbers.map(numberFromText));
      expect(parsed.first).toEqual(numberFromText(numbers[0]));
    }
  });

  it('keeps the key __proto__ as an ordinary own property', () => {
    const parsed = parseJsonLossless('{"__proto__": {"polluted": true}}') as { [key: string]: unknown };
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(Object.keys(parsed)).toEqual(['__proto__']);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it.each(['', '{', '[1,]', '{"a" 1}', '01', '"unterminated', '"bad \\x escape"', 'nul', '1 2', '{"a":1,}', '"tab\there"'])(
    'rejects invalid JSON %j',
    (text) => {
      expect(() => parseJsonLossless(text)).toThrow(SyntaxError);
    },
  );

  it('says where the error is', () => {
    expect(() => parseJsonLossless('[1, x]')).toThrow('unexpected character "x" at position 4');
  });
});

describe('numberFromText', () => {
  it.each<[string, number | bigint | BigDecimal]>([
    ['0', 0],
    ['-0', 0],
    ['42', 42],
    ['1.50', 1.5],
    ['1.0', 1],
    ['2.5e2', 250],
    ['1e20', 100000000000000000000n],
    ['-123456789012345678901234567890', -123456789012345678901234567890n],
    ['0.1', 0.1],
    ['1e-7', 1e-7],
    ['3.141592653589793238462643383279', new BigDecimal('3.141592653589793238462643383279')],
    ['1e1000', new BigDecimal('1e1000')],
  ])('%s', (text, expected) => {
    expect(numberFromText(text)).toEqual(expected);
  });

  it('rejects text that is not a number', () => {
    expect(() => numberFromText('12abc')).toThrow(SyntaxError);
  });
});

describe('numberKey and exactNumber', () => {
  it('gives equal numbers in different representations the same key', () => {
    expect(numberKey(1.5)).toBe(numberKey(new BigDecimal('1.50')));
    expect(numberKey(100000000000000000000n)).toBe(numberKey(1e20));
    expect(numberKey(0)).toBe(numberKey(new BigDecimal('-0.000')));
    expect(numberKey(new BigDecimal('0.30000000000000000001'))).not.toBe(numberKey(0.3));
  });

  it('turns safe bigints into numbers and unsafe integral numbers into bigints', () => {
    expect(exactNumber(5n)).toBe(5);
    expect(exactNumber(2n ** 60n)).toBe(2n ** 60n);
    expect(exactNumber(2 ** 60)).toBe(2n ** 60n);
    expect(exactNumber(0.5)).toBe(0.5);
  });
});

describe('jsonencode', () => {
  it('spells JSON as Terraform does: compact, keys sorted, HTML characters escaped, big numbers exact', () => {
    expect(jsonencode(parseJsonLossless('{ "b": [1, 2.5, 123456789012345678901], "a": "<x> & y\u2028" }'))).toBe(
      '{"a":"\\u003cx\\u003e \\u0026 y\\u2028","b":[1,2.5,123456789012345678901]}',
    );
  });
});
