// The generated codecs against protobufjs (reflection from the same .proto files, test only), which the runtime used
// before: for every message type, a handler's object encoded by us decodes in protobufjs as protobufjs's own encoding
// of it does, and protobufjs's bytes (with unknown fields after them) decode by us as protobufjs's toObject gave them.
import fc from 'fast-check';
import { join } from 'node:path';
import protobuf from 'protobufjs';
import { messages } from './messages';
import { decodeMessage, encodeMessage, type Fields } from './wire';

const root = new protobuf.Root();
root.loadSync(['tfplugin6.8.proto', 'goplugin.proto', 'health.proto'].map((file) => join(__dirname, file)), { keepCase: true });
root.resolveAll();

/** The shape the handlers were written against (server.ts before the generated codecs). */
const CONVERSION: protobuf.IConversionOptions = { longs: Number, enums: String, bytes: Buffer, defaults: true, oneofs: true };

const RUNS = Number(process.env.PROTO_PROPERTY_RUNS ?? 60);
/** Nested messages below this depth are left out, so that recursive types (Schema.Block) stay finite. */
const MAX_DEPTH = 3;

const protobufjsEncode = (type: protobuf.Type, object: Fields) => Buffer.from(type.encode(type.fromObject(object)).finish());
const protobufjsDecode = (type: protobuf.Type, bytes: Buffer) => type.toObject(type.decode(bytes), CONVERSION);

const text = fc.string({ unit: 'grapheme', maxLength: 12 });
const mapKey = text.filter((key) => key !== '__proto__');

/** int64 as handlers give it: integers mostly, and the numbers protobufjs's Long.fromNumber rounds or clamps. */
const int64 = fc.oneof(
  { weight: 4, arbitrary: fc.maxSafeInteger() },
  { weight: 1, arbitrary: fc.integer({ min: -(2 ** 31), max: 2 ** 31 }) },
  { weight: 1, arbitrary: fc.constantFrom(2 ** 53 + 2, -(2 ** 60), 2 ** 63, -(2 ** 63), 2 ** 64, -(2 ** 70), Infinity, -Infinity, NaN, 0) },
  { weight: 1, arbitrary: fc.double({ min: -1e6, max: 1e6 }) },
);

const bytes = fc.uint8Array({ maxLength: 16 }).chain((array) => fc.constantFrom<Uint8Array>(Buffer.from(array), array));

function scalar(field: protobuf.Field): fc.Arbitrary<unknown> {
  switch (field.type) {
    case 'string':
      return text;
    case 'bytes':
      return bytes;
    case 'bool':
      return fc.boolean();
    case 'int32':
      return fc.integer();
    case 'int64':
      return int64;
    default:
      throw new Error(`no arbitrary for ${field.type}`);
  }
}

/** An enum as handlers give it: by name mostly, sometimes by number (known or not). */
function enumValue(type: protobuf.Enum): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...Object.keys(type.values)) },
    { weight: 1, arbitrary: fc.constantFrom(...Object.values(type.values)) },
    { weight: 1, arbitrary: fc.integer({ min: -3, max: 40 }) },
  );
}

function fieldValue(field: protobuf.Field, depth: number): fc.Arbitrary<unknown> | undefined {
  const type = field.resolvedType;
  let element: fc.Arbitrary<unknown> | undefined;
  if (type instanceof protobuf.Type) element = depth < MAX_DEPTH ? handlerObject(type, depth + 1) : undefined;
  else if (type instanceof protobuf.Enum) element = enumValue(type);
  else element = scalar(field);
  if (!element) return undefined;
  if (field.map) return fc.dictionary(mapKey, element, { maxKeys: 3 });
  if (field.repeated) return fc.array(element, { maxLength: 3 });
  return element;
}

const objects = new Map<string, fc.Arbitrary<Fields>>();

/**
 * A plain object as a handler gives one: any field may be absent, null or undefined; at most one member of each oneof
 * (proto3 `optional` fields each have one of their own).
 */
