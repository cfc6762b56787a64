// Wire tests: data "clickstack_dashboard" against the in-process emulator, both flavors, on dashboards the resource made.
import type { TfObject } from '../runtime/types';
import { clickstackHarness } from '../../test/support/clickstack';
import { FLAVORS, useEmulator } from '../../test/support/emulator-clients';
import { dashboard, serviceHealthConfig } from '../../test/support/dashboards';

describe.each(FLAVORS)('data "clickstack_dashboard" against the %s emulator', (flavor) => {
  const suite = useEmulator(flavor);

  const harness = clickstackHarness(() => suite.client);
  const apply = (prior: TfObject | null, config: TfObject) => harness.resource('clickstack_dashboard').apply(prior, config);

  it('finds the dashboard by id and by name, and lists candidates when a name is missing or ambiguous', async () => {
    const state = await apply(null, dashboard({ ...serviceHealthConfig(), name: 'Lookup me' }));
    // The harness fails a read whose state does not fit the data source's schema.
    const lookup = async (by: { id?: string; name?: string }) => {
      const { state: result, diagnostics } = await harness.dataSource('clickstack_dashboard').read(by);
      return { result, diagnostics };
    };
    const byName = await lookup({ name: 'Lookup me' });
    expect(byName.result!.id).toBe(state.id);
    expect((byName.result!.line_tiles as TfObject[])[0]).not.toHaveProperty('key');
    expect((byName.result!.line_tiles as TfObject[])[0]).toMatchObject({ name: 'Errors', group_by: 'ServiceName' });
    expect([byName.result!.bar_tiles, byName.result!.markdown_tiles]).toEqual([[], [expect.objectContaining({ name: 'Notes', text: '# Runbook' })]]);
    // Tile keys live only in the resource's configuration: the data source names tiles by their name.
    expect(byName.result!.tile_ids).toMatchObject({ Errors: (state.tile_ids as TfObject).Errors, 'Recent errors': (state.tile_ids as TfObject).search });
    expect((await lookup({ id: state.id as string })).result!.name).toBe('Lookup me');
    const missing = await lookup({ name: 'Nope' });
    expect(missing.diagnostics[0]).toMatchObject({ summary: 'Dashboard not found', path: ['name'], detail: expect.stringContaining('"Lookup me"') });
    await apply(null, dashboard({ ...serviceHealthConfig(), name: 'Lookup me' }));
    const ambiguous = await lookup({ name: 'Lookup me' });
    expect(ambiguous.diagnostics[0]).toMatchObject({ summary: 'Dashboard lookup is ambiguous', detail: expect.stringContaining(state.id as string) });
  });
});
