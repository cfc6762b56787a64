#!/usr/bin/env node
// npm pack runs this (prepack): builds, from a clean slate, everything the package ships. The provider bundle, the
// code-cache loader its installed launcher runs it through, the command lines of the emulator, warm mode, the exporter
// and the preview (self-contained files, scripts/build.mjs), and the constructs compiled to JavaScript and declarations
// twice: for cdktf in dist/lib/ (tsconfig.package.json, which references the generated bindings' own project), and for
// CDK Terrain in dist/lib/cdktn/ (buildCdktnFlavour). Nothing in the result needs TypeScript or tsx at run time;
// package.json's `files` picks what goes into the tarball.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBundle, codeCacheLoader, commandLines, projectRoot, providers } from './build.mjs';

const tscPath = join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc');

function tsc(...args) {
  const result = spawnSync(process.execPath, [tscPath, ...args], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** The one line that differs between the flavours' hand-written sources: which framework a module imports. */
export const toCdktn = (source) => source.replace(/(from |import\()'cdktf'/g, "$1'cdktn'");

/**
 * The CDK Terrain entry point (`clickstack-cdktf/cdktn`): the same hand-written constructs, their `cdktf` imports
 * rewritten to `cdktn`, over the bindings @cdktn/provider-generator made (constructs/bindings-cdktn), compiled and
 * type-checked against cdktn's own declarations into dist/lib/cdktn/. Staged under dist/cdktn-src/ so the relative
 * imports stay as they are.
 */
export function buildCdktnFlavour() {
  const staging = join(projectRoot, 'dist', 'cdktn-src');
  rmSync(staging, { recursive: true, force: true });
  const stage = (from, to = from, rewrite = toCdktn) => {
    for (const entry of readdirSync(join(projectRoot, from), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) continue;
      const source = join(entry.parentPath, entry.name);
      const target = join(staging, to, source.slice(join(projectRoot, from).length));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, rewrite(readFileSync(source, 'utf8')));
    }
  };
  stage('constructs');
  rmSync(join(staging, 'constructs', 'bindings'), { recursive: true });
  rmSync(join(staging, 'constructs', 'bindings-cdktn'), { recursive: true });
  stage('constructs/bindings-cdktn', 'constructs/bindings', (text) => text);
  mkdirSync(join(staging, 'provider'));
  cpSync(join(projectRoot, 'provider', 'values.ts'), join(staging, 'provider', 'values.ts'));
  // One project: the generated bindings compile without noImplicitOverride (see constructs/bindings/tsconfig.json).
  const tsconfig = {
    extends: '../../tsconfig.base.json',
    compilerOptions: { types: ['node'], typeRoots: ['../../node_modules/@types'], noImplicitOverride: false, rootDir: '.', outDir: '../lib/cdktn', declaration: true },
    include: ['**/*.ts'],
  };
  writeFileSync(join(staging, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  tsc('-p', join(staging, 'tsconfig.json'));
  return join(projectRoot, 'dist', 'lib', 'cdktn');
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--cdktn')) {
  // Only the CDK Terrain flavour (the cdktn example's test and demo).
  process.stdout.write(`compiled the constructs for cdktn into ${buildCdktnFlavour()}\n`);
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // Stale output (a renamed module) would otherwise ship; the build info would make tsc skip the rebuild.
  for (const dir of ['dist/lib', 'dist/tsbuildinfo']) rmSync(join(projectRoot, dir), { recursive: true, force: true });
  for (const bundle of [providers.clickstack, codeCacheLoader, ...commandLines]) process.stdout.write(`built ${await buildBundle(bundle)}\n`);
  tsc('-b', join(projectRoot, 'tsconfig.package.json'));
  process.stdout.write(`compiled the constructs for cdktf into ${join(projectRoot, 'dist', 'lib')}\n`);
  process.stdout.write(`compiled the constructs for cdktn into ${buildCdktnFlavour()}\n`);
}
