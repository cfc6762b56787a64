#!/usr/bin/env node
// npm run build: bundles each Terraform provider, and the command lines (the emulator, the exporter and the preview),
// into one self-contained CommonJS file with a node shebang (esbuild keeps an entry's `#!/usr/bin/env node`),
// executable, so that Terraform can start a provider directly and the package's bins need neither tsx nor dependencies.
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

/** `clickstack-emulator` (emulator/cli.ts), the package's bin. */
export const emulatorCli = { entry: 'emulator/cli.ts', outfile: 'dist/clickstack-emulator.js', banner: '#!/usr/bin/env node' };

/** `clickstack-export` and `clickstack-preview` (provider/export), the package's bins. */
export const exportClis = [
  { entry: 'provider/export/clickstack-export.ts', outfile: 'dist/clickstack-export.js' },
  { entry: 'provider/export/clickstack-preview.ts', outfile: 'dist/clickstack-preview.js' },
];

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
  for (const bundle of [...Object.values(providers), emulatorCli, ...exportClis]) {
    process.stdout.write(`built ${await buildBundle(bundle)}\n`);
  }
}
