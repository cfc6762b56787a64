// Replays the calls a provider process received in a recorded plan (bench/recording-main.ts) through the provider's
// own handlers, in process: no Terraform, no gRPC, no process start. What is left is the provider's own work per call
// (codec, schema walks, validators, plan modifiers, normalisation, diagnostics, and the client against an emulator
// loaded with the recorded state). bench/cpu.ts runs it in the current tree and in a copy of the baseline's.
//   tsx bench/replay-calls.ts <recording.jsonl> <emulator-state.json> [iterations]
// Prints JSON: the CPU per call of each kind and per plan, the median over the iterations after a warm-up one.
import { readFileSync } from 'node:fs';
import { startEmulator } from '../emulator';
import { clickstackProvider } from '../provider/provider';
import { ProviderServer } from '../provider/runtime/server';

type Call = { name: string; pid: number; request: unknown };
type Handler = (call: { request: unknown }, callback: (error: unknown, response: { diagnostics?: unknown[] }) => void) => void;

/** Terraform's order within a plan: configuration, then validation, state upgrades, refreshes and plans. */
const ORDER = ['GetProviderSchema', 'ValidateProviderConfig', 'ConfigureProvider', 'ValidateDataResourceConfig', 'ReadDataSource', 'ValidateResourceConfig', 'UpgradeResourceState', 'ReadResource', 'PlanResourceChange'];
/** Terraform's default parallelism. */
const PARALLELISM = 10;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

async function main(): Promise<void> {
  const [recording, statePath, iterationsText = '4'] = process.argv.slice(2);
  const calls = readFileSync(recording, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line, (_key, value) => (typeof value?.base64 === 'string' ? Buffer.from(value.base64, 'base64') : value)) as Call);
  // The plan's own process: the one that received the most calls (the others only answer schema and validation).
  const perProcess = new Map<number, number>();
  for (const call of calls) perProcess.set(call.pid, (perProcess.get(call.pid) ?? 0) + 1);
  const planProcess = [...perProcess].sort((a, b) => b[1] - a[1])[0][0];
  const planCalls = calls.filter((call) => call.pid === planProcess);

  const emulator = await startEmulator({ flavor: 'oss', rateLimit: false, statePath });
  process.env.CLICKSTACK_ENDPOINT = emulator.ossUrl;
  process.env.CLICKSTACK_API_KEY = emulator.apiKey;
  const quiet = () => undefined;
  const samples: Record<string, number[]> = {};
  const iterations = Number(iterationsText);
  for (let iteration = 0; iteration <= iterations; iteration++) {
    const handlers = new ProviderServer(clickstackProvider, { trace: quiet, debug: quiet, info: quiet, warn: quiet, error: quiet }).implementation() as unknown as Record<string, Handler>;
    const call = (name: string, request: unknown) =>
      new Promise<void>((resolve, reject) =>
        handlers[name]({ request }, (_error, response) =>
          // A plan of no changes has nothing to say: a diagnostic means the replay went wrong.
          (response.diagnostics ?? []).length > 0 ? reject(new Error(`${name}: ${JSON.stringify(response.diagnostics)}`)) : resolve(),
        ),
      );
    for (const name of ORDER) {
      const group = planCalls.filter((recorded) => recorded.name === name);
      const started = process.cpuUsage();
      for (let at = 0; at < group.length; at += PARALLELISM) await Promise.all(group.slice(at, at + PARALLELISM).map((recorded) => call(name, recorded.request)));
      const used = process.cpuUsage(started);
      // The first iteration warms the JIT up and is not counted.
      if (iteration > 0 && group.length > 0) (samples[name] ??= []).push((used.user + used.system) / group.length);
    }
  }
  const perCallMicroseconds = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
  const counts = Object.fromEntries(ORDER.map((name) => [name, planCalls.filter((recorded) => recorded.name === name).length]));
  const perPlanMs = Object.entries(perCallMicroseconds).reduce((sum, [name, micros]) => sum + (micros * counts[name]) / 1000, 0);
  process.stdout.write(`${JSON.stringify({ perCallMicroseconds, counts, perPlanMs })}\n`);
  await emulator.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
