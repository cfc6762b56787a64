// A generated deployment seeded through the API (what the server accepts), then the exporter's promise checked in
// both formats: export, (CDKTF: compile and synthesize the app), `terraform plan` imports every object and adds,
// changes and destroys nothing, apply, and the replan finds no changes. One workspace per format is initialised once
// and reused by every case, so a case costs the exporter and five terraform commands per format, not an init.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EmulatorHandle } from '../../../emulator';
import type { FlavorName } from '../../../provider/client';
import { payload, send } from '../emulator-http';
import { connectionEnv, differingPaths, PROVIDER_OVERRIDE, runBin, synthesizeApp, typecheckApp } from '../export-cli';
import { type InstalledProvider, projectRoot, type TerraformResult, Workspace } from '../terraform-cli';
import { type AlertSpec, type Deployment, webhookOf } from './deployments';

type Json = Record<string, any>;

/** A failure with what the step printed (and `details` first), so a counterexample's report says what went wrong. */
function expectStep(step: string, result: TerraformResult, ok: (result: TerraformResult) => boolean, details = ''): void {
  if (!ok(result)) throw new Error(`${step} failed (exit ${result.code}):\n${details}${result.stdout.slice(-6000)}\n${result.stderr.slice(-6000)}`);
}

/** The value at a dotted path of differingPaths (`containers.0.tabs`) in a plan's before or after. */
const valueAt = (value: unknown, path: string): unknown => (path === '' ? value : path.split('.').reduce<any>((at, key) => at?.[key], value));

/** How a planned value reads in a report: JSON, cut short; what the apply will know, as the plan says it. */
function shown(value: unknown, unknown: unknown): string {
  if (unknown === true) return '(known after apply)';
  const text = value === undefined ? 'null' : JSON.stringify(value);
  return text.length > 300 ? `${text.slice(0, 300)}... (${text.length} characters)` : text;
}

/** The resources a plan (`terraform show -json`) changes: each with its actions and every attribute that differs. */
export function describeChanges(plan: Json): string {
  const changes = (plan.resource_changes ?? []).filter(({ change }: Json) => change.actions.join() !== 'no-op');
  return changes
    .map(({ address, change }: Json) => {
      const paths = differingPaths(change.before, change.after);
      const lines = paths.map((path) => `  ${path || '(the whole object)'}: ${shown(valueAt(change.before, path), undefined)} -> ${shown(valueAt(change.after, path), valueAt(change.after_unknown, path))}`);
      return [`${address}: ${change.actions.join(', ')}${change.importing ? ' (importing)' : ''}`, ...lines].join('\n');
    })
    .join('\n');
}

/** A plan saved to `tfplan`, with the changes it holds described for a failure's report. */
async function savedPlan(ws: Workspace): Promise<{ result: TerraformResult; changes: string }> {
  const result = await ws.plan('-out=tfplan');
  if (result.code !== 2) return { result, changes: '' };
  const changes = describeChanges(JSON.parse((await ws.terraform('show', '-json', 'tfplan')).stdout));
  return { result, changes: changes ? `The changes planned:\n${changes}\n\nThe plan's output:\n` : '' };
}

async function create(emulator: EmulatorHandle, flavor: FlavorName, collection: string, document: Json): Promise<Json> {
  const reply = await send(emulator, flavor, 'POST', `/${collection}`, document);
  if (reply.status !== 200) throw new Error(`The emulator refused a generated ${collection} body (a generator bug): ${reply.status} ${JSON.stringify(reply.body)}\n${JSON.stringify(document)}`);
  return payload(flavor, reply);
}

function alertBody(flavor: FlavorName, { settings, channels }: AlertSpec, webhooks: string[], target: Json): Json {
  const resolved: Json[] = channels.map((channel) =>
    'email' in channel ? { type: 'email', emailRecipients: channel.email } : { type: 'webhook', webhookId: webhookOf(channel.webhook, webhooks), ...channel.options },
  );
  // The API refuses a webhook twice in one alert.
  const sent = resolved.filter((channel, i) => channel.type === 'email' || resolved.findIndex((other) => other.webhookId === channel.webhookId) === i);
  return { ...settings, ...target, ...(flavor === 'oss' ? { channels: sent } : { channel: sent[0] }) };
}

