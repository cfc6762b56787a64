// What an apply costs in requests, through the real terraform, for both flavors: creating dashboards, tile alerts,
// webhooks and saved searches makes one request per object, besides one validate request per dashboard with server
// validation on (the plan's verdict is remembered, so the apply's own plan does not ask again) and none with it off,
// the data source's read, and one list per kind before its first create (what a create whose answer is lost is looked
// up against, api-behaviour §13). Sources (and on OSS the connections they read) likewise: one request per object and
// one list per kind.
// Exact counts from the emulator's request log; `npm run bench` (bench/applies.ts) runs the full size.
import type { FlavorName } from '../../provider/client';
import { FLAVORS } from '../support/emulator-clients';
import { requestsDuring } from '../support/request-log';
import type { TerraformResult } from '../support/terraform-cli';
import { objectCount, type Scale, sourcesAtScale, useWorkspaceAtScale } from '../support/workspace-at-scale';

jest.setTimeout(600_000);

const SCALE: Scale = { dashboards: 10, tileAlerts: 10, webhooks: 2, savedSearches: 2 };
const times = (count: number, request: string) => Array<string>(count).fill(request);

describe.each(FLAVORS)('%s', (flavor: FlavorName) => {
  describe.each([true, false])('server validation %p', (serverValidation) => {
    const suite = useWorkspaceAtScale(flavor, SCALE, false);

    beforeAll(() => {
      if (!serverValidation) suite.ws.write('providers.tf', suite.ws.read('providers.tf').replace('provider "clickstack" {', 'provider "clickstack" {\n  server_validation = false'));
    });

    test(`an apply creating ${objectCount(SCALE)} objects makes one request per object${serverValidation ? ' and one validate request per dashboard' : ''}`, async () => {
      let apply!: TerraformResult;
      const requests = await requestsDuring(suite.emulator, async () => (apply = await suite.ws.apply()));
      expect(apply.stderr).toBe('');
      expect(apply.stdout).toContain(`Apply complete! Resources: ${objectCount(SCALE)} added, 0 changed, 0 destroyed.`);
      expect(requests).toEqual(
        [
          'GET /sources',
          'GET /dashboards',
          'GET /alerts?limit=1000&offset=0',
          'GET /webhooks?limit=1000&offset=0',
          'GET /saved-searches?limit=1000&offset=0',
          ...times(serverValidation ? SCALE.dashboards : 0, 'POST /dashboards/validate'),
          ...times(SCALE.dashboards, 'POST /dashboards'),
          ...times(SCALE.tileAlerts, 'POST /alerts'),
          ...times(SCALE.webhooks, 'POST /webhooks'),
          ...times(SCALE.savedSearches, 'POST /saved-searches'),
        ].sort(),
      );
    });
  });
});

describe.each(FLAVORS)('%s: sources', (flavor: FlavorName) => {
  const SOURCES = 3;
  const suite = useWorkspaceAtScale(flavor, { dashboards: 0, tileAlerts: 0, webhooks: 0, savedSearches: 0 }, false);

  test(`an apply creating ${SOURCES} sources${flavor === 'oss' ? ' and their connections' : ''} makes one request per object`, async () => {
    suite.ws.write('main.tf', sourcesAtScale(flavor, SOURCES, flavor));
    let apply!: TerraformResult;
    const requests = await requestsDuring(suite.emulator, async () => (apply = await suite.ws.apply()));
    expect(apply.stderr).toBe('');
    const connections = flavor === 'oss' ? ['GET /connections', ...times(SOURCES, 'POST /connections')] : [];
    expect(requests).toEqual([...connections, 'GET /sources', ...times(SOURCES, 'POST /sources')].sort());
  });
});
