#!/usr/bin/env node
// npm run build: bundles each Terraform provider, the code-cache loader the installed launcher runs it through, and
// the command lines (the emulator, warm mode, the exporter and the preview), each into one self-contained CommonJS
// file with a node shebang (esbuild keeps an entry's own `#!/usr/bin/env node`), executable, so that Terraform can
// start a provider directly and the package's bins need neither tsx nor dependencies.
import { build as esbuild } from 'esbuild';
import { chmodSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Terraform providers by type: entry point -> bundle, relative to the project root. */
export const providers = {
  clickstack: { entry: 'provider/main.ts', outfile: 'dist/terraform-provider-clickstack.js' },
  fixture: { entry: 'test/fixture-provider/main.ts', outfile: 'dist/test/terraform-provider-fixture.js' },
};

/** The package's bins: the emulator, warm mode, the exporter and the preview. */
export const commandLines = [
  { entry: 'emulator/cli.ts', outfile: 'dist/clickstack-emulator.js', banner: '#!/usr/bin/env node' },
  { entry: 'provider/warm-cli.ts', outfile: 'dist/clickstack-warm.js', banner: '#!/usr/bin/env node' },
  { entry: 'provider/export/clickstack-export.ts', outfile: 'dist/clickstack-export.js' },
  { entry: 'provider/export/clickstack-preview.ts', outfile: 'dist/clickstack-preview.js' },
];

/** The single executable's start-up snapshot entry (scripts/release.mjs), bundled beside the executable it goes into. */
export const snapshotEntry = { entry: 'provider/snapshot-main.ts', outfile: 'dist/sea/snapshot-main.js' };

/** Runs a provider bundle with a V8 code cache (provider/runtime/code-cache.ts); the installed launcher starts it. */
export const codeCacheLoader = { entry: 'provider/runtime/code-cache-main.ts', outfile: 'dist/code-cache-main.js' };

/** Builds one bundle; returns its absolute path. Written beside and renamed, so a reader never sees half a file. */
export async function buildBundle({ entry, outfile, banner }) {
  const target = join(projectRoot, outfile);
  const partial = `${target}.${process.pid}.tmp`;
  await esbuild({
    entryPoints: [join(projectRoot, entry)],
    outfile: partial,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    legalComments: 'eof',
    ...(banner ? { banner: { js: banner } } : {}),
    logLevel: 'warning',
  });
  chmodSync(partial, 0o755);
  renameSync(partial, target);
  return target;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const bundle of [...Object.values(providers), codeCacheLoader, ...commandLines]) {
    process.stdout.write(`built ${await buildBundle(bundle)}\n`);
  }
}
