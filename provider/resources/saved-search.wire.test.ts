// clickstack_saved_search against the emulator of both flavors: full-replace PUT, UI-made filters kept, drift, import,
// gone.
import { SEED_IDS } from '../../emulator';
import type { TfObject } from '../runtime/types';
import { clickstackHarness } from '../../test/support/clickstack';
import { FLAVORS, useEmulator } from '../../test/support/emulator-clients';
import { differences, generatedConfig } from '../../test/support/terraform-rules';
import { savedSearchAttributes } from './saved-search';
import { errors, filter } from '../../test/support/saved-searches';
import { editLikeTheUi } from '../../test/support/ui-edit';

describe.each(FLAVORS)('clickstack_saved_search against the %s emulator', (flavor) => {
  const suite = useEmulator(flavor);
  const lifecycle = clickstackHarness(() => suite.client).resource('clickstack_saved_search');

  const full = () =>
    errors({
      select: 'Timestamp, Body',
      where_language: 'lucene',
      order_by: 'Timestamp DESC',
      tags: ['prod'],
      filters: [filter({ condition: "ServiceName IN ('api', 'web')" })],
    });

  it('creates, plans no changes, and refreshes to the same state', async () => {
    const state = await lifecycle.apply(null, full());
    const refreshed = (await lifecycle.refresh(state))!;
    expect(differences(state, refreshed)).toEqual([]);
    const { planned } = await lifecycle.plan(refreshed, full());
    expect(differences(refreshed, planned!)).toEqual([]);
  });

  it('resets removed values (PUT is a full replace) without a diff afterwards', async () => {
    const state = await lifecycle.apply(null, full());
    const reduced = await lifecycle.apply(state, errors());
    expect(reduced).toMatchObject({ select: '', order_by: '', tags: [], filters: [] });
    const { planned } = await lifecycle.plan((await lifecycle.refresh(reduced))!, errors());
    expect(differences(reduced, planned!)).toEqual([]);
  });

  it('shows an edit made through the API as drift, and only that edit', async () => {
    const state = await lifecycle.apply(null, full());
    await editLikeTheUi(suite.emulator, flavor, 'saved-searches', String(state.id), (current) => void (current.where = 'level:warn'));
    const refreshed = (await lifecycle.refresh(state))!;
    const { planned } = await lifecycle.plan(refreshed, full());
    expect(differences(refreshed, planned!)).toEqual(['.where: "level:warn" -> "level:error"']);
  });

  const uiFilter = { type: 'sql_ast' as const, operator: '=', left: 'ServiceName', right: "'api'" };

  /**
   * A saved search made in the UI with a sql_ast filter (the app's own routes store it; the external API refuses a new
   * one), imported, and the configuration generated from it.
   */
  async function importUiMade() {
    const made = suite.emulator.storeAsTheApp('savedSearches', {
      name: 'From the UI', sourceId: SEED_IDS.logSource, select: '', where: '', whereLanguage: 'lucene', orderBy: '', tags: [], filters: [uiFilter],
    });
    const imported = (await lifecycle.import(made.id))!;
    return { id: made.id, imported, config: generatedConfig(savedSearchAttributes, imported) };
  }

  it('imports a UI-made sql_ast filter with its structure, and keeps it through an update', async () => {
    const { id, imported, config } = await importUiMade();
    expect(imported.filters).toEqual([{ ...uiFilter, condition: null }]);
    const { planned, diagnostics } = await lifecycle.plan(imported, config);
    expect(diagnostics).toEqual([]);
    expect(differences(imported, planned!)).toEqual([]);
    await lifecycle.apply(imported, { ...config, name: 'Renamed' });
    expect((await suite.client.savedSearches.get(id)).filters).toEqual([uiFilter]);
  });

  it('keeps a UI-made sql_ast filter intact when a filter is inserted before it', async () => {
    const { id, imported, config } = await importUiMade();
    const inserted = filter({ condition: "Level IN ('error')" });
    await lifecycle.apply(imported, { ...config, filters: [inserted, ...(config.filters as TfObject[])] });
    expect((await suite.client.savedSearches.get(id)).filters).toEqual([{ type: 'sql', condition: "Level IN ('error')" }, uiFilter]);
  });

  it('shows a UI edit of a sql_ast filter at plan time, where the configuration must take it over', async () => {
    const { id, imported, config } = await importUiMade();
    // The app saves the edited search; the external API would refuse the sql_ast filter changed back.
    const current = await suite.client.savedSearches.get(id);
    suite.emulator.storeAsTheApp('savedSearches', { ...current, filters: [{ ...uiFilter, operator: '!=', right: "'web'" }] });
    const refreshed = (await lifecycle.refresh(imported))!;
    expect(refreshed.filters).toEqual([{ ...uiFilter, condition: null, operator: '!=', right: "'web'" }]);
    const { diagnostics } = await lifecycle.plan(refreshed, config);
    expect(diagnostics.map((d) => [d.summary, d.path])).toEqual([['sql_ast filter not creatable', ['filters', 0, 'type']]]);
    const { planned } = await lifecycle.plan(refreshed, generatedConfig(savedSearchAttributes, refreshed));
    expect(differences(refreshed, planned!)).toEqual([]);
  });

  it('drops a saved search deleted behind its back, and deleting what is gone succeeds', async () => {
    const state = await lifecycle.apply(null, full());
    await suite.client.savedSearches.delete(String(state.id));
    expect(await lifecycle.refresh(state)).toBeNull();
    expect(await lifecycle.destroy(state)).toEqual([]);
  });

  it('reports what the server rejects with its message', async () => {
    const { planned } = await lifecycle.plan(null, errors({ source_id: '000000000000000000000000' }));
    const { state, diagnostics } = await lifecycle.applyPlanned(null, planned!, planned as TfObject);
    expect(state).toBeNull();
    expect(diagnostics).toEqual([
      { severity: 'error', summary: 'Could not create saved search', detail: expect.stringContaining('sourceId must be an existing source id') },
    ]);
  });
});
