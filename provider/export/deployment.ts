// Reading a ClickStack deployment: every list the export needs, one request each (the lists carry whole documents),
// through the provider's client with its retries and its flavor's rate limit.
import type { Alert, ClickStackClient, Dashboard, FlavorName, SavedSearch, Source, Webhook } from '../client';
import type { Progress } from './progress';

export interface Deployment {
  flavor: FlavorName;
  dashboards: Dashboard[];
  alerts: Alert[];
  savedSearches: SavedSearch[];
  webhooks: Webhook[];
  sources: Source[];
}

/** Reads the deployment; the first failure (auth, network, server) is thrown as the client's typed error. */
export async function readDeployment(client: ClickStackClient, progress: Progress, signal?: AbortSignal): Promise<Deployment> {
  const options = { signal };
  const steps = [
    ['sources', () => client.sources.list(options)],
    ['webhooks', () => client.webhooks.list(options)],
    ['saved searches', () => client.savedSearches.list(options)],
    ['dashboards', () => client.dashboards.list(options)],
    ['alerts', () => client.alerts.list(options)],
  ] as const;
  const results: unknown[] = [];
  progress.start('Reading', steps.length);
  for (const [label, read] of steps) {
    progress.step(label);
    results.push(await read());
  }
  progress.finish();
  const [sources, webhooks, savedSearches, dashboards, alerts] = results as [Source[], Webhook[], SavedSearch[], Dashboard[], Alert[]];
  return { flavor: client.flavor, dashboards, alerts, savedSearches, webhooks, sources };
}