/** Creates the deployment through `flavor`'s API, as a script or the UI would; returns how many objects it made. */
export async function seedDeployment(emulator: EmulatorHandle, flavor: FlavorName, deployment: Deployment): Promise<number> {
  let objects = 0;
  const webhooks: string[] = [];
  for (const webhook of deployment.webhooks) {
    webhooks.push((await create(emulator, flavor, 'webhooks', webhook)).id);
    objects++;
  }
  for (const search of deployment.savedSearches) {
    const { id } = await create(emulator, flavor, 'saved-searches', search.body);
    objects++;
    for (const alert of search.alerts) {
      await create(emulator, flavor, 'alerts', alertBody(flavor, alert, webhooks, { source: 'saved_search', savedSearchId: id }));
      objects++;
    }
  }
  for (const dashboard of deployment.dashboards) {
    const created = await create(emulator, flavor, 'dashboards', dashboard.body);
    objects++;
    for (const { tile, alert } of dashboard.alerts) {
      await create(emulator, flavor, 'alerts', alertBody(flavor, alert, webhooks, { source: 'tile', dashboardId: created.id, tileId: created.tiles[tile].id }));
      objects++;
    }
  }
  return objects;
}

/** A workspace for one format, initialised by its first case and emptied of the previous case's files by each next one. */
export class ReusedWorkspace {
  private initialised = false;
  readonly ws: Workspace;

  constructor(provider: InstalledProvider, env: NodeJS.ProcessEnv) {
    this.ws = Workspace.create(provider, env);
  }

  /** Replaces the configuration and state with `files`, keeping `.terraform` and the lock file. */
  async load(files: Map<string, string>): Promise<void> {
    for (const name of readdirSync(this.ws.dir)) if (!name.startsWith('.terraform')) rmSync(join(this.ws.dir, name), { recursive: true, force: true });
    for (const [name, content] of files) this.ws.write(name, content);
    this.ws.write('providers_override.tf', PROVIDER_OVERRIDE);
    if (!this.initialised) {
      expectStep('terraform init', await this.ws.terraform('init'), (result) => result.code === 0);
      this.initialised = true;
    }
  }

  dispose(): void {
    this.ws.dispose();
  }
}

/** Plan: imports only; apply that plan; replan: no changes. */
async function planApplyReplan(format: string, ws: Workspace, objects: number): Promise<void> {
  const imports = `Plan: ${objects} to import, 0 to add, 0 to change, 0 to destroy.`;
  const first = await savedPlan(ws);
  expectStep(`${format}: the first plan (${imports})`, first.result, (result) => result.code === 2 && result.stdout.includes(imports), first.changes);
  const applied = `Apply complete! Resources: ${objects} imported, 0 added, 0 changed, 0 destroyed.`;
  expectStep(`${format}: apply`, await ws.apply('tfplan'), (result) => result.code === 0 && result.stdout.includes(applied));
  const replan = await savedPlan(ws);
  expectStep(`${format}: the replan (No changes.)`, replan.result, (result) => result.code === 0 && result.stdout.includes('No changes.'), replan.changes);
}

async function exportTo(format: 'hcl' | 'cdktf', out: string, env: NodeJS.ProcessEnv, objects: number): Promise<void> {
  rmSync(out, { recursive: true, force: true });
  const run = await runBin('clickstack-export', ['--format', format, '--out', out, '--quiet', '--stack', 'generated'], env);
  expectStep(`clickstack-export --format ${format}`, run, (result) => result.code === 0 && result.stderr === '');
  const promised = `the plan should import ${objects} and add, change and destroy nothing`;
  if (!run.stdout.includes(promised)) throw new Error(`clickstack-export --format ${format} did not promise "${promised}":\n${run.stdout}`);
}

