// Clients of an in-process emulator, one per flavor, for every wire and end-to-end test.
import type { EmulatorHandle } from '../../emulator';
import { type ClickStackClient, type CommonClientOptions, createClient, type FlavorName } from '../../provider/client';

export const FLAVORS: readonly FlavorName[] = ['oss', 'cloud'];

/** Short backoff so retry tests run fast; no client-side limiter unless a test asks for one. */
const TEST_DEFAULTS: CommonClientOptions = { rateLimit: false, retry: { baseDelayMs: 5, maxDelayMs: 20 } };

/** A client of the emulator's `flavor` API; `options` override the test defaults. */
export function emulatorClient(emulator: EmulatorHandle, flavor: FlavorName, options: CommonClientOptions = {}): ClickStackClient {
  const common = { ...TEST_DEFAULTS, ...options };
  return flavor === 'oss'
    ? createClient({ ...common, flavor, endpoint: emulator.ossUrl, apiKey: emulator.apiKey })
    : createClient({
        ...common,
        flavor,
        apiUrl: emulator.cloudUrl,
        organizationId: emulator.organizationId,
        serviceId: emulator.serviceId,
        keyId: emulator.keyId,
        keySecret: emulator.keySecret,
      });
}
