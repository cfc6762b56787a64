// Exports at scale: `clickstack-export` (the bundle, as users run it) of 500 dashboards (4 line tiles each) with 500
// tile alerts, under each flavor's real rate limit (the emulator's and the client's defaults), beside the least time
// the limit allows: the same export with the limit lifted, plus the waits the limit forces on the requests it made
// (the emulator's request log), and the export's own CPU time.
//   npm run bench:export [-- --rounds N]
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EmulatorHandle, SEED_IDS, startEmulator } from '../emulator';
import { REAL_LIMITS } from '../emulator/rate-limit';
import type { FlavorName } from '../provider/client';
import { emulatorClient, FLAVORS } from '../test/support/emulator-clients';
import { targetFor } from '../test/support/clickstack-workspaces';
import { projectRoot } from './baseline';
import { type Benchmark, runAlone } from './section';
import { interleaved, pairedRatio, type Row, summarize } from './stats';
import { minimumUnderLimit } from './workspaces';

const DASHBOARDS = 500;
const GOAL = 1.15;

/** An emulator state of DASHBOARDS dashboards, each with a tile alert, written without a limit. */
async function seededState(flavor: FlavorName): Promise<string> {
  const statePath = join(mkdtempSync(join(tmpdir(), 'bench-export-')), 'state.json');
  const emulator = await startEmulator({ flavor, rateLimit: false, statePath });
  const client = emulatorClient(emulator, flavor);
  const webhook = await client.webhooks.create({ name: 'Alerts', service: 'generic', url: 'https://hooks.example.com/alerts' });
  for (let i = 0; i < DASHBOARDS; i++) {
    const tiles = Array.from({ length: 4 }, (_, t) => ({
      name: `Tile ${t}`,
      x: (t % 2) * 12,
      y: Math.floor(t / 2) * 4,
      w: 12,
      h: 4,
      config: { displayType: 'line', sourceId: SEED_IDS.logSource, select: [{ aggFn: 'count', where: `n:${t}` }] },
    }));
    const dashboard = await client.dashboards.create({ name: `Board ${i}`, tiles } as never);
    await client.alerts.create({
      source: 'tile',
      dashboardId: dashboard.id,
      tileId: dashboard.tiles[0].id!,
      threshold: 10,
      thresholdType: 'above',
      interval: '5m',
      channel: { type: 'webhook', webhookId: webhook.id },
    } as never);
  }
  await client.close();
  await emulator.close();
  return statePath;
}

/**
 * One export by the bundle, timed from outside (wall) and by /usr/bin/time (CPU). Its temp dir is its own: the client
 * shares its rate-limit ledger with later processes of the same key through the temp dir (as the server counts them),
 * so without one, each round would wait for the requests of the round before.
 */
function timedExport(emulator: EmulatorHandle, flavor: FlavorName): Promise<{ wallMs: number; cpuMs: number; stderr: string }> {
  const out = mkdtempSync(join(tmpdir(), 'bench-export-out-'));
  const report = join(out, '.time');
  const target = targetFor(emulator, flavor);
  void target.client.close();
  const flags =
    flavor === 'cloud'
      ? ['--api-url', emulator.cloudUrl, '--organization-id', emulator.organizationId, '--service-id', emulator.serviceId, '--api-key-id', emulator.keyId]
      : [];
  const env = { ...process.env, ...target.env, ...(flavor === 'cloud' ? { CLICKHOUSE_CLOUD_API_SECRET: emulator.keySecret } : {}), TMPDIR: join(out, 'tmp') };
  mkdirSync(env.TMPDIR);
  const started = performance.now();
  const child = spawn('/usr/bin/time', ['-f', '%U %S', '-o', report, process.execPath, join(projectRoot, 'dist', 'clickstack-export.js'), '--out', join(out, 'export'), ...flags], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) =>
    child.once('exit', (code) => {
      const wallMs = performance.now() - started;
      const [user, system] = readFileSync(report, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
      rmSync(out, { recursive: true, force: true });
      if (code !== 0) reject(new Error(`clickstack-export failed (${code}):\n${stderr}`));
      else resolve({ wallMs, cpuMs: (user + system) * 1000, stderr });
    }),
  );
}

