// Wire tests: data "clickstack_connection" and "clickstack_connections" against the OSS emulator, and the error they
// are on Managed ClickStack, which has no connections API.
import { SEED_IDS } from '../../emulator';
import { readDataSource } from '../../test/support/clickstack';
import { useEmulator } from '../../test/support/emulator-clients';

const seededConnection = {
  id: SEED_IDS.connection,
  name: 'Local ClickHouse',
  host: 'http://localhost:8123',
  username: 'default',
  hyperdx_setting_prefix: null,
  is_prometheus_endpoint: false,
  created_at: '2026-01-01T00:00:00.000Z',
  updated_at: '2026-01-01T00:00:00.000Z',
};

describe('connection data sources against the oss emulator', () => {
  const suite = useEmulator('oss');

  it('reads a connection by id and by name, never with a password', async () => {
    expect(await readDataSource(suite.client, 'clickstack_connection', { id: SEED_IDS.connection })).toEqual({ state: seededConnection, diagnostics: [] });
    expect(await readDataSource(suite.client, 'clickstack_connection', { name: 'Local ClickHouse' })).toEqual({ state: seededConnection, diagnostics: [] });
  });

  it('names the candidates when no connection has the name', async () => {
    const { state, diagnostics } = await readDataSource(suite.client, 'clickstack_connection', { name: 'Missing' });
    expect(state).toBeNull();
    expect(diagnostics).toEqual([
      {
        severity: 'error',
        summary: 'Connection not found',
        detail: `No connection has name "Missing". Connections: "Local ClickHouse" (id ${SEED_IDS.connection}).`,
        path: ['name'],
      },
    ]);
  });

  it('lists every connection', async () => {
    expect(await readDataSource(suite.client, 'clickstack_connections', {})).toEqual({ state: { connections: [seededConnection] }, diagnostics: [] });
  });
});

describe('connection data sources against the cloud emulator', () => {
  const suite = useEmulator('cloud');

  it('are an error that says why, without a request', async () => {
    const before = suite.emulator.requests.length;
    for (const typeName of ['clickstack_connection', 'clickstack_connections']) {
      const { state, diagnostics } = await readDataSource(suite.client, typeName, typeName.endsWith('s') ? {} : { name: 'Local ClickHouse' });
      expect(state).toBeNull();
      expect(diagnostics).toEqual([
        { severity: 'error', summary: `data.${typeName} is not available on Managed ClickStack (ClickHouse Cloud)`, detail: expect.stringContaining('no connections') },
      ]);
    }
    expect(suite.emulator.requests.length).toBe(before);
  });
});
