#!/usr/bin/env node
// npm run release: builds the provider as one executable that needs no Node.js on the machine (Node's single
// executable application: this Node binary with the bundle and its V8 code cache injected), and lays out a release
// that Terraform installs from as is, offline or from a web server:
//
//   <out>/registry.terraform.io/clickstack-iac/clickstack/
//     terraform-provider-clickstack_<version>_<os>_<arch>.zip   one per platform, the executable with mode 0755
//     terraform-provider-clickstack_<version>_SHA256SUMS        sha256sum -c format, over the zips
//     index.json, <version>.json                                the provider network mirror protocol's documents
//
// The directory is at once a packed filesystem mirror (`filesystem_mirror { path = "<out>" }`) and, served over
// HTTPS, a network mirror (`network_mirror { url = "https://host/" }`). Each run adds this machine's platform and
// rewrites the documents from the zips present, so releases built on several platforms merge into one directory.
// Options: --out <dir> (default dist/release).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';
import { buildBundle, projectRoot, snapshotEntry } from './build.mjs';
import { terraformPlatform } from './provider-mirror.mjs';

const HOSTNAME = 'registry.terraform.io';
const NAMESPACE = 'clickstack-iac';
const TYPE = 'clickstack';
/** The sentinel Node's single-executable support looks for (documented with --experimental-sea-config). */
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

const sha256 = (bytes) => createHash('sha256').update(bytes).digest();

/**
 * Builds the single executable from the snapshot entry bundle `main` into `workDir`; returns its path. Node runs
 * the entry at build time and embeds the resulting heap (useSnapshot): each process starts from it, with the
 * provider's modules evaluated and its protocol definitions loaded, and writes nothing anywhere.
 */
export async function buildExecutable({ main, workDir, name }) {
  mkdirSync(workDir, { recursive: true });
  const blob = join(workDir, 'sea-prep.blob');
  const config = join(workDir, 'sea-config.json');
  writeFileSync(config, JSON.stringify({ main, output: blob, disableExperimentalSEAWarning: true, useSnapshot: true }));
  execFileSync(process.execPath, ['--experimental-sea-config', config], { stdio: 'pipe' });

  const executable = join(workDir, name);
  const partial = `${executable}.${process.pid}.tmp`;
  copyFileSync(process.execPath, partial);
  chmodSync(partial, 0o755);
  const { inject } = await import('postject');
  // postject reports harmless ELF note warnings on stderr through console.warn; keep the build output readable.
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    await inject(partial, 'NODE_SEA_BLOB', readFileSync(blob), { sentinelFuse: SEA_FUSE });
  } finally {
    console.warn = warn;
  }
  renameSync(partial, executable);
  return executable;
}

/** 1980-01-01 00:00, the first moment a zip's DOS date and time can hold (date in the high half). */
const DOS_EPOCH = ((1 << 5) | 1) << 16;

/** A zip archive of files stored with their Unix mode (Terraform runs the provider only if the entry keeps 0755). */
export function writeZip(path, entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data, mode } of entries) {
    const fileName = Buffer.from(name);
    const compressed = deflateRawSync(data, { level: 6 });
    const checksum = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); // local file header
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(0, 6); // flags
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(DOS_EPOCH, 10); // a fixed time, so a rebuild of the same bytes is the same archive
    local.writeUInt32LE(checksum, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); // central directory header
    central.writeUInt16LE((3 << 8) | 20, 4); // made by Unix, so external attributes hold the mode
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(DOS_EPOCH, 12);
    central.writeUInt32LE(checksum, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(0, 30); // extra and comment lengths
    central.writeUInt32LE(0, 34); // disk number, internal attributes
    central.writeUInt32LE(((0o100000 | mode) << 16) >>> 0, 38); // regular file with its permissions
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, compressed);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); // end of central directory
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  const partial = `${path}.${process.pid}.tmp`;
  writeFileSync(partial, Buffer.concat([...locals, directory, end]));
  renameSync(partial, path);
}

/** Terraform's `h1:` hash of a package (dirhash Hash1 over the files it contains). */
export function packageHash(entries) {
  const summary = [...entries]
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map(({ name, data }) => `${sha256(data).toString('hex')}  ${name}\n`)
    .join('');
  return `h1:${sha256(Buffer.from(summary)).toString('base64')}`;
}

const ZIP_NAME = new RegExp(`^terraform-provider-${TYPE}_(.+)_([a-z0-9]+_[a-z0-9]+)\\.zip$`);

/**
 * Writes index.json, <version>.json and the SHA256SUMS files from the zips in `providerDir`. `hashes` maps a zip
 * name to its `h1:` hash (known for the zips built in this run; others keep the hash their document recorded).
 */
export function writeMirrorDocuments(providerDir, hashes = {}) {
  const byVersion = {};
  for (const name of readdirSync(providerDir).sort()) {
    const match = ZIP_NAME.exec(name);
    if (match) (byVersion[match[1]] ??= []).push({ name, platform: match[2] });
  }
  const write = (name, content) => writeFileSync(join(providerDir, name), content);
  write('index.json', `${JSON.stringify({ versions: Object.fromEntries(Object.keys(byVersion).map((version) => [version, {}])) }, null, 2)}\n`);
  for (const [version, zips] of Object.entries(byVersion)) {
    const previous = readJson(join(providerDir, `${version}.json`))?.archives ?? {};
    const archives = {};
    const sums = [];
    for (const { name, platform } of zips) {
      const zipHash = sha256(readFileSync(join(providerDir, name))).toString('hex');
      const h1 = hashes[name] ?? previous[platform]?.hashes?.find((hash) => hash.startsWith('h1:'));
      archives[platform] = { url: name, hashes: [...(h1 ? [h1] : []), `zh:${zipHash}`] };
      sums.push(`${zipHash}  ${name}\n`);
    }
    write(`${version}.json`, `${JSON.stringify({ archives }, null, 2)}\n`);
    write(`terraform-provider-${TYPE}_${version}_SHA256SUMS`, sums.join(''));
  }
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Builds this platform's package into `out`; returns what was written. */
export async function release({ out, version }) {
  const executableName = `terraform-provider-${TYPE}_v${version}`;
  const workDir = join(projectRoot, 'dist', 'sea');
  rmSync(workDir, { recursive: true, force: true });
  const main = await buildBundle(snapshotEntry);
  const executable = await buildExecutable({ main, workDir, name: executableName });
  const providerDir = join(resolve(out), HOSTNAME, NAMESPACE, TYPE);
  mkdirSync(providerDir, { recursive: true });
  const zip = join(providerDir, `terraform-provider-${TYPE}_${version}_${terraformPlatform()}.zip`);
  const entries = [{ name: executableName, data: readFileSync(executable), mode: 0o755 }];
  writeZip(zip, entries);
  writeMirrorDocuments(providerDir, { [basename(zip)]: packageHash(entries) });
  return { executable, zip, providerDir, executableBytes: statSync(executable).size, zipBytes: statSync(zip).size };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
  const result = await release({ out: option('--out') ?? join(projectRoot, 'dist', 'release'), version });
  const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  process.stdout.write(
    `single executable: ${result.executable} (${mb(result.executableBytes)})\n` +
      `package: ${result.zip} (${mb(result.zipBytes)})\n` +
      `mirror: ${result.providerDir} (index.json, ${version}.json, SHA256SUMS)\n`,
  );
}
