#!/usr/bin/env node
// Generates the protocol's message codecs from the vendored .proto files: provider/runtime/proto/messages.ts, plain
// TypeScript (no protobufjs, no `new Function`) that the bundle and its V8 code cache hold like any other code. Only the
// messages the served services reach are generated, in the shape the handlers were written against (see wire.ts).
//   node scripts/generate-proto.mjs            write provider/runtime/proto/messages.ts
//   node scripts/generate-proto.mjs --check    exit 1 if the checked-in module is stale
//   --out <file>                               compare with / write to another file (used by its test)
//   --proto-dir <dir>                          read the .proto files from another directory (used by its test)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';

const runtimeProtoDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'provider', 'runtime', 'proto');
const sources = ['tfplugin6.8.proto', 'goplugin.proto', 'health.proto'];
/** The services a provider process serves (provider/runtime/server.ts). */
const services = ['tfplugin6.Provider', 'plugin.GRPCController', 'plugin.GRPCStdio', 'grpc.health.v1.Health'];

/** A TypeScript name for a protobuf type: its full name with dots as underscores. */
const tsName = (type) => type.fullName.slice(1).replaceAll('.', '_');

/** Scalar types: the writer's field method and the reader's method (wire.ts), their wire type, the default as code. */
const scalars = {
  string: { write: 'stringField', read: 'string', wireType: 2, empty: "''" },
  bytes: { write: 'bytesField', read: 'bytes', wireType: 2, empty: 'Buffer.alloc(0)' },
  bool: { write: 'boolField', read: 'bool', wireType: 0, empty: 'false' },
  int32: { write: 'int32Field', read: 'int32', wireType: 0, empty: '0' },
  int64: { write: 'int64Field', read: 'int64', wireType: 0, empty: '0' },
};

function unsupported(field, what) {
  throw new Error(`${field.fullName.slice(1)}: ${what} is not supported by scripts/generate-proto.mjs (add it with its tests)`);
}

function loadRoot(protoDir) {
  const root = new protobuf.Root();
  // keepCase: field names stay as written (snake_case, and StopProvider.Response.Error), as handlers expect.
  root.loadSync(sources.map((file) => join(protoDir, file)), { keepCase: true });
  root.resolveAll();
  return root;
}

/** The message types the services reach, and the enums their fields use, each sorted by full name. */
function reachable(root) {
  const messages = new Map();
  const enums = new Map();
  const visit = (type) => {
    if (messages.has(type.fullName)) return;
    messages.set(type.fullName, type);
    for (const field of type.fieldsArray) {
      if (field.resolvedType instanceof protobuf.Type) visit(field.resolvedType);
      if (field.resolvedType instanceof protobuf.Enum) enums.set(field.resolvedType.fullName, field.resolvedType);
    }
  };
  for (const name of services) {
    for (const method of Object.values(root.lookupService(name).methods)) {
      visit(method.resolvedRequestType);
      visit(method.resolvedResponseType);
    }
  }
  const sorted = (map) => [...map.values()].sort((a, b) => a.fullName.localeCompare(b.fullName));
  return { messages: sorted(messages), enums: sorted(enums) };
}

const tag = (field, wireType) => (field.id << 3) | wireType;

function generateEnum(type) {
  const entries = Object.entries(type.values);
  return [
    `const ${tsName(type)} = {`,
    `  numbers: { ${entries.map(([name, number]) => `${name}: ${number}`).join(', ')} },`,
    `  names: { ${entries.map(([name, number]) => `${number}: '${name}'`).join(', ')} },`,
    '} as const;',
  ].join('\n');
}

/** One field's encoding statement, converting as protobufjs's fromObject did. */
function encodeField(field) {
  const value = `m.${field.name}`;
  const present = field.partOf ? ', true' : '';
  const type = field.resolvedType;
  const label = `'${field.fullName.slice(1)}'`;
  if (field.map) {
    if (field.keyType !== 'string') unsupported(field, `a map with ${field.keyType} keys`);
    if (type instanceof protobuf.Type) return `w.messageMapField(${tag(field, 2)}, ${value}, ${tsName(type)}, ${label});`;
    if (field.type === 'string') return `w.stringMapField(${tag(field, 2)}, ${value}, ${label});`;
    unsupported(field, `a map of ${field.type}`);
  }
  if (field.repeated) {
    if (!(type instanceof protobuf.Type)) unsupported(field, `a repeated ${field.type}`);
    return `w.repeatedMessageField(${tag(field, 2)}, ${value}, ${tsName(type)}, ${label});`;
  }
  if (type instanceof protobuf.Type) return `w.messageField(${tag(field, 2)}, ${value}, ${tsName(type)}, ${label});`;
  if (type instanceof protobuf.Enum) return `w.enumField(${tag(field, 0)}, ${value}, ${tsName(type)}.numbers${present});`;
  const scalar = scalars[field.type] ?? unsupported(field, `the type ${field.type}`);
  return `w.${scalar.write}(${tag(field, scalar.wireType)}, ${value}${present});`;
}