export const exportBenchmark: Benchmark = {
  id: 'export',
  defaultRounds: 3,
  async measure(rounds) {
    const rows: Row[] = [];
    const notes: string[] = [];
    for (const flavor of FLAVORS) {
      const statePath = await seededState(flavor);
      const runs: Record<'limited' | 'lifted', { wallMs: number; cpuMs: number; requests: number }[]> = { limited: [], lifted: [] };
      let progress = '';
      // A fresh emulator each round (a new limit window), with the flavor's real limit or none; rounds interleaved.
      const exportOn = (limit: 'limited' | 'lifted') => async () => {
        const emulator = await startEmulator({ flavor, statePath, rateLimit: limit === 'lifted' ? false : undefined });
        try {
          const run = await timedExport(emulator, flavor);
          runs[limit].push({ ...run, requests: emulator.requests.length });
          progress = run.stderr.trim().split('\n').join(' / ');
          return run.wallMs;
        } finally {
          await emulator.close();
        }
      };
      const wall = await interleaved(rounds, { limited: exportOn('limited'), lifted: exportOn('lifted') });
      const requests = runs.limited[0].requests;
      if (runs.limited.some((run) => run.requests !== requests) || runs.lifted.some((run) => run.requests !== requests))
        throw new Error(`the exports made different numbers of requests: ${[...runs.limited, ...runs.lifted].map((run) => run.requests).join(', ')}`);
      const { limit, windowMs } = REAL_LIMITS[flavor];
      const forcedWait = minimumUnderLimit(requests, REAL_LIMITS[flavor]);
      // The least time: the export's own work (the same export, limit lifted) plus the waits the limit forces.
      const floors = wall.lifted.map((ms) => ms + forcedWait);
      const ratio = pairedRatio(wall.limited, floors);
      const group = `Export of ${DASHBOARDS} dashboards and ${DASHBOARDS} tile alerts under the real limit (${flavor === 'oss' ? 'OSS' : 'Cloud'})`;
      rows.push({ group, figure: 'requests (one list request per kind, exact)', unit: 'requests', value: requests });
      rows.push({
        group,
        figure: `wall time of the export (least time the limit allows: the same export, limit lifted, + ${forcedWait} ms of forced waits)`,
        unit: 'ms',
        value: summarize(wall.limited),
        baseline: { label: 'least time the limit allows', value: summarize(floors).median, ratio },
        goal: { text: `≤ ${GOAL}× the least time`, met: ratio <= GOAL },
      });
      rows.push({ group, figure: 'wall time of the same export, limit lifted', unit: 'ms', value: summarize(wall.lifted) });
      rows.push({ group, figure: 'CPU time of the export under the limit (user and system)', unit: 'ms', value: summarize(runs.limited.map((run) => run.cpuMs)) });
      notes.push(
        `${flavor === 'oss' ? 'OSS' : 'Cloud'}: ${requests} requests at ${limit} per ${windowMs / 1000} s need ${Math.ceil(requests / limit)} window(s), so the limit forces (${Math.ceil(requests / limit)} − 1) × ${windowMs} ms = ${forcedWait} ms of waiting; progress on stderr (not a terminal) read: "${progress}".`,
      );
    }
    notes.push(
      `${rounds} rounds per flavor, each export on a fresh emulator loaded with the same objects, with the flavor's real limit (${REAL_LIMITS.oss.limit} per ${REAL_LIMITS.oss.windowMs / 1000} s OSS, ${REAL_LIMITS.cloud.limit} per ${REAL_LIMITS.cloud.windowMs / 1000} s Cloud) or none, interleaved; each export runs with a temp dir of its own (a fresh client rate-limit ledger). The export is dist/clickstack-export.js (CDKTF format, pictures included) run by node as users run it; the ratio is the median of round-by-round ratios.`,
    );
    return { rows, notes };
  },
};

if (require.main === module) runAlone(exportBenchmark);
