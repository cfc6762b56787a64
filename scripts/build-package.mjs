#!/usr/bin/env node
// npm pack runs this (prepack): builds, from a clean slate, everything the package ships. The provider bundle, the
// code-cache loader its installed launcher runs it through, the command lines of the emulator, warm mode, the exporter
// and the preview (self-contained files, scripts/build.mjs), and the constructs compiled to JavaScript and declarations
// in dist/lib/ (tsconfig.package.json, which references the generated bindings' own project). Nothing in the result
// needs TypeScript or tsx at run time; package.json's `files` picks what goes into the tarball.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildBundle, codeCacheLoader, commandLines, projectRoot, providers } from './build.mjs';

// Stale output (a renamed module) would otherwise ship; the build info would make tsc skip the rebuild.
for (const dir of ['dist/lib', 'dist/tsbuildinfo']) rmSync(join(projectRoot, dir), { recursive: true, force: true });
for (const bundle of [providers.clickstack, codeCacheLoader, ...commandLines]) process.stdout.write(`built ${await buildBundle(bundle)}\n`);
const tsc = spawnSync(process.execPath, [join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-b', join(projectRoot, 'tsconfig.package.json')], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
process.stdout.write(`compiled the constructs into ${join(projectRoot, 'dist', 'lib')}\n`);
