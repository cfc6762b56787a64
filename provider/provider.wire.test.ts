// The provider block against the emulator: the client it builds from the environment works, for both flavors.
import { type EmulatorHandle, startEmulator } from '../emulator';
import { callContext } from '../test/support/call-context';
import { complete } from '../test/support/objects';
import { clickstackProvider, configureClient } from './provider';

describe('configureClient', () => {
  let emulator: EmulatorHandle;
  beforeAll(async () => {
    emulator = await startEmulator({ flavor: 'both', rateLimit: false });
  });
  afterAll(() => emulator.close());

  it.each(['oss', 'cloud'] as const)('builds a working %s client from the environment', async (flavor) => {
    const env =
      flavor === 'oss'
        ? { CLICKSTACK_ENDPOINT: emulator.ossUrl, CLICKSTACK_API_KEY: emulator.apiKey }
        : {
            CLICKHOUSE_API_URL: emulator.cloudUrl,
            CLICKHOUSE_ORG_ID: emulator.organizationId,
            CLICKSTACK_SERVICE_ID: emulator.serviceId,
            CLICKHOUSE_CLOUD_API_KEY: emulator.keyId,
            CLICKHOUSE_CLOUD_API_SECRET: emulator.keySecret,
          };
    const ctx = callContext();
    const client = configureClient(complete(clickstackProvider.schema.block.attributes, { rate_limit: { requests: 1000, window_seconds: 1 } }), env, ctx);
    expect(ctx.diagnostics.all).toEqual([]);
    expect(client!.flavor).toBe(flavor);
    expect((await client!.webhooks.list()).length).toBeGreaterThan(0);
    await client!.close();
  });
});
