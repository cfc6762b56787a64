import fc from 'fast-check';
import { decodeMessage, encodeMessage, type Fields, type MessageCodec, Reader, Writer } from './wire';

const written = (write: (writer: Writer) => void): number[] => {
  const writer = new Writer();
  write(writer);
  return [...writer.finish()];
};

const reader = (bytes: number[]) => new Reader(Buffer.from(bytes));

/** A message with one string (1) and one nested message of its own type (2), to test the length-delimited parts. */
const Nested: MessageCodec = {
  encode(m, w) {
    w.stringField(10, m.name);
    w.messageField(18, m.child, Nested, 'Nested.child');
  },
  decode(r, end) {
    const m: Fields = { name: '', child: null };
    while (r.pos < end) {
      const tag = r.uint32();
      if (tag === 10) m.name = r.string();
      else if (tag === 18) m.child = r.message(Nested);
      else r.skip(tag & 7);
    }
    return m;
  },
};

describe('Writer', () => {
  it('writes varints as the encoding guide shows them', () => {
    expect(written((w) => w.uint32(1))).toEqual([0x01]);
    expect(written((w) => w.uint32(150))).toEqual([0x96, 0x01]);
    expect(written((w) => w.uint32(127))).toEqual([0x7f]);
    expect(written((w) => w.uint32(128))).toEqual([0x80, 0x01]);
    expect(written((w) => w.uint32(0xffffffff))).toEqual([0xff, 0xff, 0xff, 0xff, 0x0f]);
  });

  it('sign-extends a negative int32 to ten bytes', () => {
    expect(written((w) => w.int32(-1))).toEqual([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]);
    expect(written((w) => w.int32(-2))).toEqual([0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]);
  });

  it('writes int64 from numbers: two’s complement, fractions dropped, NaN as 0, clamped at the int64 range', () => {
    expect(written((w) => w.int64(2 ** 32))).toEqual([0x80, 0x80, 0x80, 0x80, 0x10]);
    expect(written((w) => w.int64(-1))).toEqual(written((w) => w.int32(-1)));
    expect(written((w) => w.int64(3.9))).toEqual([0x03]);
    expect(written((w) => w.int64(-3.9))).toEqual(written((w) => w.int32(-3)));
    expect(written((w) => w.int64(NaN))).toEqual([0x00]);
    expect(written((w) => w.int64(Infinity))).toEqual([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]);
    expect(written((w) => w.int64(-Infinity))).toEqual([0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01]);
  });

  it('writes strings as UTF-8, a lone surrogate as U+FFFD', () => {
    expect(written((w) => w.string('é'))).toEqual([0x02, 0xc3, 0xa9]);
    expect(written((w) => w.string('\ud800'))).toEqual([0x03, 0xef, 0xbf, 0xbd]);
  });

  it('writes any string as Buffer.from does, short or long, ASCII or not (a lone surrogate as U+FFFD)', () => {
    const unit = fc.constantFrom<'binary' | 'grapheme-ascii'>('binary', 'grapheme-ascii');
    fc.assert(
      fc.property(unit.chain((u) => fc.string({ unit: u, maxLength: 100, size: 'max' })), (value) => {
        const utf8 = Buffer.from(value, 'utf8');
        expect(Buffer.from(written((w) => w.string(value)))).toEqual(Buffer.concat([Buffer.from(written((w) => w.uint32(utf8.length))), utf8]));
      }),
    );
  });

  it('moves a length-delimited part when its length needs more than one byte', () => {
    for (const length of [127, 128, 16383, 16384, 300_000]) {
      const bytes = written((w) => w.string('x'.repeat(length)));
      const r = new Reader(Buffer.from(bytes));
      expect(r.string()).toHaveLength(length);
      expect(r.pos).toBe(bytes.length);
    }
  });

  it('writes no proto3 default unless the field tracks presence', () => {
    expect(written((w) => w.stringField(10, ''))).toEqual([]);
    expect(written((w) => w.stringField(10, '', true))).toEqual([10, 0]);
    expect(written((w) => w.int64Field(8, 0))).toEqual([]);
    expect(written((w) => w.int64Field(8, 0, true))).toEqual([8, 0]);
    expect(written((w) => w.boolField(8, false))).toEqual([]);
    expect(written((w) => w.bytesField(10, Buffer.alloc(0)))).toEqual([]);
    expect(written((w) => w.bytesField(10, Buffer.alloc(0), true))).toEqual([10, 0]);
  });

  it('converts values as protobufjs’s fromObject did: null and undefined absent, text to numbers, base64 to bytes', () => {
    expect(written((w) => w.stringField(10, null))).toEqual([]);
    expect(written((w) => w.int64Field(8, undefined))).toEqual([]);
    expect(written((w) => w.int64Field(8, '150'))).toEqual([8, 0x96, 0x01]);
    expect(written((w) => w.boolField(8, 'yes'))).toEqual([8, 1]);
    expect(written((w) => w.bytesField(10, 'AQI='))).toEqual([10, 2, 1, 2]);
    expect(written((w) => w.bytesField(10, [1, 2]))).toEqual([10, 2, 1, 2]);
  });

  it('writes enums by name or number, and leaves out a name the enum does not have', () => {
    const numbers = { PLAIN: 0, MARKDOWN: 1 };
    expect(written((w) => w.enumField(8, 'MARKDOWN', numbers))).toEqual([8, 1]);
    expect(written((w) => w.enumField(8, 7, numbers))).toEqual([8, 7]);
    expect(written((w) => w.enumField(8, 'PLAIN', numbers))).toEqual([]);
    expect(written((w) => w.enumField(8, 'toString', numbers))).toEqual([]);
  });

  it('refuses what cannot be a message, naming the field', () => {
    expect(() => written((w) => w.messageField(18, 'text', Nested, 'Nested.child'))).toThrow('Nested.child: object expected');
    expect(() => written((w) => w.repeatedMessageField(18, {}, Nested, 'Nested.children'))).toThrow('Nested.children: array expected');
    expect(() => written((w) => w.repeatedMessageField(18, [null], Nested, 'Nested.children'))).toThrow('Nested.children: object expected');
  });

  it('writes a map entry per key, with its value even when that is a default', () => {
    expect(written((w) => w.stringMapField(18, { a: '' }, 'm'))).toEqual([18, 5, 10, 1, 0x61, 18, 0]);
    expect(written((w) => w.messageMapField(18, { b: {} }, Nested, 'm'))).toEqual([18, 5, 10, 1, 0x62, 18, 0]);
    expect(() => written((w) => w.messageMapField(18, { b: 1 }, Nested, 'm'))).toThrow('m: object expected');
  });
});

