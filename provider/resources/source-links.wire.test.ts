// clickstack_source_links against the emulator of both flavors, with clickstack_source: sources made without links
// and linked both ways afterwards, each field owned by one resource (updates of either keep the other's fields), a
// link changed in the UI as drift of the links, import, and destroy clearing the links.
import { SEED_IDS } from '../../emulator';
import type { TfObject } from '../runtime/types';
import { clickstackHarness } from '../../test/support/clickstack';
import { FLAVORS, useEmulator } from '../../test/support/emulator-clients';
import { differences, generatedConfig } from '../../test/support/terraform-rules';
import { editLikeTheUi } from '../../test/support/ui-edit';
import { logSource, metricSource, traceSource } from '../../test/support/sources';
import { sourceLinks } from '../../test/support/source-links';
import { sourceLinksAttributes } from './source-links';

describe.each(FLAVORS)('clickstack_source_links against the %s emulator', (flavor) => {
  const suite = useEmulator(flavor);
  const provider = clickstackHarness(() => suite.client);
  const sources = provider.resource('clickstack_source');
  const links = provider.resource('clickstack_source_links');

  /** A log, a trace and a metric source, linked both ways: what one apply of a configuration makes. */
  async function linkedSources() {
    const [log, trace, metric] = [await sources.apply(null, logSource()), await sources.apply(null, traceSource()), await sources.apply(null, metricSource())];
    const logLinks = sourceLinks({ source_id: log.id, trace_source_id: trace.id, metric_source_id: metric.id });
    const traceLinks = sourceLinks({ source_id: trace.id, log_source_id: log.id });
    return { log, trace, metric, logLinks, traceLinks, logLinked: await links.apply(null, logLinks), traceLinked: await links.apply(null, traceLinks) };
  }

  it('links sources both ways; the server holds the links and every state replans clean', async () => {
    const { log, trace, metric, logLinks, logLinked, traceLinked } = await linkedSources();
    expect(logLinked).toEqual({ ...logLinks, id: log.id });
    expect(await suite.client.sources.get(String(log.id))).toMatchObject({ traceSourceId: trace.id, metricSourceId: metric.id, bodyExpression: 'Body' });
    expect(await suite.client.sources.get(String(trace.id))).toMatchObject({ logSourceId: log.id });
    for (const [driver, state, config] of [[links, logLinked, logLinks], [links, traceLinked, null], [sources, log, logSource()]] as const) {
      const refreshed = (await driver.refresh(state))!;
      expect(differences(state, refreshed)).toEqual([]);
      const { planned } = await driver.plan(refreshed, config ?? { ...state, id: null });
      expect(differences(refreshed, planned!)).toEqual([]);
    }
  });

  it('keeps the links through an update of the source, and the source through an update of its links', async () => {
    const { log, trace, logLinked } = await linkedSources();
    await sources.apply(log, logSource({ name: 'Renamed logs' }));
    expect(await suite.client.sources.get(String(log.id))).toMatchObject({ name: 'Renamed logs', traceSourceId: trace.id });
    const relinked = await links.apply(logLinked, sourceLinks({ source_id: log.id, trace_source_id: SEED_IDS.traceSource }));
    expect(relinked).toMatchObject({ trace_source_id: SEED_IDS.traceSource, metric_source_id: null });
    const stored = await suite.client.sources.get(String(log.id));
    expect(stored).toMatchObject({ name: 'Renamed logs', traceSourceId: SEED_IDS.traceSource });
    expect(stored).not.toHaveProperty('metricSourceId');
  });

  it('shows a link changed in the UI as drift of the links, not of the source', async () => {
    const { log, logLinks, logLinked } = await linkedSources();
    await editLikeTheUi(suite.emulator, flavor, 'sources', String(log.id), (current) => void (current.traceSourceId = SEED_IDS.traceSource));
    const refreshed = (await links.refresh(logLinked))!;
    const { planned } = await links.plan(refreshed, logLinks);
    expect(differences(refreshed, planned!)).toEqual([`.trace_source_id: "${SEED_IDS.traceSource}" -> "${logLinks.trace_source_id}"`]);
    const source = (await sources.refresh(log))!;
    expect(differences(source, (await sources.plan(source, logSource())).planned!)).toEqual([]);
  });

  it('imports the links of a seeded source by its id, planning no changes against the generated configuration', async () => {
    const imported = (await links.import(SEED_IDS.traceSource))!;
    expect(imported).toMatchObject({ source_id: SEED_IDS.traceSource, log_source_id: SEED_IDS.logSource, session_source_id: SEED_IDS.sessionSource });
    const { planned, diagnostics } = await links.plan(imported, generatedConfig(sourceLinksAttributes, imported));
    expect(diagnostics).toEqual([]);
    expect(differences(imported, planned!)).toEqual([]);
  });

  it('clears the links on destroy, leaving the source', async () => {
    const { log, logLinked } = await linkedSources();
    expect(await links.destroy(logLinked)).toEqual([]);
    const stored = await suite.client.sources.get(String(log.id));
    expect(stored).not.toHaveProperty('traceSourceId');
    expect(stored).toMatchObject({ name: 'App logs' });
    expect(await sources.destroy(log)).toEqual([]);
    expect(await links.destroy(logLinked)).toEqual([]);
  });

  it('refuses a link the kind of the source does not have, at plan when the source exists and at apply otherwise', async () => {
    const metric = await sources.apply(null, metricSource());
    const config = sourceLinks({ source_id: metric.id, trace_source_id: SEED_IDS.traceSource });
    const expected = {
      severity: 'error',
      summary: 'Link not available for this source',
      detail: `Source ${metric.id} is a \`metric\` source, which has no \`trace_source_id\`: it is for \`log\` sources.`,
      path: ['trace_source_id'],
    };
    expect((await links.plan(null, config)).diagnostics).toEqual([expected]);
    const planned: TfObject = { ...config, id: metric.id };
    const { state, diagnostics } = await links.applyPlanned(null, planned, config);
    expect(state).toBeNull();
    expect(diagnostics).toEqual([expected]);
  });

  it('warns about a new link to no source, or to a source of another kind (the server takes both)', async () => {
    const log = await sources.apply(null, logSource());
    const config = sourceLinks({ source_id: log.id, trace_source_id: SEED_IDS.logSource, metric_source_id: '64f00000000000000000ffff' });
    const { diagnostics } = await links.plan(null, config);
    expect(diagnostics).toEqual([
      {
        severity: 'warning',
        summary: 'Linked source of another kind',
        detail: `\`trace_source_id\` names "Logs" (id ${SEED_IDS.logSource}), a \`log\` source; the UI expects a \`trace\` source there.`,
        path: ['trace_source_id'],
      },
      {
        severity: 'warning',
        summary: 'Linked source not found',
        detail: 'No source has the id 64f00000000000000000ffff: ClickStack stores the link, but the UI has nothing to open.',
        path: ['metric_source_id'],
      },
    ]);
  });
});
