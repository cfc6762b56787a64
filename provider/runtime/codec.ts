// tfplugin6 DynamicValue <-> TfValue, driven by the cty type (rules: terraform docs/plugin-protocol/object-wire-format.md
// and go-cty cty/msgpack, cty/json). Every conversion walks the type, never the value's own shape: go-cty insists on
// objects with exactly their type's attributes and on dynamic values wrapped with their type.
import { exactNumber, numberFromText, parseJsonLossless, setOwnProperty } from './lossless-json';
import { MsgpackWriter, prepared } from './msgpack-encode';
import { MsgpackError, MsgpackReader } from './msgpack-reader';
import { oncePer } from './once-per';
import { BigDecimal, Dynamic, isTfObject, Unknown, type AttributePath, type CtyType, type TfValue } from './types';

/** A value that does not fit its type; `path` points at the offending attribute or element. */
export class ValueError extends Error {
  readonly path: AttributePath;

  /** `path` is copied: the codec's walks pass the path they push and pop. */
  constructor(message: string, path: AttributePath) {
    super(message);
    this.name = 'ValueError';
    this.path = [...path];
  }
}

// ---------------------------------------------------------------------------------------------------------
// Types as JSON

const PRIMITIVE_TYPES = new Set(['string', 'number', 'bool', 'dynamic']);

export function typeToJson(type: CtyType): Buffer {
  return Buffer.from(JSON.stringify(type));
}

function parseTypeJson(bytes: Uint8Array | string, path: AttributePath): CtyType {
  const text = typeof bytes === 'string' ? bytes : Buffer.from(bytes).toString('utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ValueError(`invalid type JSON: ${text}`, path);
  }
  return checkType(parsed, path);
}

/** Validates a parsed JSON type; the error names the whole type, which is clearer than the part that failed. */
function checkType(raw: unknown, path: AttributePath, whole: unknown = raw): CtyType {
  const invalid = () => new ValueError(`invalid type: ${JSON.stringify(whole)}`, path);
  if (typeof raw === 'string') {
    if (!PRIMITIVE_TYPES.has(raw)) throw invalid();
    return raw as CtyType;
  }
  if (!Array.isArray(raw)) throw invalid();
  const [kind, element, optional] = raw as unknown[];
  switch (kind) {
    case 'list':
    case 'set':
    case 'map':
      if (raw.length !== 2) throw invalid();
      return [kind, checkType(element, path, whole)];
    case 'tuple':
      if (raw.length !== 2 || !Array.isArray(element)) throw invalid();
      return ['tuple', element.map((item) => checkType(item, path, whole))];
    case 'object': {
      if (raw.length < 2 || raw.length > 3 || !isTfObject(element)) throw invalid();
      const attributes: { [name: string]: CtyType } = {};
      for (const [name, attributeType] of Object.entries(element)) {
        setOwnProperty(attributes, name, checkType(attributeType, path, whole));
      }
      if (raw.length === 2) return ['object', attributes];
      if (!Array.isArray(optional) || !optional.every((name) => typeof name === 'string' && Object.hasOwn(attributes, name))) {
        throw invalid();
      }
      return ['object', attributes, optional as string[]];
    }
    default:
      throw invalid();
  }
}

// ---------------------------------------------------------------------------------------------------------
// msgpack extensions: every extension Terraform sends is an unknown value (read by msgpack-reader.ts, written by
// msgpack-encode.ts, both as the codec walks a value's type)

/** Terraform's plain unknown is fixext1 type 0 with one zero byte: `d4 00 00`. */
const PLAIN_UNKNOWN_EXT = 0;
/** A refined unknown (not null, string prefix, number bounds, length bounds); its payload is echoed back as is. */
const REFINED_UNKNOWN_EXT = 12;
const PLAIN_UNKNOWN_PAYLOAD = new Uint8Array([0]);

// ---------------------------------------------------------------------------------------------------------
// Decoding

