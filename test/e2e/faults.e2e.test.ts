// Reliability under faults, through the real terraform against the emulator of both flavors: create, update (through a
// saved plan) and destroy of many objects of every kind while the emulator answers 20% of requests with a 5xx, resets
// connections, answers slowly, loses the answers of creates it committed, and runs rate-limit storms over several
// windows; then applies interrupted with Ctrl-C at random points. Each run must converge within 2 applies, after which
// the server holds exactly what the state says: no duplicate, no orphan. No provider crash, and no secret in the trace
// logs, the state, a plan file or `terraform show -json`.
//
// `npm test` runs the short version; `npm run test:faults` (FAULT_SUITE=full) the full one: 120 objects and 10
// interrupted applies of 50 objects. The figures go to the console and to dist/test/fault-report.json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EmulatorHandle, startEmulator } from '../../emulator';
import type { ClickStackClient, FlavorName } from '../../provider/client';
import { emulatorClient, FLAVORS } from '../support/emulator-clients';
import {
  collectInjected,
  compareWithServer,
  EMULATOR_RATE_LIMIT,
  emptyReport,
  faultConfiguration,
  FaultSwitch,
  faultWorkspace,
  interruptionPoints,
  objectsPerGroup,
  planFileContents,
  record,
  secretsIn,
  secretsOf,
  serverObjects,
  takeLog,
  untilSuccess,
} from '../support/fault-runs';
import { installProvider, type InstalledProvider, projectRoot, Workspace } from '../support/terraform-cli';

const FULL = process.env.FAULT_SUITE === 'full';
const SIZE = FULL
  ? { groups: 12, interruptedRuns: 10, interruptedGroups: 10, latestInterruptMs: 9_000 }
  : { groups: 2, interruptedRuns: 1, interruptedGroups: 2, latestInterruptMs: 2_500 };
/** Applies (or destroys) a run may take to converge, the interrupted one not counted. */
const APPLIES_TO_CONVERGE = 2;

jest.setTimeout(FULL ? 60 * 60_000 : 15 * 60_000);

let emulator: EmulatorHandle;
let provider: InstalledProvider;
let faults: FaultSwitch;
const clients = new Map<FlavorName, ClickStackClient>();
const report = emptyReport();
const logDir = mkdtempSync(join(tmpdir(), 'fault-logs-'));

beforeAll(async () => {
  emulator = await startEmulator({ flavor: 'both', rateLimit: EMULATOR_RATE_LIMIT });
  faults = new FaultSwitch(emulator);
  provider = installProvider('clickstack');
  // The checks read the server with faults off, through a client of their own.
  for (const flavor of FLAVORS) clients.set(flavor, emulatorClient(emulator, flavor));
});

