// The emulator's request log as the request-count tests read it.
import type { EmulatorHandle, RecordedRequest } from '../../emulator';

/**
 * `GET /dashboards/:id` or `GET /alerts?limit=1000&offset=0`: a request without its flavor's base path, ids replaced,
 * so that counts read the same on both flavors.
 */
export function describeRequest(request: RecordedRequest): string {
  const path = request.path.replace(/^.*\/(api\/v2|clickstack)/, '').replace(/[0-9a-f]{24}/g, ':id');
  const query = new URLSearchParams(request.query).toString();
  return `${request.method} ${path}${query ? `?${query}` : ''}`;
}

/** The requests `work` made, described and sorted (concurrent requests arrive in no fixed order). */
export async function requestsDuring(emulator: EmulatorHandle, work: () => Promise<unknown>): Promise<string[]> {
  emulator.requests.length = 0;
  await work();
  return emulator.requests.map(describeRequest).sort();
}