interface DecodeOptions {
  /** Raw state may hold attributes a newer schema removed: drop them instead of failing. */
  dropUndeclaredAttributes: boolean;
}

/** msgpack when present, else JSON; a DynamicValue with neither (an absent message) is null. */
export function decodeDynamicValue(dv: { msgpack?: Uint8Array | null; json?: Uint8Array | null }, type: CtyType): TfValue {
  if (dv.msgpack && dv.msgpack.length > 0) {
    const reader = new MsgpackReader(dv.msgpack);
    try {
      const value = fromMsgpack(reader, type, []);
      if (!reader.atEnd) throw new MsgpackError(`${dv.msgpack.length - reader.offset} bytes after the value`);
      return value;
    } catch (error) {
      if (error instanceof MsgpackError) throw new ValueError(`invalid msgpack: ${error.message}`, []);
      throw error;
    }
  }
  if (dv.json && dv.json.length > 0) {
    return fromJson(dv.json, type, { dropUndeclaredAttributes: false });
  }
  return null;
}

/** UpgradeResourceState's raw_state.json: numbers parsed losslessly, attributes the schema no longer has dropped. */
export function decodeRawState(json: Uint8Array | string, type: CtyType): TfValue {
  return fromJson(json, type, { dropUndeclaredAttributes: true });
}

/**
 * Reads the value of `type` that starts at the reader's position, straight into a TfValue. `path` is where the walk
 * is, pushed and popped on the way (copied only into an error).
 */
function fromMsgpack(reader: MsgpackReader, type: CtyType, path: AttributePath): TfValue {
  const head = reader.peek();
  if (reader.isNil(head)) {
    reader.skipNil();
    return null;
  }
  if (reader.isExtension(head)) {
    const { type: extensionType, payload } = reader.extension();
    return extensionType === REFINED_UNKNOWN_EXT ? new Unknown(payload) : new Unknown();
  }
  if (type === 'dynamic') {
    const invalid = () => new ValueError('a dynamic value must be a 2-element array [type JSON, value]', path);
    if (!reader.isArray(head) || reader.arrayHeader() !== 2) throw invalid();
    const typeJson = reader.value();
    if (!(typeJson instanceof Uint8Array || typeof typeJson === 'string')) throw invalid();
    const valueType = parseTypeJson(typeJson, path);
    return new Dynamic(valueType, fromMsgpack(reader, valueType, path));
  }
  if (typeof type === 'string') return primitiveFromWire(reader.value(), type, path);
  switch (type[0]) {
    case 'list':
    case 'set':
    case 'tuple': {
      if (!reader.isArray(head)) throw mismatch(type, reader.value(), path);
      const length = reader.arrayHeader();
      if (type[0] === 'tuple' && length !== type[1].length) {
        throw new ValueError(`a tuple of ${type[1].length} elements is required (${length} given)`, path);
      }
      const result: TfValue[] = new Array(length);
      for (let index = 0; index < length; index++) {
        path.push(index);
        result[index] = fromMsgpack(reader, type[0] === 'tuple' ? type[1][index] : type[1], path);
        path.pop();
      }
      return result;
    }
    case 'map': {
      if (!reader.isMap(head)) throw mismatch(type, reader.value(), path);
      const result: { [key: string]: TfValue } = {};
      for (let remaining = reader.mapHeader(); remaining > 0; remaining--) {
        const key = reader.key();
        path.push({ key });
        setOwnProperty(result, key, fromMsgpack(reader, type[1], path));
        path.pop();
      }
      return result;
    }
    case 'object': {
      if (!reader.isMap(head)) throw mismatch(type, reader.value(), path);
      const { nulls, typeOf, inKeyOrder } = objectDecoding(type[1]);
      // Every attribute, in the type's order; those the value leaves out stay null.
      const result: { [key: string]: TfValue } = { ...nulls };
      // go-cty writes attributes sorted by name: each key is most likely the one after the last, compared as bytes.
      let next = 0;
      for (let remaining = reader.mapHeader(); remaining > 0; remaining--) {
        const expected = inKeyOrder[next];
        let name: string;
        let attributeType: CtyType | undefined;
        if (expected !== undefined && reader.skipKey(expected.key)) {
          ({ name, type: attributeType } = expected);
          next++;
        } else {
          name = reader.key();
          attributeType = typeOf.get(name);
          if (attributeType === undefined) throw new ValueError(`unsupported attribute "${name}"`, [...path, name]);
          next = inKeyOrder.findIndex((attribute) => attribute.name === name) + 1;
        }
        path.push(name);
        setOwnProperty(result, name, fromMsgpack(reader, attributeType, path));
        path.pop();
      }
      return result;
    }
  }
}