afterAll(async () => {
  faults?.off();
  if (emulator) collectInjected(report, emulator);
  const figures = { suite: FULL ? 'full' : 'short', ...report };
  mkdirSync(join(projectRoot, 'dist', 'test'), { recursive: true });
  writeFileSync(join(projectRoot, 'dist', 'test', 'fault-report.json'), `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`Fault suite figures: ${JSON.stringify(figures, null, 2)}`);
  for (const client of clients.values()) await client.close();
  await emulator?.close();
  rmSync(logDir, { recursive: true, force: true });
});

/** The run's objects on the server are exactly the state's, with no duplicate, and a plan finds nothing to do. */
async function expectConverged(ws: Workspace, flavor: FlavorName, prefix: string, objects: number): Promise<void> {
  const convergence = await compareWithServer(ws, clients.get(flavor)!, prefix);
  report.duplicates += convergence.duplicates.length;
  report.orphans += convergence.orphans.length;
  expect(convergence).toEqual({ duplicates: [], orphans: [], missing: [], tracked: objects });
  const plan = record(report, await ws.plan());
  expect(plan.stderr).toBe('');
  expect(plan.code).toBe(0);
}

/** Every secret absent from `text`; counted in the report. */
function expectNoSecret(where: string, text: string): void {
  const found = secretsIn(text, secretsOf(emulator));
  report.secretsFound += found.length;
  expect({ where, found }).toEqual({ where, found: [] });
}

describe.each(FLAVORS)('%s', (flavor) => {
  test(`create, update and destroy ${SIZE.groups * objectsPerGroup(flavor)} objects under faults, each converging within ${APPLIES_TO_CONVERGE} applies`, async () => {
    const prefix = `Faults ${flavor}`;
    const objects = SIZE.groups * objectsPerGroup(flavor);
    const traceLog = join(logDir, `${flavor}.log`);
    const ws = faultWorkspace(provider, emulator, flavor, traceLog);
    try {
      expect(record(report, await ws.terraform('init')).code).toBe(0);

      // Create.
      ws.write('main.tf', faultConfiguration(prefix, SIZE.groups, 1, flavor));
      faults.on();
      await untilSuccess(report, APPLIES_TO_CONVERGE, () => ws.apply());
      faults.off();
      await expectConverged(ws, flavor, prefix, objects);
      report.objectsCreated += objects;
      expectNoSecret('state after create', ws.read('terraform.tfstate'));
      expectNoSecret('show -json after create', JSON.stringify(await ws.show()));

      // Update every object, through a saved plan as a pipeline does; after a failed apply the plan is stale, and the
      // next apply plans afresh.
      ws.write('main.tf', faultConfiguration(prefix, SIZE.groups, 2, flavor));
      faults.on();
      await untilSuccess(report, APPLIES_TO_CONVERGE, () => ws.terraform('plan', '-out=update.tfplan'));
      for (const [entry, content] of planFileContents(ws.path('update.tfplan'))) expectNoSecret(`plan file entry ${entry}`, content);
      let planUsed = false;
      await untilSuccess(report, APPLIES_TO_CONVERGE, () => (planUsed ? ws.apply() : ((planUsed = true), ws.terraform('apply', 'update.tfplan'))));
      faults.off();
      await expectConverged(ws, flavor, prefix, objects);
      report.objectsUpdated += objects;
      const updated = await serverObjects(clients.get(flavor)!, prefix);
      const hooks = await clients.get(flavor)!.webhooks.list();
      expect(hooks.filter((hook) => hook.name.startsWith(prefix)).map((hook) => hook.description)).toEqual(Array(SIZE.groups).fill('version 2'));
      expect(updated).toHaveLength(objects);
      expectNoSecret('state after update', ws.read('terraform.tfstate'));
      expectNoSecret('show -json after update', JSON.stringify(await ws.show()));

      // Destroy.
      faults.on();
      await untilSuccess(report, APPLIES_TO_CONVERGE, () => ws.terraform('destroy', '-auto-approve'));
      faults.off();
      expect(await serverObjects(clients.get(flavor)!, prefix)).toEqual([]);
      expect(await ws.stateList()).toEqual([]);
      report.objectsDestroyed += objects;
      report.runs++;

      const trace = takeLog(traceLog);
      // The log is at trace level and the provider wrote into it (its own lines carry its name).
      expect(trace).toContain('[TRACE]');
      expect(trace).toContain('terraform-provider-clickstack');
      expectNoSecret('TF_LOG=trace log', trace);
    } finally {
      faults.off();
      collectInjected(report, emulator);
      ws.dispose();
    }
  });
});

test(`Ctrl-C at random points of ${SIZE.interruptedRuns} applies of ${SIZE.interruptedGroups} groups of objects, each converging within ${APPLIES_TO_CONVERGE} applies`, async () => {
  const random = interruptionPoints(11);
  for (let run = 0; run < SIZE.interruptedRuns; run++) {
    const flavor = FLAVORS[run % FLAVORS.length];
    const prefix = `Interrupted ${flavor} ${run}`;
    const objects = SIZE.interruptedGroups * objectsPerGroup(flavor);
    const ws = faultWorkspace(provider, emulator, flavor);
    try {
      expect(record(report, await ws.terraform('init')).code).toBe(0);
      ws.write('main.tf', faultConfiguration(prefix, SIZE.interruptedGroups, 1, flavor));
      faults.on();
      const child = ws.spawn('apply', '-auto-approve', '-no-color', '-input=false');
      const finished = Workspace.collect(child);
      let exited = false;
      void finished.then(() => (exited = true));
      await new Promise((resolve) => setTimeout(resolve, 500 + random.int(SIZE.latestInterruptMs)));
      if (!exited) process.kill(-child.pid!, 'SIGINT'); // the whole process group, as a terminal's Ctrl-C does
      const interrupted = record(report, await finished);
      if (interrupted.stdout.includes('Interrupt received')) report.interruptedRuns++;
      await untilSuccess(report, APPLIES_TO_CONVERGE, () => ws.apply());
      faults.off();
      await expectConverged(ws, flavor, prefix, objects);
      report.objectsCreated += objects;
      report.runs++;
    } finally {
      faults.off();
      collectInjected(report, emulator);
      ws.dispose();
    }
  }
  expect(report.crashes).toBe(0);
});

test('figures: no duplicate, no orphan, no crash, no secret, and every kind of fault injected', () => {
  expect({ duplicates: report.duplicates, orphans: report.orphans, crashes: report.crashes, secretsFound: report.secretsFound }).toEqual({
    duplicates: 0,
    orphans: 0,
    crashes: 0,
    secretsFound: 0,
  });
  collectInjected(report, emulator);
  for (const kind of ['rateLimited', 'serverErrors', 'resets', 'slowAnswers', 'ambiguousCreates'] as const) expect({ kind, injected: report.injected[kind] > 0 }).toEqual({ kind, injected: true });
  expect(report.objectsCreated).toBeGreaterThanOrEqual(FULL ? 100 : 20);
});
