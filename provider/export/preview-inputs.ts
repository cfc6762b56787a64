// What `clickstack-preview` draws from each kind of input: the dashboards a saved plan changes (`terraform show -json
// plan`, before and after), the dashboards of a state (`terraform show -json`) or of a Terraform JSON configuration
// (`cdk.tf.json`, as cdktf synthesizes it), and the dashboards of an export folder (its manifest). Each with the alerts
// that watch its tiles: in a plan, before and after, those the plan deletes or replaces marked; in a state, by server
// ids; in a configuration, by the references that name the tile (`tile_ids["<key>"]`, `line_tiles[0].id`); in a
// manifest, as the export recorded them.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from './connection';
import { layoutOf, type TileAlert } from './layout';
import { MANIFEST } from './summary';
import { changeSvg, dashboardSvg } from './svg';

export interface Picture {
  /** File name, without a folder. */
  file: string;
  svg: string;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const DASHBOARD = 'clickstack_dashboard';
const ALERT = 'clickstack_alert';

/** A tile named by a reference (`clickstack_dashboard.main.tile_ids["Errors"]`, `clickstack_dashboard.main.line_tiles[0].id`), and its dashboard's address. */
function referencedTile(reference: string): { dashboard: string; tile: TileAlert['tile'] } | undefined {
  const found = /^((?:module\.[^.]+\.)*clickstack_dashboard\.[^.[]+)\.(?:tile_ids\["((?:[^"\\]|\\.)*)"\]|([a-z_]+)_tiles\[(\d+)\]\.id)$/.exec(reference);
  if (!found) return undefined;
  const [, dashboard, key, type, index] = found;
  return { dashboard, tile: key !== undefined ? { key: JSON.parse(`"${key}"`) as string } : { type, index: Number(index) } };
}

/** What an alert's values say of where it watches: its dashboard's server id and its tile's, when known. */
const alertTarget = (values: unknown): { dashboardId?: string; tileId?: string } =>
  isObject(values) ? { dashboardId: typeof values.dashboard_id === 'string' ? values.dashboard_id : undefined, tileId: typeof values.tile_id === 'string' ? values.tile_id : undefined } : {};
const alertName = (values: unknown, address: string) => (isObject(values) && typeof values.name === 'string' ? values.name : address);

/** `module.a.clickstack_dashboard.main` → `module.a.clickstack_dashboard.main.svg`, safe as a file name. */
const fileFor = (address: string) => `${address.replace(/[^A-Za-z0-9_.-]+/g, '_')}.svg`;

/** The `tile_id` references of the plan's configuration (root module), by alert address. */
function tileReferences(plan: Json): Map<string, string[]> {
  const root = isObject(plan.configuration) && isObject(plan.configuration.root_module) ? plan.configuration.root_module : {};
  const resources = Array.isArray(root.resources) ? root.resources.filter(isObject) : [];
  return new Map(
    resources
      .filter((resource) => resource.type === ALERT && isObject(resource.expressions) && isObject(resource.expressions.tile_id))
      .map((resource) => {
        const references = ((resource.expressions as Json).tile_id as Json).references;
        return [String(resource.address), Array.isArray(references) ? references.map(String) : []];
      }),
  );
}

/**
 * The alerts of a plan on the tiles of one dashboard, before the change (by server ids; `lost` where the plan deletes or
 * replaces the alert) and after it (by server ids, or while the tile id is unknown by the configuration's reference).
 */
function planAlerts(changes: Json[], references: Map<string, string[]>, address: string, before: Json | undefined, after: Json | undefined) {
  const alerts = changes.filter((change) => change.type === ALERT && isObject(change.change));
  const beforeAlerts: TileAlert[] = [];
  const afterAlerts: TileAlert[] = [];
  for (const alert of alerts) {
    const change = alert.change as Json;
    const actions = Array.isArray(change.actions) ? change.actions : [];
    const alertAddress = String(alert.address);
    const was = alertTarget(change.before);
    if (before && was.tileId !== undefined && was.dashboardId === before.id)
      beforeAlerts.push({ name: alertName(change.before, alertAddress), tile: { id: was.tileId }, ...(actions.includes('delete') ? { lost: true } : {}) });
    if (!after || !isObject(change.after)) continue;
    const is = alertTarget(change.after);
    const referenced = (references.get(alertAddress) ?? []).map(referencedTile).find((tile) => tile?.dashboard === address);
    if (is.tileId !== undefined && is.dashboardId !== undefined && is.dashboardId === after.id) afterAlerts.push({ name: alertName(change.after, alertAddress), tile: { id: is.tileId } });
    else if (is.tileId === undefined && referenced) afterAlerts.push({ name: alertName(change.after, alertAddress), tile: referenced.tile });
  }
  return { beforeAlerts, afterAlerts };
}

/** A plan: one picture per dashboard it creates, updates, replaces or deletes; its layout before and after. */
function fromPlan(plan: Json): Picture[] {
  const changes = Array.isArray(plan.resource_changes) ? plan.resource_changes.filter(isObject) : [];
  const references = tileReferences(plan);
  return changes
    .filter((change) => change.type === DASHBOARD && isObject(change.change))
    .flatMap((resource) => {
      const change = resource.change as Json;
      const actions = Array.isArray(change.actions) ? change.actions : [];
      if (actions.every((action) => action === 'no-op' || action === 'read')) return [];
      const address = String(resource.address);
      const [beforeValue, afterValue] = [change.before, change.after].map((value) => (isObject(value) ? value : undefined));
      const { beforeAlerts, afterAlerts } = planAlerts(changes, references, address, beforeValue, afterValue);
      const before = beforeValue && layoutOf(beforeValue, beforeAlerts);
      const after = afterValue && layoutOf(afterValue, afterAlerts);
      return [{ file: fileFor(address), svg: changeSvg(`${address}: ${actions.join(', ')}`, before, after) }];
    });
}

/** The managed resources of `type` in a state's modules (`terraform show -json`), child modules included: address and values. */
function stateResources(module: Json, type: string): [string, Json][] {
  const resources = Array.isArray(module.resources) ? module.resources.filter(isObject) : [];
  const own = resources.filter((resource) => resource.type === type && resource.mode === 'managed' && isObject(resource.values));
  const children = Array.isArray(module.child_modules) ? module.child_modules.filter(isObject) : [];
  return [...own.map((resource): [string, Json] => [String(resource.address), resource.values as Json]), ...children.flatMap((child) => stateResources(child, type))];
}

/** A state's dashboards, each with the alerts on its tiles (by server ids). */
function fromState(root: Json): Picture[] {
  const alerts = stateResources(root, ALERT).map(([address, values]) => ({ name: alertName(values, address), ...alertTarget(values) }));
  return stateResources(root, DASHBOARD).map(([address, values]) => {
    const watching = alerts.filter((alert) => alert.tileId !== undefined && alert.dashboardId === values.id);
    return { file: fileFor(address), svg: dashboardSvg(layoutOf(values, watching.map(({ name, tileId }) => ({ name, tile: { id: tileId! } })))) };
  });
}

/** The resources of `type` in a Terraform JSON configuration (`resource.<type>.<name>`): address and arguments. */
function configResources(config: Json, type: string): [string, Json][] {
  const blocks = isObject(config.resource) && isObject(config.resource[type]) ? config.resource[type] : {};
  return Object.entries(blocks).filter(([, value]) => isObject(value)).map(([name, value]) => [`${type}.${name}`, value as Json]);
}

/** A configuration's dashboards, each with the alerts whose `tile_id` refers to one of its tiles (`${...}`) or is its tile's id. */
function fromConfig(config: Json): Picture[] {
  const alerts = configResources(config, ALERT).map(([address, values]) => {
    const tileId = typeof values.tile_id === 'string' ? values.tile_id : '';
    const reference = /^\$\{(.*)\}$/.exec(tileId);
    return { name: alertName(values, address), referenced: reference ? referencedTile(reference[1]) : undefined, tileId };
  });
  return configResources(config, DASHBOARD).map(([address, values]) => {
    const watching = alerts.flatMap(({ name, referenced, tileId }): TileAlert[] =>
      referenced ? (referenced.dashboard === address ? [{ name, tile: referenced.tile }] : []) : tileId ? [{ name, tile: { id: tileId } }] : [],
    );
    return { file: fileFor(address), svg: dashboardSvg(layoutOf(values, watching)) };
  });
}

/** The layouts an export folder's manifest records, with the picture file of each and the tile alerts it lists. */
function fromManifest(manifest: Json): Picture[] {
  const dashboards = Array.isArray(manifest.dashboards) ? manifest.dashboards.filter(isObject) : [];
  const alerts = Array.isArray(manifest.alerts) ? manifest.alerts.filter(isObject) : [];
  return dashboards.map((dashboard) => {
    const watching = alerts.filter((alert) => alert.dashboard === dashboard.address && typeof alert.tileId === 'string');
    return {
      file: typeof dashboard.picture === 'string' ? dashboard.picture.replace(/^.*\//, '') : fileFor(String(dashboard.address)),
      svg: dashboardSvg(layoutOf(isObject(dashboard.layout) ? dashboard.layout : {}, watching.map((alert) => ({ name: String(alert.name), tile: { id: String(alert.tileId) } })))),
    };
  });
}

/** The pictures of a file or folder given on the command line; `-` is standard input, `read` reads it. */
export function picturesOf(path: string, readStdin: () => string): Picture[] {
  if (path === '-') return picturesOfText(readStdin(), 'standard input');
  if (!existsSync(path)) throw new UsageError(`${path} does not exist.`);
  const folder = statSync(path).isDirectory();
  const file = folder ? join(path, MANIFEST) : path;
  if (folder && !existsSync(file)) throw new UsageError(`${path} is a folder without ${MANIFEST}: give an export folder, or a JSON file.`);
  return picturesOfText(readFileSync(file, 'utf8'), file);
}

function picturesOfText(text: string, origin: string): Picture[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${origin} is not JSON (${(error as Error).message}). Give \`terraform show -json\` output, a cdk.tf.json or an export folder.`);
  }
  if (!isObject(json)) throw new UsageError(`${origin} holds no JSON object.`);
  if (Array.isArray(json.resource_changes)) return fromPlan(json);
  if (isObject(json.values) && isObject(json.values.root_module)) return fromState(json.values.root_module);
  if (typeof json.format === 'string' && Array.isArray(json.dashboards)) return fromManifest(json);
  if (isObject(json.resource) || isObject(json.terraform)) return fromConfig(json);
  throw new UsageError(`${origin} is neither a plan or state (\`terraform show -json\`), a Terraform JSON configuration, nor an export manifest.`);
}