function mismatch(type: CtyType, raw: unknown, path: AttributePath): ValueError {
  return new ValueError(`a ${describeType(type)} is required (got ${describe(raw)})`, path);
}

function fromJson(json: Uint8Array | string, type: CtyType, options: DecodeOptions): TfValue {
  const text = typeof json === 'string' ? json : Buffer.from(json).toString('utf8');
  let raw: unknown;
  try {
    raw = parseJsonLossless(text);
  } catch (error) {
    throw new ValueError(`invalid JSON: ${(error as Error).message}`, []);
  }
  return fromWire(raw, type, [], options);
}

/**
 * A value parsed from JSON, as a TfValue of `type`. `path` is where the walk is, pushed and popped on the way (copied
 * only into an error).
 */
function fromWire(raw: unknown, type: CtyType, path: AttributePath, options: DecodeOptions): TfValue {
  if (raw === null) return null;
  if (type === 'dynamic') return dynamicFromWire(raw, path, options);
  if (typeof type === 'string') return primitiveFromWire(raw, type, path);
  switch (type[0]) {
    case 'list':
    case 'set':
    case 'tuple': {
      const items = expectArray(raw, type, path);
      if (type[0] === 'tuple' && items.length !== type[1].length) {
        throw new ValueError(`a tuple of ${type[1].length} elements is required (${items.length} given)`, path);
      }
      const result: TfValue[] = new Array(items.length);
      for (let index = 0; index < items.length; index++) {
        path.push(index);
        result[index] = fromWire(items[index], type[0] === 'tuple' ? type[1][index] : type[1], path, options);
        path.pop();
      }
      return result;
    }
    case 'map': {
      const result: { [key: string]: TfValue } = {};
      const source = expectObject(raw, type, path);
      for (const key of Object.keys(source)) {
        path.push({ key });
        setOwnProperty(result, key, fromWire(source[key], type[1], path, options));
        path.pop();
      }
      return result;
    }
    case 'object': {
      const source = expectObject(raw, type, path);
      const result: { [key: string]: TfValue } = {};
      let present = 0;
      for (const [name, attributeType] of attributeEntries(type[1])) {
        let value: TfValue = null;
        if (Object.hasOwn(source, name)) {
          present++;
          path.push(name);
          value = fromWire(source[name], attributeType, path, options);
          path.pop();
        }
        setOwnProperty(result, name, value);
      }
      if (!options.dropUndeclaredAttributes && present !== ownKeyCount(source)) {
        const undeclared = Object.keys(source).find((name) => !Object.hasOwn(type[1], name))!;
        throw new ValueError(`unsupported attribute "${undeclared}"`, [...path, undeclared]);
      }
      return result;
    }
  }
}

/** The attributes of an object type in order. */
const attributeEntries = oncePer((attributeTypes: { [name: string]: CtyType }) => Object.entries(attributeTypes));

