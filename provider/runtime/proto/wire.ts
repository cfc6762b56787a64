// The protobuf wire format (protobuf.dev/programming-guides/encoding) for the codecs messages.ts holds, generated from
// the .proto files by scripts/generate-proto.mjs: varints, length-delimited fields and skipping what is unknown. The
// field helpers convert as protobufjs's fromObject did (what the handlers were written against): null and undefined
// are absent, a proto3 default is not written unless the field tracks presence (a oneof member or `optional`).

/** Decoded messages and the objects handlers give to be encoded. */
export type Fields = Record<string, unknown>;

export interface MessageCodec {
  encode(message: Fields, writer: Writer): void;
  /** Reads the fields from the reader's position up to `end`. */
  decode(reader: Reader, end: number): Fields;
}

/** Wire types (the low 3 bits of a tag). */
const WireType = { VARINT: 0, FIXED64: 1, DELIMITED: 2, START_GROUP: 3, END_GROUP: 4, FIXED32: 5 } as const;

const TWO_32 = 4294967296;
const TWO_63 = 2 ** 63;
/** Strings up to this length are written by ascii() where they are ASCII. */
const SHORT_STRING = 64;

export class Writer {
  private buf = Buffer.allocUnsafe(256);
  private pos = 0;

  /** The bytes written: a view of the writer's buffer, so the writer is not used after. */
  finish(): Buffer {
    return this.buf.subarray(0, this.pos);
  }

  /** A varint of a value taken as unsigned 32-bit. */
  uint32(value: number): void {
    this.reserve(5);
    let v = value >>> 0;
    while (v > 127) {
      this.buf[this.pos++] = (v & 127) | 128;
      v >>>= 7;
    }
    this.buf[this.pos++] = v;
  }

  /** int32 and enums: a negative value is sign-extended to 64 bits (10 bytes), as the encoding guide says. */
  int32(value: number): void {
    if (value >= 0) this.uint32(value);
    else this.varint64(value >>> 0, 0xffffffff);
  }

  /** int64 from a number: fractions dropped, NaN as 0, out of range clamped (as protobufjs's Long.fromNumber). */
  int64(value: number): void {
    if (Number.isNaN(value)) value = 0;
    if (value >= TWO_63) return this.varint64(0xffffffff, 0x7fffffff);
    if (value <= -TWO_63) return this.varint64(0, 0x80000000);
    const magnitude = Math.trunc(Math.abs(value));
    let lo = magnitude % TWO_32 >>> 0;
    let hi = Math.floor(magnitude / TWO_32) >>> 0;
    if (value < 0 && magnitude !== 0) {
      // two's complement of the magnitude
      lo = (~lo + 1) >>> 0;
      hi = (~hi + (lo === 0 ? 1 : 0)) >>> 0;
    }
    this.varint64(lo, hi);
  }

  /** UTF-8; a lone surrogate becomes U+FFFD (Terraform's Go decoder refuses invalid UTF-8 in a string field). */
  string(value: string): void {
    this.reserve(5 + value.length * 3);
    const start = this.fork();
    if (value.length > SHORT_STRING || !this.ascii(value)) this.pos = start + this.buf.write(value, start, 'utf8');
    this.ldelim(start);
  }

  bytes(value: Uint8Array): void {
    this.uint32(value.length);
    this.reserve(value.length);
    this.buf.set(value, this.pos);
    this.pos += value.length;
  }

  /** Starts a length-delimited part (one byte left for its length); returns where it starts, for ldelim. */
  fork(): number {
    this.reserve(1);
    this.pos += 1;
    return this.pos;
  }

  /** Ends the part fork started: writes its length before it, moving the part if the length needs more than a byte. */
  ldelim(start: number): void {
    const length = this.pos - start;
    if (length < 128) {
      this.buf[start - 1] = length;
      return;
    }
    const lengthBytes = varintSize(length);
    this.reserve(lengthBytes - 1);
    this.buf.copyWithin(start - 1 + lengthBytes, start, this.pos);
    this.pos = start - 1;
    this.uint32(length);
    this.pos += length;
  }

  // Fields, converted as protobufjs's fromObject converted them; `present` for fields that track presence.

  stringField(tag: number, value: unknown, present = false): void {
    if (value == null) return;
    const text = String(value);
    if (text === '' && !present) return;
    this.uint32(tag);
    this.string(text);
  }

  /** Bytes from a Buffer, a Uint8Array or an array of numbers, or base64 text. */
  bytesField(tag: number, value: unknown, present = false): void {
    if (value == null) return;
    let bytes: Uint8Array;
    if (typeof value === 'string') bytes = Buffer.from(value, 'base64');
    else if (value instanceof Uint8Array) bytes = value;
    else if (Array.isArray(value)) bytes = Uint8Array.from(value);
    else return;
    if (bytes.length === 0 && !present) return;
    this.uint32(tag);
    this.bytes(bytes);
  }

