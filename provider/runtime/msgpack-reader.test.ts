// The msgpack reader: every format go-cty writes, read as @msgpack/msgpack reads it; map keys as own properties; and
// documents that lie about their lengths, nest without end or are not UTF-8, refused with the byte where they go wrong.
import { decode, encode } from '@msgpack/msgpack';
import { type Extension, MsgpackError, MsgpackReader } from './msgpack-reader';

const hex = (text: string) => Buffer.from(text.replace(/\s+/g, ''), 'hex');

/** The whole document as one value; bytes after it are an error. */
function read(bytes: Uint8Array): unknown {
  const reader = new MsgpackReader(bytes);
  const value = reader.value();
  if (!reader.atEnd) throw new MsgpackError('bytes after the value');
  return value;
}

describe('MsgpackReader', () => {
  it.each<[string, string, unknown]>([
    ['fixints', '93 00 7f e0', [0, 127, -32]],
    ['unsigned integers of 8 to 32 bits', '93 cc ff cd 0100 ce 00010000', [255, 256, 65536]],
    ['signed integers of 8 to 32 bits', '93 d0 80 d1 8000 d2 80000000', [-128, -32768, -2147483648]],
    ['64-bit integers, as bigint', '92 cf 0020000000000001 d3 8000000000000000', [9007199254740993n, -(2n ** 63n)]],
    ['floats', '92 ca 3fc00000 cb 3fb999999999999a', [1.5, 0.1]],
    ['nil and booleans', '93 c0 c2 c3', [null, false, true]],
    ['strings of each size format', '93 a1 61 d9 01 62 da 0001 63', ['a', 'b', 'c']],
    ['non-ASCII strings', '92 a2 c3a9 d9 04 f09d849e', ['é', '𝄞']],
    ['binaries', '91 c4 02 0102', [new Uint8Array([1, 2])]],
    ['maps', '82 a1 61 01 a1 62 90', { a: 1, b: [] }],
  ])('reads %s', (_name, bytes, expected) => {
    expect(read(hex(bytes))).toEqual(expected);
  });

  it('reads extensions as their type and a copy of their payload, fixed or sized', () => {
    const bytes = hex('92 d4 00 00 c7 03 0c 010203');
    const [plain, refined] = read(bytes) as Extension[];
    expect(plain).toEqual({ type: 0, payload: new Uint8Array([0]) });
    expect(refined).toEqual({ type: 12, payload: new Uint8Array([1, 2, 3]) });
    bytes.fill(0);
    expect(refined.payload).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('reads the key __proto__ as an own property, leaving prototypes alone', () => {
    const value = read(hex('81 a9 5f5f70726f746f5f5f 81 a8 706f6c6c75746564 c3')) as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('reads 2,000 random documents as @msgpack/msgpack does (seed 3)', () => {
    let state = 3;
    const next = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const value = (depth: number): unknown => {
      const kind = Math.floor(next() * (depth > 3 ? 4 : 6));
      if (kind === 0) return [null, true, false][Math.floor(next() * 3)];
      if (kind === 1) return Math.floor((next() - 0.5) * 2 ** (1 + Math.floor(next() * 62)));
      if (kind === 2) return next() * 1e6;
      if (kind === 3) return ['', 'ascii', 'ünï', '𝄞', 'x'.repeat(Math.floor(next() * 70000))][Math.floor(next() * 5)];
      if (kind === 4) return Array.from({ length: Math.floor(next() * 20) }, () => value(depth + 1));
      return Object.fromEntries(Array.from({ length: Math.floor(next() * 20) }, (_, i) => [`key${i}${'é'.repeat(i % 2)}`, value(depth + 1)]));
    };
    for (let i = 0; i < 2_000; i++) {
      const bytes = encode(value(0), { useBigInt64: true });
      expect(read(bytes)).toEqual(decode(bytes, { useBigInt64: true }));
    }
  });

  it.each([
    ['an empty document', '', 'unexpected end of data at byte 0'],
    ['a truncated string', 'a3 6162', 'unexpected end of data at byte 1'],
    ['an array longer than the data', 'dd 7fffffff 01', 'a length beyond the end of the data at byte 5'],
    ['a map longer than the data', '83 a1 61 01', 'a length beyond the end of the data at byte 1'],
    ['a reserved type byte', 'c1', 'unknown type byte 0xc1 at byte 0'],
    ['a string that is not UTF-8', 'a2 c328', 'a string that is not UTF-8 at byte 1'],
    ['a map key that is an array', '81 90 01', 'a map key that is not a string at byte 1'],
  ])('refuses %s', (_name, bytes, message) => {
    expect(() => read(hex(bytes))).toThrow(new MsgpackError(message));
  });

  it('refuses arrays nested deeper than 512 without exhausting the stack', () => {
    expect(() => read(Buffer.concat([Buffer.alloc(100_000, 0x91), hex('c0')]))).toThrow(new MsgpackError('values nested deeper than 512'));
  });
});