/** How an object type is read: its attributes in order, and each one's type by name. */
interface ObjectDecoding {
  /**
   * Every attribute null, in the type's order: each decoded object starts as a copy, which V8 makes in one step, where
   * adding the attributes one by one costs a step each.
   */
  nulls: { [key: string]: TfValue };
  typeOf: Map<string, CtyType>;
  /** The attributes in the order go-cty writes them (by the bytes of their names), each with its key as msgpack. */
  inKeyOrder: Array<{ name: string; type: CtyType; key: Buffer }>;
}

const objectDecoding = oncePer((attributeTypes: { [name: string]: CtyType }): ObjectDecoding => {
  const attributes = attributeEntries(attributeTypes);
  const inKeyOrder = attributes
    .map(([name, type]) => ({ name, type, key: prepared((writer) => writer.string(name)) }))
    .sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
  const nulls: { [key: string]: TfValue } = {};
  for (const [name] of attributes) setOwnProperty(nulls, name, null);
  return { nulls, typeOf: new Map(attributes), inKeyOrder };
});

/** How an object type is written: its map header and each attribute's key, encoded once per type. */
interface ObjectEncoding {
  header: Buffer;
  attributes: Array<{ name: string; type: CtyType; key: Buffer }>;
}

const objectEncoding = oncePer((attributeTypes: { [name: string]: CtyType }): ObjectEncoding => {
  const entries = attributeEntries(attributeTypes);
  return {
    header: prepared((writer) => writer.mapHeader(entries.length)),
    attributes: entries.map(([name, type]) => ({ name, type, key: prepared((writer) => writer.string(name)) })),
  };
});

/** Object.keys(value).length without building the array (decoded objects are plain, with no inherited keys). */
function ownKeyCount(value: object): number {
  let count = 0;
  for (const _key in value) count++;
  return count;
}

/** `{"value": ..., "type": ...}`. */
function dynamicFromWire(raw: unknown, path: AttributePath, options: DecodeOptions): Dynamic {
  if (!isTfObject(raw) || !Object.hasOwn(raw, 'type') || !Object.hasOwn(raw, 'value')) {
    throw new ValueError('a dynamic value must be a JSON object {"value": ..., "type": ...}', path);
  }
  const type = checkType(raw.type, path);
  return new Dynamic(type, fromWire(raw.value, type, path, options));
}

/**
 * Also accepts the conversions go-cty's decoders accept: a number or bool where a string is expected, and a
 * numeric or "true"/"false" string where a number or bool is expected.
 */
function primitiveFromWire(raw: unknown, type: 'string' | 'number' | 'bool', path: AttributePath): TfValue {
  switch (type) {
    case 'string':
      if (typeof raw === 'string') return raw;
      if (typeof raw === 'boolean' || typeof raw === 'number' || typeof raw === 'bigint') return String(raw);
      if (raw instanceof BigDecimal) return raw.text;
      break;
    case 'number':
      if (typeof raw === 'number' || typeof raw === 'bigint') return exactNumber(raw);
      if (raw instanceof BigDecimal) return raw;
      if (typeof raw === 'string') {
        try {
          return numberFromText(raw);
        } catch {
          throw new ValueError(`a number is required (got the string ${JSON.stringify(raw)})`, path);
        }
      }
      break;
    case 'bool':
      if (typeof raw === 'boolean') return raw;
      if (raw === 'true' || raw === 'false') return raw === 'true';
      break;
  }
  throw new ValueError(`a ${type} is required (got ${describe(raw)})`, path);
}

// ---------------------------------------------------------------------------------------------------------
// Encoding

