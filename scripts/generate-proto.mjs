#!/usr/bin/env node
// Compiles the vendored .proto files into the protobufjs JSON descriptor the runtime loads at start-up,
// so that no .proto text is parsed when Terraform starts the provider.
//   node scripts/generate-proto.mjs            write provider/runtime/proto/descriptor.json
//   node scripts/generate-proto.mjs --check    exit 1 if the checked-in descriptor is stale
//   --out <file>                               compare with / write to another file (used by its test)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';

const protoDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'provider', 'runtime', 'proto');
const sources = ['tfplugin6.8.proto', 'goplugin.proto', 'health.proto'];

function generateDescriptor() {
  const root = new protobuf.Root();
  // keepCase: field names stay as written (snake_case, and StopProvider.Response.Error), as handlers expect.
  root.loadSync(sources.map((file) => join(protoDir, file)), { keepCase: true });
  root.resolveAll();
  return JSON.stringify(root.toJSON(), null, 1) + '\n';
}

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outFile = outIndex >= 0 ? args[outIndex + 1] : join(protoDir, 'descriptor.json');
const generated = generateDescriptor();

if (args.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(outFile, 'utf8');
  } catch {
    // a missing descriptor is stale too
  }
  if (current !== generated) {
    process.stderr.write(`${outFile} is stale: run node scripts/generate-proto.mjs\n`);
    process.exit(1);
  }
} else {
  writeFileSync(outFile, generated);
}
