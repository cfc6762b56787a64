#!/usr/bin/env node
// npm run provider:install: builds the provider if its sources changed and installs it into a Terraform
// filesystem mirror, with a CLI config pointing at it, so that `terraform init` works offline:
//   TF_CLI_CONFIG_FILE=<project>/.terraform-mirror/terraformrc terraform init
// Options (for tests): --provider fixture, --mirror <dir>, --bundle <file> (install that bundle
// instead of building; tests use it to install a changed build).
//
// LOCK-FILE DECISION. Terraform records an h1: hash of the package directory in every workspace's
// .terraform.lock.hcl; rebuilding the same version in place would break every workspace initialised before
// ("cached package ... does not match any of the checksums"). So the package directory holds only a tiny
// launcher, `terraform-provider-<type>_v<version>`, which execs node (the absolute path of the node running
// this installer, so Terraform's PATH does not matter) on the bundle copied OUTSIDE the package directory,
// to <mirror>/bundles/, through the code-cache loader copied there too (start-up: V8's compiled code is kept in
// the temp dir, never in the package directory). The launcher's bytes depend only on those paths, not on the
// code: its hash stays valid across rebuilds and reinstalls, and initialised workspaces keep working. A new
// version still gets a new package directory (and a new hash) as usual.
import { chmodSync, copyFileSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBundle, bundles, codeCacheLoader, projectRoot } from './build.mjs';

const NAMESPACE = 'clickstack-iac';
/** What a bundle is made of: the code, its dependencies, package.json (the bundle inlines its version) and the build script. */
const SOURCES = ['provider', 'test/fixture-provider', 'package.json', 'package-lock.json', 'scripts/build.mjs'];

/** Terraform's platform name, e.g. linux_amd64 or darwin_arm64. */
export function terraformPlatform(platform = process.platform, arch = process.arch) {
  const os = { win32: 'windows' }[platform] ?? platform;
  const cpu = { x64: 'amd64', ia32: '386' }[arch] ?? arch;
  return `${os}_${cpu}`;
}

function newestModification(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((name) => newestModification(join(path, name))));
}

/** Builds the bundle unless it is newer than every source file; returns its absolute path. */
export async function buildIfNeeded(bundle) {
  const target = join(projectRoot, bundle.outfile);
  let builtAt = 0;
  try {
    builtAt = statSync(target).mtimeMs;
  } catch {
    // not built yet
  }
  const sourcesChangedAt = Math.max(...SOURCES.map((source) => newestModification(join(projectRoot, source))));
  return builtAt > sourcesChangedAt ? target : buildBundle(bundle);
}

function writeAtomically(path, content, mode) {
  const partial = `${path}.${process.pid}.tmp`;
  writeFileSync(partial, content, { mode });
  renameSync(partial, path);
}

/** A running provider keeps reading its old copy. */
function copyAtomically(source, target) {
  const partial = `${target}.${process.pid}.tmp`;
  copyFileSync(source, partial);
  renameSync(partial, target);
}

const shellQuote = (text) => `'${text.replaceAll("'", `'\\''`)}'`;

/**
 * Installs `bundle` as registry.terraform.io/<namespace>/<type> <version> into `mirrorDir` and writes
 * <mirrorDir>/terraformrc. Returns the paths a caller needs.
 */
export function installProvider({ bundle, loader, mirrorDir, namespace = NAMESPACE, type, version, node = process.execPath }) {
  const mirror = resolve(mirrorDir);
  const executable = `terraform-provider-${type}_v${version}`;
  const bundleDir = join(mirror, 'bundles');
  const installedBundle = join(bundleDir, `${executable}.js`);
  const installedLoader = join(bundleDir, 'code-cache-main.js');
  mkdirSync(bundleDir, { recursive: true });
  copyAtomically(bundle, installedBundle);
  copyAtomically(loader, installedLoader);

  const packageDir = join(mirror, 'registry.terraform.io', namespace, type, version, terraformPlatform());
  mkdirSync(packageDir, { recursive: true });
  const launcher = join(packageDir, executable);
  writeAtomically(launcher, `#!/bin/sh\nexec ${shellQuote(node)} ${shellQuote(installedLoader)} ${shellQuote(installedBundle)} "$@"\n`, 0o755);
  chmodSync(launcher, 0o755);

  const pattern = `registry.terraform.io/${namespace}/*`;
  const cliConfig = join(mirror, 'terraformrc');
  writeAtomically(
    cliConfig,
    [
      '# Written by scripts/install-provider.mjs: use with TF_CLI_CONFIG_FILE=<this file>.',
      'provider_installation {',
      '  filesystem_mirror {',
      `    path    = ${JSON.stringify(mirror)}`,
      `    include = [${JSON.stringify(pattern)}]`,
      '  }',
      '  direct {',
      `    exclude = [${JSON.stringify(pattern)}]`,
      '  }',
      '}',
      '',
    ].join('\n'),
    0o644,
  );
  return { launcher, bundle: installedBundle, cliConfig, address: `registry.terraform.io/${namespace}/${type}` };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const type = option('--provider') ?? 'clickstack';
  if (!(type in bundles)) throw new Error(`unknown provider ${type}; known: ${Object.keys(bundles).join(', ')}`);
  const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
  const installed = installProvider({
    bundle: option('--bundle') ?? (await buildIfNeeded(bundles[type])),
    loader: await buildIfNeeded(codeCacheLoader),
    mirrorDir: option('--mirror') ?? join(projectRoot, '.terraform-mirror'),
    type,
    version,
  });
  process.stdout.write(
    `installed ${installed.address} ${version} at ${installed.launcher}\n` +
      `use it with: export TF_CLI_CONFIG_FILE=${installed.cliConfig}\n`,
  );
}
