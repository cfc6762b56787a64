// tfplugin6 DynamicValue <-> TfValue, driven by the cty type (rules: terraform docs/plugin-protocol/object-wire-format.md
// and go-cty cty/msgpack, cty/json). Every conversion walks the type, never the value's own shape: go-cty insists on
// objects with exactly their type's attributes and on dynamic values wrapped with their type.
import { encode, ExtensionCodec } from '@msgpack/msgpack';
import { exactNumber, numberFromText, parseJsonLossless, setOwnProperty } from './lossless-json';
import { decodeMsgpack } from './msgpack-decode';
import { BigDecimal, Dynamic, isTfObject, Unknown, type AttributePath, type CtyType, type TfValue } from './types';

/** A value that does not fit its type; `path` points at the offending attribute or element. */
export class ValueError extends Error {
  constructor(
    message: string,
    readonly path: AttributePath,
  ) {
    super(message);
    this.name = 'ValueError';
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
// msgpack extensions: unknown values. Writing goes through @msgpack/msgpack; reading through msgpack-decode.ts, which
// reads every extension Terraform sends as an unknown value.

/** Terraform's plain unknown is fixext1 type 0 with one zero byte: `d4 00 00`. */
const PLAIN_UNKNOWN_EXT = 0;
/** A refined unknown (not null, string prefix, number bounds, length bounds); its payload is echoed back as is. */
const REFINED_UNKNOWN_EXT = 12;
const PLAIN_UNKNOWN_PAYLOAD = new Uint8Array([0]);

const extensionCodec = new ExtensionCodec();
extensionCodec.register({
  type: PLAIN_UNKNOWN_EXT,
  encode: (value) => (value instanceof Unknown && !value.refinements ? PLAIN_UNKNOWN_PAYLOAD : null),
  decode: () => new Unknown(),
});
extensionCodec.register({
  type: REFINED_UNKNOWN_EXT,
  encode: (value) => (value instanceof Unknown && value.refinements ? value.refinements : null),
  decode: (payload) => new Unknown(new Uint8Array(payload)),
});

const MSGPACK_OPTIONS = { extensionCodec, useBigInt64: true } as const;

// ---------------------------------------------------------------------------------------------------------
// Decoding

type WireForm = 'msgpack' | 'json';

interface DecodeOptions {
  form: WireForm;
  /** Raw state may hold attributes a newer schema removed: drop them instead of failing. */
  dropUndeclaredAttributes: boolean;
}

/** msgpack when present, else JSON; a DynamicValue with neither (an absent message) is null. */
export function decodeDynamicValue(dv: { msgpack?: Uint8Array | null; json?: Uint8Array | null }, type: CtyType): TfValue {
  if (dv.msgpack && dv.msgpack.length > 0) {
    let raw: unknown;
    try {
      raw = decodeMsgpack(dv.msgpack);
    } catch (error) {
      throw new ValueError(`invalid msgpack: ${(error as Error).message}`, []);
    }
    return fromWire(raw, type, [], { form: 'msgpack', dropUndeclaredAttributes: false });
  }
  if (dv.json && dv.json.length > 0) {
    return fromJson(dv.json, type, { form: 'json', dropUndeclaredAttributes: false });
  }
  return null;
}

/** UpgradeResourceState's raw_state.json: numbers parsed losslessly, attributes the schema no longer has dropped. */
export function decodeRawState(json: Uint8Array | string, type: CtyType): TfValue {
  return fromJson(json, type, { form: 'json', dropUndeclaredAttributes: true });
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

function fromWire(raw: unknown, type: CtyType, path: AttributePath, options: DecodeOptions): TfValue {
  if (raw === null) return null;
  if (raw instanceof Unknown) return raw;
  if (type === 'dynamic') return dynamicFromWire(raw, path, options);
  if (typeof type === 'string') return primitiveFromWire(raw, type, path);
  switch (type[0]) {
    case 'list':
    case 'set': {
      const elementType = type[1];
      return expectArray(raw, type, path).map((item, index) => fromWire(item, elementType, [...path, index], options));
    }
    case 'tuple': {
      const elementTypes = type[1];
      const items = expectArray(raw, type, path);
      if (items.length !== elementTypes.length) {
        throw new ValueError(`a tuple of ${elementTypes.length} elements is required (${items.length} given)`, path);
      }
      return items.map((item, index) => fromWire(item, elementTypes[index], [...path, index], options));
    }
    case 'map': {
      const result: { [key: string]: TfValue } = {};
      for (const [key, item] of Object.entries(expectObject(raw, type, path))) {
        setOwnProperty(result, key, fromWire(item, type[1], [...path, { key }], options));
      }
      return result;
    }
    case 'object': {
      const attributeTypes = type[1];
      const source = expectObject(raw, type, path);
      if (!options.dropUndeclaredAttributes) {
        const undeclared = Object.keys(source).find((name) => !Object.hasOwn(attributeTypes, name));
        if (undeclared !== undefined) throw new ValueError(`unsupported attribute "${undeclared}"`, [...path, undeclared]);
      }
      const result: { [key: string]: TfValue } = {};
      for (const [name, attributeType] of Object.entries(attributeTypes)) {
        const value = Object.hasOwn(source, name) ? fromWire(source[name], attributeType, [...path, name], options) : null;
        setOwnProperty(result, name, value);
      }
      return result;
    }
  }
}

/** msgpack: `[type JSON bytes, value]`; JSON: `{"value": ..., "type": ...}`. */
function dynamicFromWire(raw: unknown, path: AttributePath, options: DecodeOptions): Dynamic {
  if (options.form === 'msgpack') {
    if (!Array.isArray(raw) || raw.length !== 2 || !(raw[0] instanceof Uint8Array || typeof raw[0] === 'string')) {
      throw new ValueError('a dynamic value must be a 2-element array [type JSON, value]', path);
    }
    const type = parseTypeJson(raw[0], path);
    return new Dynamic(type, fromWire(raw[1], type, path, options));
  }
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
  const bytes = encode(toWire(value, type, []), MSGPACK_OPTIONS);
  return { msgpack: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** The value as @msgpack/msgpack should write it; Unknown is left to the extension codec. */
function toWire(value: TfValue, type: CtyType, path: AttributePath): unknown {
  if (value === null || value instanceof Unknown) return value;
  if (type === 'dynamic') {
    if (!(value instanceof Dynamic)) {
      throw new ValueError(`a value of type dynamic must be wrapped in Dynamic (got ${describe(value)})`, path);
    }
    return [typeToJson(value.type), toWire(value.value, value.type, path)];
  }
  const mismatch = () => new ValueError(`a ${describeType(type)} is required (got ${describe(value)})`, path);
  if (typeof type === 'string') {
    switch (type) {
      case 'string':
        if (typeof value !== 'string') throw mismatch();
        return value;
      case 'bool':
        if (typeof value !== 'boolean') throw mismatch();
        return value;
      case 'number':
        if (typeof value === 'number') {
          if (Number.isNaN(value)) throw mismatch();
          // Integers beyond 32 bits go as int64, as go-cty writes them (the msgpack writer would pick a double).
          return Number.isSafeInteger(value) && Math.abs(value) > 0xffffffff ? BigInt(value) : value;
        }
        // Beyond int64 the msgpack writer would wrap around; a decimal string is exact and go-cty accepts it.
        if (typeof value === 'bigint') return value >= INT64_MIN && value <= INT64_MAX ? value : value.toString();
        if (value instanceof BigDecimal) return value.text;
        throw mismatch();
    }
  }
  switch (type[0]) {
    case 'list':
    case 'set': {
      if (!Array.isArray(value)) throw mismatch();
      const elementType = type[1];
      return value.map((item, index) => toWire(item, elementType, [...path, index]));
    }
    case 'tuple': {
      const elementTypes = type[1];
      if (!Array.isArray(value)) throw mismatch();
      if (value.length !== elementTypes.length) {
        throw new ValueError(`a tuple of ${elementTypes.length} elements is required (${value.length} given)`, path);
      }
      return value.map((item, index) => toWire(item, elementTypes[index], [...path, index]));
    }
    case 'map': {
      if (!isTfObject(value)) throw mismatch();
      const result: { [key: string]: unknown } = {};
      for (const [key, item] of Object.entries(value)) setOwnProperty(result, key, toWire(item, type[1], [...path, { key }]));
      return result;
    }
    case 'object': {
      if (!isTfObject(value)) throw mismatch();
      const result: { [key: string]: unknown } = {};
      for (const [name, attributeType] of Object.entries(type[1])) {
        const attribute = Object.hasOwn(value, name) ? value[name] : null;
        setOwnProperty(result, name, toWire(attribute, attributeType, [...path, name]));
      }
      return result;
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
