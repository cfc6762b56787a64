// The route table of both flavors (RULES §1 and §12). Paths are relative to the
// flavor's prefix; `:id` is the resource id.
import type { Flavor, Handler } from './context';
import { ApiError } from './errors';
import * as alerts from './handlers/alerts';
import * as charts from './handlers/charts';
import * as connections from './handlers/connections';
import * as dashboards from './handlers/dashboards';
import * as roles from './handlers/roles';
import * as savedSearches from './handlers/saved-searches';
import * as sources from './handlers/sources';
import * as team from './handlers/team';
import * as webhooks from './handlers/webhooks';

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  handler: Handler;
  flavors: Flavor[];
  /** A POST that creates a document (subject to the ambiguous-create fault). */
  creates?: boolean;
  /** OSS: the whoami is not behind the rate limiter (RULES §1.5). */
  unlimited?: boolean;
}

const both: Flavor[] = ['oss', 'cloud'];
const oss: Flavor[] = ['oss'];
const cloud: Flavor[] = ['cloud'];

/** GET list, POST create, and the by-id routes present in `byId`. */
function crud(path: string, flavors: Flavor[], h: { list: Handler; create: Handler; get?: Handler; update: Handler; remove: Handler }): Route[] {
  return [
    { method: 'GET', path, handler: h.list, flavors },
    { method: 'POST', path, handler: h.create, flavors, creates: true },
    ...(h.get ? [{ method: 'GET' as const, path: `${path}/:id`, handler: h.get, flavors }] : []),
    { method: 'PUT', path: `${path}/:id`, handler: h.update, flavors },
    { method: 'DELETE', path: `${path}/:id`, handler: h.remove, flavors },
  ];
}

export const ROUTES: Route[] = [
  { method: 'GET', path: '', handler: team.whoami, flavors: oss, unlimited: true },
  { method: 'POST', path: '/dashboards/validate', handler: dashboards.validateDashboard, flavors: both },
  ...crud('/dashboards', both, { list: dashboards.listDashboards, create: dashboards.createDashboard, get: dashboards.getDashboard, update: dashboards.updateDashboard, remove: dashboards.deleteDashboard }),
  ...crud('/alerts', both, { list: alerts.listAlerts, create: alerts.createAlert, get: alerts.getAlert, update: alerts.updateAlert, remove: alerts.deleteAlert }),
  // No GET /webhooks/{id} on either flavor.
  ...crud('/webhooks', both, { list: webhooks.listWebhooks, create: webhooks.createWebhook, update: webhooks.updateWebhook, remove: webhooks.deleteWebhook }),
  ...crud('/sources', both, { list: sources.listSources, create: sources.createSource, get: sources.getSource, update: sources.updateSource, remove: sources.deleteSource }),
  ...crud('/saved-searches', both, { list: savedSearches.listSavedSearches, create: savedSearches.createSavedSearch, get: savedSearches.getSavedSearch, update: savedSearches.updateSavedSearch, remove: savedSearches.deleteSavedSearch }),
  ...crud('/connections', oss, { list: connections.listConnections, create: connections.createConnection, get: connections.getConnection, update: connections.updateConnection, remove: connections.deleteConnection }),
  ...crud('/roles', cloud, { list: roles.listRoles, create: roles.createRole, get: roles.getRole, update: roles.updateRole, remove: roles.deleteRole }),
  { method: 'POST', path: '/charts/series', handler: charts.chartSeries, flavors: oss },
  { method: 'POST', path: '/search', handler: charts.search, flavors: oss },
  { method: 'GET', path: '/team', handler: team.getTeam, flavors: oss },
  { method: 'GET', path: '/team/members', handler: team.listMembers, flavors: oss },
  { method: 'POST', path: '/team/invitation', handler: team.createInvitation, flavors: oss, creates: true },
  { method: 'GET', path: '/team/invitations', handler: team.listInvitations, flavors: oss },
  { method: 'DELETE', path: '/team/invitation/:id', handler: team.deleteInvitation, flavors: oss },
  { method: 'DELETE', path: '/team/member/:id', handler: team.deleteMember, flavors: oss },
];

/**
 * Finds the route for a path relative to the flavor prefix; literal segments win over `:id`. Params stay
 * percent-encoded: decodeParams decodes them once auth has passed, where Express does.
 */
export function matchRoute(flavor: Flavor, method: string, relativePath: string): { route: Route; params: Record<string, string> } | undefined {
  const segments = relativePath.split('/').filter(Boolean);
  for (const route of ROUTES) {
    if (route.method !== method || !route.flavors.includes(flavor)) continue;
    const pattern = route.path.split('/').filter(Boolean);
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = pattern.every((part, index) => {
      if (part.startsWith(':')) {
        params[part.slice(1)] = segments[index];
        return true;
      }
      return part === segments[index];
    });
    if (matches) return { route, params };
  }
  return undefined;
}

/** Path params decoded; a malformed percent-escape is Express's own 400, which the error handler words generically (RULES §1.4). */
export function decodeParams(encoded: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(encoded).map(([name, value]) => {
      try {
        return [name, decodeURIComponent(value)];
      } catch {
        throw new ApiError(400, 'Something went wrong :(');
      }
    }),
  );
}
