// Reading a ClickStack deployment: every list the export needs, one request each (the lists carry whole documents),
// read together through the provider's client with its retries and its flavor's rate limit.
import type { Alert, ClickStackClient, Connection, Dashboard, FlavorName, Role, SavedSearch, Source, TeamInvitation, TeamMember, Webhook } from '../client';
import type { Progress } from './progress';

export interface Deployment {
  flavor: FlavorName;
  dashboards: Dashboard[];
  alerts: Alert[];
  savedSearches: SavedSearch[];
  webhooks: Webhook[];
  sources: Source[];
  /** What lies under the sources, on the flavor that has each (empty on the other): connections and the team on OSS, roles on Cloud. */
  connections: Connection[];
  roles: Role[];
  teamMembers: TeamMember[];
  teamInvitations: TeamInvitation[];
}

/** Reads the deployment; the first failure (auth, network, server) is thrown as the client's typed error. */
export async function readDeployment(client: ClickStackClient, progress: Progress, signal?: AbortSignal): Promise<Deployment> {
  const options = { signal };
  const deployment: Deployment = {
    flavor: client.flavor, dashboards: [], alerts: [], savedSearches: [], webhooks: [], sources: [], connections: [], roles: [], teamMembers: [], teamInvitations: [],
  };
  // Each step fills one list; the lists of the other flavor (connections and the team on OSS, roles on Cloud) stay empty.
  const steps: [label: string, read: () => Promise<void>, available: boolean][] = [
    ['sources', async () => void (deployment.sources = await client.sources.list(options)), true],
    ['webhooks', async () => void (deployment.webhooks = await client.webhooks.list(options)), true],
    ['saved searches', async () => void (deployment.savedSearches = await client.savedSearches.list(options)), true],
    ['dashboards', async () => void (deployment.dashboards = await client.dashboards.list(options)), true],
    ['alerts', async () => void (deployment.alerts = await client.alerts.list(options)), true],
    ['connections', async () => void (deployment.connections = await client.connections.list(options)), client.supports('connections.list')],
    ['roles', async () => void (deployment.roles = await client.roles.list(options)), client.supports('roles.list')],
    ['team members', async () => void (deployment.teamMembers = await client.team.members.list(options)), client.supports('teamMembers.list')],
    ['invitations', async () => void (deployment.teamInvitations = await client.team.invitations.list(options)), client.supports('teamInvitations.list')],
  ];
  const available = steps.filter(([, , isAvailable]) => isAvailable);
  // All at once: the lists are independent and fewer than a window of either flavor's rate limit holds (6 on Cloud,
  // 8 on OSS; the client's limiter paces them were they more), so the limit adds no wait and the reads overlap.
  progress.start('Reading', available.length);
  await Promise.all(available.map(async ([label, read]) => read().then(() => progress.step(label))));
  progress.finish();
  return deployment;
}
