// Fixtures of the clickstack_chart_series tests: a time range and series on the emulator's seeded sources, and a
// client whose chart endpoint is scripted.
import type { ClickStackClient } from '../../provider/client';
import type { ChartSeriesRequest, SeriesDataPoint } from '../../provider/client/models/charts';
import { SEED_IDS } from '../../emulator';

export const START = '2026-03-01T12:00:00Z';
export const END = '2026-03-01T13:00:00Z';
export const START_MS = Date.UTC(2026, 2, 1, 12);
export const count = { source_id: SEED_IDS.logSource, agg_fn: 'count' };
export const p95 = { source_id: SEED_IDS.traceSource, agg_fn: 'quantile', level: 0.95, field: 'Duration', where: 'SpanKind:server', where_language: 'lucene' };

/** A client whose chart endpoint answers with fixed rows and records the request. */
export function scriptedClient(rows: SeriesDataPoint[]) {
  const requests: ChartSeriesRequest[] = [];
  const client = {
    supports: () => true,
    charts: { series: async (request: ChartSeriesRequest) => (requests.push(request), rows) },
  } as unknown as ClickStackClient;
  return { client, requests };
}
