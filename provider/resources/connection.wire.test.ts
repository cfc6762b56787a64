// clickstack_connection against the OSS emulator: the write-only password and its version, the prefix's PUT rules,
// drift from a UI edit, import, and a connection deleted behind Terraform's back.
import type { TfObject } from '../runtime/types';
import { clickstackHarness } from '../../test/support/clickstack';
import { connection } from '../../test/support/connections';
import { useEmulator } from '../../test/support/emulator-clients';
import { differences, generatedConfig } from '../../test/support/terraform-rules';
import { editLikeTheUi } from '../../test/support/ui-edit';
import { connectionAttributes } from './connection';

describe('clickstack_connection against the oss emulator', () => {
  const suite = useEmulator('oss');
  const lifecycle = clickstackHarness(() => suite.client).resource('clickstack_connection');
  let names = 0;
  const unique = (config: TfObject): TfObject => ({ ...config, name: `${config.name} ${++names}` });

  /** The body of the last write to the connection: what the provider sent. */
  const lastWrite = (method: string, match: (path: string) => boolean) =>
    [...suite.emulator.requests].reverse().find((r) => r.method === method && match(r.path))!.body as Record<string, unknown>;

  it('creates with the password, plans no changes, refreshes to the same state, and never holds the password', async () => {
    const config = unique(connection({ password: 'first-password', password_version: '1', hyperdx_setting_prefix: 'hdx' }));
    const state = await lifecycle.apply(null, config);
    expect(state).toMatchObject({ password: null, password_version: '1', hyperdx_setting_prefix: 'hdx', is_prometheus_endpoint: false });
    expect(lastWrite('POST', (p) => p.endsWith('/connections'))).toMatchObject({ password: 'first-password' });
    expect(JSON.stringify(state)).not.toContain('first-password');
    const refreshed = (await lifecycle.refresh(state))!;
    expect(differences(state, refreshed)).toEqual([]);
    const { planned } = await lifecycle.plan(refreshed, config);
    expect(differences(refreshed, planned!)).toEqual([]);
  });

  it('keeps the stored password on an ordinary update and sends it again when the version changes', async () => {
    const config = unique(connection({ password: 'pw-one-1', password_version: '1' }));
    const state = await lifecycle.apply(null, config);
    const id = String(state.id);
    const renamed = await lifecycle.apply(state, { ...config, username: 'writer' });
    expect(lastWrite('PUT', (p) => p.endsWith(id))).not.toHaveProperty('password');
    await lifecycle.apply(renamed, { ...config, username: 'writer', password: 'pw-two-2', password_version: '2' });
    expect(lastWrite('PUT', (p) => p.endsWith(id))).toMatchObject({ password: 'pw-two-2' });
    expect(suite.client.redact('failed with pw-two-2')).toBe('failed with [REDACTED]');
  });

  it('clears the prefix when it is removed from the configuration', async () => {
    const config = unique(connection({ hyperdx_setting_prefix: 'hdx' }));
    const state = await lifecycle.apply(null, config);
    const cleared = await lifecycle.apply(state, { ...config, hyperdx_setting_prefix: null });
    expect(cleared.hyperdx_setting_prefix).toBeNull();
    expect((await suite.client.connections.get(String(state.id))).hyperdxSettingPrefix).toBeUndefined();
    expect(differences(cleared, (await lifecycle.refresh(cleared))!)).toEqual([]);
  });

  it('shows a host changed in the UI as drift', async () => {
    const config = unique(connection());
    const state = await lifecycle.apply(null, config);
    await editLikeTheUi(suite.emulator, 'oss', 'connections', String(state.id), (current) => void (current.host = 'http://elsewhere:8123'));
    const refreshed = (await lifecycle.refresh(state))!;
    const { planned } = await lifecycle.plan(refreshed, config);
    expect(differences(refreshed, planned!)).toEqual(['.host: "http://elsewhere:8123" -> "http://clickhouse:8123"']);
  });

  it('imports by id into a state that plans no changes against the generated configuration', async () => {
    const state = await lifecycle.apply(null, unique(connection({ password: 'imported-pw', is_prometheus_endpoint: true })));
    const imported = (await lifecycle.import(String(state.id)))!;
    expect(imported).toMatchObject({ id: state.id, name: state.name, host: state.host, is_prometheus_endpoint: true, password: null });
    const { planned, diagnostics } = await lifecycle.plan(imported, generatedConfig(connectionAttributes, imported));
    expect(diagnostics).toEqual([]);
    expect(differences(imported, planned!)).toEqual([]);
  });

  it('drops a connection deleted behind its back, and deleting what is gone succeeds', async () => {
    const state = await lifecycle.apply(null, unique(connection()));
    await suite.client.connections.delete(String(state.id));
    expect(await lifecycle.refresh(state)).toBeNull();
    expect(await lifecycle.destroy(state)).toEqual([]);
  });
});