/**
 * How many objects an export of the emulator's deployment as it stands promises to import: what the seed holds
 * (sources and their links, the webhook, on OSS the connection and the teammate), before a case adds its own.
 */
export async function exportedObjects(emulator: EmulatorHandle, flavor: FlavorName): Promise<number> {
  const out = join(projectRoot, 'dist', 'test', `export-property-seed-${flavor}`);
  rmSync(out, { recursive: true, force: true });
  try {
    const run = await runBin('clickstack-export', ['--format', 'hcl', '--out', out, '--quiet'], connectionEnv(emulator, flavor));
    expectStep('clickstack-export of the seed', run, (result) => result.code === 0 && result.stderr === '');
    const promised = /the plan should import (\d+) and add, change and destroy nothing/.exec(run.stdout);
    if (!promised) throw new Error(`clickstack-export of the seed promised no import count:\n${run.stdout}`);
    return Number(promised[1]);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** What the export writes that Terraform reads (.tf files), by name. */
const terraformFiles = (dir: string) => new Map(readdirSync(dir).filter((name) => name.endsWith('.tf')).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));

export interface RoundTripWorkspaces {
  hcl: ReusedWorkspace;
  cdktf: ReusedWorkspace;
  /** Where the CDKTF app is written: inside the repository, where `clickstack-cdktf` is constructs/ (as for the examples). */
  appDir: string;
}

export function roundTripWorkspaces(provider: InstalledProvider, emulator: EmulatorHandle, flavor: FlavorName, name: string): RoundTripWorkspaces {
  const env = connectionEnv(emulator, flavor);
  const appDir = join(projectRoot, 'dist', 'test', `${name}-${flavor}`);
  mkdirSync(join(projectRoot, 'dist', 'test'), { recursive: true });
  return { hcl: new ReusedWorkspace(provider, env), cdktf: new ReusedWorkspace(provider, env), appDir };
}

export function disposeRoundTrip(workspaces: RoundTripWorkspaces | undefined): void {
  workspaces?.hcl.dispose();
  workspaces?.cdktf.dispose();
  if (workspaces) rmSync(workspaces.appDir, { recursive: true, force: true });
}

/**
 * The emulator's whole deployment (`objects` of them) through both formats; throws, saying where, at the first broken
 * promise. The CDKTF app compiles and synthesizes while Terraform works on the HCL export.
 */
export async function exportRoundTrip(emulator: EmulatorHandle, flavor: FlavorName, objects: number, workspaces: RoundTripWorkspaces): Promise<void> {
  const env = connectionEnv(emulator, flavor);
  const { appDir: app } = workspaces;
  const hclOut = `${app}-hcl`;
  try {
    await exportTo('hcl', hclOut, env, objects);
    await exportTo('cdktf', app, env, objects);
    await workspaces.hcl.load(terraformFiles(hclOut));
    const synthesized = (async () => {
      expectStep('the CDKTF app type-checks', await typecheckApp(app), (result) => result.code === 0 && result.stdout + result.stderr === '');
      const { result, json } = await synthesizeApp(app, 'generated', env);
      expectStep('the CDKTF app synthesizes', result, (synth) => synth.code === 0 && json !== undefined);
      return json!;
    })();
    const [, json] = await Promise.all([planApplyReplan('hcl', workspaces.hcl.ws, objects), synthesized]);
    await workspaces.cdktf.load(new Map([['cdk.tf.json', json]]));
    await planApplyReplan('cdktf', workspaces.cdktf.ws, objects);
  } finally {
    rmSync(hclOut, { recursive: true, force: true });
  }
}

/** Writes a counterexample where it can be turned into a fixture. */
export function keepCounterexample(flavor: FlavorName, deployment: Deployment): string {
  const file = join(projectRoot, 'dist', 'test', `export-counterexample-${flavor}-${Date.now()}.json`);
  writeFileSync(file, JSON.stringify(deployment, null, 2));
  return file;
}
