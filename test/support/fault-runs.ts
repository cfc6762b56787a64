// What the reliability suite (test/e2e/faults.e2e.test.ts) runs: configurations of many objects of every kind, the
// emulator's faults switched on and off, terraform commands retried as a user would, and the checks after each run:
// the server holds exactly what the state says (no duplicate, no orphan), no crash, and no secret anywhere on disk or in
// the logs. Every figure the suite reports is counted here.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { type EmulatorHandle, type InjectedFaults, SEED_IDS } from '../../emulator';
import type { ClickStackClient, FlavorName } from '../../provider/client';
import { TERRAFORM_BLOCK } from './clickstack-workspaces';
import { Random } from './cty-values';
import { type InstalledProvider, type TerraformResult, Workspace } from './terraform-cli';

/** Secrets of the suite's webhooks and connections: write-only values, passed as sensitive variables. */
export const HOOK_TOKEN = 'hook-header-secret-7d1f0c';
export const HOOK_QUERY = 'hook-query-secret-2b9e44';
export const CLICKHOUSE_PASSWORD = 'clickhouse-password-secret-7d1f03';

/** The faults of a run: a flaky network and an overloaded server. Storms are started by `FaultSwitch`. */
export const FAULTS_ON = { errorRate: 0.2, resetRate: 0.03, ambiguousCreateRate: 0.3, latencyMs: 25 } as const;
/** A rate-limit storm lasts this many of the emulator's windows, and one starts this often while faults are on. */
export const STORM_WINDOWS = 3;
export const STORM_EVERY_MS = 9_000;
/** The emulator's rate-limit window in the suite: short, so that storms over several windows take seconds. */
export const EMULATOR_RATE_LIMIT = { limit: 1_000_000, windowMs: 2_000 };

/** Faults on and off, with a storm over several windows at intervals while they are on. */
export class FaultSwitch {
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly emulator: EmulatorHandle) {}

  on(): void {
    Object.assign(this.emulator.faults, FAULTS_ON);
    this.emulator.faults.rateLimitStormWindows = STORM_WINDOWS;
    this.timer ??= setInterval(() => (this.emulator.faults.rateLimitStormWindows = STORM_WINDOWS), STORM_EVERY_MS);
  }

  off(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    Object.assign(this.emulator.faults, { errorRate: 0, resetRate: 0, ambiguousCreateRate: 0, latencyMs: 0, rateLimitStormWindows: 0 });
    // A storm under way ends with its windows; the checks after a run wait for nothing but that.
  }
}

// --- configurations -----------------------------------------------------------------------------------------------

/**
 * Objects per group: a webhook, a saved search, a dashboard, an alert on its tile, one on the saved search and a log
 * source; on OSS also the connection the source reads (Managed ClickStack has no connection API).
 */
export const objectsPerGroup = (flavor: FlavorName) => (flavor === 'oss' ? 7 : 6);

/**
 * `groups` groups of objects named after `prefix`; `version` changes what an update changes (descriptions, queries,
 * a tile's text, thresholds) and nothing that would replace an object.
 */
