// An apply of 300 objects under each flavor's real rate limit (the emulator's defaults, the provider's defaults), from
// an empty workspace: 100 dashboards, 100 tile alerts, 50 webhooks, 50 saved searches. Its wall time, from the start of
// `terraform apply` to its end, against the least time the limit allows for the requests it made (exact, from the
// emulator's log): no schedule of R requests under L per W ends before (ceil(R / L) - 1) × W after its first request.
// Goal: at most 1.15× that minimum, no 429 answered, the apply complete.
//   npm run bench:throughput [-- --rounds N]      (one round takes about 5 minutes on OSS and 9 on Cloud)
import { startEmulator } from '../emulator';
import { REAL_LIMITS } from '../emulator/rate-limit';
import type { FlavorName } from '../provider/client';
import { FLAVORS } from '../test/support/emulator-clients';
import { configurationAtScale, objectCount, type Scale } from '../test/support/workspace-at-scale';
import { type Benchmark, runAlone } from './section';
import { type Row, summarize } from './stats';
import { BenchMirror, benchWorkspace, checked, minimumUnderLimit } from './workspaces';

const SCALE: Scale = { dashboards: 100, tileAlerts: 100, webhooks: 50, savedSearches: 50 };
const GOAL = 1.15;

interface ApplySample {
  wallMs: number;
  requests: number;
  rateLimited: number;
  complete: boolean;
}

async function measuredApply(flavor: FlavorName, mirror: BenchMirror): Promise<ApplySample> {
  const emulator = await startEmulator({ flavor });
  const ws = benchWorkspace(mirror, emulator, flavor, configurationAtScale(flavor, SCALE), { limited: true });
  try {
    await checked('terraform init', ws.terraform('init'));
    // A fresh limit window for the apply: init made no request, and the store is still the seed.
    emulator.reset();
    const apply = await ws.measured('apply', '-auto-approve');
    return {
      wallMs: apply.wallMs,
      requests: emulator.requests.length,
      rateLimited: emulator.requests.filter((request) => request.status === 429).length,
      complete: apply.code === 0 && apply.stdout.includes(`Apply complete! Resources: ${objectCount(SCALE)} added`),
    };
  } finally {
    ws.dispose();
    await emulator.close();
  }
}

async function measureThroughput(rounds: number): Promise<Row[]> {
  const mirror = new BenchMirror();
  const rows: Row[] = [];
  for (const flavor of FLAVORS) {
    const samples: ApplySample[] = [];
    for (let round = 0; round < rounds; round++) samples.push(await measuredApply(flavor, mirror));
    const limit = REAL_LIMITS[flavor];
    const group = `Throughput: an apply of ${objectCount(SCALE)} objects under the real limit (${flavor === 'oss' ? 'OSS' : 'Cloud'}, ${limit.limit} per ${limit.windowMs / 1000} s)`;
    const ratios = samples.map((sample) => sample.wallMs / minimumUnderLimit(sample.requests, limit));
    const ratio = summarize(ratios);
    const requests = summarize(samples.map((sample) => sample.requests));
    const minimum = minimumUnderLimit(requests.median, limit);
    rows.push(
      { group, figure: 'requests of the apply (exact: the plan step checks each dashboard, the apply step checks it again and lists each kind before its first create)', unit: 'requests', value: requests.max === requests.min ? requests.median : requests },
      {
        group,
        figure: 'apply wall time',
        unit: 'ms',
        value: summarize(samples.map((sample) => sample.wallMs)),
        baseline: { label: 'least time the limit allows for those requests', value: minimum, ratio: ratio.median },
        goal: { text: `≤ ${GOAL}× the least time`, met: ratio.max <= GOAL },
      },
      {
        group,
        figure: 'answers 429 (over all rounds)',
        unit: 'responses',
        value: samples.reduce((sum, sample) => sum + sample.rateLimited, 0),
        goal: { text: 'none', met: samples.every((sample) => sample.rateLimited === 0) },
      },
      {
        group,
        figure: 'applies complete',
        unit: `of ${rounds}`,
        value: samples.filter((sample) => sample.complete).length,
        goal: { text: 'all', met: samples.every((sample) => sample.complete) },
      },
    );
  }
  return rows;
}

export const throughputBenchmark: Benchmark = {
  id: 'throughput',
  defaultRounds: 1,
  async measure(rounds) {
    return {
      rows: await measureThroughput(rounds),
      notes: [
        `${rounds} round(s) per flavor; each on a fresh emulator whose limit window starts as the apply starts.`,
        'The wall time includes what Terraform does besides waiting (start, plan, graph walk); the goal is met when the worst round is within it.',
      ],
    };
  },
};

if (require.main === module) runAlone(throughputBenchmark);
