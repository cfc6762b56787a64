// The CDKTF examples, synthesized from their TypeScript (by tsx, with the constructs from source) and deployed through
// the real terraform against the emulator: each construct example the docs embed is applied and re-planned clean; the
// multi-environment example builds dev on an empty OSS emulator and prod on a Managed ClickStack emulator that holds
// only its service's connection, both from one definition, and an edit of one shared tile definition then plans one
// in-place change per environment and nothing else.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type EmulatorHandle, startEmulator } from '../../emulator';
import { defaultSeed } from '../../emulator/seed';
import { installProvider, type InstalledProvider, projectRoot, type TerraformResult, Workspace } from '../support/terraform-cli';

// Each example: a synth (about 3 s: tsx compiles the bindings) and three terraform runs, on 2 shared cores.
jest.setTimeout(180_000);

const examplesDir = join(projectRoot, 'examples', 'cdktf');
const constructExamples = readdirSync(join(examplesDir, 'constructs')).filter((file) => file.endsWith('.ts'));
/** Synth output and edited copies live under dist/, inside the project, where tsx finds cdktf and the constructs. */
const scratchRoot = join(projectRoot, 'dist', 'test');

/** Every setting the provider reads from the environment: a developer's own must not leak into the examples. */
const CLEARED = Object.fromEntries(
  ['CLICKSTACK_ENDPOINT', 'CLICKSTACK_API_KEY', 'CLICKSTACK_TEAM', 'CLICKHOUSE_ORG_ID', 'CLICKSTACK_SERVICE_ID', 'CLICKHOUSE_CLOUD_API_KEY', 'CLICKHOUSE_CLOUD_API_SECRET', 'CLICKHOUSE_API_URL'].map(
    (name) => [name, undefined],
  ),
);

/**
 * Runs a CDKTF app with tsx (the project's tsconfig maps `clickstack-cdktf` to the sources) in the workspace `ws`,
 * where cdktf's local backend then keeps the state; returns the stack's JSON.
 */
