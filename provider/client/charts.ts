import { type ChartSeriesRequest, type SeriesDataPoint, seriesShape } from './models/charts';
import type { ApiContext, CallOptions } from './collection';

/** Chart series (OSS only; Cloud: EndpointUnavailableError without a request). */
export class ChartsApi {
  constructor(private readonly api: ApiContext) {}

  series(request: ChartSeriesRequest, options: CallOptions = {}): Promise<SeriesDataPoint[]> {
    // A query: retried like a read.
    return this.api.call<SeriesDataPoint[]>('charts.series', 'POST', '/charts/series', seriesShape, { ...options, body: request, readOnly: true });
  }
}
