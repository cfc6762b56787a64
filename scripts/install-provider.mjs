#!/usr/bin/env node
// npm run provider:install: builds the provider if its sources changed and installs it into the project-local
// filesystem mirror, .terraform-mirror/, with a CLI config pointing at it (see scripts/provider-mirror.mjs):
//   TF_CLI_CONFIG_FILE=<project>/.terraform-mirror/terraformrc terraform init
// Options (for tests): --provider fixture, --mirror <dir>, --bundle <file> (install that bundle
// instead of building; tests use it to install a changed build), --no-warm-up (leave the code cache to Terraform's
// first start, as installs did before they warmed it: the start-up benchmark's baseline).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBundle, codeCacheLoader, projectRoot, providers } from './build.mjs';
import { installAndReport, optionValue } from './provider-mirror.mjs';

/** What a bundle is made of: the code, its dependencies, package.json (the bundle inlines its version) and the build script. */
const SOURCES = ['provider', 'test/fixture-provider', 'package.json', 'package-lock.json', 'scripts/build.mjs'];

function newestModification(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((name) => newestModification(join(path, name))));
}

/** Builds the bundle unless it is newer than every source file; returns its absolute path. */
async function buildIfNeeded(bundle) {
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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const type = optionValue(args, '--provider') ?? 'clickstack';
  if (!(type in providers)) throw new Error(`unknown provider ${type}; known: ${Object.keys(providers).join(', ')}`);
  const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
  await installAndReport({
    bundle: optionValue(args, '--bundle') ?? (await buildIfNeeded(providers[type])),
    loader: await buildIfNeeded(codeCacheLoader),
    mirrorDir: optionValue(args, '--mirror') ?? join(projectRoot, '.terraform-mirror'),
    type,
    version,
    warm: !args.includes('--no-warm-up'),
  });
}
