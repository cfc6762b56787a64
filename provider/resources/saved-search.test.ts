// clickstack_saved_search: unit tests of plan defaults and documents, and wire tests against the emulator of both
// flavours (full-replace PUT, UI-made filters kept, drift, import, gone).
import type { ClickStackClient } from '../client';
import { type EmulatorHandle, SEED_IDS, startEmulator } from '../../emulator';
import type { TfObject } from '../runtime/types';
import { savedSearchAttributes, savedSearchResource, savedSearchToApi } from './saved-search';
import { Lifecycle, differences, emulatorClient, generatedConfig } from './test-lifecycle';
import { complete } from './test-values';

const savedSearch = (partial: { [name: string]: unknown }) => complete(savedSearchAttributes, partial);
const filter = (partial: { [name: string]: unknown }) => complete(savedSearchAttributes.filters.nested!.attributes, partial);
const errors = (extra: { [name: string]: unknown } = {}) => savedSearch({ name: 'Errors', source_id: SEED_IDS.logSource, where: 'level:error', ...extra });

describe('clickstack_saved_search, unit', () => {
  const lifecycle = new Lifecycle(savedSearchResource, () => undefined);

  it('plans the server defaults of unset attributes', async () => {
    const { planned } = await lifecycle.plan(null, errors({ filters: [filter({ condition: "ServiceName IN ('api')" })] }));
    expect(planned).toMatchObject({ select: '', where: 'level:error', where_language: 'lucene', order_by: '', tags: [], filters: [{ type: 'sql' }] });
  });

  it('plans a removed value back to its default, because PUT resets what it omits', async () => {
    const state = { ...(await lifecycle.plan(null, errors({ order_by: 'Timestamp DESC' }))).planned!, id: 's1' };
    const { planned } = await lifecycle.plan(state, errors());
    expect(differences(state, planned!)).toEqual(['.order_by: "Timestamp DESC" -> ""']);
  });

  it('requires a condition except on UI-made sql_ast filters, and refuses names the server would trim', async () => {
    const { diagnostics } = await lifecycle.plan(null, errors({ name: ' Errors', filters: [filter({}), filter({ type: 'sql_ast' })] }));
    expect(diagnostics.map((d) => [d.summary, d.path])).toEqual([
      ['Invalid attribute value', ['name']],
      ['Invalid filter', ['filters', 0, 'condition']],
    ]);
  });

  it('keeps the structure of sql_ast filters and unmodeled fields from the current document, never server bookkeeping', () => {
    const planned = errors({ filters: [filter({ type: 'sql_ast' })], tags: [] });
    const current = {
      id: 's1', teamId: 't', createdAt: 'c', updatedAt: 'u', name: 'Errors', sourceId: SEED_IDS.logSource, futureField: 1,
      filters: [{ type: 'sql_ast' as const, operator: '=', left: 'a', right: 'b' }],
    };
    expect(savedSearchToApi(planned, current)).toEqual({
      name: 'Errors', sourceId: SEED_IDS.logSource, where: 'level:error', tags: [], futureField: 1,
      filters: [{ type: 'sql_ast', operator: '=', left: 'a', right: 'b' }],
    });
  });
});

describe.each(['oss', 'cloud'] as const)('clickstack_saved_search against the %s emulator', (flavor) => {
  let emulator: EmulatorHandle;
  let client: ClickStackClient;
  const lifecycle = new Lifecycle(savedSearchResource, () => client);

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

  it('keeps a UI-made sql_ast filter through import and an update', async () => {
    const uiFilter = { type: 'sql_ast' as const, operator: '=', left: 'ServiceName', right: "'api'" };
    const made = await client.savedSearches.create({ name: 'From the UI', sourceId: SEED_IDS.logSource, filters: [uiFilter] });
    const imported = (await lifecycle.import(made.id))!;
    const config = generatedConfig(savedSearchAttributes, imported);
    const { planned, diagnostics } = await lifecycle.plan(imported, config);
    expect(diagnostics).toEqual([]);
    expect(differences(imported, planned!)).toEqual([]);
    await lifecycle.apply(imported, { ...config, name: 'Renamed' });
    expect((await client.savedSearches.get(made.id)).filters).toEqual([uiFilter]);
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
