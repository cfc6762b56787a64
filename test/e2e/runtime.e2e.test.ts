// The runtime end to end: the real terraform binary drives the fixture provider (test/fixture-provider)
// through the whole lifecycle. The steps build on each other and run in order in one workspace.
import { appendFileSync, copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installProvider, type InstalledProvider, projectRoot, resourceValues, Workspace } from '../support/terraform-cli';

// Each step runs terraform a few times (about 1 s per command on 2 shared cores).
jest.setTimeout(120_000);

const STORE = 'fixture-store.json';

const terraformBlock = `terraform {
  required_providers {
    fixture = { source = "clickstack-iac/fixture" }
  }
}
`;

function mainTf({ name = 'alpha', tags = '["x", "y"]', applyDelayMs = 0 } = {}): string {
  return `${terraformBlock}
provider "fixture" {
  apply_delay_ms = ${applyDelayMs}
}

resource "fixture_thing" "a" {
  name       = "${name}"
  tags       = ${tags}
  labels     = ["b", "a"]
  settings   = { color = "red", size = 3 }
  metadata   = { env = "dev" }
  big_number = 9007199254740993
  secret     = "hush"
  token      = "t0ken"
  extra      = { a = 1, b = ["x", true] }
}

data "fixture_thing" "a" {
  name = fixture_thing.a.name
}

output "looked_up_number" {
  value = data.fixture_thing.a.big_number
}
`;
}

interface StoreFile {
  things: Record<string, Record<string, unknown>>;
}

let provider: InstalledProvider;
let ws: Workspace;

const readStore = (): StoreFile => JSON.parse(ws.read(STORE));
const writeStore = (store: StoreFile) => ws.write(STORE, JSON.stringify(store, null, 2));
const thingId = async (address = 'fixture_thing.a') => resourceValues(await ws.show(), address)?.id as string;

beforeAll(() => {
  // A mirror of its own: the lock-file test below reinstalls a changed build into it.
  provider = installProvider('fixture', { mirrorDir: mkdtempSync(join(tmpdir(), 'mirror-')) });
  ws = Workspace.create(provider);
  ws.write('main.tf', mainTf());
});

afterAll(() => {
  ws?.dispose();
  if (provider) rmSync(provider.mirrorDir, { recursive: true, force: true });
});

test('init installs the provider offline from the filesystem mirror', async () => {
  const init = await ws.terraform('init');
  expect(init.stderr).toBe('');
  expect(init.code).toBe(0);
  expect(init.stdout).toContain('Installed clickstack-iac/fixture v0.1.0 (unauthenticated)');
});

test('terraform providers schema -json shows the provider schema', async () => {
  const result = await ws.terraform('providers', 'schema', '-json');
  expect(result.code).toBe(0);
  const schemas = JSON.parse(result.stdout).provider_schemas['registry.terraform.io/clickstack-iac/fixture'];
  expect(Object.keys(schemas.resource_schemas)).toEqual(['fixture_thing']);
  expect(schemas.resource_schemas.fixture_thing.block.attributes.secret).toMatchObject({ sensitive: true });
  expect(schemas.data_source_schemas.fixture_thing).toBeDefined();
});

test('validate accepts the configuration', async () => {
  const result = await ws.terraform('validate');
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
});

test('plan shows a create with the id known after apply and the secret hidden', async () => {
  const plan = await ws.plan();
  expect(plan.stderr).toBe('');
  expect(plan.code).toBe(2);
  expect(plan.stdout).toContain('# fixture_thing.a will be created');
  expect(plan.stdout).toMatch(/\+ id\s+= \(known after apply\)/);
  expect(plan.stdout).toMatch(/\+ secret\s+= \(sensitive value\)/);
  expect(plan.stdout).not.toContain('hush');
});

test('apply creates the object, keeping a 64-bit number exact', async () => {
  const apply = await ws.apply();
  expect(apply.stderr).toBe('');
  expect(apply.code).toBe(0);
  expect(apply.stdout).toContain('Apply complete! Resources: 1 added, 0 changed, 0 destroyed.');
  expect(apply.stdout).toContain('looked_up_number = 9007199254740993');
  const state = await ws.show();
  const id = resourceValues(state, 'fixture_thing.a')?.id as string;
  expect(readStore().things[id]).toMatchObject({ name: 'alpha', big_number: '9007199254740993', secret: 'hush' });
  expect(resourceValues(state, 'fixture_thing.a')?.token).toBeNull(); // write-only: never in state
  expect(ws.read('terraform.tfstate')).not.toContain('t0ken');
});

