// examples/import-existing is what `npm run example:import` makes of the current sources: regenerated into a temporary
// folder (the emulator over HTTP, the exporter in process), every generated file must equal the checked-in one.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLE_DIR, generatedFiles, generateImportExample } from './generate-import-example';

jest.setTimeout(60_000);

it('examples/import-existing is up to date (run `npm run example:import` after changing the exporter or the UI-made deployment)', async () => {
  const fresh = mkdtempSync(join(tmpdir(), 'import-example-'));
  try {
    await generateImportExample(fresh);
    const files = generatedFiles(fresh);
    expect(files).toContain(join('hcl', 'dashboard_service_overview.tf'));
    expect(generatedFiles(EXAMPLE_DIR)).toEqual(files);
    for (const file of files) expect({ file, text: readFileSync(join(EXAMPLE_DIR, file), 'utf8') }).toEqual({ file, text: readFileSync(join(fresh, file), 'utf8') });
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
});