export function encodeDynamicValue(value: TfValue, type: CtyType): { msgpack: Buffer } {
  const writer = new MsgpackWriter();
  writeTyped(writer, value, type, []);
  return { msgpack: writer.finish() };
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/**
 * Writes the value as go-cty reads it for `type`. `path` is where the walk is, pushed and popped on the way (copied
 * only into an error).
 */
function writeTyped(writer: MsgpackWriter, value: TfValue, type: CtyType, path: AttributePath): void {
  if (value === null) return writer.nil();
  if (value instanceof Unknown) {
    if (value.refinements) writer.extension(REFINED_UNKNOWN_EXT, value.refinements);
    else writer.extension(PLAIN_UNKNOWN_EXT, PLAIN_UNKNOWN_PAYLOAD);
    return;
  }
  if (type === 'dynamic') {
    if (!(value instanceof Dynamic)) {
      throw new ValueError(`a value of type dynamic must be wrapped in Dynamic (got ${describe(value)})`, path);
    }
    writer.arrayHeader(2);
    writer.binary(typeToJson(value.type));
    return writeTyped(writer, value.value, value.type, path);
  }
  if (typeof type === 'string') {
    switch (type) {
      case 'string':
        if (typeof value !== 'string') throw mismatch(type, value, path);
        return writer.string(value);
      case 'bool':
        if (typeof value !== 'boolean') throw mismatch(type, value, path);
        return writer.bool(value);
      case 'number':
        if (typeof value === 'number') {
          if (Number.isNaN(value)) throw mismatch(type, value, path);
          return writer.number(value);
        }
        // Beyond int64 a msgpack integer would wrap around; a decimal string is exact and go-cty accepts it.
        if (typeof value === 'bigint') return value >= INT64_MIN && value <= INT64_MAX ? writer.bigint(value) : writer.string(value.toString());
        if (value instanceof BigDecimal) return writer.string(value.text);
        throw mismatch(type, value, path);
    }
  }
  switch (type[0]) {
    case 'list':
    case 'set':
    case 'tuple': {
      if (!Array.isArray(value)) throw mismatch(type, value, path);
      if (type[0] === 'tuple' && value.length !== type[1].length) {
        throw new ValueError(`a tuple of ${type[1].length} elements is required (${value.length} given)`, path);
      }
      writer.arrayHeader(value.length);
      for (let index = 0; index < value.length; index++) {
        path.push(index);
        writeTyped(writer, value[index], type[0] === 'tuple' ? type[1][index] : type[1], path);
        path.pop();
      }
      return;
    }
    case 'map': {
      if (!isTfObject(value)) throw mismatch(type, value, path);
      const keys = Object.keys(value);
      writer.mapHeader(keys.length);
      for (const key of keys) {
        writer.string(key);
        path.push({ key });
        writeTyped(writer, value[key], type[1], path);
        path.pop();
      }
      return;
    }
    case 'object': {
      if (!isTfObject(value)) throw mismatch(type, value, path);
      const { header, attributes } = objectEncoding(type[1]);
      writer.preparedBytes(header);
      for (const { name, type: attributeType, key } of attributes) {
        writer.preparedBytes(key);
        path.push(name);
        writeTyped(writer, Object.hasOwn(value, name) ? value[name] : null, attributeType, path);
        path.pop();
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Helpers

function expectArray(raw: unknown, type: CtyType, path: AttributePath): unknown[] {
  if (!Array.isArray(raw)) throw new ValueError(`a ${describeType(type)} is required (got ${describe(raw)})`, path);
  return raw;
}

function expectObject(raw: unknown, type: CtyType, path: AttributePath): { [key: string]: unknown } {
  if (!isTfObject(raw)) throw new ValueError(`a ${describeType(type)} is required (got ${describe(raw)})`, path);
  return raw;
}

function describeType(type: CtyType): string {
  return typeof type === 'string' ? type : type[0];
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Uint8Array) return 'bytes';
  if (value instanceof Dynamic) return 'a Dynamic value';
  if (value instanceof BigDecimal) return 'a number';
  if (isTfObject(value)) return 'an object';
  if (typeof value === 'bigint') return 'a number';
  if (typeof value === 'string') return `string ${JSON.stringify(value)}`;
  return typeof value === 'number' || typeof value === 'boolean' ? `${typeof value} ${value}` : typeof value;
}