async function synthesize(main: string, stack: string, ws: Workspace, env: NodeJS.ProcessEnv = {}): Promise<string> {
  const outdir = mkdtempSync(join(scratchRoot, 'cdktf-out-'));
  try {
    const tsx = join(projectRoot, 'node_modules', '.bin', 'tsx');
    const args = ['--tsconfig', join(projectRoot, 'tsconfig.json'), main];
    const result = await Workspace.collect(spawn(tsx, args, { cwd: ws.dir, env: { ...process.env, ...CLEARED, ...env, CDKTF_OUTDIR: outdir } }));
    if (result.code !== 0) throw new Error(`synth of ${main} failed:\n${result.stdout}${result.stderr}`);
    return readFileSync(join(outdir, 'stacks', stack, 'cdk.tf.json'), 'utf8');
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

function succeeded(result: TerraformResult): TerraformResult {
  if (result.code !== 0) throw new Error(`terraform exited with ${result.code}:\n${result.stdout}\n${result.stderr}`);
  return result;
}

/** Applies the synthesized JSON in `ws` and expects the next plan to find no changes. */
async function applyCleanly(ws: Workspace, json: string): Promise<TerraformResult> {
  ws.write('cdk.tf.json', json);
  succeeded(await ws.terraform('init'));
  const apply = succeeded(await ws.apply());
  const replan = await ws.plan();
  expect(replan.stdout).toContain('No changes. Your infrastructure matches the configuration.');
  expect(replan.code).toBe(0);
  return apply;
}

let provider: InstalledProvider;

beforeAll(() => {
  provider = installProvider('clickstack');
  mkdirSync(scratchRoot, { recursive: true });
});

describe('construct examples (the docs embed them)', () => {
  let emulator: EmulatorHandle;

  beforeAll(async () => {
    emulator = await startEmulator({ flavor: 'oss', seed: 'default', rateLimit: false });
  });
  afterAll(() => emulator.close());
  beforeEach(() => emulator.reset('default'));

  it.each(constructExamples)('%s applies to the emulator and re-plans clean', async (file) => {
    const env = {
      ...CLEARED,
      CLICKSTACK_ENDPOINT: emulator.ossUrl,
      CLICKSTACK_API_KEY: emulator.apiKey,
      TF_VAR_clickstack_endpoint: emulator.ossUrl,
      TF_VAR_clickstack_api_key: emulator.apiKey,
      TF_VAR_hook_token: 'example-token',
      TF_VAR_clickhouse_password: 'example-password',
    };
    const ws = Workspace.create(provider, env);
    try {
      const json = await synthesize(join(examplesDir, 'constructs', file), file.replace(/\.ts$/, ''), ws, env);
      expect(JSON.parse(json).terraform.backend.local.path).toBe(ws.path(`terraform.${file.replace(/\.ts$/, '')}.tfstate`));
      const apply = await applyCleanly(ws, json);
      expect(apply.stdout).toMatch(/Apply complete! Resources: \d+ added, 0 changed, 0 destroyed\./);
    } finally {
      ws.dispose();
    }
  });
});

describe('examples/cdktf/multi-environment', () => {
  let dev: EmulatorHandle;
  let prod: EmulatorHandle;
  let copy: string;
  let ws: Workspace;
  /** The service's own connection on Managed ClickStack (ClickHouse Cloud owns it): all prod starts with. */
  const prodConnection = '65f0000000000000000000c1';

  beforeAll(async () => {
    copy = mkdtempSync(join(scratchRoot, 'multi-environment-'));
    const prodSeed = join(copy, 'prod-seed.json');
    const [connection] = defaultSeed().connections ?? [];
    writeFileSync(prodSeed, JSON.stringify({ connections: [{ ...connection, id: prodConnection }] }));
    [dev, prod] = await Promise.all([
      startEmulator({ flavor: 'oss', seed: 'none', rateLimit: false }),
      startEmulator({ flavor: 'cloud', seed: prodSeed, rateLimit: false }),
    ]);
    cpSync(join(examplesDir, 'multi-environment'), copy, { recursive: true });
    ws = Workspace.create(provider, {
      ...CLEARED,
      TF_VAR_dev_endpoint: dev.ossUrl,
      TF_VAR_dev_api_key: dev.apiKey,
      TF_VAR_dev_clickhouse_host: 'http://clickhouse:8123',
      TF_VAR_dev_clickhouse_password: 'dev-clickhouse-password',
      TF_VAR_prod_api_url: prod.cloudUrl,
      TF_VAR_prod_organization_id: prod.organizationId,
      TF_VAR_prod_service_id: prod.serviceId,
      TF_VAR_prod_api_key_id: prod.keyId,
      TF_VAR_prod_api_key_secret: prod.keySecret,
      TF_VAR_prod_connection_id: prodConnection,
    });
  });

  afterAll(async () => {
    ws?.dispose();
    rmSync(copy, { recursive: true, force: true });
    await Promise.all([dev?.close(), prod?.close()]);
  });

  it('builds dev (OSS) and prod (Managed ClickStack) from nothing from one definition, and re-plans clean', async () => {
    const apply = await applyCleanly(ws, await synthesize(join(copy, 'main.ts'), 'multi-environment', ws));
    // Per environment: 3 sources and their 3 links, a webhook, a dashboard, a saved search and 2 alerts; dev's connection.
    expect(apply.stdout).toContain('Apply complete! Resources: 23 added, 0 changed, 0 destroyed.');
    const posts = (emulator: EmulatorHandle, collection: string) => emulator.requests.filter((request) => request.method === 'POST' && request.path.endsWith(collection));
    expect([posts(dev, '/connections').length, posts(prod, '/connections').length]).toEqual([1, 0]);
    const state = await ws.show();
    const resources = state.values?.root_module.resources ?? [];
    const inEnvironment = (type: string, environment: string) => resources.filter((resource) => resource.type === type && resource.address.includes(`.${environment}_`));
    for (const environment of ['dev', 'prod']) {
      const sources = inEnvironment('clickstack_source', environment);
      expect(sources.map((source) => source.values.name).sort()).toEqual(['Logs', 'Metrics', 'Traces']);
      // The dashboard's tiles query the sources this environment made, which query its connection.
      const [dashboard] = inEnvironment('clickstack_dashboard', environment);
      const logs = sources.find((source) => source.values.name === 'Logs')!;
      expect((dashboard.values.line_tiles as { source_id: string }[])[0].source_id).toBe(logs.values.id);
      const connectionIds = new Set(sources.map((source) => source.values.connection_id));
      expect([...connectionIds]).toEqual([environment === 'prod' ? prodConnection : inEnvironment('clickstack_connection', 'dev')[0].values.id]);
    }
    for (const emulator of [dev, prod]) expect(posts(emulator, '/alerts')).toHaveLength(2);
  });

  it('plans one in-place change per environment, and nothing else, after an edit of one shared tile', async () => {
    const definition = join(copy, 'service-health.ts');
    const edited = readFileSync(definition, 'utf8').replace("title: 'Errors', source: logs", "title: 'Errors by service', source: logs");
    expect(edited).not.toBe(readFileSync(definition, 'utf8'));
    writeFileSync(definition, edited);
    ws.write('cdk.tf.json', await synthesize(join(copy, 'main.ts'), 'multi-environment', ws));

    succeeded(await ws.terraform('plan', '-out=edit.tfplan'));
    const shown = await ws.terraform('show', '-json', 'edit.tfplan');
    const plan = JSON.parse(shown.stdout) as { resource_changes: { address: string; change: { actions: string[]; after: { line_tiles?: { name: string }[] } } }[] };
    const changes = plan.resource_changes.filter((change) => !change.change.actions.includes('no-op') && !change.change.actions.includes('read'));
    expect(changes.map((change) => [change.address, change.change.actions])).toEqual([
      [expect.stringMatching(/^clickstack_dashboard\.dev_service_health_dashboard_/), ['update']],
      [expect.stringMatching(/^clickstack_dashboard\.prod_service_health_dashboard_/), ['update']],
    ]);
    expect(changes.map((change) => change.change.after.line_tiles?.[0].name)).toEqual(['Errors by service', 'Errors by service']);

    const apply = succeeded(await ws.apply('edit.tfplan'));
    expect(apply.stdout).toContain('Apply complete! Resources: 0 added, 2 changed, 0 destroyed.');
    const replan = await ws.plan();
    expect(replan.stdout).toContain('No changes. Your infrastructure matches the configuration.');
  });
});
