// Installing a built provider into a Terraform filesystem mirror, with a CLI config pointing at it, so that
// `terraform init` works offline:
//   TF_CLI_CONFIG_FILE=<mirror>/terraformrc terraform init
// Used by `npm run provider:install` (scripts/install-provider.mjs, which builds first) and by the packaged
// `clickstack-install-provider` bin (bin/clickstack-install-provider.mjs, which installs the bundle it ships with).
// Node built-ins only: this file ships in the package.
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
import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

const NAMESPACE = 'clickstack-iac';

/** Terraform's platform name, e.g. linux_amd64 or darwin_arm64. */
export function terraformPlatform(platform = process.platform, arch = process.arch) {
  const os = { win32: 'windows' }[platform] ?? platform;
  const cpu = { x64: 'amd64', ia32: '386' }[arch] ?? arch;
  return `${os}_${cpu}`;
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
 * Installs `bundle` as registry.terraform.io/<namespace>/<type> <version> into `mirrorDir`, run through the code-cache
 * `loader` (dist/code-cache-main.js), and writes <mirrorDir>/terraformrc. Returns the paths a caller needs.
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
      '# Written by the ClickStack provider installer: use with TF_CLI_CONFIG_FILE=<this file>.',
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

/** The value after `name` in `args`, or undefined. */
export const optionValue = (args, name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

/** go-plugin's magic cookie for Terraform providers (public: it only tells a plugin that Terraform started it). */
const MAGIC_COOKIE = 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2';
/** How long the start runs on after the handshake line, so that the cache also holds what a process does right after it. */
const SETTLE_MS = 300;

/**
 * Starts the installed provider once as Terraform starts it, up to its handshake line, then stops it: the code-cache
 * loader writes V8's compiled code as the process exits, so Terraform's first start is as quick as later ones
 * instead of compiling the whole bundle. The client certificate is a placeholder: this start serves no one and is
 * stopped at once. Best effort: a provider that does not start is only not warmed (Terraform's first start writes the
 * cache then). Resolves whether it was warmed.
 */
export function warmCodeCache(launcher, timeoutMs = 30_000) {
  const env = { ...process.env, TF_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE, PLUGIN_PROTOCOL_VERSIONS: '6', PLUGIN_CLIENT_CERT: 'warm-up: no client connects' };
  return new Promise((done) => {
    const child = spawn(launcher, [], { env, stdio: ['ignore', 'pipe', 'ignore'] });
    let handshook = false;
    const stop = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.once('error', () => (clearTimeout(stop), done(false)));
    child.once('exit', () => (clearTimeout(stop), done(handshook)));
    createInterface({ input: child.stdout }).once('line', (line) => {
      handshook = line.startsWith('1|6|');
      setTimeout(() => child.kill('SIGTERM'), SETTLE_MS);
    });
  });
}

/**
 * Installs as installProvider does, warms its code cache (unless `warm` is false: the benchmark's baseline), and tells
 * the user how to point terraform at the mirror.
 */
export async function installAndReport({ warm = true, ...options }) {
  const installed = installProvider(options);
  if (warm) await warmCodeCache(installed.launcher);
  process.stdout.write(
    `installed ${installed.address} ${options.version} at ${installed.launcher}\n` +
      `use it with: export TF_CLI_CONFIG_FILE=${installed.cliConfig}\n`,
  );
  return installed;
}
