#!/usr/bin/env node
// `node code-cache-main.js <bundle.js> [args...]`: runs a provider bundle as if Node had started it directly
// (argv, main module), with a V8 code cache in the temp dir (code-cache.ts). The installed launcher uses it.
import { runWithCodeCache } from './code-cache';

process.argv.splice(1, 1); // the bundle becomes argv[1], its arguments follow
const bundle = process.argv[1];
if (!bundle) {
  process.stderr.write('usage: code-cache-main.js <bundle.js> [args...]\n');
  process.exit(2);
}
runWithCodeCache(bundle);
