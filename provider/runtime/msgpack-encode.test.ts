// The msgpack writer against @msgpack/msgpack: the same bytes for every format and size boundary, over seeded random
// values and the edges of each format.
import { encode, ExtData } from '@msgpack/msgpack';
import { MsgpackWriter } from './msgpack-encode';

type Plain = null | boolean | number | bigint | string | Uint8Array | ExtData | Plain[] | { [key: string]: Plain };

/** Writes a plain value with the writer, choosing the method by the value's kind (as the codec does by type). */
function written(value: Plain): Buffer {
  const writer = new MsgpackWriter();
  const write = (item: Plain): void => {
    if (item === null) writer.nil();
    else if (typeof item === 'boolean') writer.bool(item);
    else if (typeof item === 'number') writer.number(item);
    else if (typeof item === 'bigint') writer.bigint(item);
    else if (typeof item === 'string') writer.string(item);
    else if (item instanceof Uint8Array) writer.binary(item);
    else if (item instanceof ExtData) writer.extension(item.type, item.data as Uint8Array);
    else if (Array.isArray(item)) {
      writer.arrayHeader(item.length);
      item.forEach(write);
    } else {
      const keys = Object.keys(item);
      writer.mapHeader(keys.length);
      for (const key of keys) {
        writer.string(key);
        write(item[key]);
      }
    }
  };
  write(value);
  return writer.finish();
}

/**
 * @msgpack/msgpack's bytes, with one difference the writer makes on purpose: an integer beyond 32 bits goes as a 64-bit
 * integer, as go-cty writes it (the library would write a double).
 */
function expected(value: Plain): Buffer {
  const beyond32Bits = (item: Plain): Plain => {
    if (typeof item === 'number') return Number.isSafeInteger(item) && (item > 0xffffffff || item < -0x80000000) ? BigInt(item) : item;
    if (Array.isArray(item)) return item.map(beyond32Bits);
    if (item !== null && typeof item === 'object' && !(item instanceof Uint8Array) && !(item instanceof ExtData)) {
      return Object.fromEntries(Object.entries(item).map(([key, element]) => [key, beyond32Bits(element)]));
    }
    return item;
  };
  return Buffer.from(encode(beyond32Bits(value), { useBigInt64: true }));
}

/** Compares cheaply, and shows the bytes only when they differ (buffers of 64 KB make slow diffs). */
function expectSameBytes(value: Plain): void {
  const [actual, wanted] = [written(value), expected(value)];
  if (!actual.equals(wanted)) expect(actual).toEqual(wanted);
}

/** A small deterministic generator (mulberry32), so a failure names a seed that reproduces it. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NUMBER_EDGES = [0, 1, 0x7f, 0x80, 0xff, 0x100, 0xffff, 0x10000, 0xffffffff, 0x100000000, 2 ** 53 - 1, -1, -0x20, -0x21, -0x80, -0x81, -0x8000, -0x8001, -0x80000000, -0x80000001, -(2 ** 53 - 1), 0.5, -1.25, 1e300, Infinity, -Infinity, 2 ** 53, -(2 ** 60)];
const SIZE_EDGES = [0, 1, 15, 16, 31, 32, 255, 256, 65535, 65536];

describe('MsgpackWriter', () => {
  it.each(NUMBER_EDGES)('writes the number %p as @msgpack/msgpack does', (value) => {
    expectSameBytes(value);
  });

  it('writes integers beyond 32 bits as 64-bit integers', () => {
    expect(written(2 ** 32).toString('hex')).toBe('cf0000000100000000');
    expect(written(-(2 ** 31) - 1).toString('hex')).toBe('d3ffffffff7fffffff');
  });

  it.each([0n, 1n, -1n, 2n ** 63n - 1n, -(2n ** 63n), 2n ** 64n - 1n])('writes the 64-bit integer %p as uint64 from zero up, int64 below', (value) => {
    expectSameBytes(value);
  });

  it.each(SIZE_EDGES)('writes strings, binaries, arrays and maps of %p elements with their size format', (size) => {
    expectSameBytes('x'.repeat(size));
    expectSameBytes('é'.repeat(size));
    expectSameBytes(new Uint8Array(size).fill(7));
    expectSameBytes(Array(size).fill(null));
    expectSameBytes(Object.fromEntries(Array.from({ length: size }, (_, i) => [`k${i}`, i])));
  });

  it.each([0, 1, 2, 3, 4, 8, 16, 17, 256])('writes an extension of %p bytes (fixext where the size has one)', (size) => {
    const extension = new ExtData(12, new Uint8Array(size).fill(3));
    expectSameBytes(extension);
  });

  it('writes 2,000 random nested values as @msgpack/msgpack does (seed 12)', () => {
    const next = random(12);
    const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)];
    const value = (depth: number): Plain => {
      const kind = depth > 3 ? pick(['scalar', 'string']) : pick(['scalar', 'string', 'array', 'map']);
      if (kind === 'scalar') return pick<Plain>([null, true, false, pick(NUMBER_EDGES), Math.floor(next() * 2 ** 40) - 2 ** 39, next() * 1000]);
      if (kind === 'string') return pick(['', 'ascii', 'ünïcödé ✓', '𝄞 astral', 'x'.repeat(Math.floor(next() * 300))]);
      if (kind === 'array') return Array.from({ length: Math.floor(next() * 20) }, () => value(depth + 1));
      return Object.fromEntries(Array.from({ length: Math.floor(next() * 20) }, (_, i) => [`key ${i} ${pick(['a', 'β', ''])}`, value(depth + 1)]));
    };
    for (let i = 0; i < 2_000; i++) {
      expectSameBytes(value(0));
    }
  });

  it('lets a writer start while another is under way (the codec prepares bytes mid-walk) without disturbing it', () => {
    const outer = new MsgpackWriter();
    outer.arrayHeader(2);
    outer.string('before');
    const inner = new MsgpackWriter();
    inner.string('inner');
    expect(inner.finish()).toEqual(expected('inner'));
    outer.string('after');
    expect(outer.finish()).toEqual(expected(['before', 'after']));
  });

  it('grows its buffer past the first 4 KB', () => {
    const large = Array.from({ length: 3_000 }, (_, i) => `element ${i}`);
    expectSameBytes(large);
  });
});
