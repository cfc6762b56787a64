import { toDashboardUpdateInput } from './dashboards';
import type { Dashboard } from './models/dashboards';

describe('toDashboardUpdateInput', () => {
  it('drops what reads add and writes reject, and keeps ids and unknown fields', () => {
    const dashboard: Dashboard = {
      id: 'd1',
      name: 'D',
      tags: [],
      filters: [{ id: 'f1', type: 'QUERY_EXPRESSION', name: 'S', expression: 'ServiceName', sourceId: 's1' }],
      savedQuery: null,
      futureField: { kept: true },
      tiles: [
        {
          id: 't1',
          name: 'Line',
          x: 0,
          y: 0,
          w: 6,
          h: 3,
          config: {
            displayType: 'line',
            sourceId: 's1',
            asRatio: false,
            select: [
              { aggFn: 'count', valueExpression: '', level: 0.5, where: '', whereLanguage: 'lucene' },
              { aggFn: 'quantile', valueExpression: 'Duration', level: 0.99 },
              { aggFn: 'avg', valueExpression: 'Duration', level: 0.9 },
            ],
          },
        },
        { id: 't2', name: 'Notes', x: 6, y: 0, w: 6, h: 3, config: { displayType: 'markdown', markdown: '#' } },
        { id: 't3', name: 'SQL', x: 0, y: 3, w: 6, h: 3, config: { configType: 'sql', displayType: 'table', connectionId: 'c1', sqlTemplate: 'SELECT 1' } },
      ],
    };
    const input = toDashboardUpdateInput(dashboard);
    expect(input).not.toHaveProperty('id');
    expect(input.futureField).toEqual({ kept: true });
    expect(input.filters).toEqual(dashboard.filters);
    expect(input.tiles.map((tile) => tile.id)).toEqual(['t1', 't2', 't3']);
    expect(input.tiles[0].config.select).toEqual([
      { aggFn: 'count', where: '', whereLanguage: 'lucene' },
      { aggFn: 'quantile', valueExpression: 'Duration', level: 0.99 },
      { aggFn: 'avg', valueExpression: 'Duration' },
    ]);
    expect(input.tiles[1].config).toEqual({ displayType: 'markdown', markdown: '#' });
    expect(input.tiles[2].config).toEqual(dashboard.tiles[2].config);
    // The fetched object is not modified.
    expect(dashboard.tiles[0].config.select).toHaveLength(3);
    expect((dashboard.tiles[0].config.select as unknown[])[0]).toHaveProperty('level', 0.5);
  });
});
