// The CDK Terrain quickstart (examples/cdktn/quickstart) as its user runs it (scripts/cdktn-quickstart.ts): on Node 22,
// with cdktn and cdktn-cli and no cdktf, importing the package's `clickstack-cdktf/cdktn` entry point compiled the way
// `npm pack` compiles it. `cdktn synth` runs the app (tsc, then node), and the real terraform deploys the stack to the
// emulator and re-plans clean. The cdktf examples run beside it on this project's Node 20.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type EmulatorHandle, startEmulator } from '../../emulator';
import { prepareCdktnQuickstart } from '../../scripts/cdktn-quickstart';
import { installProvider, projectRoot, requireTerraform, type TerraformResult, Workspace } from '../support/terraform-cli';

// Compiling the cdktn flavour (about 30 s on 2 shared cores), downloading Node 22 on a clean clone, a synth and three
// terraform runs.
jest.setTimeout(300_000);

const scratchRoot = join(projectRoot, 'dist', 'test');

/** Settings of the runner's shell that would point npm, terraform or the provider somewhere else. */
const isForeignSetting = (name: string) => /^(TF_|CLICKSTACK_|CLICKHOUSE_|CDKTF_|npm_)/i.test(name);
const baseEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !isForeignSetting(name)));

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<TerraformResult> {
  return Workspace.collect(spawn(command, args, { cwd, env: { ...baseEnv, CHECKPOINT_DISABLE: '1', ...env } }));
}

function succeeded(result: TerraformResult): TerraformResult {
  if (result.code !== 0) throw new Error(`exited with ${result.code}:\n${result.stdout}\n${result.stderr}`);
  return result;
}

let emulator: EmulatorHandle;
let app: string;

beforeAll(async () => {
  requireTerraform();
  mkdirSync(scratchRoot, { recursive: true });
  emulator = await startEmulator({ flavor: 'oss', seed: 'default', rateLimit: false });
});

afterAll(async () => {
  await emulator?.close();
  if (app) rmSync(app, { recursive: true, force: true });
});

test('the cdktn quickstart synthesizes with `cdktn synth` on Node 22, applies to the emulator and re-plans clean', async () => {
  app = mkdtempSync(join(scratchRoot, 'cdktn-quickstart-'));
  const path = prepareCdktnQuickstart(app, baseEnv.PATH);
  const provider = installProvider('clickstack');
  const env = {
    PATH: path,
    CI: '1',
    CLICKSTACK_ENDPOINT: emulator.ossUrl,
    CLICKSTACK_API_KEY: emulator.apiKey,
    TF_CLI_CONFIG_FILE: provider.cliConfig,
    TF_IN_AUTOMATION: '1',
  };
  expect(succeeded(await run('node', ['--version'], app, env)).stdout).toMatch(/^v22\./);

  succeeded(await run('cdktn', ['synth'], app, env));
  const stackDir = join(app, 'cdktf.out', 'stacks', 'quickstart');
  const synthesized = JSON.parse(readFileSync(join(stackDir, 'cdk.tf.json'), 'utf8'));
  // cdktn's own stack wrote it (its version in the metadata), with the constructs' resources in it.
  expect(synthesized['//'].metadata.version).toBe(JSON.parse(readFileSync(join(projectRoot, 'node_modules', 'cdktn', 'package.json'), 'utf8')).version);
  expect(synthesized.terraform.required_providers.clickstack.source).toBe('registry.terraform.io/clickstack-iac/clickstack');
  expect(Object.keys(synthesized.resource).sort()).toEqual(['clickstack_alert', 'clickstack_dashboard']);
  expect(synthesized.resource.clickstack_alert.error_spike.tile_id).toBe('${clickstack_dashboard.service_health.tile_ids["errors"]}');

  const terraform = (...args: string[]) => run('terraform', [...args, '-no-color', '-input=false'], stackDir, env);
  succeeded(await terraform('init'));
  const apply = succeeded(await terraform('apply', '-auto-approve'));
  expect(apply.stdout).toContain('Apply complete! Resources: 2 added, 0 changed, 0 destroyed.');
  const replan = await terraform('plan', '-detailed-exitcode');
  expect(replan.stdout).toContain('No changes. Your infrastructure matches the configuration.');
  expect(replan.code).toBe(0);
});
