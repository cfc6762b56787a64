// From a deployment to an export: each object through its resource's own mapping (the state the provider reads after
// an import), then to the configuration that plans no change (configuration.ts), then ids to references
// (references.ts). Tile alerts go with their dashboard, saved-search alerts with their saved search.
import type { Alert, Connection, Dashboard, SavedSearch, Source, Webhook } from '../client';
import { alertAttributes, alertFromApi } from '../resources/alert';
import { dashboardFromApi } from '../resources/dashboard/documents';
import { importIdKeyingTilesByName, tileKey, withKeysFromNames } from '../resources/dashboard/tile-ids';
import { dashboardAttributes, tilesOf } from '../resources/dashboard/schema';
import { savedSearchAttributes, savedSearchFromApi } from '../resources/saved-search';
import { sourceFromApi } from '../resources/source/documents';
import { sourceAttributes } from '../resources/source/schema';
import { sourceLinksAttributes, sourceLinksFromApi } from '../resources/source-links';
import { webhookAttributes, webhookFromApi } from '../resources/webhook';
import { TILE_TYPES } from '../resources/dashboard/tile-types';
import { connectionAttributes, connectionFromApi } from '../resources/connection';
import { roleAttributes, roleFromApi } from '../resources/role';
import { teamMemberAttributes, type TeamMemberFound, teamMemberState } from '../resources/team-member';
import type { Attributes, TfObject } from '../runtime/types';
import { CLOUD_ONLY_WEBHOOK_SERVICES } from '../values';
import { configurationOf } from './configuration';
import type { Deployment } from './deployment';
import { addressText, type DashboardExport, type Export, type ExportedResource, type ExportMode, type ExportObject, Expression, Literal, type SavedSearchExport, type SecretVariable } from './model';
import { assignIdentifiers } from './names';
import { objects, References, resourceAddress, tilesIn, toExportObject } from './references';
import { isEverything, type Selection, selects } from './selection';

/** Webhooks or sources as resources of the export (`manage`), or looked up by name (`lookup`) because they are managed elsewhere. */
export type ObjectMode = 'manage' | 'lookup';

export interface ExportOptions {
  selection: Selection;
  /** Default: `manage` for an export of everything, `lookup` for a selection (its webhooks serve objects outside it too). */
  webhooks?: ObjectMode;
  /** Default: `manage` for an export of everything, `lookup` for a selection (its sources serve objects outside it too). */
  sources?: ObjectMode;
  /** Default: `import`. */
  mode?: ExportMode;
}

/** The configuration with `name` first, where a reader looks for it. */
function config(attributes: Attributes, state: TfObject): ExportObject {
  const { name, ...rest } = toExportObject(configurationOf(attributes, state));
  return name === undefined ? rest : { name, ...rest };
}

