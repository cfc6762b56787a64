// data "clickstack_chart_series": validation, the request and the points (unit), then against both emulator flavours.
import type { ClickStackClient } from '../client';
import type { ChartSeriesRequest, SeriesDataPoint } from '../client/models/charts';
import { type EmulatorHandle, SEED_IDS, startEmulator } from '../../emulator';
import { clickstackHarness } from '../../test/support/clickstack';
import { emulatorClient, FLAVORS } from '../../test/support/emulator-clients';

/** ReadDataSource (after validation) through the harness, with `client` as the configured client. */
const read = (client: ClickStackClient, typeName: string, partial: { [name: string]: unknown }) =>
  clickstackHarness(() => client).dataSource(typeName).read(partial);
/** ValidateDataResourceConfig through the harness. */
const validate = (typeName: string, partial: { [name: string]: unknown }) => clickstackHarness(() => undefined).dataSource(typeName).validate(partial);

const START = '2026-03-01T12:00:00Z';
const END = '2026-03-01T13:00:00Z';
const START_MS = Date.UTC(2026, 2, 1, 12);
const count = { source_id: SEED_IDS.logSource, agg_fn: 'count' };
const p95 = { source_id: SEED_IDS.traceSource, agg_fn: 'quantile', level: 0.95, field: 'Duration', where: 'SpanKind:server', where_language: 'lucene' };

/** A client whose chart endpoint answers with fixed rows and records the request. */
function scriptedClient(rows: SeriesDataPoint[]) {
  const requests: ChartSeriesRequest[] = [];
  const client = {
    supports: () => true,
    charts: { series: async (request: ChartSeriesRequest) => (requests.push(request), rows) },
  } as unknown as ClickStackClient;
  return { client, requests };
}

describe('clickstack_chart_series', () => {
  it('sends the series with the shared group_by, epoch milliseconds and the granularity', async () => {
    const { client, requests } = scriptedClient([]);
    await read(client, 'clickstack_chart_series', {
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
    const { state } = await read(client, 'clickstack_chart_series', { series: [count, p95], group_by: ['ServiceName', 'Status'], start_time: START, end_time: END });
    expect(state?.points).toEqual([
      { ts: '2026-03-01T12:00:00.000Z', group: ['api', '200'], values: [9007199254740993n, null] },
      { ts: '2026-03-01T12:00:00.000Z', group: ['web', null], values: [12.5, null] },
    ]);
  });

  describe('validation', () => {
    it('wants RFC 3339 timestamps', async () => {
      expect(await validate('clickstack_chart_series', { series: [count], start_time: '2026-03-01 12:00', end_time: END })).toEqual([
        {
          severity: 'error',
          summary: 'Invalid attribute value',
          detail: 'Must be an RFC 3339 time such as "2026-01-01T00:00:00Z", got "2026-03-01 12:00".',
          path: ['start_time'],
        },
      ]);
    });

    it('refuses a date that does not exist', async () => {
      expect(await validate('clickstack_chart_series', { series: [count], start_time: START, end_time: '2026-13-01T00:00:00Z' })).toEqual([
        { severity: 'error', summary: 'Invalid attribute value', detail: '"2026-13-01T00:00:00Z" is not a valid date and time.', path: ['end_time'] },
      ]);
    });

    it('wants the end after the start', async () => {
      expect(await validate('clickstack_chart_series', { series: [count], start_time: END, end_time: START })).toEqual([
        { severity: 'error', summary: 'Invalid time range', detail: '`end_time` must not be before `start_time`.', path: ['end_time'] },
      ]);
    });

    it('takes 1 to 5 series with a known aggregation and a level between 0 and 1', async () => {
      const diagnostics = await validate('clickstack_chart_series', {
        series: [count, count, count, count, count, { ...p95, agg_fn: 'p95', level: 95 }],
        start_time: START,
        end_time: END,
      });
      expect(diagnostics.map(({ path }) => path)).toEqual([['series'], ['series', 5, 'agg_fn'], ['series', 5, 'level']]);
    });
  });
});

describe.each(FLAVORS)('clickstack_chart_series against the %s emulator', (flavor) => {
  let emulator: EmulatorHandle;
  let client: ClickStackClient;

  beforeAll(async () => {
    emulator = await startEmulator({ flavor, rateLimit: false });
    client = emulatorClient(emulator, flavor);
  });
  afterAll(async () => {
    await client.close();
    await emulator.close();
  });

  if (flavor === 'oss') {
    it('returns a point per time bucket and group, with a value per series', async () => {
      const { state, diagnostics } = await read(client, 'clickstack_chart_series', {
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
      const { state } = await read(client, 'clickstack_chart_series', { series: [count], start_time: START, end_time: END, granularity: '30m' });
      expect(state?.points).toEqual([
        { ts: '2026-03-01T12:00:00.000Z', group: [], values: [expect.any(Number)] },
        { ts: '2026-03-01T12:30:00.000Z', group: [], values: [expect.any(Number)] },
      ]);
    });

    it("reports the API's error with what was being done", async () => {
      const missing = { ...count, source_id: '64f0000000000000000000ff' };
      expect((await read(client, 'clickstack_chart_series', { series: [missing], start_time: START, end_time: END })).diagnostics).toEqual([
        {
          severity: 'error',
          summary: 'Could not query the chart series',
          detail: 'POST /api/v2/charts/series failed with HTTP 404: Source not found for series 0',
        },
      ]);
    });
  } else {
    it('says that Managed ClickStack has no chart series, without calling the API', async () => {
      const before = emulator.requests.length;
      expect(await read(client, 'clickstack_chart_series', { series: [count], start_time: START, end_time: END })).toEqual({
        state: null,
        diagnostics: [
          {
            severity: 'error',
            summary: 'Chart series are not available on Managed ClickStack',
            detail: expect.stringContaining('the Managed ClickStack API on ClickHouse Cloud has none'),
          },
        ],
      });
      expect(emulator.requests.length).toBe(before);
    });
  }
});
