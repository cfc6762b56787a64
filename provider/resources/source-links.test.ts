// clickstack_source_links, unit: the source document with its links set or cleared (every other field kept), and the
// state read from a source.
import type { Source } from '../client/models/sources';
import { sourceLinks } from '../../test/support/source-links';
import { sourceLinksFromApi, withLinks } from './source-links';

describe('clickstack_source_links, unit', () => {
  const log = { id: 'l1', kind: 'log', name: 'Logs', bodyExpression: 'Body', traceSourceId: 'old', metricSourceId: 'm1' } as unknown as Source;

  it('sets the links the kind has, clears those left unset, and keeps every other field (the PUT replaces the source)', () => {
    expect(withLinks(log, sourceLinks({ source_id: 'l1', trace_source_id: 't1' }))).toEqual({ kind: 'log', name: 'Logs', bodyExpression: 'Body', traceSourceId: 't1' });
    expect(withLinks(log, null)).toEqual({ kind: 'log', name: 'Logs', bodyExpression: 'Body' });
  });

  it("reads the kind's links, `\"\"` as unset, and no link a kind does not have", () => {
    const trace = { id: 't1', kind: 'trace', logSourceId: 'l1', sessionSourceId: '', traceSourceId: 'stray' } as unknown as Source;
    expect(sourceLinksFromApi(trace)).toEqual({ id: 't1', source_id: 't1', log_source_id: 'l1', trace_source_id: null, metric_source_id: null, session_source_id: null });
  });
});
