// The exporter's promise as a property: any deployment the API accepts (generated: every kind, tile type and option,
// layouts, awkward names and texts, alerts of every channel; test/support/export-property) exports, in both formats,
// to code that plans as imports only, applies, and replans clean. `npm test` runs one case per flavor from a fixed
// seed, each a deployment of several objects of every kind, so that CI never turns red on a counterexample nobody has
// met yet; `npm run test:export-property` runs many from a new seed each time (EXPORT_PROPERTY_RUNS, default
// 25 per flavor; EXPORT_PROPERTY_SEED replays a run; EXPORT_PROPERTY_SHRINK=1 shrinks a counterexample, slowly: each
// step is a round trip). A counterexample is written to dist/test/ and becomes a named deployment of
// test/support/export-property/regressions.ts, which the first test seeds on every run.
import fc from 'fast-check';
import { type EmulatorHandle, startEmulator } from '../../emulator';
import { deploymentArbitrary } from '../support/export-property/deployments';
import { allRegressions, REGRESSIONS } from '../support/export-property/regressions';
import { disposeRoundTrip, exportedObjects, exportRoundTrip, keepCounterexample, type RoundTripWorkspaces, roundTripWorkspaces, seedDeployment } from '../support/export-property/round-trip';
import { FLAVORS } from '../support/emulator-clients';
import { installProvider, type InstalledProvider } from '../support/terraform-cli';

const RUNS = Number(process.env.EXPORT_PROPERTY_RUNS ?? 1);
/** The seed of the short run in `npm test`; the long run draws a new one. */
const NPM_TEST_SEED = 1;
const SEED =
  process.env.EXPORT_PROPERTY_SEED !== undefined ? Number(process.env.EXPORT_PROPERTY_SEED) : process.env.EXPORT_PROPERTY_RUNS === undefined ? NPM_TEST_SEED : undefined;
const SHRINK = process.env.EXPORT_PROPERTY_SHRINK === '1';

// A case is two exports, a compile, a synth and eight terraform commands: one to three minutes on 2 shared cores.
jest.setTimeout(Math.max(1, RUNS) * 240_000 + 60_000);

let provider: InstalledProvider;

beforeAll(() => {
  provider = installProvider('clickstack');
});

describe.each(FLAVORS)('%s', (flavor) => {
  let emulator: EmulatorHandle;
  let workspaces: RoundTripWorkspaces;
  /** What the seed alone exports, which every case exports too. */
  let seeded: number;

  beforeAll(async () => {
    // A newer server's fields at every level (RULES §14): the export must neither lose nor trip over them.
    emulator = await startEmulator({ flavor, rateLimit: false, extraFields: true });
    workspaces = roundTripWorkspaces(provider, emulator, flavor, 'export-property');
    seeded = await exportedObjects(emulator, flavor);
  });
  afterAll(async () => {
    disposeRoundTrip(workspaces);
    await emulator?.close();
  });

  test(`the counterexamples found so far (${Object.keys(REGRESSIONS).join(', ')}) export, plan only imports, apply and replan clean`, async () => {
    emulator.reset();
    const objects = await seedDeployment(emulator, flavor, allRegressions());
    await exportRoundTrip(emulator, flavor, objects + seeded, workspaces);
  });

  test(`${RUNS} generated deployment(s): each exports to HCL and CDKTF that plan only imports, apply and replan clean`, async () => {
    let cases = 0;
    await fc.assert(
      fc.asyncProperty(deploymentArbitrary(flavor), async (deployment) => {
        emulator.reset();
        const objects = await seedDeployment(emulator, flavor, deployment);
        try {
          await exportRoundTrip(emulator, flavor, objects + seeded, workspaces);
          cases++;
        } catch (error) {
          throw new Error(`${(error as Error).message}\nThe deployment: ${keepCounterexample(flavor, deployment)}`, { cause: error });
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: !SHRINK },
    );
    expect(cases).toBe(RUNS);
  });
});
