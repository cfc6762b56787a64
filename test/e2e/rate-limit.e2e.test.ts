// An apply under a server rate limit, through the real terraform, for both flavors: the provider paces its requests so
// that the server never answers 429, although Terraform runs the plan and the apply in two provider processes (the
// limiter's ledger carries the plan's requests over to the apply). The emulator and the provider share a limit scaled
// down from the real ones (10 per second instead of 100 per minute or 10 per 10 s) so that the suite takes seconds; the
// apply at the real limits, and its time against the minimum those limits allow, is in `npm run bench`
// (bench/throughput.ts). Counts are exact; nothing here is timed.
import type { FlavorName } from '../../provider/client';
import { FLAVORS } from '../support/emulator-clients';
import { describeRequest } from '../support/request-log';
import { objectCount, type Scale, useWorkspaceAtScale } from '../support/workspace-at-scale';

jest.setTimeout(180_000);

const LIMIT = { limit: 10, windowMs: 1_000 };
/** 45 requests: more than four times the limit, so the apply must wait for the server's window four times at least. */
const SCALE: Scale = { dashboards: 10, tileAlerts: 10, webhooks: 5, savedSearches: 5 };

describe.each(FLAVORS)('%s', (flavor: FlavorName) => {
  const suite = useWorkspaceAtScale(flavor, SCALE, LIMIT);

  test(`an apply of ${objectCount(SCALE)} objects in 45 requests under a limit of 10 per second: every one answered, none with 429`, async () => {
    const { emulator, ws } = suite;
    emulator.requests.length = 0;
    const apply = await ws.apply();
    expect(apply.stderr).toBe('');
    expect(apply.stdout).toContain(`Apply complete! Resources: ${objectCount(SCALE)} added, 0 changed, 0 destroyed.`);

    const counts: Record<string, number> = {};
    for (const request of emulator.requests) {
      const key = `${describeRequest(request)} -> ${request.status}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    // The plan step looks the source up and asks the server to check each dashboard; the apply step plans each
    // dashboard again (the plan's verdicts are remembered, so without asking), lists each kind once before its first
    // create (to recognise an object whose create answer is lost, api-behaviour §13), then creates everything.
    expect(counts).toEqual({
      'GET /sources -> 200': 1,
      'GET /dashboards -> 200': 1,
      'GET /alerts?limit=1000&offset=0 -> 200': 1,
      'GET /webhooks?limit=1000&offset=0 -> 200': 1,
      'GET /saved-searches?limit=1000&offset=0 -> 200': 1,
      'POST /dashboards/validate -> 200': SCALE.dashboards,
      'POST /dashboards -> 200': SCALE.dashboards,
      'POST /alerts -> 200': SCALE.tileAlerts,
      'POST /webhooks -> 200': SCALE.webhooks,
      'POST /saved-searches -> 200': SCALE.savedSearches,
    });
  });
});