/** One field's decoding case. */
function decodeCase(field) {
  const type = field.resolvedType;
  const target = `m.${field.name}`;
  if (field.map) {
    const entry = type instanceof protobuf.Type ? `r.messageMapEntry(${target} as Fields, ${tsName(type)})` : `r.stringMapEntry(${target} as Fields)`;
    return `case ${tag(field, 2)}: ${entry}; break;`;
  }
  if (field.repeated) return `case ${tag(field, 2)}: (${target} as Fields[]).push(r.message(${tsName(type)})); break;`;
  let read;
  let wireType;
  if (type instanceof protobuf.Type) [read, wireType] = [`r.message(${tsName(type)})`, 2];
  else if (type instanceof protobuf.Enum) [read, wireType] = [`r.enum(${tsName(type)}.names)`, 0];
  else [read, wireType] = [`r.${scalars[field.type].read}()`, scalars[field.type].wireType];
  // A set oneof member (or proto3 `optional` field) is named in its oneof's virtual field, as protobufjs's `oneofs`.
  const oneof = field.partOf ? ` m.${field.partOf.name} = '${field.name}';` : '';
  return `case ${tag(field, wireType)}: ${target} = ${read};${oneof} break;`;
}

/** A field's value when absent, as protobufjs's toObject with `defaults` gave it. */
function defaultValue(field) {
  const type = field.resolvedType;
  if (field.repeated) return '[]';
  if (field.map) return '{}';
  if (type instanceof protobuf.Type) return 'null';
  if (type instanceof protobuf.Enum) return `'${type.valuesById[field.typeDefault]}'`;
  return scalars[field.type].empty;
}

function generateMessage(type) {
  const fields = type.fieldsArray.slice().sort((a, b) => a.id - b.id);
  // Fields in a oneof (or proto3 `optional`) are absent unless set; the rest start at their defaults, in the order
  // protobufjs's toObject gave them: repeated, then maps, then the others.
  const defaulted = [
    ...fields.filter((field) => field.repeated),
    ...fields.filter((field) => field.map),
    ...fields.filter((field) => !field.repeated && !field.map && !field.partOf),
  ];
  const lines = [`const ${tsName(type)}: MessageCodec = {`];
  if (fields.length === 0) {
    lines.push('  encode() {},', '  decode(r, end) {', '    while (r.pos < end) r.skip(r.uint32() & 7);', '    return {};', '  },', '};');
    return lines.join('\n');
  }
  lines.push('  encode(m, w) {', ...fields.map((field) => `    ${encodeField(field)}`), '  },');
  lines.push(
    '  decode(r, end) {',
    `    const m: Fields = {${defaulted.map((field) => ` ${field.name}: ${defaultValue(field)}`).join(',')}${defaulted.length ? ' ' : ''}};`,
    '    while (r.pos < end) {',
    '      const tag = r.uint32();',
    '      switch (tag) {',
    ...fields.map((field) => `        ${decodeCase(field)}`),
    '        default: r.skip(tag & 7);',
    '      }',
    '    }',
    '    return m;',
    '  },',
    '};',
  );
  return lines.join('\n');
}

function generateIndexes(root, messages) {
  const lines = [
    '/** Every message codec, by full name (the property tests go through each). */',
    'export const messages: Record<string, MessageCodec> = {',
    ...messages.map((type) => `  '${type.fullName.slice(1)}': ${tsName(type)},`),
    '};',
    '',
    '/** The codecs of every method of the services a provider process serves, by service and method name. */',
    'export const services: Record<string, Record<string, MethodCodecs>> = {',
  ];
  for (const name of services) {
    lines.push(`  '${name}': {`);
    for (const [methodName, method] of Object.entries(root.lookupService(name).methods)) {
      lines.push(
        `    ${methodName}: { requestStream: ${Boolean(method.requestStream)}, responseStream: ${Boolean(method.responseStream)}, ` +
          `request: ${tsName(method.resolvedRequestType)}, response: ${tsName(method.resolvedResponseType)} },`,
      );
    }
    lines.push('  },');
  }
  lines.push('};');
  return lines.join('\n');
}

function generateModule(protoDir) {
  const root = loadRoot(protoDir);
  const { messages, enums } = reachable(root);
  return [
    `// Generated by scripts/generate-proto.mjs from ${sources.join(', ')}: do not edit. After editing a .proto file,`,
    '// run `node scripts/generate-proto.mjs`; messages.test.ts fails while this file is stale.',
    "import type { Fields, MessageCodec } from './wire';",
    '',
    'export interface MethodCodecs {',
    '  requestStream: boolean;',
    '  responseStream: boolean;',
    '  request: MessageCodec;',
    '  response: MessageCodec;',
    '}',
    '',
    ...enums.flatMap((type) => [generateEnum(type), '']),
    ...messages.flatMap((type) => [generateMessage(type), '']),
    generateIndexes(root, messages),
    '',
  ].join('\n');
}

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const outFile = option('--out') ?? join(runtimeProtoDir, 'messages.ts');
let generated;
try {
  generated = generateModule(option('--proto-dir') ?? runtimeProtoDir);
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}

if (args.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(outFile, 'utf8');
  } catch {
    // a missing module is stale too
  }
  if (current !== generated) {
    process.stderr.write(`${outFile} is stale: run node scripts/generate-proto.mjs\n`);
    process.exit(1);
  }
} else {
  writeFileSync(outFile, generated);
}
