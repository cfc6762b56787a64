// API failures as diagnostics: a connection failure that several calls share (reads answered from one list) is
// explained in the first diagnostic and referred to in the others.
import { ConnectionError, ServerError } from '../client';
import { callContext } from '../../test/support/call-context';
import { reportingApiErrors } from './api-errors';

describe('reportingApiErrors', () => {
  it('explains a shared connection failure once, then refers to it', async () => {
    const ctx = callContext();
    const shared = new ConnectionError({ method: 'GET', path: '/api/v2/sources', problem: 'credentials', detail: 'the whole story', reference: 'see above' });
    for (const summary of ['Could not look up the source', 'Could not look up the source', 'Could not read the webhooks'])
      await expect(reportingApiErrors(summary, ctx.diagnostics, () => Promise.reject(shared))).resolves.toBeNull();
    expect(ctx.diagnostics.all.map((diagnostic) => [diagnostic.summary, diagnostic.detail])).toEqual([
      ['Could not look up the source', 'GET /api/v2/sources: the whole story'],
      ['Could not look up the source', 'GET /api/v2/sources: see above'],
      ['Could not read the webhooks', 'GET /api/v2/sources: see above'],
    ]);
  });

  it('reports every other API failure in full each time', async () => {
    const ctx = callContext();
    const failure = new ServerError({ status: 500, serverMessage: 'boom', method: 'GET', path: '/x' });
    await reportingApiErrors('A', ctx.diagnostics, () => Promise.reject(failure));
    await reportingApiErrors('B', ctx.diagnostics, () => Promise.reject(failure));
    expect(ctx.diagnostics.all.map((diagnostic) => diagnostic.detail)).toEqual(['GET /x failed with HTTP 500: boom', 'GET /x failed with HTTP 500: boom']);
  });
});
