// Resources and data sources that exist on one flavor only (connections and the team on OSS, roles on Managed
// ClickStack): a plan or a read on the other flavor is an error that says so, before any request.
import type { ClickStackClient, FlavorName } from '../client';
import type { Diagnostics } from '../runtime/provider';

/** Each flavor as messages name it. */
export const FLAVOR_NAMES: Record<FlavorName, string> = { oss: 'ClickStack OSS (HyperDX)', cloud: 'Managed ClickStack (ClickHouse Cloud)' };

/** Why each flavor lacks what the other has (api-behaviour §5.2, §5.4). */
const WHY_MISSING: Record<FlavorName, string> = {
  oss: 'The OSS API has no roles (an Enterprise and Managed ClickStack feature).',
  cloud: "The Managed ClickStack API has no connections or team routes: ClickHouse Cloud owns the service's connection and its members.",
};

/**
 * Whether `client` (when known: a plan may run before the provider is configured) is of `flavor`; an error diagnostic
 * naming `typeName` otherwise.
 */
export function availableOn(flavor: FlavorName, typeName: string, client: ClickStackClient | undefined, diagnostics: Diagnostics): boolean {
  if (!client || client.flavor === flavor) return true;
  diagnostics.error(
    `${typeName} is not available on ${FLAVOR_NAMES[client.flavor]}`,
    `${typeName} exists on ${FLAVOR_NAMES[flavor]} only. ${WHY_MISSING[client.flavor]}`,
  );
  return false;
}
