// clickstack_source against the emulator of both flavors: every kind created, refreshed and replanned clean; updates
// that keep the links another resource owns; a UI edit as drift; import; a source deleted behind Terraform's back.
import { SEED_IDS } from '../../../emulator';
import type { TfObject } from '../../runtime/types';
import { clickstackHarness } from '../../../test/support/clickstack';
import { FLAVORS, useEmulator } from '../../../test/support/emulator-clients';
import { differences, generatedConfig } from '../../../test/support/terraform-rules';
import { editLikeTheUi } from '../../../test/support/ui-edit';
import { logSource, metricSource, promqlSource, sessionSource, traceSource } from '../../../test/support/sources';
import { sourceAttributes } from './schema';

describe.each(FLAVORS)('clickstack_source against the %s emulator', (flavor) => {
  const suite = useEmulator(flavor);
  const lifecycle = clickstackHarness(() => suite.client).resource('clickstack_source');

  /** Applies, then checks that a refresh and a replan of the same configuration change nothing. */
  async function applyClean(config: TfObject): Promise<TfObject> {
    const state = await lifecycle.apply(null, config);
    const refreshed = (await lifecycle.refresh(state))!;
    expect(differences(state, refreshed)).toEqual([]);
    const { planned, diagnostics } = await lifecycle.plan(refreshed, config);
    expect(diagnostics).toEqual([]);
    expect(differences(refreshed, planned!)).toEqual([]);
    return state;
  }

  it('creates a source of every kind, each planning no changes after apply and refresh', async () => {
    const view = { database: 'default', table: 'logs_mv', dimension_columns: 'ServiceName', min_granularity: '1m', timestamp_column: 'Timestamp', aggregated_columns: [{ agg_fn: 'count', mv_column: 'n' }] };
    const log = await applyClean(
      logSource(
        { section: 'Apps', query_settings: [{ setting: 'max_threads', value: '4' }] },
        {
          severity_text_expression: 'SeverityText',
          highlighted_row_attribute_expressions: [{ sql_expression: "LogAttributes['user']", alias: 'user' }],
          materialized_views: [view],
          metadata_materialized_views: { kv_rollup_table: 'logs_kv', granularity: '15 minute' },
          ...(flavor === 'cloud' ? { filter_settings: { database: 'default', table: 'log_facets', columns: [{ name: 'ServiceName', label: 'Service' }] } } : {}),
        },
      ),
    );
    expect(log.log).toMatchObject({ metadata_materialized_views: { granularity: '15 minute' }, materialized_views: [{ min_granularity: '1m', min_date: null }] });
    const trace = await applyClean(traceSource({}, { duration_precision: null }));
    expect((trace.trace as TfObject).duration_precision).toBe(3);
    const metric = await applyClean(metricSource());
    expect(metric).toMatchObject({ table: null, metric: { tables: { gauge: 'otel_metrics_gauge', histogram: null, exponential_histogram: 'otel_metrics_exponential_histogram' } } });
    await applyClean(sessionSource(String(trace.id)));
    await applyClean(promqlSource());
  });

  it('keeps the links to other sources on update (a full replace), and clears what the configuration removes', async () => {
    const config = logSource({}, { severity_text_expression: 'SeverityText' });
    const state = await lifecycle.apply(null, config);
    const id = String(state.id);
    await suite.client.sources.update(id, { ...(await suite.client.sources.get(id)), traceSourceId: SEED_IDS.traceSource, metricSourceId: SEED_IDS.metricSource });
    const updated = await lifecycle.apply(state, logSource({ name: 'Renamed logs' }));
    expect(updated).toMatchObject({ name: 'Renamed logs', log: { severity_text_expression: null } });
    expect(await suite.client.sources.get(id)).toMatchObject({ name: 'Renamed logs', traceSourceId: SEED_IDS.traceSource, metricSourceId: SEED_IDS.metricSource });
    expect(await suite.client.sources.get(id)).not.toHaveProperty('severityTextExpression');
  });

  it('shows a change made in the UI as drift', async () => {
    const config = traceSource();
    const state = await lifecycle.apply(null, config);
    await editLikeTheUi(suite.emulator, flavor, 'sources', String(state.id), (current) => {
      current.durationPrecision = 6;
      current.name = 'Edited in the UI';
    });
    const refreshed = (await lifecycle.refresh(state))!;
    const { planned } = await lifecycle.plan(refreshed, config);
    expect(differences(refreshed, planned!)).toEqual(['.name: "Edited in the UI" -> "App traces"', '.trace.duration_precision: 6 -> 9']);
  });

  it('imports the seeded sources into states that plan no changes against their generated configuration', async () => {
    for (const id of [SEED_IDS.logSource, SEED_IDS.traceSource, SEED_IDS.metricSource, SEED_IDS.sessionSource]) {
      const imported = (await lifecycle.import(id))!;
      const { planned, diagnostics } = await lifecycle.plan(imported, generatedConfig(sourceAttributes, imported));
      expect(diagnostics).toEqual([]);
      expect(differences(imported, planned!)).toEqual([]);
    }
  });

  it('drops a source deleted behind its back, and deleting what is gone succeeds', async () => {
    const state = await lifecycle.apply(null, promqlSource({ name: 'Short-lived' }));
    await suite.client.sources.delete(String(state.id));
    expect(await lifecycle.refresh(state)).toBeNull();
    expect(await lifecycle.destroy(state)).toEqual([]);
  });

  it("reports the server's refusal of an unknown connection", async () => {
    const { planned } = await lifecycle.plan(null, promqlSource({ connection_id: '64f0000000000000000000ff' }));
    const { state, diagnostics } = await lifecycle.applyPlanned(null, planned!, planned!);
    expect(state).toBeNull();
    expect(diagnostics).toEqual([{ severity: 'error', summary: 'Could not create source', detail: expect.stringContaining('connection must be an existing connection id') }]);
  });
});
