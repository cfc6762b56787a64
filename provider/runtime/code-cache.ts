// Runs a CommonJS bundle with a V8 code cache, so that a provider process started for every Terraform command
// skips most of the parsing and compiling of its megabyte of JavaScript. The cache lives in a private directory
// under the temp dir, never beside the bundle: the provider's package directory is hashed into every workspace's
// lock file, so nothing may ever be written there.
import { isAscii } from 'node:buffer';
import { lstatSync, mkdirSync, statSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { Script } from 'node:vm';

/** A directory only this user can write to, or undefined when that cannot be ensured (the bundle then runs uncached). */
export function privateCacheDir(parent = tmpdir()): string | undefined {
  const uid = process.getuid?.();
  const dir = join(parent, `terraform-provider-code-cache${uid === undefined ? '' : `-${uid}`}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stats = lstatSync(dir);
    // Cached code is executed: a directory someone else owns or can write to could feed us theirs.
    const trusted = stats.isDirectory() && (uid === undefined || (stats.uid === uid && (stats.mode & 0o022) === 0));
    return trusted ? dir : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs `bundlePath` as the main module, with the code cache of that exact source if one exists. When none was
 * usable, the cache is written as the process exits, when it holds every function the run compiled.
 */
export function runWithCodeCache(bundle: string, cacheDir = privateCacheDir()): void {
  const bundlePath = resolve(bundle);
  const bytes = readFileSync(bundlePath);
  // esbuild writes ASCII (it escapes the rest), which decodes faster as latin1 than as UTF-8.
  const text = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  // The shebang line is valid only at the very start of a script, not inside the module wrapper.
  const source = text.startsWith('#!') ? `//${text.slice(2)}` : text;
  // Caches of earlier builds at this path are removed; the same file name installed elsewhere keeps its own.
  const prefix = `${basename(bundlePath)}-${shortHash(dirname(bundlePath))}-`;
  // Installs replace a bundle by renaming a new file over it, so size, mtime and inode tell builds apart without
  // hashing a megabyte on every start; V8 itself rejects a cache made from a different source or Node.
  const { size, mtimeMs, ino } = statSync(bundlePath);
  // V8 also rejects a cache made under other flags: they get their own file instead of replacing each other's.
  const flags = process.execArgv.length > 0 ? `-${shortHash(process.execArgv.join(' '))}` : '';
  const key = `${size}-${Math.round(mtimeMs)}-${ino}-${process.version}-${process.arch}${flags}`;
  const cacheFile = cacheDir && join(cacheDir, `${prefix}${key}.v8cache`);
  let cachedData: Buffer | undefined;
  try {
    if (cacheFile) cachedData = readFileSync(cacheFile);
  } catch {
    // first run of this build
  }

  const script = new Script(Module.wrap(source), { filename: bundlePath, cachedData });
  if (cacheFile && (cachedData === undefined || script.cachedDataRejected)) {
    process.once('exit', () => writeCache(script, cacheDir!, cacheFile, prefix));
  }

  const module = new Module(bundlePath);
  module.filename = bundlePath;
  module.loaded = true;
  const moduleRequire = createRequire(bundlePath);
  moduleRequire.main = module; // `require.main === module` holds, as for a script Node started itself
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, moduleRequire, module, bundlePath, dirname(bundlePath));
}

/** A short name for a path or a flag list in a file name (djb2; collisions only cost a cache miss). */
function shortHash(text: string): string {
  let hash = 5381;
  for (const char of text) hash = (hash * 33 + char.charCodeAt(0)) >>> 0;
  return hash.toString(16);
}

function writeCache(script: Script, cacheDir: string, cacheFile: string, prefix: string): void {
  try {
    const partial = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(partial, script.createCachedData(), { mode: 0o600 });
    renameSync(partial, cacheFile);
    // Caches of earlier builds of the same bundle are never read again.
    for (const name of readdirSync(cacheDir)) {
      if (name.startsWith(prefix) && name.endsWith('.v8cache') && join(cacheDir, name) !== cacheFile) {
        rmSync(join(cacheDir, name), { force: true });
      }
    }
  } catch {
    // A cache is an optimisation: a full disk or a race with another process must not fail the provider.
  }
}
