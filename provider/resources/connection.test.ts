// clickstack_connection, unit: plan (write-only password, flavor), API bodies and states.
import type { ClickStackClient } from '../client';
import { Unknown } from '../runtime/types';
import { clickstackHarness } from '../../test/support/clickstack';
import { connection } from '../../test/support/connections';
import { differences } from '../../test/support/terraform-rules';
import { connectionFromApi, connectionToApi } from './connection';

describe('clickstack_connection, unit', () => {
  const lifecycle = clickstackHarness(() => undefined).resource('clickstack_connection');

  it('never plans the password, defaults the Prometheus flag, and plans no change when nothing changed', async () => {
    const { planned, diagnostics } = await lifecycle.plan(null, connection({ password: 's3cret-pass' }));
    expect(diagnostics).toEqual([]);
    expect(planned).toMatchObject({ password: null, is_prometheus_endpoint: false, hyperdx_setting_prefix: null });
    expect(planned!.id).toBeInstanceOf(Unknown);
    const state = { ...planned!, id: 'c1' };
    const again = await lifecycle.plan(state, connection({ password: 'another-pass' }));
    expect(differences(state, again.planned!)).toEqual([]);
  });

  it('is an error on Managed ClickStack, which has no connections API', async () => {
    const onCloud = clickstackHarness(() => ({ flavor: 'cloud' }) as ClickStackClient).resource('clickstack_connection');
    const { diagnostics } = await onCloud.plan(null, connection());
    expect(diagnostics).toEqual([
      {
        severity: 'error',
        summary: 'clickstack_connection is not available on Managed ClickStack (ClickHouse Cloud)',
        detail: expect.stringContaining('ClickHouse Cloud owns the service\'s connection'),
      },
    ]);
  });

  it('refuses a settings prefix the server refuses, at the attribute', async () => {
    const { diagnostics } = await lifecycle.plan(null, connection({ hyperdx_setting_prefix: 'has-dash' }));
    expect(diagnostics.map((d) => d.path)).toEqual([['hyperdx_setting_prefix']]);
  });

  it('sends the password only when given, and a cleared prefix as null on update only', () => {
    const planned = { ...connection({ password_version: '1' }), is_prometheus_endpoint: false };
    expect(connectionToApi(planned, null, false)).toEqual({ name: 'Analytics', host: 'http://clickhouse:8123', username: 'reader', isPrometheusEndpoint: false });
    expect(connectionToApi(planned, 'pw-123456', false)).toMatchObject({ password: 'pw-123456' });
    expect(connectionToApi(planned, null, true)).toMatchObject({ hyperdxSettingPrefix: null });
    expect(connectionToApi({ ...planned, hyperdx_setting_prefix: 'hdx' }, null, true)).toMatchObject({ hyperdxSettingPrefix: 'hdx' });
  });

  it('reads an unset prefix and flag as the plan has them, and keeps the version the server never sees', () => {
    const state = connectionFromApi({ id: 'c1', name: 'n', host: 'h', username: 'u', hyperdxSettingPrefix: '' }, connection({ password_version: '7' }));
    expect(state).toMatchObject({ id: 'c1', hyperdx_setting_prefix: null, is_prometheus_endpoint: false, password: null, password_version: '7' });
  });
});