describe('Reader', () => {
  it('reads varints of every length, up to ten bytes', () => {
    expect(reader([0x96, 0x01]).uint32()).toBe(150);
    expect(reader([0xff, 0xff, 0xff, 0xff, 0x0f]).uint32()).toBe(0xffffffff);
    expect(reader([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]).int32()).toBe(-1);
    expect(reader([0x80, 0x80, 0x80, 0x80, 0x10]).int64()).toBe(2 ** 32);
    expect(reader([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]).int64()).toBe(2 ** 63);
    expect(reader([0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01]).int64()).toBe(-(2 ** 63));
    expect(reader([0x80, 0x80, 0x80, 0x80, 0x10]).bool()).toBe(true);
  });

  it('reads back what the writer wrote, for int64 across its range', () => {
    for (const value of [0, 1, -1, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 - 1, -(2 ** 53) + 1, 2 ** 60]) {
      expect(new Reader(Buffer.from(written((w) => w.int64(value)))).int64()).toBe(value);
    }
  });

  it('gives bytes as a view of the message, not a copy', () => {
    const buffer = Buffer.from([2, 7, 8]);
    const bytes = new Reader(buffer).bytes();
    buffer[1] = 9;
    expect([...bytes]).toEqual([9, 8]);
  });

  it('gives an enum number the enum has no name for as the number', () => {
    const names = { 0: 'PLAIN', 1: 'MARKDOWN' };
    expect(reader([1]).enum(names)).toBe('MARKDOWN');
    expect(reader([9]).enum(names)).toBe(9);
  });

  it('skips a field of every wire type, a group with the fields inside it', () => {
    const skipped = [
      [0x96, 0x01],
      [1, 2, 3, 4, 5, 6, 7, 8],
      [2, 0xaa, 0xbb],
      [(1 << 3) | 0, 5, (2 << 3) | 4],
      [1, 2, 3, 4],
    ];
    [0, 1, 2, 3, 5].forEach((wireType, index) => {
      const r = reader([...skipped[index], 0x2a]);
      r.skip(wireType);
      expect(r.uint32()).toBe(0x2a);
    });
  });

  it('refuses bytes that are not a message, with the place', () => {
    expect(() => reader([0x80]).uint32()).toThrow('the message ends inside a field at byte 1');
    expect(() => reader(new Array(11).fill(0xff)).int64()).toThrow('a varint longer than 10 bytes');
    expect(() => reader([5, 1]).string()).toThrow('a length of 5 at byte 1 overruns the message');
    expect(() => reader([1, 2]).skip(1)).toThrow('ends inside a field');
    expect(() => reader([]).skip(6)).toThrow('invalid wire type 6');
    // the child (length 1) holds a string of length 2 that runs past it
    expect(() => decodeMessage(Nested, Buffer.from([18, 1, 10, 2, 0x61, 0x62]))).toThrow('a field runs past the end of its message (byte 3) to byte 6');
  });

  it('reads map entries, a missing value as its default', () => {
    const into: Fields = {};
    const r = reader([18, 5, 10, 1, 0x61, 18, 0, 18, 3, 10, 1, 0x62]);
    r.uint32();
    r.stringMapEntry(into);
    r.uint32();
    r.messageMapEntry(into, Nested);
    expect(into).toEqual({ a: '', b: { name: '', child: null } });
  });
});

describe('encodeMessage and decodeMessage', () => {
  it('round-trip nested messages longer than a one-byte length', () => {
    const message = { name: 'outer', child: { name: 'x'.repeat(200), child: { name: 'é', child: null } } };
    expect(decodeMessage(Nested, encodeMessage(Nested, message))).toEqual(message);
  });
});