function handlerObject(type: protobuf.Type, depth = 0): fc.Arbitrary<Fields> {
  const key = `${type.fullName}@${depth}`;
  const known = objects.get(key);
  if (known) return known;
  const plain: Record<string, fc.Arbitrary<unknown>> = {};
  for (const field of type.fieldsArray) {
    const value = field.partOf ? undefined : fieldValue(field, depth);
    if (value) plain[field.name] = fc.oneof({ weight: 6, arbitrary: value }, fc.constant(null), fc.constant(undefined));
  }
  const oneofs = type.oneofsArray.map((oneof) => {
    const members = oneof.fieldsArray.flatMap((field) => {
      const value = fieldValue(field, depth);
      return value ? [value.map((v): Fields => ({ [field.name]: v }))] : [];
    });
    return members.length ? fc.option(fc.oneof(...members), { nil: {} as Fields }) : fc.constant({} as Fields);
  });
  const arbitrary = fc
    .tuple(fc.record(plain, { requiredKeys: [] }), ...oneofs)
    .map(([fields, ...chosen]) => Object.assign({}, fields, ...chosen) as Fields);
  objects.set(key, arbitrary);
  return arbitrary;
}

/** Fields no message has, of every wire type, as a newer Terraform might send them. */
const unknownFields = fc
  .array(
    fc.record({ id: fc.integer({ min: 1000, max: 2 ** 29 - 1 }), kind: fc.constantFrom('varint', 'fixed64', 'delimited', 'group', 'fixed32'), n: fc.nat() }),
    { maxLength: 4 },
  )
  .map((fields) => {
    const writer = protobuf.Writer.create();
    for (const { id, kind, n } of fields) {
      if (kind === 'varint') writer.uint32((id << 3) | 0).int64(-n);
      if (kind === 'fixed64') writer.uint32((id << 3) | 1).fixed64(n);
      if (kind === 'delimited') writer.uint32((id << 3) | 2).bytes(Buffer.alloc(n % 300, 7));
      if (kind === 'group') writer.uint32((id << 3) | 3).uint32(8).uint32(n).uint32((id << 3) | 4);
      if (kind === 'fixed32') writer.uint32((id << 3) | 5).fixed32(n);
    }
    return Buffer.from(writer.finish());
  });

const typeNames = Object.keys(messages);

/**
 * Edge cases, each a shrunk counterexample of a deliberately broken codec (negative int64, a oneof member or
 * `optional` field set to its default, int64 beyond 2^53, an empty `optional` bytes field), kept so that they are
 * always run.
 */
const regressions: [string, Fields][] = [
  ['google.protobuf.Timestamp', { seconds: -1 }],
  ['tfplugin6.AttributePath.Step', { element_key_int: -1 }],
  ['tfplugin6.AttributePath.Step', { element_key_string: '' }],
  ['tfplugin6.AttributePath', { steps: [{ element_key_int: 9007199254740994 }] }],
  ['tfplugin6.CallFunction.Response', { error: { function_argument: 0 } }],
  ['tfplugin6.OpenEphemeralResource.Response', { private: Buffer.from([]) }],
  ['tfplugin6.Schema.Block', { block_types: [{ block: { description: 'a' } }] }],
];

describe('the generated message codecs, against protobufjs', () => {
  it('cover every message the served services reach', () => {
    expect(typeNames).toHaveLength(67);
    for (const name of typeNames) expect(root.lookupType(name).fullName).toBe(`.${name}`);
  });

  it.each(regressions)('%s %j: encodes and decodes as protobufjs did', (name, object) => {
    const type = root.lookupType(name);
    const expected = protobufjsDecode(type, protobufjsEncode(type, object));
    const ours = encodeMessage(messages[name], object);
    expect(protobufjsDecode(type, ours)).toStrictEqual(expected);
    expect(decodeMessage(messages[name], ours)).toStrictEqual(expected);
    expect(decodeMessage(messages[name], protobufjsEncode(type, object))).toStrictEqual(expected);
  });

  it.each(typeNames)('%s: a handler object encodes to what protobufjs reads as its own encoding of it', (name) => {
    const type = root.lookupType(name);
    fc.assert(
      fc.property(handlerObject(type), (object) => {
        const ours = encodeMessage(messages[name], object);
        const expected = protobufjsDecode(type, protobufjsEncode(type, object));
        expect(protobufjsDecode(type, ours)).toStrictEqual(expected);
        expect(decodeMessage(messages[name], ours)).toStrictEqual(expected);
      }),
      { numRuns: RUNS },
    );
  });

  it.each(typeNames)('%s: protobufjs bytes, unknown fields and all, decode as protobufjs converted them', (name) => {
    const type = root.lookupType(name);
    fc.assert(
      fc.property(handlerObject(type), unknownFields, (object, unknown) => {
        const wire = Buffer.concat([protobufjsEncode(type, object), unknown]);
        expect(decodeMessage(messages[name], wire)).toStrictEqual(protobufjsDecode(type, wire));
      }),
      { numRuns: RUNS },
    );
  });
});
