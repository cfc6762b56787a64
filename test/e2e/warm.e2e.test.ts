// Warm mode end to end: `clickstack-warm` runs real terraform commands against one provider process (the fixture
// provider, named with --provider; and the clickstack provider a workspace installed, against the emulator).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EmulatorHandle } from '../../emulator';
import { flavorWorkspace, startTestEmulator, targetFor } from '../support/clickstack-workspaces';
import { installProvider, type InstalledProvider, Workspace } from '../support/terraform-cli';

jest.setTimeout(120_000);

let fixture: InstalledProvider;
let fixtureExecutable: string;

beforeAll(() => {
  fixture = installProvider('fixture', { mirrorDir: mkdtempSync(join(tmpdir(), 'mirror-')) });
  const packageDir = join(fixture.mirrorDir, 'registry.terraform.io', 'clickstack-iac', 'fixture', '0.1.0');
  const [platform] = readdirSync(packageDir);
  fixtureExecutable = join(packageDir, platform, 'terraform-provider-fixture_v0.1.0');
});

const fixtureTf = (name: string, applyDelayMs = 0) => `terraform {
  required_providers {
    fixture = { source = "clickstack-iac/fixture" }
  }
}
provider "fixture" {
  apply_delay_ms = ${applyDelayMs}
}
resource "fixture_thing" "a" {
  name = "${name}"
}
`;

/** Runs the command through sh so the test sees what it was given: TF_REATTACH_PROVIDERS goes to reattach.json. */
const recordingReattach = (...terraformArgs: string[]) => [
  'sh',
  '-c',
  'printf %s "$TF_REATTACH_PROVIDERS" > reattach.json && exec terraform "$@"',
  'sh',
  ...terraformArgs,
];

interface ReattachEntry {
  Pid: number;
  Addr: { Network: string; String: string };
}

function reattachOf(dir: string): ReattachEntry {
  const reattach = JSON.parse(readFileSync(join(dir, 'reattach.json'), 'utf8')) as Record<string, ReattachEntry>;
  expect(Object.keys(reattach)).toEqual(['registry.terraform.io/clickstack-iac/fixture']);
  return Object.values(reattach)[0];
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function untilOutput(child: ReturnType<Workspace['spawnWarm']>, text: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    let seen = '';
    child.stdout!.on('data', (chunk) => {
      seen += chunk;
      if (seen.includes(text)) resolve();
    });
    child.once('close', () => reject(new Error(`ended before "${text}":\n${seen}`)));
  });
}

