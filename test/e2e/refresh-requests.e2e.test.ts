// What a plan of a large workspace costs in requests, through the real terraform, for both flavors: the refresh of 200
// dashboards, 200 tile alerts, 20 webhooks and 20 saved searches reads each kind from one list (api-behaviour §4.3),
// exact counts from the emulator's request log. Timings live in `npm run bench` (bench/reads.ts), not here.
import type { FlavorName } from '../../provider/client';
import { FLAVORS } from '../support/emulator-clients';
import { requestsDuring } from '../support/request-log';
import type { TerraformResult } from '../support/terraform-cli';
import { objectCount, REFRESH_SCALE, useWorkspaceAtScale } from '../support/workspace-at-scale';

// The apply that sets the workspace up creates 440 objects: about 30 s on 2 shared cores.
jest.setTimeout(600_000);

describe.each(FLAVORS)('%s', (flavor: FlavorName) => {
  const suite = useWorkspaceAtScale(flavor, REFRESH_SCALE, false);

  beforeAll(async () => {
    const apply = await suite.ws.apply();
    expect(apply.stderr).toBe('');
    expect(apply.stdout).toContain(`Apply complete! Resources: ${objectCount(REFRESH_SCALE)} added, 0 changed, 0 destroyed.`);
  });

  test('a plan refreshes 200 dashboards, 200 tile alerts, 20 webhooks and 20 saved searches in 8 requests, and finds no changes', async () => {
    let plan!: TerraformResult;
    const requests = await requestsDuring(suite.emulator, async () => (plan = await suite.ws.plan()));
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

