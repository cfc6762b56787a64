// npm run generate: the CDKTF bindings (L1 classes) in constructs/bindings/, and the CDK Terrain (cdktn) bindings in
// constructs/bindings-cdktn/, both generated from the provider's own schema, each by its framework's own generator.
// Installs the provider into the project-local mirror (scripts/install-provider.mjs, which builds it when its sources
// changed), reads its schema with `terraform providers schema -json` in a scratch workspace (offline: the mirror's CLI
// config), and runs the TerraformProviderGenerator of @cdktf/provider-generator 0.21 and of @cdktn/provider-generator
// 0.24 on it. The two differ in more than the import (cdktn's names its namespace `cdktn`, links its own docs and
// declares the list classes' constructors differently), so the cdktn flavour is generated, not rewritten. The output is
// deterministic: the same provider gives the same bytes, and test/e2e/bindings.e2e.test.ts fails when either checked-in
// folder is stale.
//
//   npm run generate                                  # rewrites constructs/bindings/ and constructs/bindings-cdktn/
//   tsx scripts/generate-bindings.ts --out <dir> --mirror <dir>     # writes <dir>/bindings and <dir>/bindings-cdktn
//
// The package roots of the generators load jsii-pacmak when imported; the generator class and CodeMaker (deep
// imports, each generator's own CodeMaker) need neither jsii nor network. constructs/bindings/tsconfig.json is the one file there that is not
// generated: the generated code compiles with its own settings (see that file).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const PROJECT_ROOT = path.resolve(__dirname, '..');
export const BINDINGS_DIR = path.join(PROJECT_ROOT, 'constructs', 'bindings');
/** The cdktn flavour's bindings: compiled only into the package's cdktn entry point (scripts/build-package.mjs). */
export const CDKTN_BINDINGS_DIR = path.join(PROJECT_ROOT, 'constructs', 'bindings-cdktn');
/** Files in the bindings folders that the generator does not own. */
export const HAND_WRITTEN = ['tsconfig.json'];

/** A CDK for Terraform framework the bindings are generated for: its generator's modules, deep-imported. */
export interface Flavour {
  name: 'cdktf' | 'cdktn';
  /** The checked-in folder, and its name under --out. */
  dir: string;
  generator: string;
  schemaModule: string;
  commons: string;
}

export const FLAVOURS: Flavour[] = [
  {
    name: 'cdktf',
    dir: BINDINGS_DIR,
    generator: '@cdktf/provider-generator/lib/get/generator/provider-generator',
    schemaModule: '@cdktf/provider-schema/src/provider-schema',
    commons: '@cdktf/commons',
  },
  {
    name: 'cdktn',
    dir: CDKTN_BINDINGS_DIR,
    generator: '@cdktn/provider-generator/build/get/generator/provider-generator.js',
    schemaModule: '@cdktn/provider-schema/build/provider-schema.js',
    commons: '@cdktn/commons',
  },
];
const PROVIDER_SOURCE = 'registry.terraform.io/clickstack-iac/clickstack';

/** The parts of `terraform providers schema -json` this script reads. */
interface SchemaBlock {
  attributes?: Record<string, { type?: unknown; nested_type?: SchemaBlock & { nesting_mode: string } }>;
  block_types?: Record<string, { nesting_mode: string; block: SchemaBlock }>;
}
interface ProviderSchemas {
  provider_schemas: Record<string, { provider: { block: SchemaBlock }; resource_schemas?: Record<string, { block: SchemaBlock }>; data_source_schemas?: Record<string, { block: SchemaBlock }> }>;
}

/**
 * Attributes cdktf 0.21 renders wrongly, as `<type>.<path>: <why>`: map-nested attributes (references to their
 * elements synthesize unquoted keys) and attributes of dynamic type (mangled into strings). The schema must have none.
 */
export function attributesCdktfMishandles(schema: ProviderSchemas): string[] {
  const found: string[] = [];
  const isDynamic = (type: unknown): boolean => type === 'dynamic' || (Array.isArray(type) && type.some(isDynamic));
  const visit = (block: SchemaBlock, at: string) => {
    for (const [name, attribute] of Object.entries(block.attributes ?? {})) {
      if (isDynamic(attribute.type)) found.push(`${at}.${name}: dynamic type`);
      if (attribute.nested_type?.nesting_mode === 'map') found.push(`${at}.${name}: map-nested attribute`);
      if (attribute.nested_type) visit(attribute.nested_type, `${at}.${name}`);
    }
    for (const [name, nested] of Object.entries(block.block_types ?? {})) {
      if (nested.nesting_mode === 'map') found.push(`${at}.${name}: map-nested block`);
      visit(nested.block, `${at}.${name}`);
    }
  };
  for (const provider of Object.values(schema.provider_schemas)) {
    visit(provider.provider.block, 'provider');
    for (const [type, { block }] of Object.entries(provider.resource_schemas ?? {})) visit(block, type);
    for (const [type, { block }] of Object.entries(provider.data_source_schemas ?? {})) visit(block, `data.${type}`);
  }
  return found;
}

/** Runs a command to completion; throws with its output when it fails. */
function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`\`${[command, ...args].join(' ')}\` exited with ${result.status}:\n${result.stderr}${result.stdout}`);
  return result.stdout;
}