  boolField(tag: number, value: unknown, present = false): void {
    if (value == null) return;
    const flag = Boolean(value);
    if (!flag && !present) return;
    this.uint32(tag);
    this.uint32(flag ? 1 : 0);
  }

  int32Field(tag: number, value: unknown, present = false): void {
    if (value == null) return;
    const number = (value as number) | 0;
    if (number === 0 && !present) return;
    this.uint32(tag);
    this.int32(number);
  }

  /** int64 from a number, or from decimal text or a bigint (within a double's precision). */
  int64Field(tag: number, value: unknown, present = false): void {
    if (value == null) return;
    const number = typeof value === 'number' ? value : Number(value);
    if ((number === 0 || Number.isNaN(number)) && !present) return;
    this.uint32(tag);
    this.int64(number);
  }

  /**
   * An enum by its name or number. An unknown name is not written (protobufjs's fromObject skipped it); a number
   * is written as it is, known or not.
   */
  enumField(tag: number, value: unknown, numbers: Readonly<Record<string, number>>, present = false): void {
    const number = typeof value === 'number' ? value : typeof value === 'string' && Object.hasOwn(numbers, value) ? numbers[value] : undefined;
    if (number === undefined || (number === 0 && !present)) return;
    this.uint32(tag);
    this.int32(number);
  }

  messageField(tag: number, value: unknown, codec: MessageCodec, typeName: string): void {
    if (value == null) return;
    if (typeof value !== 'object') throw new TypeError(`${typeName}: object expected`);
    this.uint32(tag);
    const start = this.fork();
    codec.encode(value as Fields, this);
    this.ldelim(start);
  }

  repeatedMessageField(tag: number, value: unknown, codec: MessageCodec, typeName: string): void {
    if (!value) return;
    if (!Array.isArray(value)) throw new TypeError(`${typeName}: array expected`);
    // an index loop: an iterator costs more in code that has not been optimised yet (a process's first calls)
    for (let i = 0; i < value.length; i++) {
      const element: unknown = value[i];
      if (element === null || typeof element !== 'object') throw new TypeError(`${typeName}: object expected`);
      this.messageField(tag, element, codec, typeName);
    }
  }

  /** A map<string, string>: one entry message (key 1, value 2) per key, the value written even when empty. */
  stringMapField(tag: number, value: unknown, typeName: string): void {
    this.mapField(tag, value, typeName, (entry) => this.stringField(18, entry, true));
  }

  /** A map<string, message>: one entry message (key 1, value 2) per key. */
  messageMapField(tag: number, value: unknown, codec: MessageCodec, typeName: string): void {
    this.mapField(tag, value, typeName, (entry) => this.messageField(18, entry, codec, typeName));
  }

  private mapField(tag: number, value: unknown, typeName: string, writeValue: (entry: unknown) => void): void {
    if (!value) return;
    if (typeof value !== 'object') throw new TypeError(`${typeName}: object expected`);
    for (const [key, entry] of Object.entries(value)) {
      this.uint32(tag);
      const start = this.fork();
      this.uint32(10);
      this.string(key);
      writeValue(entry);
      this.ldelim(start);
    }
  }

  /**
   * Writes a short string byte by byte while it is ASCII; false (with nothing kept) at its first other character.
   * Most strings of the protocol are short names, and Buffer#write's argument checks cost more than the copy.
   */
  private ascii(value: string): boolean {
    const { buf } = this;
    let pos = this.pos;
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i);
      if (code >= 0x80) return false;
      buf[pos++] = code;
    }
    this.pos = pos;
    return true;
  }

  private varint64(lo: number, hi: number): void {
    this.reserve(10);
    while (hi !== 0) {
      this.buf[this.pos++] = (lo & 127) | 128;
      lo = ((lo >>> 7) | (hi << 25)) >>> 0;
      hi >>>= 7;
    }
    this.uint32(lo);
  }

  private reserve(bytes: number): void {
    if (this.pos + bytes <= this.buf.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + bytes));
    grown.set(this.buf.subarray(0, this.pos)); // a typed-array copy: Buffer#copy checks its arguments in JS first
    this.buf = grown;
  }
}

function varintSize(value: number): number {
  let size = 1;
  while (value >= 128) {
    value = Math.floor(value / 128);
    size += 1;
  }
  return size;
}

export class Reader {
  pos = 0;
  /** The high 32 bits of the last varint read (varint returns the low ones). */
  private hi = 0;

  constructor(readonly buf: Buffer) {}

  /** The varint's low 32 bits, unsigned (tags, lengths, uint32). */
  uint32(): number {
    const byte = this.byte();
    if (byte < 128) return byte; // most tags and lengths
    this.pos -= 1;
    return this.varint();
  }

  int32(): number {
    return this.varint() | 0;
  }

  /** An int64 as a number: exact up to 2^53, rounded beyond (as protobufjs's `longs: Number`). */
  int64(): number {
    const lo = this.varint();
    const hi = this.hi;
    if (hi >>> 31 === 0) return lo + hi * TWO_32;
    // negative: the magnitude is the two's complement
    const negLo = (~lo + 1) >>> 0;
    const negHi = (~hi + (negLo === 0 ? 1 : 0)) >>> 0;
    return -(negLo + negHi * TWO_32);
  }

