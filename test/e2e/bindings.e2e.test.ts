// The CDKTF bindings in constructs/bindings/ and the CDK Terrain ones in constructs/bindings-cdktn/ are what
// `npm run generate` makes of the provider's current schema, byte for byte; and the schema stays inside what cdktf 0.21 renders correctly in JSON synth.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { FLAVOURS, HAND_WRITTEN, attributesCdktfMishandles, filesUnder, readProviderSchema } from '../../scripts/generate-bindings';
import { installProvider, projectRoot, testMirrorDir, Workspace } from '../support/terraform-cli';

// Building the provider (when its sources changed), terraform init and the generator: a few seconds each on 2 shared cores.
jest.setTimeout(120_000);

test('the provider schema has no map-nested or dynamic-typed attributes (cdktf 0.21 mangles both)', () => {
  const provider = installProvider('clickstack');
  expect(attributesCdktfMishandles(readProviderSchema(provider.cliConfig))).toEqual([]);
});

test('constructs/bindings and constructs/bindings-cdktn are up to date (run `npm run generate` after changing a schema)', async () => {
  const outDir = mkdtempSync(join(tmpdir(), 'bindings-'));
  try {
    const generate = spawn(join(projectRoot, 'node_modules', '.bin', 'tsx'), [join(projectRoot, 'scripts', 'generate-bindings.ts'), '--out', outDir, '--mirror', testMirrorDir]);
    const result = await Workspace.collect(generate);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    for (const { dir } of FLAVOURS) {
      const generated = join(outDir, basename(dir));
      const checkedIn = filesUnder(dir).filter((file) => !HAND_WRITTEN.includes(file));
      expect(filesUnder(generated)).toEqual(checkedIn);
      const stale = checkedIn.filter((file) => readFileSync(join(generated, file), 'utf8') !== readFileSync(join(dir, file), 'utf8'));
      expect(stale).toEqual([]);
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});
