// data "clickstack_chart_series" against the emulator of both flavors.
import { readDataSource } from '../../test/support/clickstack';
import { FLAVORS, useEmulator } from '../../test/support/emulator-clients';
import { count, END, p95, START } from '../../test/support/chart-series';

describe.each(FLAVORS)('clickstack_chart_series against the %s emulator', (flavor) => {
  const suite = useEmulator(flavor);

  if (flavor === 'oss') {
    it('returns a point per time bucket and group, with a value per series', async () => {
      const { state, diagnostics } = await readDataSource(suite.client, 'clickstack_chart_series', {
        series: [count, p95],
        group_by: ['ServiceName'],
        start_time: START,
        end_time: END,
        granularity: '15m',
      });
      expect(diagnostics).toEqual([]);
      const points = state?.points as { ts: string; group: string[]; values: number[] }[];
      expect(points.map(({ ts, group }) => `${ts} ${group.join(',')}`)).toEqual(
        ['12:00', '12:15', '12:30', '12:45'].flatMap((time) =>
          ['frontend', 'checkout', 'payment'].map((service) => `2026-03-01T${time}:00.000Z ${service}`),
        ),
      );
      for (const { values } of points) expect(values).toEqual([expect.any(Number), expect.any(Number)]);
    });

    it('returns one point per bucket, with an empty group, without group_by', async () => {
      const { state } = await readDataSource(suite.client, 'clickstack_chart_series', { series: [count], start_time: START, end_time: END, granularity: '30m' });
      expect(state?.points).toEqual([
        { ts: '2026-03-01T12:00:00.000Z', group: [], values: [expect.any(Number)] },
        { ts: '2026-03-01T12:30:00.000Z', group: [], values: [expect.any(Number)] },
      ]);
    });

    it("reports the API's error with what was being done", async () => {
      const missing = { ...count, source_id: '64f0000000000000000000ff' };
      expect((await readDataSource(suite.client, 'clickstack_chart_series', { series: [missing], start_time: START, end_time: END })).diagnostics).toEqual([
        {
          severity: 'error',
          summary: 'Could not query the chart series',
          detail: 'POST /api/v2/charts/series failed with HTTP 404: Source not found for series 0',
        },
      ]);
    });
  } else {
    it('says that Managed ClickStack has no chart series, without calling the API', async () => {
      const before = suite.emulator.requests.length;
      expect(await readDataSource(suite.client, 'clickstack_chart_series', { series: [count], start_time: START, end_time: END })).toEqual({
        state: null,
        diagnostics: [
          {
            severity: 'error',
            summary: 'Chart series are not available on Managed ClickStack',
            detail: expect.stringContaining('the Managed ClickStack API on ClickHouse Cloud has none'),
          },
        ],
      });
      expect(suite.emulator.requests.length).toBe(before);
    });
  }
});
