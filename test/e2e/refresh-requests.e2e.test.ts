// What a plan of a large workspace costs in requests, through the real terraform, for both flavors: the refresh of 200
// dashboards, 200 tile alerts, 20 webhooks and 20 saved searches reads each kind from one list (api-behaviour §4.3),
// exact counts from the emulator's request log. Timings live in `npm run bench` (bench/reads.ts), not here.
import { type EmulatorHandle, startEmulator } from '../../emulator';
import type { FlavorName } from '../../provider/client';
import { type FlavorTarget, flavorWorkspace, targetFor } from '../support/clickstack-workspaces';
import { FLAVORS } from '../support/emulator-clients';
import { requestsDuring } from '../support/request-log';
import { installProvider, type InstalledProvider, type TerraformResult, Workspace } from '../support/terraform-cli';
import { configurationAtScale, objectCount, REFRESH_SCALE } from '../support/workspace-at-scale';

// The apply that sets the workspace up creates 440 objects: about 30 s on 2 shared cores.
jest.setTimeout(600_000);

let provider: InstalledProvider;

beforeAll(() => {
  provider = installProvider('clickstack');
});

describe.each(FLAVORS)('%s', (flavor: FlavorName) => {
  let emulator: EmulatorHandle;
  let target: FlavorTarget;
  let ws: Workspace;

  beforeAll(async () => {
    emulator = await startEmulator({ flavor, rateLimit: false });
    target = targetFor(emulator, flavor);
    ws = flavorWorkspace(provider, target);
    ws.write('main.tf', configurationAtScale(flavor, REFRESH_SCALE));
    expect((await ws.terraform('init')).code).toBe(0);
    const apply = await ws.apply();
    expect(apply.stderr).toBe('');
    expect(apply.stdout).toContain(`Apply complete! Resources: ${objectCount(REFRESH_SCALE)} added, 0 changed, 0 destroyed.`);
  });

  afterAll(async () => {
    ws?.dispose();
    await target?.client.close();
    await emulator?.close();
  });

  test('a plan refreshes 200 dashboards, 200 tile alerts, 20 webhooks and 20 saved searches in 8 requests, and finds no changes', async () => {
    let plan!: TerraformResult;
    const requests = await requestsDuring(emulator, async () => (plan = await ws.plan()));
    expect(plan.stderr).toBe('');
    expect(plan.code).toBe(0);
    // The first read of a kind is a single GET; the others share one list (webhooks have no GET by id); the data source
    // finds the `Logs` source in the source list.
    expect(requests).toEqual(
      [
        'GET /sources',
        'GET /dashboards/:id',
        'GET /dashboards',
        'GET /alerts/:id',
        'GET /alerts?limit=1000&offset=0',
        'GET /saved-searches/:id',
        'GET /saved-searches?limit=1000&offset=0',
        'GET /webhooks?limit=1000&offset=0',
      ].sort(),
    );
    expect(requests.length).toBeLessThanOrEqual(10);
  });
});

