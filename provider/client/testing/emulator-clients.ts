// Clients wired to an in-process emulator, for the client's emulator and contract tests.
import type { EmulatorHandle } from '../../../emulator';
import { createClient } from '../index';
import type { ClickStackClient, CommonClientOptions } from '../index';

/** Short backoff so retry tests run fast; no client-side limiter unless a test asks for one. */
const TEST_DEFAULTS: CommonClientOptions = { rateLimit: false, retry: { baseDelayMs: 5, maxDelayMs: 20 } };

export function ossClientFor(handle: EmulatorHandle, options: CommonClientOptions = {}): ClickStackClient {
  return createClient({ ...TEST_DEFAULTS, ...options, flavor: 'oss', endpoint: handle.ossUrl, apiKey: handle.apiKey });
}

export function cloudClientFor(handle: EmulatorHandle, options: CommonClientOptions = {}): ClickStackClient {
  return createClient({
    ...TEST_DEFAULTS,
    ...options,
    flavor: 'cloud',
    apiUrl: handle.cloudUrl,
    organizationId: handle.organizationId,
    serviceId: handle.serviceId,
    keyId: handle.keyId,
    keySecret: handle.keySecret,
  });
}

export const FLAVOURS = [
  ['oss', ossClientFor],
  ['cloud', cloudClientFor],
] as const;
