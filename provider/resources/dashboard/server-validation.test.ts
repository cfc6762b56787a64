// clickstack_dashboard: the server's validate endpoint at plan time, its verdicts and failures.
import { AbortedError, AuthError, EndpointUnavailableError, NetworkError, RateLimitedError, ServerError, UnexpectedResponseError } from '../../client';
import { type TfObject, Unknown } from '../../runtime/types';
import { dashboard, plan, SOURCE, tile } from '../../../test/support/dashboards';

describe('server-side validation in the plan', () => {
  const config = dashboard({ name: 'D', line_tiles: [tile('line', 'A', { source_id: SOURCE, select: [{ agg_fn: 'avg', value_expression: 'x' }] })] });
  const clientWith = (validate: () => Promise<unknown>, serverValidation = true) => ({ flavor: 'oss' as const, serverValidation, dashboards: { validate } as never });
  const failure = (Type: typeof ServerError, status: number, message: string) =>
    new Type({ status, serverMessage: message, method: 'POST', path: '/dashboards/validate' });

  it('maps the errors it reports to attribute paths', async () => {
    const { diagnostics } = await plan(config, null, clientWith(async () => ({
      valid: false,
      errors: [{ path: 'tiles.0.config.select.0.valueExpression', message: 'Too long' }, { path: '', message: 'Could not find the following source IDs: x' }],
      normalized: null,
    })));
    expect(diagnostics).toEqual([
      { severity: 'error', summary: 'ClickStack rejects this dashboard', detail: 'Too long (at tiles.0.config.select.0.valueExpression)', path: ['line_tiles', 0, 'select', 0, 'value_expression'] },
      { severity: 'error', summary: 'ClickStack rejects this dashboard', detail: 'Could not find the following source IDs: x' },
    ]);
  });

  it.each([
    ['an unrouted endpoint', () => Promise.reject(failure(EndpointUnavailableError, 404, 'Cannot POST /x'))],
    ['a server error', () => Promise.reject(failure(ServerError, 502, 'Bad gateway'))],
    ['an answer that is not the API envelope', () => Promise.reject(new UnexpectedResponseError({ method: 'POST', path: '/dashboards/validate', status: 200, problem: 'a body that is not JSON' }))],
  ])('only warns on %s', async (_name, validate) => {
    const { diagnostics } = await plan(config, null, clientWith(validate));
    expect(diagnostics).toEqual([{ severity: 'warning', summary: 'Dashboard not checked by ClickStack', detail: expect.stringContaining('checked when it is applied') }]);
  });

  it.each([
    ['refused credentials', failure(AuthError, 401, 'Unauthorized')],
    ['a rate limit', failure(RateLimitedError, 429, 'Too many requests')],
    ['a network failure', new NetworkError({ method: 'POST', path: '/dashboards/validate', detail: 'connection refused', mayHaveReachedServer: false })],
  ])('reports %s as an error, as the apply would', async (_name, error) => {
    const { diagnostics } = await plan(config, null, clientWith(() => Promise.reject(error)));
    expect(diagnostics).toEqual([{ severity: 'error', summary: 'Could not check the dashboard', detail: error.message }]);
  });

  it('lets an interruption through, for the server to report', async () => {
    await expect(plan(config, null, clientWith(() => Promise.reject(new AbortedError('aborted'))))).rejects.toThrow(AbortedError);
  });

  it('only warns on an answer without a verdict', async () => {
    const { diagnostics } = await plan(config, null, clientWith(async () => ({ message: 'hm' })));
    expect(diagnostics).toEqual([{ severity: 'warning', summary: 'Dashboard not checked by ClickStack', detail: 'The validate endpoint gave no verdict; the dashboard will be checked when it is applied.' }]);
  });

  it('is not asked while the configuration holds unknown values, nor when nothing changed', async () => {
    const validate = jest.fn(async () => ({ valid: true, errors: [] }));
    await plan({ ...config, name: new Unknown() }, null, clientWith(validate));
    const prior = (await plan(config)).planned!;
    const state = { ...prior, id: 'd1', line_tiles: (prior.line_tiles as TfObject[]).map((t) => ({ ...t, id: 't1' })), tile_ids: { A: 't1' } };
    await plan(config, state, clientWith(validate));
    expect(validate).not.toHaveBeenCalled();
    await plan(config, null, clientWith(validate));
    expect(validate).toHaveBeenCalledTimes(1);
  });

  it('is not asked with server validation turned off (server_validation = false)', async () => {
    const validate = jest.fn(async () => ({ valid: true, errors: [] }));
    const { diagnostics } = await plan(config, null, clientWith(validate, false));
    expect(validate).not.toHaveBeenCalled();
    expect(diagnostics).toEqual([]);
  });

  // The runtime cuts this path where Terraform can place it (the tile element); see locateInConfig.
  it('maps server error paths to attribute paths', async () => {
    const { diagnostics } = await plan(config, null, clientWith(async () => ({ valid: false, errors: [{ path: 'tiles.0.name', message: 'Bad' }] })));
    expect(diagnostics).toEqual([{ severity: 'error', summary: 'ClickStack rejects this dashboard', detail: 'Bad (at tiles.0.name)', path: ['line_tiles', 0, 'name'] }]);
  });
});
