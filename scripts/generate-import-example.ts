// npm run example:import: examples/import-existing, the export of an emulator holding dashboards made in the UI.
// Writes the emulator seed (`seed.json`: the default seed plus the deployment of test/support/ui-made-deployment.ts,
// every id fixed), starts the emulator on it as a user would (`--seed seed.json`), and runs clickstack-export in both
// formats into `hcl/` and `cdktf/`. The output depends on nothing but the sources: scripts/generate-import-example
// .wire.test.ts regenerates it and fails when the checked-in example is stale.
//
//   npm run example:import                 # rewrites examples/import-existing/{seed.json,hcl,cdktf}
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { startEmulator } from '../emulator';
import { defaultSeed } from '../emulator/seed';
import type { StoreData } from '../emulator/store';
import { runExport } from '../provider/export/export-command';
import { uiMadeDocuments } from '../test/support/ui-made-deployment';

export const EXAMPLE_DIR = path.join(__dirname, '..', 'examples', 'import-existing');
/** What the script writes below EXAMPLE_DIR; the README beside them is written by hand. */
export const GENERATED = ['seed.json', 'hcl', 'cdktf'];
const FORMATS = ['hcl', 'cdktf'] as const;

/** The emulator's state file: the default seed and the UI-made deployment (ClickStack OSS). */
export function seed(): StoreData {
  const data: StoreData = defaultSeed();
  for (const [collection, documents] of Object.entries(uiMadeDocuments('oss')) as [keyof StoreData, StoreData[keyof StoreData]][])
    data[collection] = [...(data[collection] ?? []), ...(documents ?? [])];
  return data;
}

/** The generated files of an example folder, relative to it, sorted. */
export function generatedFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .filter((file) => GENERATED.some((part) => file === part || file.startsWith(`${part}${path.sep}`)))
    .sort();
}

/** Generates the example into `target` (its generated parts replaced). */
export async function generateImportExample(target = EXAMPLE_DIR): Promise<void> {
  fs.mkdirSync(target, { recursive: true });
  const seedFile = path.join(target, 'seed.json');
  fs.writeFileSync(seedFile, `${JSON.stringify(seed(), null, 2)}\n`);
  const emulator = await startEmulator({ flavor: 'oss', seed: seedFile, rateLimit: false });
  try {
    const env = { CLICKSTACK_ENDPOINT: emulator.ossUrl, CLICKSTACK_API_KEY: emulator.apiKey };
    for (const format of FORMATS) {
      const stderr = new PassThrough();
      let errors = '';
      stderr.on('data', (chunk) => (errors += chunk));
      const code = await runExport(['--format', format, '--out', path.join(target, format), '--force', '--quiet', '--stack', 'import_existing'], {
        stdout: new PassThrough(),
        stderr,
        env,
      });
      if (code !== 0) throw new Error(`clickstack-export --format ${format} failed: ${errors}`);
    }
  } finally {
    await emulator.close();
  }
}

if (require.main === module) {
  generateImportExample().then(
    () => process.stdout.write(`wrote ${GENERATED.map((name) => path.join(path.relative(process.cwd(), EXAMPLE_DIR), name)).join(', ')}\n`),
    (error: unknown) => {
      process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
