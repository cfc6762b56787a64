// The msgpack reader of the codec: the subset go-cty writes (nil, bool, integers, floats, str, bin, array, map, ext),
// into the plain values the codec walks. A reader of its own because @msgpack/msgpack refuses the map key `__proto__`,
// which is an ordinary string to Terraform (a tile may be named so): here every key becomes an own property.
import { setOwnProperty } from './lossless-json';
import { Unknown } from './types';

/** Terraform's refined unknown (not null, string prefix, number and length bounds): its payload is kept to echo it. */
const REFINED_UNKNOWN_EXT = 12;

export class MsgpackError extends Error {}

/** Decodes one msgpack value that fills `bytes` exactly. int64 and uint64 come as bigint, every extension as Unknown. */
export function decodeMsgpack(bytes: Uint8Array): unknown {
  const reader = new Reader(bytes);
  const value = reader.value();
  if (reader.offset !== bytes.length) throw new MsgpackError(`${bytes.length - reader.offset} bytes after the value`);
  return value;
}

/** Arrays and maps nest no deeper than this: a hostile document cannot exhaust the stack. */
const MAX_DEPTH = 512;

class Reader {
  offset = 0;
  private readonly view: DataView;
  private readonly text = new TextDecoder('utf-8', { fatal: true });
  private depth = 0;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  value(): unknown {
    const head = this.u8();
    if (head <= 0x7f) return head;
    if (head >= 0xe0) return head - 0x100;
    if (head >= 0x80 && head <= 0x8f) return this.map(head & 0x0f);
    if (head >= 0x90 && head <= 0x9f) return this.array(head & 0x0f);
    if (head >= 0xa0 && head <= 0xbf) return this.string(head & 0x1f);
    switch (head) {
      case 0xc0:
        return null;
      case 0xc2:
        return false;
      case 0xc3:
        return true;
      case 0xc4:
        return this.binary(this.u8());
      case 0xc5:
        return this.binary(this.u16());
      case 0xc6:
        return this.binary(this.u32());
      case 0xc7:
        return this.extension(this.u8());
      case 0xc8:
        return this.extension(this.u16());
      case 0xc9:
        return this.extension(this.u32());
      case 0xca:
        return this.read(4, (at) => this.view.getFloat32(at));
      case 0xcb:
        return this.read(8, (at) => this.view.getFloat64(at));
      case 0xcc:
        return this.u8();
      case 0xcd:
        return this.u16();
      case 0xce:
        return this.u32();
      case 0xcf:
        return this.read(8, (at) => this.view.getBigUint64(at));
      case 0xd0:
        return this.read(1, (at) => this.view.getInt8(at));
      case 0xd1:
        return this.read(2, (at) => this.view.getInt16(at));
      case 0xd2:
        return this.read(4, (at) => this.view.getInt32(at));
      case 0xd3:
        return this.read(8, (at) => this.view.getBigInt64(at));
      case 0xd4:
        return this.extension(1);
      case 0xd5:
        return this.extension(2);
      case 0xd6:
        return this.extension(4);
      case 0xd7:
        return this.extension(8);
      case 0xd8:
        return this.extension(16);
      case 0xd9:
        return this.string(this.u8());
      case 0xda:
        return this.string(this.u16());
      case 0xdb:
        return this.string(this.u32());
      case 0xdc:
        return this.array(this.u16());
      case 0xdd:
        return this.array(this.u32());
      case 0xde:
        return this.map(this.u16());
      case 0xdf:
        return this.map(this.u32());
    }
    throw new MsgpackError(`unknown type byte 0x${head.toString(16)} at byte ${this.offset - 1}`);
  }

  private array(length: number): unknown[] {
    this.enter(length);
    const items: unknown[] = [];
    for (let i = 0; i < length; i++) items.push(this.value());
    this.depth--;
    return items;
  }

  private map(size: number): { [key: string]: unknown } {
    this.enter(size * 2);
    const result: { [key: string]: unknown } = {};
    for (let i = 0; i < size; i++) {
      const at = this.offset;
      const key = this.value();
      if (typeof key !== 'string' && typeof key !== 'number') throw new MsgpackError(`a map key that is not a string at byte ${at}`);
      setOwnProperty(result, String(key), this.value());
    }
    this.depth--;
    return result;
  }

  /** Every element takes at least one byte: a length beyond what is left is a lie, refused before allocating. */
  private enter(minimumBytes: number): void {
    if (minimumBytes > this.bytes.length - this.offset) throw new MsgpackError(`a length beyond the end of the data at byte ${this.offset}`);
    if (++this.depth > MAX_DEPTH) throw new MsgpackError(`values nested deeper than ${MAX_DEPTH}`);
  }

  private string(length: number): string {
    const at = this.offset;
    try {
      return this.text.decode(this.take(length));
    } catch (error) {
      if (error instanceof MsgpackError) throw error;
      throw new MsgpackError(`a string that is not UTF-8 at byte ${at}`);
    }
  }

  private binary(length: number): Uint8Array {
    return new Uint8Array(this.take(length));
  }

  private extension(length: number): Unknown {
    const type = this.read(1, (at) => this.view.getInt8(at));
    const payload = this.take(length);
    // A copy (Buffer#slice would not copy): the payload is a view into the request's buffer.
    return type === REFINED_UNKNOWN_EXT ? new Unknown(new Uint8Array(payload)) : new Unknown();
  }

  private u8(): number {
    return this.read(1, (at) => this.view.getUint8(at));
  }

  private u16(): number {
    return this.read(2, (at) => this.view.getUint16(at));
  }

  private u32(): number {
    return this.read(4, (at) => this.view.getUint32(at));
  }

  private take(length: number): Uint8Array {
    return this.read(length, (at) => this.bytes.subarray(at, at + length));
  }

  private read<T>(length: number, get: (at: number) => T): T {
    if (this.offset + length > this.bytes.length) throw new MsgpackError(`unexpected end of data at byte ${this.offset}`);
    const value = get(this.offset);
    this.offset += length;
    return value;
  }
}
