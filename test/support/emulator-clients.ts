// Clients of an in-process emulator, one per flavor, for every wire and end-to-end test.
import { type EmulatorHandle, startEmulator } from '../../emulator';
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

/** An emulator of one flavor and a client of it, for the tests of one suite. */
export interface EmulatorSuite {
  readonly emulator: EmulatorHandle;
  readonly client: ClickStackClient;
}

/**
 * Starts an emulator of `flavor` (without its rate limit) and a client of it before the suite's tests, and stops both
 * after them. Call it in a describe block; the fields are set once its tests run.
 */
export function useEmulator(flavor: FlavorName): EmulatorSuite {
  const suite = {} as { emulator: EmulatorHandle; client: ClickStackClient };
  beforeAll(async () => {
    suite.emulator = await startEmulator({ flavor, rateLimit: false });
    suite.client = emulatorClient(suite.emulator, flavor);
  });
  afterAll(async () => {
    await suite.client.close();
    await suite.emulator.close();
  });
  return suite;
}
