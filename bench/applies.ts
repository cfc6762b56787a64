// What an apply costs in requests, for both flavors: creating 50 dashboards, 50 tile alerts, 10 webhooks and 10 saved
// searches, exact (the emulator's request log), per object created, beside the floor (one request per object) and
// the build before dashboards were validated once per content (issue 22), each on an emulator of its own; with server
// validation on and off (`server_validation = false`); and an apply creating 20 log sources, on OSS each on a
// connection of its own, beside its floor. The time such an apply takes under the real limits follows
// from its count (bench:throughput measures applies under the limits).
//   npm run bench:applies [-- --baseline <git revision>]
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../emulator';
import type { FlavorName } from '../provider/client';
import { FLAVORS } from '../test/support/emulator-clients';
import { configurationAtScale, objectCount, type Scale, sourcesAtScale } from '../test/support/workspace-at-scale';
import { sourceTreeAt } from './baseline';
import { type Benchmark, option, runAlone } from './section';
import type { Row } from './stats';
import { BenchMirror, benchWorkspace, checked, currentBundle } from './workspaces';

const SCALE: Scale = { dashboards: 50, tileAlerts: 50, webhooks: 10, savedSearches: 10 };
/** The build before issue 22: every dashboard validated by the plan and again by the apply's plan. */
const BEFORE_ISSUE_22 = '8c61dec';
const GOALS = { on: 1.5, off: 1.05 };

/** Log sources of the second workspace; on OSS each on a connection of its own (sources and connections have no baseline: 8c61dec had neither). */
const SOURCES = 20;
const sourceObjects = (flavor: FlavorName) => (flavor === 'oss' ? 2 * SOURCES : SOURCES);

/** The requests of one apply of `configuration` (default: SCALE's) by `bundle` on a fresh emulator (no rate limit: the count does not depend on it). */
async function requestsOfApply(bundle: string, flavor: FlavorName, serverValidation: boolean, configuration = configurationAtScale(flavor, SCALE)): Promise<number> {
  const emulator = await startEmulator({ flavor, rateLimit: false });
  // A temp dir of its own: verdicts remembered by an earlier run cannot stand in for this one's.
  const ws = benchWorkspace(new BenchMirror(bundle), emulator, flavor, configuration, { env: { TMPDIR: mkdtempSync(join(tmpdir(), 'bench-applies-')) } });
  try {
    if (!serverValidation) ws.write('providers.tf', ws.read('providers.tf').replace('provider "clickstack" {', 'provider "clickstack" {\n  server_validation = false'));
    await checked('terraform init', ws.terraform('init'));
    emulator.requests.length = 0;
    await checked('terraform apply', ws.apply());
    return emulator.requests.length;
  } finally {
    ws.dispose();
    await emulator.close();
  }
}

export const appliesBenchmark: Benchmark = {
  id: 'applies',
  defaultRounds: 1,
  async measure() {
    const baseline = await sourceTreeAt(option('baseline', BEFORE_ISSUE_22));
    const objects = objectCount(SCALE);
    const rows: Row[] = [];
    for (const flavor of FLAVORS) {
      const group = `Requests of an apply creating 50 dashboards, 50 tile alerts, 10 webhooks, 10 saved searches (${flavor === 'oss' ? 'OSS' : 'Cloud'})`;
      const before = await requestsOfApply(baseline.bundle, flavor, true);
      for (const serverValidation of [true, false]) {
        const requests = await requestsOfApply(currentBundle, flavor, serverValidation);
        const goal = serverValidation ? GOALS.on : GOALS.off;
        rows.push({
          group,
          figure: `requests, server validation ${serverValidation ? 'on' : 'off'} (ratio: per object created)`,
          unit: 'requests',
          value: requests,
          baseline: { label: `floor, one per object`, value: objects, ratio: requests / objects },
          goal: { text: `≤ ${goal}× the floor`, met: requests / objects <= goal },
        });
        if (serverValidation)
          rows.push({
            group,
            figure: 'requests, server validation on, beside the build before',
            unit: 'requests',
            value: requests,
            baseline: { label: `baseline ${baseline.revision}`, value: before, ratio: requests / before },
          });
      }
      const sources = await requestsOfApply(currentBundle, flavor, true, sourcesAtScale(flavor, SOURCES, flavor));
      rows.push({
        group: `Requests of an apply creating ${SOURCES} log sources${flavor === 'oss' ? `, each on a connection of its own (${sourceObjects(flavor)} objects)` : ' on one connection'} (${flavor === 'oss' ? 'OSS' : 'Cloud'})`,
        figure: 'requests (ratio: per object created)',
        unit: 'requests',
        value: sources,
        baseline: { label: 'floor, one per object', value: sourceObjects(flavor), ratio: sources / sourceObjects(flavor) },
        goal: { text: `≤ ${GOALS.off}× the floor (nothing to validate)`, met: sources / sourceObjects(flavor) <= GOALS.off },
      });
    }
    return {
      rows,
      notes: [
        `Counts are exact: the emulator's request log during one \`terraform apply -auto-approve\` of ${objects} new objects (the workspace of test/support/workspace-at-scale.ts), each build on an emulator of its own, without a rate limit (the count does not depend on it); \`test/e2e/apply-requests.e2e.test.ts\` holds the same counts at a smaller size in \`npm test\`.`,
        `The sources workspace (test/support/workspace-at-scale.ts \`sourcesAtScale\`) has no baseline: the build before had neither sources nor connections. Besides the creates, one list of each kind before its first create.`,
        'Besides the creates: the data source read once, one list of each kind before its first create (what a create whose answer is lost is looked up against, api-behaviour §13) and, with validation on, one validate request per dashboard; the baseline validated each dashboard twice (the plan, then the apply\'s plan).',
      ],
    };
  },
};

if (require.main === module) runAlone(appliesBenchmark);