export function buildExport(deployment: Deployment, options: ExportOptions): Export {
  const mode = options.mode ?? 'import';
  const selected = selects(options.selection);
  const dashboards = deployment.dashboards.filter(selected);
  const savedSearches = deployment.savedSearches.filter(selected);
  const notes: string[] = [];

  const dashboardIds = assignIdentifiers(dashboards, 'dashboard');
  const savedSearchIds = assignIdentifiers(savedSearches, 'saved_search');
  const { tileAlerts, searchAlerts } = alertsOf(deployment.alerts, dashboards, savedSearches, notes);
  const alertIds = assignIdentifiers([...tileAlerts, ...searchAlerts].map(({ alert, watched }) => ({ id: alert.id, name: alert.name ?? `${watched} alert` })), 'alert');

  const webhookMode = options.webhooks ?? (isEverything(options.selection) ? 'manage' : 'lookup');
  const usedWebhookIds = new Set([...tileAlerts, ...searchAlerts].flatMap(({ alert }) => channelWebhookIds(alert)));
  const managedWebhooks =
    webhookMode === 'lookup' ? [] : deployment.webhooks.filter((webhook) => isEverything(options.selection) || usedWebhookIds.has(webhook.id));
  if (mode === 'create') notes.push(...leaveOutUncreatableWebhooks(managedWebhooks));
  const webhookIds = assignIdentifiers(managedWebhooks, 'webhook');

  const managedSources = (options.sources ?? (isEverything(options.selection) ? 'manage' : 'lookup')) === 'manage' ? deployment.sources : [];
  const sourceIds = assignIdentifiers(managedSources, 'source');

  // What lies under the sources, with everything only (a selection names dashboards and saved searches).
  const everything = isEverything(options.selection);
  const connectionIds = assignIdentifiers(everything ? deployment.connections : [], 'connection');
  const references = new References(deployment, {
    connections: connectionIds,
    sources: sourceIds,
    webhooks: new Map(managedWebhooks.map((webhook) => [webhook.id, webhookIds.get(webhook.id)!])),
    dashboards: new Map(dashboards.map((dashboard) => [dashboard.id, dashboardIds.get(dashboard.id)!])),
    savedSearches: new Map(savedSearches.map((savedSearch) => [savedSearch.id, savedSearchIds.get(savedSearch.id)!])),
  });

  const sourceResources = managedSources.map((source) => sourceResource(source, sourceIds.get(source.id)!, references));
  const sourceLinks = managedSources.flatMap((source) => sourceLinksResource(source, sourceIds.get(source.id)!, references));

  const variables: SecretVariable[] = [];
  const webhookResources = managedWebhooks.map((webhook) => webhookResource(webhook, webhookIds.get(webhook.id)!, variables, mode));
  const alertResource = ({ alert, target }: AlertOnTarget, tileNames = new Map<string, string[]>()) => {
    const resource: ExportedResource = {
      address: resourceAddress('clickstack_alert', alertIds.get(alert.id)!),
      id: alert.id,
      title: alert.name ?? `unnamed alert on ${target}`,
      ...(alert.source === 'tile' && alert.tileId ? { tileId: alert.tileId } : {}),
      config: config(alertAttributes, alertFromApi(alert, null)),
    };
    references.replaceInAlert(resource, tileNames);
    return resource;
  };

  const savedSearchExports: SavedSearchExport[] = savedSearches.map((savedSearch) => {
    const resource: ExportedResource = {
      address: resourceAddress('clickstack_saved_search', savedSearchIds.get(savedSearch.id)!),
      id: savedSearch.id,
      title: savedSearch.name,
      config: config(savedSearchAttributes, savedSearchFromApi(savedSearch)),
    };
    references.replaceInSavedSearch(resource);
    if (mode === 'create') notes.push(...leaveOutSqlAstFilters(resource));
    const alerts = searchAlerts.filter(({ alert }) => alert.savedSearchId === savedSearch.id).map((alert) => alertResource(alert));
    return { resource, alerts };
  });

  const dashboardExports: DashboardExport[] = dashboards.map((dashboard) => {
    // To import, each tile keyed by its name as the import id has the provider key it, so that renames keep the tile.
    const state = mode === 'import' ? withKeysFromNames(dashboardFromApi(dashboard)) : dashboardFromApi(dashboard);
    const resource: ExportedResource = {
      address: resourceAddress('clickstack_dashboard', dashboardIds.get(dashboard.id)!),
      id: dashboard.id,
      ...(mode === 'import' ? { importId: importIdKeyingTilesByName(dashboard.id) } : {}),
      title: dashboard.name,
      config: config(dashboardAttributes, state),
    };
    references.replaceInDashboard(resource);
    const tileNames = new Map<string, string[]>();
    for (const { tile } of tilesOf(state)) {
      const key = tileKey(tile)!;
      tileNames.set(key, [...(tileNames.get(key) ?? []), String(tile.id)]);
    }
    const watching = tileAlerts.filter(({ alert }) => alert.dashboardId === dashboard.id);
    if (mode === 'create') keyNamesakes(resource.config, state, tileNames, new Set(watching.map(({ alert }) => alert.tileId!)));
    const alerts = watching.map((alert) => alertResource(alert, tileNames));
    return { resource, state, alerts };
  });

  const byName = <T extends { resource: ExportedResource }>(a: T, b: T) => compare(a.resource.address.name, b.resource.address.name);
  dashboardExports.sort(byName);
  notes.push(...breakOnClickCycles(dashboardExports));
  const connections = deployment.connections
    .filter((connection) => connectionIds.has(connection.id))
    .map((connection) => connectionResource(connection, connectionIds.get(connection.id)!, variables, mode));
  return {
    flavor: deployment.flavor,
    mode,
    connections: connections.sort((a, b) => compare(a.address.name, b.address.name)),
    ...(everything ? teamResources(deployment, mode, notes) : { roles: [], teamMembers: [] }),
    // Session sources after the trace sources they name, so that the CDKTF app defines those first.
    sources: sourceResources.sort((a, b) => Number(isSession(a)) - Number(isSession(b)) || compare(a.address.name, b.address.name)),
    sourceLinks: sourceLinks.sort((a, b) => compare(a.address.name, b.address.name)),
    webhooks: webhookResources.sort((a, b) => compare(a.address.name, b.address.name)),
    savedSearches: savedSearchExports.sort(byName),
    dashboards: dashboardExports,
    lookups: references.lookups(),
    variables,
    notes: [...notes, ...references.notes],
    tileIdNotes: references.tileIdNotes,
  };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const isSession = (resource: ExportedResource) => resource.config.kind === 'session';

function channelWebhookIds(alert: Alert): string[] {
  const channels = alert.channels ?? (alert.channel ? [alert.channel] : []);
  return channels.flatMap((channel) => (channel.type === 'webhook' ? [channel.webhookId] : []));
}

interface AlertOnTarget {
  alert: Alert;
  /** What the alert watches (`tile "Errors"`), for the comment of an unnamed alert. */
  target: string;
  /** The name of the tile or saved search watched, which an unnamed alert's identifier is made from. */
  watched: string;
}

/** The alerts of the exported dashboards' tiles and saved searches; alerts on a tile that is gone are left out, with a note. */
function alertsOf(alerts: Alert[], dashboards: Dashboard[], savedSearches: SavedSearch[], notes: string[]) {
  const dashboardsById = new Map(dashboards.map((dashboard) => [dashboard.id, dashboard]));
  const savedSearchesById = new Map(savedSearches.map((savedSearch) => [savedSearch.id, savedSearch]));
  const tileAlerts: AlertOnTarget[] = [];
  const searchAlerts: AlertOnTarget[] = [];
  for (const alert of alerts) {
    if (alert.source === 'tile') {
      const dashboard = alert.dashboardId === undefined || alert.dashboardId === null ? undefined : dashboardsById.get(alert.dashboardId);
      if (!dashboard) continue;
      const tile = dashboard.tiles.find((candidate) => candidate.id === alert.tileId);
      if (tile) tileAlerts.push({ alert, target: `tile ${JSON.stringify(tile.name)}`, watched: tile.name });
      else notes.push(`Alert ${JSON.stringify(alert.name ?? alert.id)} watches tile ${alert.tileId} of dashboard ${JSON.stringify(dashboard.name)}, which has no such tile: left out.`);
    } else if (alert.source === 'saved_search') {
      const savedSearch = alert.savedSearchId ? savedSearchesById.get(alert.savedSearchId) : undefined;
      if (savedSearch) searchAlerts.push({ alert, target: `saved search ${JSON.stringify(savedSearch.name)}`, watched: savedSearch.name });
    }
  }
  return { tileAlerts, searchAlerts };
}

/** A managed source; a session's trace source refers to the exported one. Its links are a resource of their own. */
function sourceResource(source: Source, name: string, references: References): ExportedResource {
  const resource: ExportedResource = {
    address: resourceAddress('clickstack_source', name),
    id: source.id,
    title: source.name,
    config: config(sourceAttributes, sourceFromApi(source, null)),
  };
  references.replaceInSource(resource);
  return resource;
}

/** The links of a source that has any (named as the source), referring to the sources they name. */
function sourceLinksResource(source: Source, name: string, references: References): ExportedResource[] {
  const state = sourceLinksFromApi(source);
  const { source_id: _source, ...links } = configurationOf(sourceLinksAttributes, state);
  if (Object.keys(links).length === 0) return [];
  const resource: ExportedResource = {
    address: resourceAddress('clickstack_source_links', name),
    id: source.id,
    title: `links of ${source.name}`,
    config: toExportObject({ source_id: source.id, ...links }),
  };
  references.replaceInSource(resource);
  return [resource];
}

/**
 * A webhook's configuration without its secrets: the URL (in state, but sensitive) and the write-only headers and
 * query parameters (never returned by ClickStack, api-behaviour §8.2) become sensitive variables. To import, each
 * defaults to null, which keeps what the server has; to create, the URL is required and the headers and query
 * parameters, which the export cannot know, are sent only when set. Slack webhooks take neither (§8.4).
 */
function webhookResource(webhook: Webhook, name: string, variables: SecretVariable[], mode: ExportMode): ExportedResource {
  const resource: ExportedResource = {
    address: resourceAddress('clickstack_webhook', name),
    id: webhook.id,
    title: webhook.name,
    // To create, the body as ClickStack has it; an import reads it as jsonencode() writes it, which plans no change.
    config: config(webhookAttributes, webhookFromApi(webhook, mode === 'create' && webhook.body !== undefined ? { body: webhook.body } : {})),
  };
  const label = `the webhook ${JSON.stringify(webhook.name)}`;
  const secret = (attribute: string, type: SecretVariable['type'], description: string, required = false) => {
    const variable: SecretVariable = { name: `webhook_${name}_${attribute}`, type, description, ...(required ? { required } : {}) };
    variables.push(variable);
    resource.config[attribute] = new Expression({ kind: 'variable', name: variable.name });
  };
  if (mode === 'create') secret('url', 'string', `URL of ${label}.`, true);
  else secret('url', 'string', `URL of ${label}. Unset, the URL ClickStack has is kept; set it to change the URL.`);
  if (webhook.service !== 'slack')
    for (const [attribute, what] of [['headers', 'HTTP headers'], ['query_params', 'Query parameters']])
      secret(
        attribute,
        'map(string)',
        mode === 'create'
          ? `${what} of ${label}. ClickStack never returns them, so the export cannot: unset, none are sent.`
          : `${what} of ${label}. ClickStack never returns them, so the export cannot: unset, the stored ones stay; to send ` +
              'new ones, set this and change `headers_version`.',
      );
  return resource;
}

/**
 * Managed ClickStack's API creates no `slack_api` or `pagerduty_api` webhook (its UI makes them; api-behaviour §8.4):
 * code that creates leaves them out of `webhooks`, with a note, and finds them by name like any webhook not exported.
 */
function leaveOutUncreatableWebhooks(webhooks: Webhook[]): string[] {
  const uncreatable = webhooks.filter(({ service }) => (CLOUD_ONLY_WEBHOOK_SERVICES as readonly string[]).includes(service));
  for (const webhook of uncreatable) webhooks.splice(webhooks.indexOf(webhook), 1);
  return uncreatable.map(
    (webhook) => `Webhook ${JSON.stringify(webhook.name)} (${webhook.service}): looked up by name, since ClickStack's API does not create this service's webhooks; make it in the UI first.`,
  );
}

/**
 * ClickStack's API creates no `sql_ast` filter (the search UI makes them; api-behaviour §9.2): code that creates a saved
 * search leaves them out, with a note for each.
 */
function leaveOutSqlAstFilters({ address, config }: ExportedResource): string[] {
  const filters = objects(config.filters);
  const sqlAst = filters.filter((filter) => filter.type === 'sql_ast');
  if (!sqlAst.length) return [];
  config.filters = filters.filter((filter) => filter.type !== 'sql_ast');
  return sqlAst.map(
    ({ left, operator, right }) =>
      `${addressText(address)}: left out the filter \`${String(left)} ${String(operator)} ${String(right)}\`: ClickStack's API creates no \`sql_ast\` filter; make it in the search UI.`,
  );
}

/**
 * Code that creates a dashboard can refer to tiles that share a name, which `tile_ids` leaves out, by giving them keys:
 * each watched tile of a shared name gets one (`Errors 2`, unique among names and keys), and `tileNames` finds it by
 * its key. The keys are configuration only: ClickStack never sees them.
 */
function keyNamesakes(config: ExportObject, state: TfObject, tileNames: Map<string, string[]>, watched: Set<string>): void {
  const elements = new Map<string, ExportObject>();
  for (const { list } of TILE_TYPES) {
    const stored = (state[list] as { id: string }[] | null | undefined) ?? [];
    objects(config[list]).forEach((element, i) => elements.set(stored[i].id, element));
  }
  const taken = new Set(tileNames.keys());
  for (const [name, ids] of [...tileNames]) {
    if (ids.length < 2) continue;
    ids.forEach((id, i) => {
      if (!watched.has(id)) return;
      let key = `${name} ${i + 1}`;
      for (let n = i + 2; taken.has(key); n++) key = `${name} ${n}`;
      taken.add(key);
      const element = elements.get(id);
      if (!element) return;
      element.key = key;
      tileNames.set(key, [id]);
    });
    tileNames.set(name, ids.filter((id) => elements.get(id)?.key === undefined));
  }
}

/**
 * Who may use the deployment, exported with everything: custom roles (predefined ones cannot be managed, api-behaviour
 * §17.3); team members and pending invitations by email, but the API key's own user, whom a destroy could not remove
 * (§18.3). Code that creates invites each of them again, with the name the server lists (an invitation's own, or the
 * member's), since a new server has no user to import; the members join the new team when they accept.
 */
function teamResources(deployment: Deployment, mode: ExportMode, notes: string[]): Pick<Export, 'roles' | 'teamMembers'> {
  const byAddress = (a: ExportedResource, b: ExportedResource) => compare(a.address.name, b.address.name);
  const customRoles = deployment.roles.filter((role) => !role.isPredefined);
  const roleIds = assignIdentifiers(customRoles, 'role');
  const roles = customRoles.map(
    (role): ExportedResource => ({
      address: resourceAddress('clickstack_role', roleIds.get(role.id)!),
      id: role.id,
      title: role.name,
      config: config(roleAttributes, roleFromApi(role, {})),
    }),
  );

  const self = deployment.teamMembers.find((member) => member.isCurrentUser);
  if (self) notes.push(`Team member ${self.email} is the user of the API key the export ran with: left out, since a destroy could not remove it.`);
  const people: TeamMemberFound[] = [
    ...deployment.teamMembers.filter((member) => !member.isCurrentUser).map((member) => ({ member })),
    ...deployment.teamInvitations.map((invitation) => ({ invitation })),
  ];
  const emails = people.map((found) => (found.member ?? found.invitation).email);
  // Named after the part of the email before the @; the import id is the email.
  const memberIds = assignIdentifiers(emails.map((email) => ({ id: email, name: email.split('@')[0] })), 'member');
  const teamMembers = people.map((found, i): ExportedResource => ({
    address: resourceAddress('clickstack_team_member', memberIds.get(emails[i])!),
    id: emails[i],
    title: (found.member ?? found.invitation).name ?? emails[i],
    config: config(teamMemberAttributes, teamMemberState(found, mode === 'create' ? { name: (found.member ?? found.invitation).name ?? null } : {})),
  }));
  const joined = people.filter((found) => found.member).length;
  if (mode === 'create' && joined)
    notes.push(`${joined} team member${joined === 1 ? ' has' : 's have'} joined this team: the new server invites them again, and they join it when they accept.`);
  return { roles: roles.sort(byAddress), teamMembers: teamMembers.sort(byAddress) };
}

/**
 * A connection, its password a sensitive variable (write-only, api-behaviour §16.1-2): to adopt, it defaults to null,
 * which keeps the stored one; to create, it is required.
 */
function connectionResource(connection: Connection, name: string, variables: SecretVariable[], mode: ExportMode): ExportedResource {
  const resource: ExportedResource = {
    address: resourceAddress('clickstack_connection', name),
    id: connection.id,
    title: connection.name,
    config: config(connectionAttributes, connectionFromApi(connection, {})),
  };
  const variable: SecretVariable = {
    name: `connection_${name}_password`,
    type: 'string',
    description:
      `Password of the ClickHouse connection ${JSON.stringify(connection.name)}. ClickStack never returns it, so the export ` +
      (mode === 'import' ? 'cannot: unset, the stored one stays; to send a new one, set this and set `password_version`.' : 'cannot: set it to create the connection.'),
    ...(mode === 'create' ? { required: true } : {}),
  };
  variables.push(variable);
  resource.config.password = new Expression({ kind: 'variable', name: variable.name });
  return resource;
}

/** The `on_click` targets of a dashboard's tiles that refer to an exported dashboard, with that dashboard's name. */
function onClickReferences({ config }: ExportedResource): { target: ExportObject; dashboard: string }[] {
  return tilesIn(config).flatMap((tile) => {
    const target = (tile.on_click as ExportObject | undefined)?.target as ExportObject | undefined;
    const id = target?.id;
    return target && id instanceof Expression && id.reference.kind === 'attribute' && id.reference.of.type === 'clickstack_dashboard'
      ? [{ target, dashboard: id.reference.of.name }]
      : [];
  });
}

/**
 * Dashboards whose tiles open each other (or themselves) cannot refer to each other by address: Terraform would find a
 * cycle. Such a reference, met while walking the dashboards in name order, keeps the id, with a note; what remains
 * orders the dashboards so that each comes after those it opens (`dependencyOrder`).
 */
function breakOnClickCycles(dashboards: DashboardExport[]): string[] {
  const byName = new Map(dashboards.map((dashboard) => [dashboard.resource.address.name, dashboard.resource]));
  const notes: string[] = [];
  const [open, done] = [new Set<string>(), new Set<string>()];
  const visit = (name: string) => {
    open.add(name);
    for (const { target, dashboard } of onClickReferences(byName.get(name)!)) {
      if (open.has(dashboard)) {
        const id = byName.get(dashboard)!.id;
        target.id = new Literal(id, 'dashboards that open each other cannot refer to each other: Terraform would see a cycle');
        notes.push(`${addressText(byName.get(name)!.address)}: kept the id ${id} of the dashboard a tile opens, which opens this one in turn (a reference would be a cycle).`);
      } else if (!done.has(dashboard)) visit(dashboard);
    }
    open.delete(name);
    done.add(name);
  };
  for (const name of byName.keys()) if (!done.has(name)) visit(name);
  return notes;
}

/** The dashboards in an order where each comes after the dashboards its tiles open (cycles are broken by then). */
export function dependencyOrder(dashboards: DashboardExport[]): DashboardExport[] {
  const byName = new Map(dashboards.map((dashboard) => [dashboard.resource.address.name, dashboard]));
  const ordered: DashboardExport[] = [];
  const visit = (dashboard: DashboardExport) => {
    if (ordered.includes(dashboard)) return;
    for (const { dashboard: name } of onClickReferences(dashboard.resource)) visit(byName.get(name)!);
    ordered.push(dashboard);
  };
  dashboards.forEach(visit);
  return ordered;
}
