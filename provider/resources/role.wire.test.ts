// clickstack_role against the Managed ClickStack emulator: permissions replaced on update, drift from a UI edit,
// import (predefined roles refused), and a role deleted behind Terraform's back.
import { SEED_IDS } from '../../emulator';
import type { TfObject } from '../runtime/types';
import { clickstackHarness, readDataSource } from '../../test/support/clickstack';
import { useEmulator } from '../../test/support/emulator-clients';
import { complete } from '../../test/support/objects';
import { role } from '../../test/support/roles';
import { differences, generatedConfig } from '../../test/support/terraform-rules';
import { editLikeTheUi } from '../../test/support/ui-edit';
import { roleAttributes } from './role';

describe('clickstack_role against the cloud emulator', () => {
  const suite = useEmulator('cloud');
  const lifecycle = clickstackHarness(() => suite.client).resource('clickstack_role');
  let names = 0;
  const unique = (config: TfObject): TfObject => ({ ...config, name: `${config.name} ${++names}` });

  it('creates, plans no changes, refreshes to the same state, and replaces the permissions on update', async () => {
    const config = unique(role());
    const state = await lifecycle.apply(null, config);
    const refreshed = (await lifecycle.refresh(state))!;
    expect(differences(state, refreshed)).toEqual([]);
    expect(differences(refreshed, (await lifecycle.plan(refreshed, config)).planned!)).toEqual([]);
    const fewer = { ...config, permissions: [{ action: 'read', subject: 'all', inverted: null, integration: null, conditions: null }] };
    const updated = await lifecycle.apply(refreshed, fewer);
    expect((await suite.client.roles.get(String(state.id))).permissions).toEqual([{ action: 'read', subject: 'all' }]);
    expect(differences(updated, (await lifecycle.refresh(updated))!)).toEqual([]);
  });

  it('shows a permission changed in the UI as drift', async () => {
    const config = unique(role());
    const state = await lifecycle.apply(null, config);
    await editLikeTheUi(suite.emulator, 'cloud', 'roles', String(state.id), (current) => void (current.permissions[0].action = 'read'));
    const refreshed = (await lifecycle.refresh(state))!;
    const { planned } = await lifecycle.plan(refreshed, config);
    expect(differences(refreshed, planned!)).toEqual(['.permissions[0].action: "read" -> "manage"']);
  });

  it('sends a description, shows one changed in the UI as drift, and clears a removed one', async () => {
    const config = unique(role({ description: 'Keeps dashboards in step' }));
    const state = await lifecycle.apply(null, config);
    expect((await suite.client.roles.get(String(state.id))).description).toBe('Keeps dashboards in step');
    await editLikeTheUi(suite.emulator, 'cloud', 'roles', String(state.id), (current) => void (current.description = 'Edited in the UI'));
    const refreshed = (await lifecycle.refresh(state))!;
    expect(differences(refreshed, (await lifecycle.plan(refreshed, config)).planned!)).toEqual(['.description: "Edited in the UI" -> "Keeps dashboards in step"']);
    const without = { ...config, description: null };
    const cleared = await lifecycle.apply(refreshed, without);
    expect((await suite.client.roles.get(String(state.id))).description).toBe('');
    const again = (await lifecycle.refresh(cleared))!;
    expect(again.description).toBeNull();
    expect(differences(again, (await lifecycle.plan(again, without)).planned!)).toEqual([]);
  });

  it('imports a custom role by id into a state that plans no changes against the generated configuration', async () => {
    const state = await lifecycle.apply(null, unique(role({ description: 'Imported' })));
    const imported = (await lifecycle.import(String(state.id)))!;
    expect(imported).toMatchObject({ id: state.id, name: state.name, description: 'Imported' });
    const { planned, diagnostics } = await lifecycle.plan(imported, generatedConfig(roleAttributes, imported));
    expect(diagnostics).toEqual([]);
    expect(differences(imported, planned!)).toEqual([]);
  });

  it('refuses to import a predefined role, pointing to the data source', async () => {
    // What `terraform import` reads: the import's all-null state with the id.
    const { diagnostics } = await lifecycle.read(complete(roleAttributes, { id: SEED_IDS.readOnlyRole }));
    expect(diagnostics).toEqual([{ severity: 'error', summary: 'Predefined role', detail: expect.stringContaining('data "clickstack_role"') }]);
  });

  it('drops a role deleted behind its back, and deleting what is gone succeeds', async () => {
    const state = await lifecycle.apply(null, unique(role()));
    await suite.client.roles.delete(String(state.id));
    expect(await lifecycle.refresh(state)).toBeNull();
    expect(await lifecycle.destroy(state)).toEqual([]);
  });

  it('looks a predefined role up by name, and lists every role', async () => {
    const { state, diagnostics } = await readDataSource(suite.client, 'clickstack_role', { name: 'Read Only' });
    expect(diagnostics).toEqual([]);
    expect(state).toMatchObject({ id: SEED_IDS.readOnlyRole, is_predefined: true, description: null, permissions: [{ action: 'read', subject: 'all', inverted: null, conditions: null }] });
    const all = await readDataSource(suite.client, 'clickstack_roles', {});
    expect((all.state!.roles as TfObject[]).map((r) => r.name)).toEqual(expect.arrayContaining(['Admin', 'Member', 'Read Only']));
  });
});
