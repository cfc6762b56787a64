import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { privateCacheDir } from './code-cache';

const work = mkdtempSync(join(tmpdir(), 'code-cache-test-'));
const loader = join(work, 'code-cache-main.js');
buildSync({ entryPoints: [join(__dirname, 'code-cache-main.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: loader, logLevel: 'warning' });

// A bundle as esbuild writes them: a shebang line, CommonJS, reading its arguments from process.argv.
const bundle = join(work, 'provider.js');
writeFileSync(
  bundle,
  '#!/usr/bin/env node\n' +
    'process.stdout.write(JSON.stringify({ args: process.argv.slice(2), main: require.main === module, file: __filename, builtin: typeof require("node:os").tmpdir }));\n',
);

function run(tmp: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [loader, bundle, ...args], { env: { ...process.env, TMPDIR: tmp }, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout);
}

const cacheFiles = (tmp: string) => {
  const dir = join(tmp, `terraform-provider-code-cache-${process.getuid!()}`);
  return readdirSync(dir).map((name) => join(dir, name));
};

test('runs the bundle as the main module with its own arguments, and writes the cache once', () => {
  const tmp = mkdtempSync(join(work, 'tmp-'));
  expect(run(tmp, '--debug', 'x')).toEqual({ args: ['--debug', 'x'], main: true, file: bundle, builtin: 'function' });
  const [cache] = cacheFiles(tmp);
  expect(cache).toMatch(/provider\.js-.*\.v8cache$/);
  expect(statSync(cache).mode & 0o777).toBe(0o600);
  const written = statSync(cache).mtimeMs;

  // The second start reads the cache; V8 accepts it, so it is not written again.
  expect(run(tmp).args).toEqual([]);
  expect(cacheFiles(tmp)).toEqual([cache]);
  expect(statSync(cache).mtimeMs).toBe(written);
});

test('a cache V8 rejects is replaced', () => {
  const tmp = mkdtempSync(join(work, 'tmp-'));
  run(tmp);
  const [first] = cacheFiles(tmp);
  writeFileSync(first, 'not a code cache');
  run(tmp);
  expect(cacheFiles(tmp)).toEqual([first]);
  expect(statSync(first).size).toBeGreaterThan('not a code cache'.length);
});

test('a new build at the same path replaces the cache of the old one', () => {
  const tmp = mkdtempSync(join(work, 'tmp-'));
  const dir = mkdtempSync(join(work, 'rebuilt-'));
  const rebuilt = join(dir, 'provider.js');
  const start = () => expect(spawnSync(process.execPath, [loader, rebuilt], { env: { ...process.env, TMPDIR: tmp } }).status).toBe(0);
  writeFileSync(rebuilt, 'process.exitCode = 0;\n');
  start();
  const [old] = cacheFiles(tmp);
  writeFileSync(rebuilt, 'process.exitCode = 0; // rebuilt\n');
  start();
  const [current, ...others] = cacheFiles(tmp);
  expect(others).toEqual([]);
  expect(current).not.toBe(old);
});

test('a bundle of the same name installed elsewhere keeps its own cache', () => {
  const tmp = mkdtempSync(join(work, 'tmp-'));
  run(tmp);
  const otherDir = mkdtempSync(join(work, 'other-'));
  const other = join(otherDir, 'provider.js');
  writeFileSync(other, '#!/usr/bin/env node\nprocess.stdout.write("{}");\n');
  const result = spawnSync(process.execPath, [loader, other], { env: { ...process.env, TMPDIR: tmp }, encoding: 'utf8' });
  expect(result.status).toBe(0);
  expect(cacheFiles(tmp)).toHaveLength(2);
});

test('the cache directory is private: one that others can write to is not used', () => {
  const parent = mkdtempSync(join(work, 'tmp-'));
  const dir = privateCacheDir(parent)!;
  expect(dir).toBeDefined();
  expect(statSync(dir).mode & 0o777).toBe(0o700);

  const shared = mkdtempSync(join(work, 'tmp-'));
  const sharedDir = join(shared, `terraform-provider-code-cache-${process.getuid!()}`);
  mkdirSync(sharedDir);
  chmodSync(sharedDir, 0o777);
  expect(privateCacheDir(shared)).toBeUndefined();
});
