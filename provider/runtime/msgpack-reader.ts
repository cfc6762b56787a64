// The msgpack reader of the codec: the formats go-cty writes (nil, bool, integers, floats, str, bin, array, map, ext),
// read one at a time as the codec walks a value by its type, so that decoding a value builds no intermediate copy of
// it. Lengths are checked against the bytes left before anything is allocated, and nesting is bounded, so a hostile
// document cannot exhaust memory or the stack. Map keys become own properties whatever their text (`__proto__`).
import { setOwnProperty } from './lossless-json';

export class MsgpackError extends Error {}

/** Arrays and maps nest no deeper than this in `value()`. */
const MAX_DEPTH = 512;
/** Keys up to this many bytes are cached. */
const CACHED_KEY_BYTES = 32;
/** Distinct keys cached, at most: the attribute names of the schemas, with room to spare. */
const CACHED_KEYS = 4096;

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** What an extension holds: its type and (a copy of) its payload. */
export interface Extension {
  type: number;
  payload: Uint8Array;
}

/** Cached ASCII keys by a hash of their bytes; each slot holds the keys of that hash. */
const keyCache = new Map<number, Array<{ bytes: Buffer; text: string }>>();
let cachedKeys = 0;

/** The ASCII key of these bytes, from the cache (or cached now); undefined for keys that are long or not ASCII. */
function cachedKey(bytes: Buffer, start: number, length: number): string | undefined {
  if (length > CACHED_KEY_BYTES) return undefined;
  let hash = 0x811c9dc5;
  for (let at = start; at < start + length; at++) {
    if (bytes[at] >= 0x80) return undefined;
    hash = Math.imul(hash ^ bytes[at], 0x01000193);
  }
  const slot = keyCache.get(hash);
  for (const key of slot ?? []) if (sameBytes(key.bytes, bytes, start, length)) return key.text;
  const text = bytes.toString('latin1', start, start + length);
  if (cachedKeys < CACHED_KEYS) {
    cachedKeys++;
    const entry = { bytes: Buffer.from(bytes.subarray(start, start + length)), text };
    if (slot) slot.push(entry);
    else keyCache.set(hash, [entry]);
  }
  return text;
}

function sameBytes(key: Buffer, bytes: Buffer, start: number, length: number): boolean {
  if (key.length !== length) return false;
  for (let at = 0; at < length; at++) if (key[at] !== bytes[start + at]) return false;
  return true;
}

export class MsgpackReader {
  offset = 0;
  private readonly bytes: Buffer;

