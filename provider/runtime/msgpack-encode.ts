// The msgpack writer of the codec: the formats go-cty reads (nil, bool, integers, float64, str, bin, array, map, ext),
// written straight into one growing buffer while the codec walks a value by its type, so that encoding a state builds
// no intermediate copy of it. Each value takes the smallest format that holds it, as msgpack writers do.

/** A working buffer kept between writers, so that most encodings allocate only their result. */
let spareBuffer: Buffer | undefined = Buffer.allocUnsafe(64 * 1024);

export class MsgpackWriter {
  /** The spare buffer when no other writer holds it (a writer may start while another is under way). */
  private bytes = takeSpareBuffer();
  private length = 0;

  /** A copy of the bytes written; the writer is not used after this. */
  finish(): Buffer {
    const result = Buffer.from(this.bytes.subarray(0, this.length));
    spareBuffer = this.bytes;
    return result;
  }

  /** Bytes written before, by `prepared`: a string's encoding worked out once and written many times. */
  preparedBytes(bytes: Uint8Array): void {
    this.raw(bytes);
  }

  nil(): void {
    this.byte(0xc0);
  }

  bool(value: boolean): void {
    this.byte(value ? 0xc3 : 0xc2);
  }

  /** An integer within ±2^53 as the smallest integer format; anything else as float64. */
  number(value: number): void {
    if (!Number.isSafeInteger(value)) {
      this.room(9);
      this.bytes[this.length] = 0xcb;
      this.bytes.writeDoubleBE(value, this.length + 1);
      this.length += 9;
    } else if (value >= 0) {
      if (value < 0x80) this.byte(value);
      else if (value < 0x100) this.head(0xcc, 1, value);
      else if (value < 0x10000) this.head(0xcd, 2, value);
      else if (value < 0x100000000) this.head(0xce, 4, value);
      else this.bigint(BigInt(value));
    } else {
      if (value >= -0x20) this.byte(value + 0x100);
      else if (value >= -0x80) this.head(0xd0, 1, value);
      else if (value >= -0x8000) this.head(0xd1, 2, value);
      else if (value >= -0x80000000) this.head(0xd2, 4, value);
      else this.bigint(BigInt(value));
    }
  }

  /** A 64-bit integer: uint64 from zero up, int64 below (the caller keeps it within those ranges). */
  bigint(value: bigint): void {
    this.room(9);
    if (value >= 0n) {
      this.bytes[this.length] = 0xcf;
      this.bytes.writeBigUInt64BE(value, this.length + 1);
    } else {
      this.bytes[this.length] = 0xd3;
      this.bytes.writeBigInt64BE(value, this.length + 1);
    }
    this.length += 9;
  }

  string(value: string): void {
    // UTF-8 takes at most three bytes per UTF-16 unit; the header at most five.
    this.room(5 + value.length * 3);
    const size = Buffer.byteLength(value);
    if (size < 0x20) this.byte(0xa0 | size);
    else this.sizeHead(size, 0xd9, 0xda, 0xdb);
    this.length += this.bytes.write(value, this.length);
  }

  binary(value: Uint8Array): void {
    this.sizeHead(value.length, 0xc4, 0xc5, 0xc6);
    this.raw(value);
  }

  arrayHeader(size: number): void {
    if (size < 0x10) this.byte(0x90 | size);
    else this.sizeHead(size, undefined, 0xdc, 0xdd);
  }

  mapHeader(size: number): void {
    if (size < 0x10) this.byte(0x80 | size);
    else this.sizeHead(size, undefined, 0xde, 0xdf);
  }

  extension(type: number, payload: Uint8Array): void {
    const fixed = FIXED_EXTENSIONS.get(payload.length);
    if (fixed !== undefined) this.byte(fixed);
    else this.sizeHead(payload.length, 0xc7, 0xc8, 0xc9);
    this.byte(type & 0xff);
    this.raw(payload);
  }

  private byte(value: number): void {
    this.room(1);
    this.bytes[this.length++] = value;
  }

  /** A one-byte format code followed by an unsigned or signed big-endian integer of `size` bytes. */
  private head(code: number, size: 1 | 2 | 4, value: number): void {
    this.room(1 + size);
    this.bytes[this.length] = code;
    if (value >= 0) this.bytes.writeUIntBE(value, this.length + 1, size);
    else this.bytes.writeIntBE(value, this.length + 1, size);
    this.length += 1 + size;
  }

  /** The header of a sized format: 8-, 16- or 32-bit length (arrays and maps have no 8-bit form). */
  private sizeHead(size: number, code8: number | undefined, code16: number, code32: number): void {
    if (code8 !== undefined && size < 0x100) this.head(code8, 1, size);
    else if (size < 0x10000) this.head(code16, 2, size);
    else this.head(code32, 4, size);
  }

  private raw(value: Uint8Array): void {
    this.room(value.length);
    this.bytes.set(value, this.length);
    this.length += value.length;
  }

  private room(needed: number): void {
    if (this.length + needed <= this.bytes.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.length + needed));
    this.bytes.copy(grown, 0, 0, this.length);
    this.bytes = grown;
  }
}

function takeSpareBuffer(): Buffer {
  const buffer = spareBuffer ?? Buffer.allocUnsafe(4096);
  spareBuffer = undefined;
  return buffer;
}

/** What `write` puts into a writer, as bytes to write again with `preparedBytes`. */
export function prepared(write: (writer: MsgpackWriter) => void): Buffer {
  const writer = new MsgpackWriter();
  write(writer);
  return writer.finish();
}

/** fixext formats by payload length. */
const FIXED_EXTENSIONS = new Map([
  [1, 0xd4],
  [2, 0xd5],
  [4, 0xd6],
  [8, 0xd7],
  [16, 0xd8],
]);
