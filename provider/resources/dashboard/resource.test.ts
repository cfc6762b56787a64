// clickstack_dashboard's create, update and delete when the API fails.
import { type ClickStackClient, AbortedError, ConflictError, NetworkError, NotFoundError, RateLimitedError, ServerError } from '../../client';
import { dashboard, dashboards } from '../../../test/support/dashboards';

describe('API failures during apply', () => {
  const planned = dashboard({ id: 'd1', name: 'D', tags: [], filters: [], saved_filter_values: [], containers: [], tile_ids: {} });
  const at = { method: 'PUT', path: '/dashboards/d1' };
  const failures: [string, Error][] = [
    ['a server error', new ServerError({ status: 503, serverMessage: 'Unavailable', ...at })],
    ['a conflict', new ConflictError({ status: 409, serverMessage: 'Busy', ...at })],
    ['a rate limit', new RateLimitedError({ status: 429, serverMessage: 'Slow down', ...at })],
    ['a network failure', new NetworkError({ ...at, detail: 'connection reset', mayHaveReachedServer: true })],
  ];
  const failing = (error: Error) => {
    const reject = async () => {
      throw error;
    };
    return { flavor: 'oss', dashboards: { create: reject, get: async () => ({ id: 'd1', name: 'D', tiles: [] }), update: reject, delete: reject } } as unknown as ClickStackClient;
  };

  it.each(failures)('reports %s as an error naming the operation, with the API message', async (_name, error) => {
    const failingDashboards = dashboards(failing(error));
    const expected = (summary: string) => [{ severity: 'error', summary, detail: error.message }];
    expect(await failingDashboards.applyPlanned(null, planned, planned)).toEqual({ state: null, diagnostics: expected('Could not create dashboard') });
    expect(await failingDashboards.applyPlanned(planned, planned, planned)).toEqual({ state: planned, diagnostics: expected('Could not update dashboard') });
    expect(await failingDashboards.destroy(planned)).toEqual(expected('Could not delete dashboard'));
  });

  it('deletes what is already gone without a word, and lets an interruption through for the server to report', async () => {
    expect(await dashboards(failing(new NotFoundError({ status: 404, serverMessage: 'Not Found', ...at }))).destroy(planned)).toEqual([]);
    await expect(dashboards(failing(new AbortedError('aborted'))).applyPlanned(null, planned, planned)).rejects.toThrow(AbortedError);
  });

  it('says that a dashboard deleted behind its back will be created again', async () => {
    const client = { flavor: 'oss', dashboards: { get: async () => Promise.reject(new NotFoundError({ status: 404, serverMessage: 'Not Found', ...at })) } } as unknown as ClickStackClient;
    expect(await dashboards(client).applyPlanned(planned, planned, planned)).toEqual({
      state: planned,
      diagnostics: [{ severity: 'error', summary: 'Dashboard deleted', detail: 'Dashboard d1 no longer exists; run terraform apply again to recreate it.' }],
    });
  });
});
