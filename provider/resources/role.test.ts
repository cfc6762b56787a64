// clickstack_role, unit: plan (flavor, JSON conditions), API bodies and states.
import type { ClickStackClient } from '../client';
import { clickstackHarness } from '../../test/support/clickstack';
import { role } from '../../test/support/roles';
import { descriptionFromApi, roleFromApi, roleToApi } from './role';

describe('clickstack_role, unit', () => {
  const lifecycle = clickstackHarness(() => undefined).resource('clickstack_role');

  it('is an error on ClickStack OSS, which has no roles', async () => {
    const onOss = clickstackHarness(() => ({ flavor: 'oss' }) as ClickStackClient).resource('clickstack_role');
    const { diagnostics } = await onOss.plan(null, role());
    expect(diagnostics).toEqual([
      { severity: 'error', summary: 'clickstack_role is not available on ClickStack OSS (HyperDX)', detail: expect.stringContaining('The OSS API has no roles') },
    ]);
  });

  it('refuses conditions that are not a JSON object, at the attribute', async () => {
    const config = role({ permissions: [{ action: 'read', subject: 'all', conditions: '[1]' }, { action: 'read', subject: 'all', conditions: '{' }] });
    const { diagnostics } = await lifecycle.plan(null, config);
    expect(diagnostics.map((d) => d.path)).toEqual([
      ['permissions', 0, 'conditions'],
      ['permissions', 1, 'conditions'],
    ]);
  });

  it('sends conditions as an object and omits unset fields', () => {
    expect(roleToApi(role(), false)).toEqual({
      name: 'Deploy bot',
      permissions: [
        { action: 'manage', subject: 'Dashboard' },
        { action: 'delete', subject: 'Alert', inverted: true, conditions: { name: 'Paging', teamId: 't1' } },
      ],
    });
  });

  it('clears a removed description with "" on update, which keeps an omitted one', () => {
    expect(roleToApi(role(), true).description).toBe('');
    expect(roleToApi(role({ description: 'Deploys' }), true).description).toBe('Deploys');
    expect(roleToApi(role({ description: 'Deploys' }), false).description).toBe('Deploys');
  });

  it('reads "" or no description as the configuration spells none, and a description as it is', () => {
    expect([descriptionFromApi(undefined, null), descriptionFromApi('', null), descriptionFromApi('', ''), descriptionFromApi(undefined, '')]).toEqual([null, null, '', '']);
    expect(descriptionFromApi('Deploys', null)).toBe('Deploys');
    expect(descriptionFromApi('Deploys', 'Old')).toBe('Deploys');
  });

  it('keeps the configured spelling of conditions the server returns re-spelled, and shows a real change', () => {
    const known = role({ permissions: [{ action: 'read', subject: 'all', conditions: '{ "teamId" : "t1", "name": "x" }' }] });
    const state = roleFromApi({ id: 'r1', name: 'Deploy bot', permissions: [{ action: 'read', subject: 'all', conditions: { name: 'x', teamId: 't1' } }] }, known);
    expect((state.permissions as Array<Record<string, unknown>>)[0]).toEqual({
      action: 'read', subject: 'all', inverted: null, integration: null, conditions: '{ "teamId" : "t1", "name": "x" }',
    });
    const changed = roleFromApi({ id: 'r1', name: 'Deploy bot', permissions: [{ action: 'read', subject: 'all', conditions: { teamId: 't2' } }] }, known);
    expect((changed.permissions as Array<Record<string, unknown>>)[0].conditions).toBe('{"teamId":"t2"}');
  });
});