  constructor(bytes: Uint8Array) {
    this.bytes = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get atEnd(): boolean {
    return this.offset >= this.bytes.length;
  }

  /** The format byte of the next value, not consumed. */
  peek(): number {
    this.need(1);
    return this.bytes[this.offset];
  }

  isNil(head: number): boolean {
    return head === 0xc0;
  }

  isExtension(head: number): boolean {
    return (head >= 0xd4 && head <= 0xd8) || (head >= 0xc7 && head <= 0xc9);
  }

  isArray(head: number): boolean {
    return (head >= 0x90 && head <= 0x9f) || head === 0xdc || head === 0xdd;
  }

  isMap(head: number): boolean {
    return (head >= 0x80 && head <= 0x8f) || head === 0xde || head === 0xdf;
  }

  skipNil(): void {
    this.offset++;
  }

  /** The element count of the array that starts here. */
  arrayHeader(): number {
    const head = this.u8();
    return this.elements(head <= 0x9f ? head & 0x0f : head === 0xdc ? this.u16() : this.u32(), 1);
  }

  /** The entry count of the map that starts here. */
  mapHeader(): number {
    const head = this.u8();
    return this.elements(head <= 0x8f ? head & 0x0f : head === 0xde ? this.u16() : this.u32(), 2);
  }

  extension(): Extension {
    const head = this.u8();
    const length = head >= 0xd4 ? 1 << (head - 0xd4) : head === 0xc7 ? this.u8() : head === 0xc8 ? this.u16() : this.u32();
    this.need(1 + length);
    const type = this.bytes.readInt8(this.offset);
    // A copy: the payload would otherwise be a view into the request's buffer.
    const payload = new Uint8Array(this.bytes.subarray(this.offset + 1, this.offset + 1 + length));
    this.offset += 1 + length;
    return { type, payload };
  }

  /** Whether the next bytes are `key` (a string as msgpack, format byte included); if so, they are consumed. */
  skipKey(key: Buffer): boolean {
    if (this.offset + key.length > this.bytes.length) return false;
    for (let at = 0; at < key.length; at++) if (this.bytes[this.offset + at] !== key[at]) return false;
    this.offset += key.length;
    return true;
  }

  /** A map key: a string (or, from other writers than go-cty, an integer, as its text). */
  key(): string {
    const head = this.peek();
    if (head >= 0xa0 && head <= 0xbf) {
      // Keys are attribute names, the same few again and again: short ones come from a cache of their bytes.
      this.offset++;
      const length = head & 0x1f;
      this.need(length);
      const key = cachedKey(this.bytes, this.offset, length);
      if (key === undefined) return this.string(length);
      this.offset += length;
      return key;
    }
    if (head >= 0xd9 && head <= 0xdb) return this.string(this.stringLength(this.u8()));
    const at = this.offset;
    const key = this.value();
    if (typeof key !== 'number' && typeof key !== 'bigint') throw new MsgpackError(`a map key that is not a string at byte ${at}`);
    return String(key);
  }

  /**
   * The next value as plain data: integers beyond 32 bits as bigint, bin as Uint8Array, ext as Extension, maps as
   * objects with own properties.
   */
  value(depth = 0): unknown {
    const head = this.u8();
    if (head <= 0x7f) return head;
    if (head >= 0xe0) return head - 0x100;
    if ((head >= 0xa0 && head <= 0xbf) || (head >= 0xd9 && head <= 0xdb)) return this.string(this.stringLength(head));
    if (this.isArray(head) || this.isMap(head) || this.isExtension(head)) {
      this.offset--;
      if (this.isExtension(head)) return this.extension();
      if (depth >= MAX_DEPTH) throw new MsgpackError(`values nested deeper than ${MAX_DEPTH}`);
      if (this.isArray(head)) return Array.from({ length: this.arrayHeader() }, () => this.value(depth + 1));
      const result: { [key: string]: unknown } = {};
      for (let remaining = this.mapHeader(); remaining > 0; remaining--) setOwnProperty(result, this.key(), this.value(depth + 1));
      return result;
    }
    switch (head) {
      case 0xc0:
        return null;
      case 0xc2:
        return false;
      case 0xc3:
        return true;
      case 0xc4:
      case 0xc5:
      case 0xc6: {
        const length = head === 0xc4 ? this.u8() : head === 0xc5 ? this.u16() : this.u32();
        this.need(length);
        const binary = new Uint8Array(this.bytes.subarray(this.offset, this.offset + length));
        this.offset += length;
        return binary;
      }
      case 0xca:
        return this.fixed(4, () => this.bytes.readFloatBE(this.offset));
      case 0xcb:
        return this.fixed(8, () => this.bytes.readDoubleBE(this.offset));
      case 0xcc:
        return this.u8();
      case 0xcd:
        return this.u16();
      case 0xce:
        return this.u32();
      case 0xcf:
        return this.fixed(8, () => this.bytes.readBigUInt64BE(this.offset));
      case 0xd0:
        return this.fixed(1, () => this.bytes.readInt8(this.offset));
      case 0xd1:
        return this.fixed(2, () => this.bytes.readInt16BE(this.offset));
      case 0xd2:
        return this.fixed(4, () => this.bytes.readInt32BE(this.offset));
      case 0xd3:
        return this.fixed(8, () => this.bytes.readBigInt64BE(this.offset));
    }
    throw new MsgpackError(`unknown type byte 0x${head.toString(16)} at byte ${this.offset - 1}`);
  }

  /** The byte length of a string whose format byte was `head` (already consumed). */
  private stringLength(head: number): number {
    return head <= 0xbf ? head & 0x1f : head === 0xd9 ? this.u8() : head === 0xda ? this.u16() : this.u32();
  }

  private string(length: number): string {
    this.need(length);
    const start = this.offset;
    const end = start + length;
    this.offset = end;
    for (let at = start; at < end; at++) if (this.bytes[at] >= 0x80) return this.utf8(start, end);
    return this.bytes.toString('latin1', start, end);
  }

  /** Terraform's strings are UTF-8: anything else is a corrupt document, not text to patch up. */
  private utf8(start: number, end: number): string {
    try {
      return UTF8.decode(this.bytes.subarray(start, end));
    } catch {
      throw new MsgpackError(`a string that is not UTF-8 at byte ${start}`);
    }
  }

  /** Each element takes `bytesEach` bytes at least: a count beyond what is left is a lie, refused before allocating. */
  private elements(count: number, bytesEach: number): number {
    if (count * bytesEach > this.bytes.length - this.offset) throw new MsgpackError(`a length beyond the end of the data at byte ${this.offset}`);
    return count;
  }

  private u8(): number {
    this.need(1);
    return this.bytes[this.offset++];
  }

  private u16(): number {
    this.need(2);
    const value = this.bytes.readUInt16BE(this.offset);
    this.offset += 2;
    return value;
  }

  private u32(): number {
    this.need(4);
    const value = this.bytes.readUInt32BE(this.offset);
    this.offset += 4;
    return value;
  }

  private fixed<T>(length: number, read: () => T): T {
    this.need(length);
    const value = read();
    this.offset += length;
    return value;
  }

  private need(length: number): void {
    if (this.offset + length > this.bytes.length) throw new MsgpackError(`unexpected end of data at byte ${this.offset}`);
  }
}