test('a second plan finds no changes', async () => {
  const plan = await ws.plan();
  expect(plan.stdout).toContain('No changes.');
  expect(plan.code).toBe(0);
});

test('a plan starts several provider processes but asks only the first for the schema', async () => {
  // The provider says its schema is optional to fetch (get_provider_schema_optional), so Terraform serves the later
  // processes of a command from the schema it already has: each process skips building and encoding it.
  const traced = Workspace.create(provider, { TF_LOG: 'trace', TF_LOG_PATH: 'terraform.log' });
  try {
    traced.write('main.tf', mainTf());
    expect((await traced.terraform('init')).code).toBe(0);
    traced.remove('terraform.log');
    expect((await traced.plan()).code).toBe(2);
    const log = traced.read('terraform.log');
    const starts = log.match(/\[DEBUG\] provider: starting plugin/g) ?? [];
    const schemaCalls = log.match(/rpc=GetProviderSchema\b/g) ?? [];
    expect(starts.length).toBeGreaterThanOrEqual(2);
    expect(schemaCalls).toHaveLength(1);
  } finally {
    traced.dispose();
  }
});

test('a change made behind Terraform’s back is detected and repaired', async () => {
  const id = await thingId();
  const store = readStore();
  store.things[id].tags = ['edited'];
  writeStore(store);
  const plan = await ws.plan();
  expect(plan.code).toBe(2);
  expect(plan.stdout).toContain('# fixture_thing.a will be updated in-place');
  expect(plan.stdout).toMatch(/- "edited",\s+\+ "x",\s+\+ "y",/);
  expect((await ws.apply()).code).toBe(0);
  expect(readStore().things[id].tags).toEqual(['x', 'y']);
});

test('an object deleted behind Terraform’s back is recreated', async () => {
  const id = await thingId();
  const store = readStore();
  delete store.things[id];
  writeStore(store);
  const plan = await ws.plan();
  expect(plan.code).toBe(2);
  expect(plan.stdout).toContain('has been deleted');
  expect(plan.stdout).toContain('# fixture_thing.a will be created');
  expect((await ws.apply()).code).toBe(0);
  expect(await thingId()).not.toBe(id);
});

test('renaming forces replacement', async () => {
  const id = await thingId();
  ws.write('main.tf', mainTf({ name: 'beta' }));
  const plan = await ws.plan();
  expect(plan.code).toBe(2);
  expect(plan.stdout).toContain('# fixture_thing.a must be replaced');
  expect(plan.stdout).toContain('# forces replacement');
  const apply = await ws.apply();
  expect(apply.code).toBe(0);
  expect(apply.stdout).toContain('1 added, 0 changed, 1 destroyed');
  const newId = await thingId();
  expect(newId).not.toBe(id);
  expect(Object.keys(readStore().things)).toEqual([newId]);
});

test('terraform import adopts an existing object, after which plan finds no changes', async () => {
  const store = readStore();
  store.things['thing-imported'] = {
    id: 'thing-imported', name: 'imported', tags: ['i'], labels: null, settings: null,
    metadata: null, big_number: '12345678901234567890', secret: null, extra: null,
  };
  writeStore(store);
  ws.write('imported.tf', `resource "fixture_thing" "imported" {
  name       = "imported"
  tags       = ["i"]
  big_number = 12345678901234567890
}
`);
  const imported = await ws.terraform('import', 'fixture_thing.imported', 'thing-imported');
  expect(imported.stderr).toBe('');
  expect(imported.code).toBe(0);
  expect(imported.stdout).toContain('Import successful!');
  const plan = await ws.plan();
  expect(plan.stdout).toContain('No changes.');
  expect(plan.code).toBe(0);
});

test('an unknown id fails the import with the provider’s message', async () => {
  ws.write('missing.tf', 'resource "fixture_thing" "missing" {\n  name = "missing"\n}\n');
  const result = await ws.terraform('import', 'fixture_thing.missing', 'thing-nope');
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('Cannot import non-existent remote object');
  ws.remove('missing.tf');
});

