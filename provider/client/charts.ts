import type { ChartSeriesRequest, SeriesDataPoint } from './models/charts';
import type { ApiContext, CallOptions } from './collection';

/** Chart series (OSS only; Cloud: EndpointUnavailableError without a request). */
export class ChartsApi {
  constructor(private readonly api: ApiContext) {}

  series(request: ChartSeriesRequest, options: CallOptions = {}): Promise<SeriesDataPoint[]> {
    return this.api.call<SeriesDataPoint[]>('charts.series', 'POST', '/charts/series', { ...options, body: request });
  }
}
