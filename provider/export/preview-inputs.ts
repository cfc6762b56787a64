// What `clickstack-preview` draws from each kind of input: the dashboards a saved plan changes (`terraform show -json
// plan`, before and after), the dashboards of a state (`terraform show -json`) or of a Terraform JSON configuration
// (`cdk.tf.json`, as cdktf synthesizes it), and the dashboards of an export folder (its manifest).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from './connection';
import { layoutOf } from './layout';
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

/** `module.a.clickstack_dashboard.main` → `module.a.clickstack_dashboard.main.svg`, safe as a file name. */
const fileFor = (address: string) => `${address.replace(/[^A-Za-z0-9_.-]+/g, '_')}.svg`;

/** A plan: one picture per dashboard it creates, updates, replaces or deletes; its layout before and after. */
function fromPlan(plan: Json): Picture[] {
  const changes = Array.isArray(plan.resource_changes) ? plan.resource_changes.filter(isObject) : [];
  return changes
    .filter((change) => change.type === DASHBOARD && isObject(change.change))
    .flatMap((resource) => {
      const change = resource.change as Json;
      const actions = Array.isArray(change.actions) ? change.actions : [];
      if (actions.every((action) => action === 'no-op' || action === 'read')) return [];
      const address = String(resource.address);
      const before = isObject(change.before) ? layoutOf(change.before) : undefined;
      const after = isObject(change.after) ? layoutOf(change.after) : undefined;
      return [{ file: fileFor(address), svg: changeSvg(`${address}: ${actions.join(', ')}`, before, after) }];
    });
}

/** The dashboard resources of a state's modules (`terraform show -json`), child modules included. */
function stateDashboards(module: Json): [string, Json][] {
  const resources = Array.isArray(module.resources) ? module.resources.filter(isObject) : [];
  const own = resources.filter((resource) => resource.type === DASHBOARD && resource.mode === 'managed' && isObject(resource.values));
  const children = Array.isArray(module.child_modules) ? module.child_modules.filter(isObject) : [];
  return [...own.map((resource): [string, Json] => [String(resource.address), resource.values as Json]), ...children.flatMap(stateDashboards)];
}

/** The dashboard resources of a Terraform JSON configuration (`resource.clickstack_dashboard.<name>`). */
function configDashboards(config: Json): [string, Json][] {
  const dashboards = isObject(config.resource) && isObject(config.resource[DASHBOARD]) ? config.resource[DASHBOARD] : {};
  return Object.entries(dashboards).filter(([, value]) => isObject(value)).map(([name, value]) => [`${DASHBOARD}.${name}`, value as Json]);
}

/** The layouts an export folder's manifest records, with the picture file of each. */
function fromManifest(manifest: Json): Picture[] {
  const dashboards = Array.isArray(manifest.dashboards) ? manifest.dashboards.filter(isObject) : [];
  return dashboards.map((dashboard) => ({
    file: typeof dashboard.picture === 'string' ? dashboard.picture.replace(/^.*\//, '') : fileFor(String(dashboard.address)),
    svg: dashboardSvg(layoutOf(isObject(dashboard.layout) ? dashboard.layout : {})),
  }));
}

const pictures = (dashboards: [string, Json][]): Picture[] => dashboards.map(([address, value]) => ({ file: fileFor(address), svg: dashboardSvg(layoutOf(value)) }));

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
  if (isObject(json.values) && isObject(json.values.root_module)) return pictures(stateDashboards(json.values.root_module));
  if (typeof json.format === 'string' && Array.isArray(json.dashboards)) return fromManifest(json);
  if (isObject(json.resource) || isObject(json.terraform)) return pictures(configDashboards(json));
  throw new UsageError(`${origin} is neither a plan or state (\`terraform show -json\`), a Terraform JSON configuration, nor an export manifest.`);
}