  bool(): boolean {
    return this.varint() !== 0 || this.hi !== 0;
  }

  string(): string {
    const end = this.end();
    const text = this.buf.toString('utf8', this.pos, end);
    this.pos = end;
    return text;
  }

  /** A view of the bytes, not a copy (as protobufjs's reader gave). */
  bytes(): Buffer {
    const end = this.end();
    const bytes = this.buf.subarray(this.pos, end);
    this.pos = end;
    return bytes;
  }

  /** A length-delimited message, which must end where its length says. */
  message(codec: MessageCodec): Fields {
    const end = this.end();
    const message = codec.decode(this, end);
    if (this.pos !== end) throw new RangeError(`a field runs past the end of its message (byte ${end}) to byte ${this.pos}`);
    return message;
  }

  /** An enum's name, or its number where the enum has no name for it (as protobufjs's `enums: String`). */
  enum(names: Readonly<Record<number, string>>): string | number {
    const number = this.int32();
    return Object.hasOwn(names, number) ? names[number] : number;
  }

  /** A map<string, string> entry into `into`: key 1, value 2 ('' where absent). */
  stringMapEntry(into: Fields): void {
    this.mapEntry(into, () => this.string(), () => '');
  }

  /** A map<string, message> entry into `into`: key 1, value 2 (an empty message where absent). */
  messageMapEntry(into: Fields, codec: MessageCodec): void {
    this.mapEntry(into, () => this.message(codec), () => codec.decode(this, this.pos));
  }

  private mapEntry(into: Fields, readValue: () => unknown, absent: () => unknown): void {
    const end = this.end();
    let key = '';
    let value: unknown;
    let found = false;
    while (this.pos < end) {
      const tag = this.uint32();
      if (tag === 10) key = this.string();
      else if (tag === 18) [value, found] = [readValue(), true];
      else this.skip(tag & 7);
    }
    if (this.pos !== end) throw new RangeError(`a field runs past the end of its map entry (byte ${end}) to byte ${this.pos}`);
    into[key] = found ? value : absent();
  }

  /** Skips a field of this wire type (proto3: unknown fields are ignored). */
  skip(wireType: number): void {
    switch (wireType) {
      case WireType.VARINT:
        this.varint();
        return;
      case WireType.FIXED64:
        this.advance(8);
        return;
      case WireType.DELIMITED:
        this.pos = this.end();
        return;
      case WireType.START_GROUP:
        for (let tag = this.uint32(); (tag & 7) !== WireType.END_GROUP; tag = this.uint32()) this.skip(tag & 7);
        return;
      case WireType.FIXED32:
        this.advance(4);
        return;
      default:
        throw new RangeError(`invalid wire type ${wireType} at byte ${this.pos}`);
    }
  }

  /** Reads a length and returns where the length-delimited part ends. */
  private end(): number {
    const length = this.uint32();
    const end = this.pos + length;
    if (end > this.buf.length) throw new RangeError(`a length of ${length} at byte ${this.pos} overruns the message`);
    return end;
  }

  private advance(bytes: number): void {
    if (this.pos + bytes > this.buf.length) throw new RangeError(`the message ends inside a field at byte ${this.pos}`);
    this.pos += bytes;
  }

  private byte(): number {
    if (this.pos >= this.buf.length) throw new RangeError(`the message ends inside a field at byte ${this.pos}`);
    return this.buf[this.pos++];
  }

  /** Reads a varint of up to 10 bytes; returns its low 32 bits (unsigned) and keeps the high ones in `hi`. */
  private varint(): number {
    let lo = 0;
    let hi: number;
    let byte: number;
    for (let shift = 0; shift < 28; shift += 7) {
      byte = this.byte();
      lo |= (byte & 127) << shift;
      if (byte < 128) return this.done(lo, 0);
    }
    byte = this.byte(); // bits 28 to 34
    lo |= (byte & 127) << 28;
    hi = (byte & 127) >>> 4;
    if (byte < 128) return this.done(lo, hi);
    for (let shift = 3; shift < 32; shift += 7) {
      byte = this.byte();
      hi |= (byte & 127) << shift;
      if (byte < 128) return this.done(lo, hi);
    }
    throw new RangeError(`a varint longer than 10 bytes at byte ${this.pos}`);
  }

  private done(lo: number, hi: number): number {
    this.hi = hi >>> 0;
    return lo >>> 0;
  }
}

/** Encodes one message as a standalone buffer. */
export function encodeMessage(codec: MessageCodec, message: Fields): Buffer {
  const writer = new Writer();
  codec.encode(message, writer);
  return writer.finish();
}

/** Decodes one standalone message. */
export function decodeMessage(codec: MessageCodec, bytes: Buffer): Fields {
  const reader = new Reader(bytes);
  return codec.decode(reader, bytes.length);
}