describe('with the fixture provider', () => {
  let ws: Workspace;

  beforeAll(async () => {
    ws = Workspace.create(fixture, { TF_LOG: 'trace', TF_LOG_PATH: 'terraform.log' });
    ws.write('main.tf', fixtureTf('alpha'));
    expect((await ws.terraform('init')).code).toBe(0);
  });
  afterAll(() => ws.dispose());

  test('an apply runs against one provider process started in the workspace, stopped when the command ends', async () => {
    const result = await Workspace.collect(ws.spawnWarm(recordingReattach('apply', '-auto-approve', '-no-color'), { provider: fixtureExecutable }));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Apply complete! Resources: 1 added');
    // Terraform started no provider process of its own: it used the reattached one for every phase.
    expect(ws.read('terraform.log')).not.toContain('starting plugin');
    // The provider's working directory is the workspace, as when Terraform starts it: the store is there.
    expect(Object.keys(JSON.parse(ws.read('fixture-store.json')).things)).toHaveLength(1);
    const { Pid, Addr } = reattachOf(ws.dir);
    expect(Addr.Network).toBe('unix');
    expect(isRunning(Pid)).toBe(false);
    expect(existsSync(Addr.String)).toBe(false);
  });

  test("the command's exit status passes through (plan -detailed-exitcode: 0 without changes, 2 with)", async () => {
    const unchanged = await Workspace.collect(ws.spawnWarm(['terraform', 'plan', '-detailed-exitcode', '-no-color'], { provider: fixtureExecutable }));
    expect(unchanged.code).toBe(0);
    ws.write('main.tf', fixtureTf('beta'));
    const changed = await Workspace.collect(ws.spawnWarm(['terraform', 'plan', '-detailed-exitcode', '-no-color'], { provider: fixtureExecutable }));
    expect(changed.stdout).toContain('must be replaced');
    expect(changed.code).toBe(2);
  });

  test.each([
    ['Ctrl-C (SIGINT to the process group)', 'group'],
    ['SIGTERM to the wrapper', 'wrapper'],
  ])('%s during an apply: Terraform stops the provider call, then the provider process is stopped', async (_name, target) => {
    ws.write('main.tf', fixtureTf('gamma', 60_000));
    const child = ws.spawnWarm(recordingReattach('apply', '-auto-approve', '-no-color'), { provider: fixtureExecutable });
    const finished = Workspace.collect(child);
    await untilOutput(child, 'Creating...');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const started = Date.now();
    if (target === 'group') process.kill(-child.pid!, 'SIGINT');
    else process.kill(child.pid!, 'SIGTERM');
    const result = await finished;
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(result.stdout).toContain('Interrupt received.');
    expect(result.stderr).toContain('Error: Interrupted');
    expect(result.code).toBe(1);
    const { Pid, Addr } = reattachOf(ws.dir);
    expect(isRunning(Pid)).toBe(false);
    expect(existsSync(Addr.String)).toBe(false);
  });

  test('a provider that cannot start is reported, and the command is not run', async () => {
    const result = await Workspace.collect(ws.spawnWarm(['terraform', 'plan'], { provider: join(ws.dir, 'missing-provider') }));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('clickstack-warm: cannot start the provider');
    expect(result.stdout).toBe('');
  });
});

test('terraform -chdir into CDKTF synth output: the provider runs in the stack directory', async () => {
  const project = mkdtempSync(join(tmpdir(), 'cdktf-app-'));
  const stack = join(project, 'cdktf.out', 'stacks', 'demo');
  mkdirSync(stack, { recursive: true });
  const ws = Workspace.create(fixture);
  // What `cdktf synth` writes: JSON configuration, run with terraform from the stack directory.
  const synthesized = {
    terraform: { required_providers: { fixture: { source: 'clickstack-iac/fixture' } } },
    resource: { fixture_thing: { a: { name: 'from-cdktf' } } },
  };
  writeFileSync(join(stack, 'cdk.tf.json'), JSON.stringify(synthesized));
  const chdir = `-chdir=${join('cdktf.out', 'stacks', 'demo')}`;
  expect((await Workspace.collect(ws.spawnWarm(['terraform', chdir, 'init', '-no-color'], { cwd: project }))).code).toBe(0);
  const apply = await Workspace.collect(ws.spawnWarm(['terraform', chdir, 'apply', '-auto-approve', '-no-color'], { cwd: project, provider: fixtureExecutable }));
  expect(apply.stderr).toBe('');
  expect(apply.code).toBe(0);
  expect(existsSync(join(stack, 'fixture-store.json'))).toBe(true);
  expect(existsSync(join(project, 'fixture-store.json'))).toBe(false);
  ws.dispose();
});

describe('with the clickstack provider the workspace installed', () => {
  let emulator: EmulatorHandle;
  let clickstack: InstalledProvider;

  beforeAll(async () => {
    emulator = await startTestEmulator();
    clickstack = installProvider('clickstack');
  });
  afterAll(() => emulator.close());

  test('clickstack-warm finds it without --provider (the version of the lock file)', async () => {
    const target = targetFor(emulator, 'oss');
    const ws = flavorWorkspace(clickstack, target);
    ws.write('main.tf', 'data "clickstack_sources" "all" {}\noutput "count" { value = length(data.clickstack_sources.all.sources) }\n');
    expect((await ws.terraform('init')).code).toBe(0);
    const result = await Workspace.collect(ws.spawnWarm(['terraform', 'apply', '-auto-approve', '-no-color'], { env: { TF_LOG: 'trace', TF_LOG_PATH: 'terraform.log' } }));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/count = [1-9]/);
    expect(ws.read('terraform.log')).not.toContain('starting plugin');
    ws.dispose();
  });
});