test('an import block with -generate-config-out writes configuration that plans cleanly', async () => {
  const store = readStore();
  store.things['thing-generated'] = {
    id: 'thing-generated', name: 'generated', tags: null, labels: ['l'], settings: { color: 'blue', size: 7 },
    metadata: { k: 'v' }, big_number: null, secret: null, extra: null,
  };
  writeStore(store);
  ws.write('import.tf', 'import {\n  to = fixture_thing.generated\n  id = "thing-generated"\n}\n');
  const plan = await ws.terraform('plan', '-generate-config-out=generated.tf');
  expect(plan.stderr).toBe('');
  expect(plan.code).toBe(0);
  expect(plan.stdout).toContain('1 to import');
  const generated = ws.read('generated.tf');
  expect(generated).toContain('resource "fixture_thing" "generated"');
  expect(generated).toMatch(/name\s+= "generated"/);
  const apply = await ws.apply();
  expect(apply.code).toBe(0);
  expect(apply.stdout).toContain('1 imported');
  ws.remove('import.tf');
  const again = await ws.plan();
  expect(again.stdout).toContain('No changes.');
  expect(again.code).toBe(0);
});

test('a validation error is shown against the offending line', async () => {
  ws.write('bad.tf', `resource "fixture_thing" "bad" {
  tags = []

  name = "Not Valid"
  settings = { size = 500 }
}
`);
  const result = await ws.terraform('validate');
  ws.remove('bad.tf');
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('on bad.tf line 4, in resource "fixture_thing" "bad"');
  expect(result.stderr).toContain('Must be lowercase letters, digits and dashes, got "Not Valid".');
  // Terraform places paths only through blocks, so the runtime cuts `settings.size` at the attribute it can place,
  // and names the full path in the detail.
  expect(result.stderr).toContain('on bad.tf line 5, in resource "fixture_thing" "bad"');
  expect(result.stderr).toContain('settings.size: Must be between 1 and 100, got 500.');
});

test('Ctrl-C during apply stops the provider cleanly and loses no state', async () => {
  const id = await thingId();
  ws.write('main.tf', mainTf({ name: 'beta', tags: '["slow"]', applyDelayMs: 60_000 }));
  const child = ws.spawn('apply', '-auto-approve', '-no-color', '-input=false');
  const finished = Workspace.collect(child);
  await new Promise<void>((resolve, reject) => {
    let seen = '';
    child.stdout!.on('data', (chunk) => {
      seen += chunk;
      if (seen.includes('fixture_thing.a: Modifying...')) resolve();
    });
    child.once('close', () => reject(new Error(`apply ended before modifying:\n${seen}`)));
  });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const started = Date.now();
  process.kill(-child.pid!, 'SIGINT'); // the whole process group, as a terminal's Ctrl-C does
  const result = await finished;
  expect(Date.now() - started).toBeLessThan(15_000);
  expect(result.code).toBe(1);
  expect(result.stdout).toContain('Interrupt received.');
  expect(result.stderr).toContain('Error: Interrupted');
  expect(await ws.stateList()).toContain('fixture_thing.a');
  expect(await thingId()).toBe(id);
  expect(readStore().things[id].tags).toEqual(['x', 'y']);

  ws.write('main.tf', mainTf({ name: 'beta' }));
  const plan = await ws.plan();
  expect(plan.stdout).toContain('No changes.');
});

test('a rebuilt and reinstalled provider keeps an initialised workspace working (lock-file hash)', async () => {
  const lockFile = ws.read('.terraform.lock.hcl');
  const changedBuild = join(mkdtempSync(join(tmpdir(), 'rebuilt-')), 'provider.js');
  copyFileSync(join(projectRoot, 'dist', 'test', 'terraform-provider-fixture.js'), changedBuild);
  appendFileSync(changedBuild, `\n// rebuilt ${Date.now()}\n`);
  installProvider('fixture', { bundle: changedBuild, mirrorDir: provider.mirrorDir });
  expect(readFileSync(join(provider.mirrorDir, 'bundles', 'terraform-provider-fixture_v0.1.0.js'), 'utf8')).toContain('// rebuilt');

  const plan = await ws.plan();
  expect(plan.stderr).toBe('');
  expect(plan.code).toBe(0);
  const init = await ws.terraform('init');
  expect(init.stderr).toBe('');
  expect(init.code).toBe(0);
  expect(ws.read('.terraform.lock.hcl')).toBe(lockFile);
});

test('destroy removes every object', async () => {
  const destroy = await ws.terraform('destroy', '-auto-approve');
  expect(destroy.stderr).toBe('');
  expect(destroy.code).toBe(0);
  expect(destroy.stdout).toContain('Destroy complete! Resources: 3 destroyed.');
  expect(readStore().things).toEqual({});
  expect(await ws.stateList()).toEqual([]);
});