export function faultConfiguration(prefix: string, groups: number, version: 1 | 2, flavor: FlavorName): string {
  const blocks: string[] = [
    'variable "clickhouse_password" {\n  type      = string\n  sensitive = true\n  ephemeral = true\n}\n',
    // Ephemeral (Terraform 1.10+): values a plan file does not keep, for write-only attributes.
    'variable "hook_token" {\n  type      = string\n  sensitive = true\n  ephemeral = true\n}\n',
    'variable "hook_query" {\n  type      = string\n  sensitive = true\n  ephemeral = true\n}\n',
  ];
  for (let i = 0; i < groups; i++) {
    const name = (kind: string) => `${prefix} ${kind} ${i}`;
    blocks.push(`resource "clickstack_webhook" "w${i}" {
  name            = "${name('hook')}"
  service         = "generic"
  url             = "https://example.com/hooks/${prefix.replace(/\W/g, '')}/${i}"
  description     = "version ${version}"
  headers         = { Authorization = var.hook_token }
  query_params    = { token = var.hook_query }
  headers_version = "1"
}

resource "clickstack_saved_search" "s${i}" {
  name      = "${name('search')}"
  source_id = "${SEED_IDS.logSource}"
  where     = "ServiceName:svc${i} AND SeverityText:${version === 1 ? 'error' : 'warn'}"
}

resource "clickstack_dashboard" "d${i}" {
  name = "${name('dashboard')}"
  line_tiles = [{
    name = "Errors"
    x = 0, y = 0, w = 12, h = 4
    source_id = "${SEED_IDS.logSource}"
    select    = [{ agg_fn = "count", where = "SeverityText:error" }]
  }]
  markdown_tiles = [{
    name = "Notes"
    x = 12, y = 0, w = 12, h = 4
    text = "Runbook, version ${version}"
  }]
}

resource "clickstack_alert" "a${i}" {
  name           = "${name('tile alert')}"
  dashboard_id   = clickstack_dashboard.d${i}.id
  tile_id        = clickstack_dashboard.d${i}.tile_ids["Errors"]
  threshold      = ${10 * version + i}
  threshold_type = "above"
  interval       = "5m"
  channels       = [{ webhook_id = clickstack_webhook.w${i}.id }]
}

${
  flavor === 'oss'
    ? `resource "clickstack_connection" "c${i}" {
  name             = "${name('connection')}"
  host             = "http://clickhouse-${i}:8123"
  username         = "version${version}"
  password         = var.clickhouse_password
  password_version = "1"
}
`
    : ''
}
resource "clickstack_source" "l${i}" {
  name                       = "${name('source')}"
  kind                       = "log"
  connection_id              = ${flavor === 'oss' ? `clickstack_connection.c${i}.id` : `"${SEED_IDS.connection}"`}
  database                   = "default"
  table                      = "otel_logs_${i}"
  timestamp_value_expression = "TimestampTime"
  log = {
    default_table_select_expression = "Timestamp, ${version === 1 ? 'Body' : 'ServiceName, Body'}"
    body_expression                 = "Body"
  }
}

resource "clickstack_alert" "b${i}" {
  name            = "${name('search alert')}"
  saved_search_id = clickstack_saved_search.s${i}.id
  threshold       = ${version}
  threshold_type  = "above"
  interval        = "15m"
  channels        = [{ webhook_id = clickstack_webhook.w${i}.id }]
}
`);
  }
  return blocks.join('\n');
}

/** The provider block of the suite: settings from the environment (none in a file a plan could carry), more retries. */
export const FAULT_PROVIDER_BLOCK = `provider "clickstack" {
  max_retries = 10
  rate_limit  = { requests = 1000, window_seconds = 1 }
}
`;

/** The environment of a workspace of `flavor` on `emulator`: credentials and the webhook secrets. */
export function faultEnvironment(emulator: EmulatorHandle, flavor: FlavorName): NodeJS.ProcessEnv {
  const secrets = { TF_VAR_hook_token: HOOK_TOKEN, TF_VAR_hook_query: HOOK_QUERY, TF_VAR_clickhouse_password: CLICKHOUSE_PASSWORD };
  if (flavor === 'oss') return { ...secrets, CLICKSTACK_ENDPOINT: emulator.ossUrl, CLICKSTACK_API_KEY: emulator.apiKey };
  return {
    ...secrets,
    CLICKHOUSE_API_URL: emulator.cloudUrl,
    CLICKHOUSE_ORG_ID: emulator.organizationId,
    CLICKSTACK_SERVICE_ID: emulator.serviceId,
    CLICKHOUSE_CLOUD_API_KEY: emulator.keyId,
    CLICKHOUSE_CLOUD_API_SECRET: emulator.keySecret,
  };
}