/** Installs the provider into `mirrorDir`; returns the CLI config that makes terraform use that mirror. */
function installProvider(mirrorDir: string): string {
  run(process.execPath, [path.join(PROJECT_ROOT, 'scripts', 'install-provider.mjs'), '--mirror', mirrorDir]);
  return path.join(mirrorDir, 'terraformrc');
}

/** `terraform providers schema -json` of the installed provider, read in a scratch workspace. */
export function readProviderSchema(cliConfig: string): ProviderSchemas {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'clickstack-schema-'));
  try {
    const terraform = { required_providers: { clickstack: { source: PROVIDER_SOURCE } } };
    fs.writeFileSync(path.join(workspace, 'main.tf.json'), JSON.stringify({ terraform }));
    const env = { ...process.env, TF_CLI_CONFIG_FILE: cliConfig, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1' };
    run('terraform', ['init', '-input=false', '-no-color'], { cwd: workspace, env });
    return JSON.parse(run('terraform', ['providers', 'schema', '-json'], { cwd: workspace, env })) as ProviderSchemas;
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

/**
 * The generated TypeScript files, by path relative to the bindings folder. The generator writes them under
 * providers/clickstack/, with a README per class that points at the Terraform Registry (where this provider has no
 * pages) and a lazy-loading index nothing uses: the files are flattened, and those left out.
 */
export async function generateBindings(schema: ProviderSchemas, version: string, flavour: Flavour): Promise<Map<string, string>> {
  // Deep imports (see the header). Loading the commons runs `terraform version`, under the caller's CLI config.
  const generatorRoot = path.dirname(require.resolve(`${flavour.generator.split('/').slice(0, 2).join('/')}/package.json`));
  const { CodeMaker } = (await import(require.resolve('codemaker', { paths: [generatorRoot] }))) as typeof import('codemaker');
  const { TerraformProviderGenerator } = (await import(flavour.generator)) as typeof import('@cdktf/provider-generator/lib/get/generator/provider-generator');
  const { sanitizeProviderSchema } = (await import(flavour.schemaModule)) as typeof import('@cdktf/provider-schema/src/provider-schema');
  const { ConstructsMakerProviderTarget, Language, TerraformProviderConstraint } = (await import(flavour.commons)) as typeof import('@cdktf/commons');

  // provider_versions pins `required_providers` to the exact version this package ships.
  const pinned = { ...schema, provider_versions: { [PROVIDER_SOURCE]: version } };
  const code = new CodeMaker();
  const generator = new TerraformProviderGenerator(code, sanitizeProviderSchema(pinned as never));
  const constraint = new TerraformProviderConstraint({ name: 'clickstack', source: PROVIDER_SOURCE, version });
  generator.generate(new ConstructsMakerProviderTarget(constraint, Language.TYPESCRIPT));

  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'clickstack-bindings-'));
  try {
    await code.save(scratch);
    const root = path.join(scratch, 'providers', 'clickstack');
    const files = new Map<string, string>();
    for (const file of filesUnder(root).filter((name) => name.endsWith('.ts') && name !== 'lazy-index.ts'))
      files.set(file, fs.readFileSync(path.join(root, file), 'utf8'));
    return files;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** Files below `dir`, relative to it, sorted, with forward slashes. */
export function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** Replaces the generated files in `outDir` (everything but the hand-written files) with `files`. */
export function writeBindings(outDir: string, files: Map<string, string>): void {
  fs.mkdirSync(outDir, { recursive: true });
  for (const name of fs.readdirSync(outDir).filter((name) => !HAND_WRITTEN.includes(name))) fs.rmSync(path.join(outDir, name), { recursive: true });
  for (const [file, text] of files) {
    fs.mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
    fs.writeFileSync(path.join(outDir, file), text);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const out = option('--out');
  const mirrorDir = path.resolve(option('--mirror') ?? path.join(PROJECT_ROOT, '.terraform-mirror'));
  const started = performance.now();

  const cliConfig = installProvider(mirrorDir);
  process.env.TF_CLI_CONFIG_FILE = cliConfig;
  const schema = readProviderSchema(cliConfig);
  const mishandled = attributesCdktfMishandles(schema);
  if (mishandled.length > 0)
    throw new Error(`The provider schema has attributes cdktf 0.21 cannot render in JSON synth:\n  ${mishandled.join('\n  ')}`);

  const { version } = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
  for (const flavour of FLAVOURS) {
    const outDir = out ? path.resolve(out, path.basename(flavour.dir)) : flavour.dir;
    const files = await generateBindings(schema, version, flavour);
    writeBindings(outDir, files);
    const bytes = [...files.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0);
    const lines = [...files.values()].reduce((sum, text) => sum + text.split('\n').length - 1, 0);
    process.stdout.write(`generated ${files.size} ${flavour.name} files (${(bytes / 1e6).toFixed(2)} MB, ${lines} lines) in ${path.relative(process.cwd(), outDir) || '.'}\n`);
  }
  process.stdout.write(`in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

if (require.main === module) {
  main().catch((error: Error) => {
    process.stderr.write(`generate-bindings: ${error.message}\n`);
    process.exit(1);
  });
}
