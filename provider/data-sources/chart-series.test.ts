// data "clickstack_chart_series", unit: validation, the request it sends and the points it reports.
import { SEED_IDS } from '../../emulator';
import { readDataSource, validateDataSource } from '../../test/support/clickstack';
import { END, START, START_MS, count, p95, scriptedClient } from '../../test/support/chart-series';

describe('clickstack_chart_series', () => {
  it('sends the series with the shared group_by, epoch milliseconds and the granularity', async () => {
    const { client, requests } = scriptedClient([]);
    await readDataSource(client, 'clickstack_chart_series', {
      series: [count, p95],
      group_by: ['ServiceName'],
      start_time: START,
      end_time: '2026-03-01T14:00:00.250+01:00',
      granularity: '15m',
    });
    expect(requests).toEqual([
      {
        series: [
          { sourceId: SEED_IDS.logSource, aggFn: 'count', where: '', groupBy: ['ServiceName'] },
          { sourceId: SEED_IDS.traceSource, aggFn: 'quantile', level: 0.95, field: 'Duration', where: 'SpanKind:server', whereLanguage: 'lucene', groupBy: ['ServiceName'] },
        ],
        startTime: START_MS,
        endTime: START_MS + 3_600_000 + 250,
        granularity: '15m',
      },
    ]);
  });

  it('reads every value as a number, 64-bit ones sent as strings included, and a missing one as null', async () => {
    const { client } = scriptedClient([{ ts_bucket: START_MS, group: ['api', 200], 'series_0.data': '9007199254740993', 'series_1.data': null }, { ts_bucket: START_MS, group: ['web', null], 'series_0.data': 12.5, 'series_1.data': 'NaN' }]);
    const { state } = await readDataSource(client, 'clickstack_chart_series', { series: [count, p95], group_by: ['ServiceName', 'Status'], start_time: START, end_time: END });
    expect(state?.points).toEqual([
      { ts: '2026-03-01T12:00:00.000Z', group: ['api', '200'], values: [9007199254740993n, null] },
      { ts: '2026-03-01T12:00:00.000Z', group: ['web', null], values: [12.5, null] },
    ]);
  });

  describe('validation', () => {
    it('wants RFC 3339 timestamps', async () => {
      expect(await validateDataSource('clickstack_chart_series', { series: [count], start_time: '2026-03-01 12:00', end_time: END })).toEqual([
        {
          severity: 'error',
          summary: 'Invalid attribute value',
          detail: 'Must be an RFC 3339 time such as "2026-01-01T00:00:00Z", got "2026-03-01 12:00".',
          path: ['start_time'],
        },
      ]);
    });

    it('refuses a date that does not exist', async () => {
      expect(await validateDataSource('clickstack_chart_series', { series: [count], start_time: START, end_time: '2026-13-01T00:00:00Z' })).toEqual([
        { severity: 'error', summary: 'Invalid attribute value', detail: '"2026-13-01T00:00:00Z" is not a valid date and time.', path: ['end_time'] },
      ]);
    });

    it('wants the end after the start', async () => {
      expect(await validateDataSource('clickstack_chart_series', { series: [count], start_time: END, end_time: START })).toEqual([
        { severity: 'error', summary: 'Invalid time range', detail: '`end_time` must not be before `start_time`.', path: ['end_time'] },
      ]);
    });

    it('takes 1 to 5 series with a known aggregation and a level between 0 and 1', async () => {
      const diagnostics = await validateDataSource('clickstack_chart_series', {
        series: [count, count, count, count, count, { ...p95, agg_fn: 'p95', level: 95 }],
        start_time: START,
        end_time: END,
      });
      expect(diagnostics.map(({ path }) => path)).toEqual([['series'], ['series', 5, 'agg_fn'], ['series', 5, 'level']]);
    });
  });
});
