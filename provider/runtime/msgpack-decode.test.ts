import { decodeMsgpack, MsgpackError } from './msgpack-decode';
import { Unknown } from './types';

const hex = (text: string) => Buffer.from(text.replace(/\s+/g, ''), 'hex');

describe('decodeMsgpack', () => {
  it('reads the key __proto__ as an own property, leaving the prototype alone', () => {
    // {"__proto__": {"polluted": true}}
    const value = decodeMsgpack(hex('81 a9 5f5f70726f746f5f5f 81 a8 706f6c6c75746564 c3')) as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')?.value).toEqual({ polluted: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each<[string, string, unknown]>([
    ['positive fixint', '7f', 127],
    ['negative fixint', 'e0', -32],
    ['uint8', 'cc ff', 255],
    ['uint16', 'cd 0100', 256],
    ['uint32', 'ce 00010000', 65536],
    ['uint64 as bigint', 'cf 0020000000000001', 9007199254740993n],
    ['int8', 'd0 80', -128],
    ['int16', 'd1 8000', -32768],
    ['int32', 'd2 80000000', -2147483648],
    ['int64 as bigint', 'd3 8000000000000000', -(2n ** 63n)],
    ['float32', 'ca 3fc00000', 1.5],
    ['float64', 'cb 3fb999999999999a', 0.1],
    ['nil', 'c0', null],
    ['false', 'c2', false],
    ['true', 'c3', true],
    ['fixstr', 'a3 616263', 'abc'],
    ['str8', 'd9 02 c3a9', 'é'],
    ['bin8', 'c4 02 0102', new Uint8Array([1, 2])],
    ['fixarray', '92 01 a1 78', [1, 'x']],
    ['array16', 'dc 0001 c0', [null]],
    ['fixmap', '81 a1 61 01', { a: 1 }],
    ['map16', 'de 0001 a1 61 c3', { a: true }],
  ])('reads %s', (_name, bytes, expected) => {
    expect(decodeMsgpack(hex(bytes))).toEqual(expected);
  });

  it('reads every extension as unknown, keeping the payload of a refined one (type 12) as a copy', () => {
    expect(decodeMsgpack(hex('d4 00 00'))).toEqual(new Unknown());
    expect(decodeMsgpack(hex('d6 ff 00000000'))).toEqual(new Unknown());
    const bytes = hex('c7 03 0c 8101c2');
    const refined = decodeMsgpack(bytes) as Unknown;
    bytes.fill(0);
    expect(Buffer.from(refined.refinements!)).toEqual(hex('8101c2'));
  });

  it.each<[string, string, string]>([
    ['an empty document', '', 'unexpected end of data at byte 0'],
    ['a truncated string', 'a3 6162', 'unexpected end of data at byte 1'],
    ['an array longer than the data', 'dd ffffffff', 'a length beyond the end of the data at byte 5'],
    ['bytes after the value', '01 02', '1 bytes after the value'],
    ['a reserved type byte', 'c1', 'unknown type byte 0xc1 at byte 0'],
    ['a string that is not UTF-8', 'a2 c328', 'a string that is not UTF-8 at byte 1'],
    ['a map key that is an array', '81 90 01', 'a map key that is not a string at byte 1'],
  ])('refuses %s', (_name, bytes, message) => {
    expect(() => decodeMsgpack(hex(bytes))).toThrow(new MsgpackError(message));
  });

  it('refuses values nested deeper than 512, without exhausting the stack', () => {
    expect(() => decodeMsgpack(Buffer.concat([Buffer.alloc(600, 0x91), hex('c0')]))).toThrow('values nested deeper than 512');
  });
});