/** A workspace of the suite; with `traceLog`, every terraform command logs at trace level into that file. */
export function faultWorkspace(provider: InstalledProvider, emulator: EmulatorHandle, flavor: FlavorName, traceLog?: string): Workspace {
  const trace = traceLog ? { TF_LOG: 'trace', TF_LOG_PATH: traceLog } : {};
  const ws = Workspace.create(provider, { ...faultEnvironment(emulator, flavor), ...trace });
  ws.write('providers.tf', `${TERRAFORM_BLOCK}\n${FAULT_PROVIDER_BLOCK}`);
  return ws;
}

// --- what a run counts --------------------------------------------------------------------------------------------

export interface FaultReport {
  runs: number;
  interruptedRuns: number;
  objectsCreated: number;
  objectsUpdated: number;
  objectsDestroyed: number;
  terraformCommands: number;
  /** Applies (and destroys) that had to be run again, the interrupted ones not counted. */
  repeatedApplies: number;
  /** The errors of the runs that had to be repeated, by summary and how often: what faults still get through. */
  errorsBeforeConvergence: Record<string, number>;
  duplicates: number;
  orphans: number;
  crashes: number;
  secretsFound: number;
  injected: InjectedFaults;
}

export function emptyReport(): FaultReport {
  return {
    runs: 0,
    interruptedRuns: 0,
    objectsCreated: 0,
    objectsUpdated: 0,
    objectsDestroyed: 0,
    terraformCommands: 0,
    repeatedApplies: 0,
    errorsBeforeConvergence: {},
    duplicates: 0,
    orphans: 0,
    crashes: 0,
    secretsFound: 0,
    injected: { rateLimited: 0, serverErrors: 0, resets: 0, slowAnswers: 0, ambiguousCreates: 0, scriptedResponses: 0 },
  };
}

/** Terraform's words for a provider that died or hung: never expected, whatever the faults. */
const CRASH = /panic:|Plugin did not respond|plugin exited|failed to respond|The plugin encountered an error|rpc error: code = Unavailable/i;

/** Counts a terraform command, and a crash when its output shows one. */
export function record(report: FaultReport, result: TerraformResult): TerraformResult {
  report.terraformCommands++;
  if (CRASH.test(result.stdout) || CRASH.test(result.stderr)) report.crashes++;
  return result;
}

/**
 * Runs `command` (apply or destroy) until it succeeds, at most `attempts` times: what a user does after a failed apply.
 * Returns the number of runs it took; fails the test with terraform's output when none succeeded.
 */
export async function untilSuccess(report: FaultReport, attempts: number, command: () => Promise<TerraformResult>): Promise<number> {
  let last: TerraformResult | undefined;
  for (let run = 1; run <= attempts; run++) {
    last = record(report, await command());
    if (last.code === 0) {
      report.repeatedApplies += run - 1;
      return run;
    }
    for (const [, summary] of last.stderr.matchAll(/^Error: (.*)$/gm)) report.errorsBeforeConvergence[summary] = (report.errorsBeforeConvergence[summary] ?? 0) + 1;
  }
  throw new Error(`no success in ${attempts} runs; the last one said:\n${last!.stdout.slice(-4_000)}\n${last!.stderr.slice(-4_000)}`);
}

// --- the checks after a run ---------------------------------------------------------------------------------------

interface ServerObject {
  type: string;
  id: string;
  name: string;
}

/** Every object of the four kinds on the server whose name starts with `prefix`. */
export async function serverObjects(client: ClickStackClient, prefix: string): Promise<ServerObject[]> {
  const [dashboards, alerts, webhooks, searches, sources, connections] = await Promise.all([
    client.dashboards.list(),
    client.alerts.list(),
    client.webhooks.list(),
    client.savedSearches.list(),
    client.sources.list(),
    client.supports('connections.list') ? client.connections.list() : [],
  ]);
  const named = (type: string, items: { id: string; name?: string | null }[]) =>
    items.filter((item) => item.name?.startsWith(prefix)).map((item) => ({ type, id: item.id, name: item.name! }));
  return [
    ...named('clickstack_dashboard', dashboards),
    ...named('clickstack_alert', alerts),
    ...named('clickstack_webhook', webhooks),
    ...named('clickstack_saved_search', searches),
    ...named('clickstack_source', sources),
    ...named('clickstack_connection', connections),
  ];
}

