// clickstack_saved_search: unit tests of plan defaults and documents, and wire tests against the emulator of both
// flavours (full-replace PUT, UI-made filters kept, drift, import, gone).
import type { ClickStackClient } from '../client';
import { type EmulatorHandle, SEED_IDS, startEmulator } from '../../emulator';
import type { TfObject } from '../runtime/types';
import { clickstackHarness } from '../../test/support/clickstack';
import { emulatorClient } from '../../test/support/emulator-clients';
import { complete } from '../../test/support/objects';
import { differences, generatedConfig } from '../../test/support/terraform-rules';
import { savedSearchAttributes, savedSearchToApi } from './saved-search';

const savedSearch = (partial: { [name: string]: unknown }) => complete(savedSearchAttributes, partial);
const filter = (partial: { [name: string]: unknown }) => complete(savedSearchAttributes.filters.nested!.attributes, partial);
const errors = (extra: { [name: string]: unknown } = {}) => savedSearch({ name: 'Errors', source_id: SEED_IDS.logSource, where: 'level:error', ...extra });

describe('clickstack_saved_search, unit', () => {
  const lifecycle = clickstackHarness(() => undefined).resource('clickstack_saved_search');

  it('plans the server defaults of unset attributes', async () => {
    const { planned } = await lifecycle.plan(null, errors({ filters: [filter({ condition: "ServiceName IN ('api')" })] }));
    expect(planned).toMatchObject({ select: '', where: 'level:error', where_language: 'lucene', order_by: '', tags: [], filters: [{ type: 'sql' }] });
  });

  it('plans a removed value back to its default, because PUT resets what it omits', async () => {
    const state = { ...(await lifecycle.plan(null, errors({ order_by: 'Timestamp DESC' }))).planned!, id: 's1' };
    const { planned } = await lifecycle.plan(state, errors());
    expect(differences(state, planned!)).toEqual(['.order_by: "Timestamp DESC" -> ""']);
  });

  it('requires the fields of each filter type and refuses the others, and refuses names the server would trim', async () => {
    const sqlAst = { type: 'sql_ast', operator: '=', left: 'ServiceName', right: "'api'" };
    const { diagnostics } = await lifecycle.plan(
      null,
      errors({
        name: ' Errors',
        filters: [filter({}), filter({ type: 'sql_ast', left: 'a' }), filter({ condition: 'x', operator: '=' }), filter({ ...sqlAst, condition: 'x' }), filter(sqlAst)],
      }),
    );
    expect(diagnostics.map((d) => [d.summary, d.detail, d.path])).toEqual([
      ['Invalid attribute value', expect.any(String), ['name']],
      ['Invalid filter', '`condition` is required unless `type` is `sql_ast`.', ['filters', 0, 'condition']],
      ['Invalid filter', '`operator` is required when `type` is `sql_ast`.', ['filters', 1, 'operator']],
      ['Invalid filter', '`right` is required when `type` is `sql_ast`.', ['filters', 1, 'right']],
      ['Invalid filter', '`operator` must be unset unless `type` is `sql_ast`.', ['filters', 2, 'operator']],
      ['Invalid filter', '`condition` must be unset when `type` is `sql_ast`.', ['filters', 3, 'condition']],
    ]);
  });

  it('sends the planned filters, whatever the current document holds at their positions', () => {
    const sqlAst = { type: 'sql_ast' as const, operator: '=', left: 'ServiceName', right: "'api'" };
    const planned = errors({ filters: [filter({ type: 'sql', condition: "Level IN ('error')" }), filter(sqlAst)] });
    const current = { id: 's1', name: 'Errors', sourceId: SEED_IDS.logSource, filters: [sqlAst] };
    expect(savedSearchToApi(planned, current).filters).toEqual([{ type: 'sql', condition: "Level IN ('error')" }, sqlAst]);
  });

  it('keeps unmodeled fields from the current document, never server bookkeeping', () => {
    const current = { id: 's1', teamId: 't', createdAt: 'c', updatedAt: 'u', name: 'Errors', sourceId: SEED_IDS.logSource, futureField: 1 };
    expect(savedSearchToApi(errors({ tags: [] }), current)).toEqual({
      name: 'Errors', sourceId: SEED_IDS.logSource, where: 'level:error', tags: [], futureField: 1,
    });
  });
});

describe.each(['oss', 'cloud'] as const)('clickstack_saved_search against the %s emulator', (flavor) => {
  let emulator: EmulatorHandle;
  let client: ClickStackClient;
  const lifecycle = clickstackHarness(() => client).resource('clickstack_saved_search');

  beforeAll(async () => {
    emulator = await startEmulator({ flavor, rateLimit: false });
    client = emulatorClient(emulator, flavor);
  });
  afterAll(async () => {
    await client.close();
    await emulator.close();
  });

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
    const current = await client.savedSearches.get(String(state.id));
    await client.savedSearches.update(String(state.id), { ...current, where: 'level:warn' });
    const refreshed = (await lifecycle.refresh(state))!;
    const { planned } = await lifecycle.plan(refreshed, full());
    expect(differences(refreshed, planned!)).toEqual(['.where: "level:warn" -> "level:error"']);
  });

  const uiFilter = { type: 'sql_ast' as const, operator: '=', left: 'ServiceName', right: "'api'" };

  /** A saved search made in the UI with a sql_ast filter, imported, and the configuration generated from it. */
  async function importUiMade() {
    const made = await client.savedSearches.create({ name: 'From the UI', sourceId: SEED_IDS.logSource, filters: [uiFilter] });
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
    expect((await client.savedSearches.get(id)).filters).toEqual([uiFilter]);
  });

  it('keeps a UI-made sql_ast filter intact when a filter is inserted before it', async () => {
    const { id, imported, config } = await importUiMade();
    const inserted = filter({ condition: "Level IN ('error')" });
    await lifecycle.apply(imported, { ...config, filters: [inserted, ...(config.filters as TfObject[])] });
    expect((await client.savedSearches.get(id)).filters).toEqual([{ type: 'sql', condition: "Level IN ('error')" }, uiFilter]);
  });

  it('shows a UI edit of a sql_ast filter as drift', async () => {
    const { id, imported, config } = await importUiMade();
    const current = await client.savedSearches.get(id);
    await client.savedSearches.update(id, { ...current, filters: [{ ...uiFilter, operator: '!=', right: "'web'" }] });
    const refreshed = (await lifecycle.refresh(imported))!;
    const { planned } = await lifecycle.plan(refreshed, config);
    expect(differences(refreshed, planned!)).toEqual([`.filters[0].operator: "!=" -> "="`, `.filters[0].right: "'web'" -> "'api'"`]);
  });

  it('drops a saved search deleted behind its back, and deleting what is gone succeeds', async () => {
    const state = await lifecycle.apply(null, full());
    await client.savedSearches.delete(String(state.id));
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
