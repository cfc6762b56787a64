// The configuration that plans no change against a state: computed-only attributes, nulls and what the schema's own
// plan modifiers fill in are left out; everything else stays as the state holds it.
import { alertAttributes, alertFromApi } from '../resources/alert';
import { dashboardFromApi } from '../resources/dashboard/documents';
import { dashboardAttributes } from '../resources/dashboard/schema';
import { webhookAttributes } from '../resources/webhook';
import type { Alert } from '../client';
import { configurationOf } from './configuration';

describe('configurationOf', () => {
  it('leaves out server ids, tile_ids, nulls and the defaults the plan fills in', () => {
    const state = dashboardFromApi({
      id: 'd1',
      name: 'D',
      tags: [],
      filters: [],
      savedQuery: 'a:b',
      savedQueryLanguage: 'lucene',
      savedFilterValues: [],
      tiles: [
        {
          id: 't1', name: 'Errors', x: 0, y: 0, w: 6, h: 4,
          config: { displayType: 'line', sourceId: 's', asRatio: false, fillNulls: true, select: [{ aggFn: 'count', valueExpression: '', where: '', whereLanguage: 'lucene' }, { aggFn: 'sum', valueExpression: 'x', where: 'a', whereLanguage: 'sql' }] },
        },
        { id: 't2', name: 'Ratio', x: 6, y: 0, w: 6, h: 4, config: { displayType: 'line', sourceId: 's', asRatio: true, fillNulls: false, select: [{ aggFn: 'count' }, { aggFn: 'count' }] } },
      ],
    });
    expect(configurationOf(dashboardAttributes, state)).toEqual({
      name: 'D',
      line_tiles: [
        { name: 'Errors', x: 0, y: 0, w: 6, h: 4, source_id: 's', select: [{ agg_fn: 'count' }, { agg_fn: 'sum', value_expression: 'x', where: 'a', where_language: 'sql' }] },
        { name: 'Ratio', x: 6, y: 0, w: 6, h: 4, source_id: 's', select: [{ agg_fn: 'count' }, { agg_fn: 'count' }], as_ratio: true, fill_nulls: false },
      ],
      saved_query: 'a:b',
      // Optional and computed without a default: the plan does not fill it in from the state, so it stays.
      saved_query_language: 'lucene',
    });
  });

  it('keeps a value other than the default, and leaves out computed attributes the server owns', () => {
    const alert = (offset: number) => alertFromApi({
      id: 'a1', source: 'tile', dashboardId: 'd1', tileId: 't1', threshold: 1, thresholdType: 'above', interval: '1h', scheduleOffsetMinutes: offset,
      channels: [{ type: 'webhook', webhookId: 'w1' }], state: 'ALERT', executionErrors: [{ timestamp: 't', type: 'QUERY_ERROR', message: 'm' }],
    } as Alert, null);
    expect(configurationOf(alertAttributes, alert(0))).toEqual({ dashboard_id: 'd1', tile_id: 't1', threshold: 1, threshold_type: 'above', interval: '1h', channels: [{ webhook_id: 'w1' }] });
    expect(configurationOf(alertAttributes, alert(15)).schedule_offset_minutes).toBe(15);
  });

  it('leaves out write-only attributes', () => {
    expect(configurationOf(webhookAttributes, { id: 'w', name: 'n', service: 'generic', url: 'u', description: null, body: null, headers: { a: 'b' }, query_params: null, headers_version: null })).toEqual({
      name: 'n',
      service: 'generic',
      url: 'u',
    });
  });
});