export interface Convergence {
  /** Objects on the server with a name another object of the run has. */
  duplicates: string[];
  /** Objects on the server that the state does not hold. */
  orphans: string[];
  /** Objects the state holds that the server does not. */
  missing: string[];
  /** Objects in state. */
  tracked: number;
}

/** Compares the server's objects of `prefix` with the workspace's state. */
export async function compareWithServer(ws: Workspace, client: ClickStackClient, prefix: string): Promise<Convergence> {
  const state = await ws.show();
  const inState = (state.values?.root_module.resources ?? []).filter((resource) => resource.type.startsWith('clickstack_'));
  const stateIds = new Set(inState.map((resource) => `${resource.type}:${String(resource.values.id)}`));
  const onServer = await serverObjects(client, prefix);
  const serverIds = new Set(onServer.map((object) => `${object.type}:${object.id}`));
  const seen = new Map<string, number>();
  for (const object of onServer) seen.set(`${object.type}:${object.name}`, (seen.get(`${object.type}:${object.name}`) ?? 0) + 1);
  return {
    duplicates: [...seen].filter(([, count]) => count > 1).map(([name, count]) => `${name} (${count} times)`),
    orphans: onServer.filter((object) => !stateIds.has(`${object.type}:${object.id}`)).map((object) => `${object.type} ${object.name} (${object.id})`),
    missing: [...stateIds].filter((key) => !serverIds.has(key)),
    tracked: inState.length,
  };
}

/** The texts that must appear nowhere: credentials and the webhook secrets. */
export function secretsOf(emulator: EmulatorHandle): string[] {
  const basic = Buffer.from(`${emulator.keyId}:${emulator.keySecret}`).toString('base64');
  return [emulator.apiKey, emulator.keySecret, basic, HOOK_TOKEN, HOOK_QUERY, CLICKHOUSE_PASSWORD];
}

/** Which secrets `text` holds. */
export function secretsIn(text: string, secrets: string[]): string[] {
  return secrets.filter((secret) => text.includes(secret));
}

/** The files a plan file (a zip archive) holds, decompressed: the plan, the state snapshot and the configuration. */
export function planFileContents(path: string): Map<string, string> {
  const zip = readFileSync(path);
  const entries = new Map<string, string>();
  // The central directory lists each entry: its name, method, compressed size and where its local header is.
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  for (let count = zip.readUInt16LE(end + 10); count > 0; count--) {
    const [method, size, nameLength, extraLength, commentLength, local] = [
      zip.readUInt16LE(at + 10),
      zip.readUInt32LE(at + 20),
      zip.readUInt16LE(at + 28),
      zip.readUInt16LE(at + 30),
      zip.readUInt16LE(at + 32),
      zip.readUInt32LE(at + 42),
    ];
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataStart, dataStart + size);
    entries.set(name, (method === 8 ? inflateRawSync(data) : data).toString('latin1'));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Reads and removes a trace log. */
export function takeLog(path: string): string {
  if (!existsSync(path)) return '';
  const text = readFileSync(path, 'utf8');
  rmSync(path, { force: true });
  return text;
}

/** Adds what the emulator injected since the last call, and starts counting afresh. */
export function collectInjected(report: FaultReport, emulator: EmulatorHandle): void {
  for (const [kind, count] of Object.entries(emulator.injected) as [keyof InjectedFaults, number][]) {
    report.injected[kind] += count;
    emulator.injected[kind] = 0;
  }
  // The request log is not needed here and would grow without bound.
  emulator.requests.length = 0;
}

/** Seeded, so that the points where runs are interrupted are the same every time. */
export const interruptionPoints = (seed: number) => new Random(seed);
