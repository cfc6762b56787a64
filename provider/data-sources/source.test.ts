// data "clickstack_source" and "clickstack_sources", unit: validation of their arguments.
import { validateDataSource } from '../../test/support/clickstack';

describe('source data sources validation', () => {
  it('refuses an unknown kind', async () => {
    for (const [dataSource, config] of [
      ['clickstack_source', { name: 'Logs', kind: 'logs' }],
      ['clickstack_sources', { kind: 'logs' }],
    ] as const)
      expect(await validateDataSource(dataSource, config)).toEqual([
        {
          severity: 'error',
          summary: 'Invalid attribute value',
          detail: 'Must be one of "log", "trace", "metric", "session", "promql", got "logs".',
          path: ['kind'],
        },
      ]);
  });

  it('wants an id or a name', async () => {
    expect(await validateDataSource('clickstack_source', { kind: 'log' })).toEqual([
      { severity: 'error', summary: 'Invalid source lookup', detail: 'Set `id` or `name`.' },
    ]);
  });
});
