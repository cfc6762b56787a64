// The contract validator itself: operation lookup and the spec corrections of api-behaviour §12.
import { listOperations, validateRequest, validateResponse } from './openapi';

const quantileTile = (level: unknown) => ({
  name: 'p95', tiles: [{ name: 't', x: 0, y: 0, w: 6, h: 3, config: { displayType: 'line', sourceId: 's', select: [{ aggFn: 'quantile', level, valueExpression: 'Duration' }] } }],
});
const REQUEST_ID = '6f1c2b0e-8c1a-4b7e-9a55-2d7f1f0c9b11';

test('both specs compile and list their operations', () => {
  expect(listOperations('oss')).toHaveLength(38);
  expect(listOperations('cloud')).toHaveLength(30);
});

test('paths resolve from templates, concrete paths and prefix-less paths; unknown ones are reported', () => {
  expect(validateResponse('oss', 'GET', '/api/v2/alerts/{id}', 404, { message: 'Alert not found' })).toEqual([]);
  expect(validateResponse('oss', 'GET', '/alerts/65f5e4a3b9e77c001a567890', 404, { message: 'Alert not found' })).toEqual([]);
  expect(validateResponse('oss', 'GET', '/webhooks/65f5e4a3b9e77c001a567890', 200, {})).toEqual([expect.stringContaining('no operation GET')]);
});

test('Cloud: quantile level is a number, not the spec string enum', () => {
  expect(validateRequest('cloud', 'POST', '/dashboards', quantileTile(0.95))).toEqual([]);
  expect(validateRequest('cloud', 'POST', '/dashboards', quantileTile('0.95'))).not.toEqual([]);
});

test('Cloud: null is valid for the nullable enums', () => {
  expect(validateRequest('cloud', 'POST', '/dashboards', { ...quantileTile(0.5), savedQueryLanguage: null })).toEqual([]);
});

test('Cloud: envelope keys are required and an OSS body is refused; undocumented 404/409/429 use the error envelope', () => {
  expect(validateResponse('cloud', 'GET', '/sources', 200, { data: [] })).not.toEqual([]);
  expect(validateResponse('cloud', 'DELETE', '/webhooks/x', 409, { status: 409, error: 'in use', requestId: REQUEST_ID })).toEqual([]);
  expect(validateResponse('cloud', 'GET', '/alerts/x', 404, { message: 'Alert not found' })).not.toEqual([]);
});

test('OSS: increase is an aggregation, tile positions may be fractional, series values may be strings', () => {
  const body = { name: 'd', tiles: [{ name: 't', x: 0.5, y: 0, w: 6, h: 3, config: { displayType: 'line', sourceId: 's', select: [{ aggFn: 'increase', valueExpression: 'v' }] } }] };
  expect(validateRequest('oss', 'POST', '/dashboards', body)).toEqual([]);
  expect(validateResponse('oss', 'POST', '/charts/series', 200, { data: [{ ts_bucket: 1, 'series_0.data': '42', group: [] }] })).toEqual([]);
});

test('OSS: alert validation failures are 400 {message}; documented text bodies only where the servers send them', () => {
  expect(validateResponse('oss', 'POST', '/alerts', 400, { message: 'Body validation failed: x' })).toEqual([]);
  expect(validateResponse('oss', 'GET', '/dashboards/{id}', 404, 'Not Found')).toEqual([]);
  expect(validateResponse('oss', 'GET', '/sources/{id}', 404, 'Not Found')).not.toEqual([]);
  expect(validateResponse('oss', 'GET', '/sources', 401, 'Unauthorized')).toEqual([]);
  expect(validateResponse('oss', 'GET', '/sources', 429, 'Too many requests, please try again later.')).toEqual([]);
});

test('filter ids: forbidden on create, required on update (both flavors)', () => {
  const filter = { type: 'QUERY_EXPRESSION', name: 'S', expression: 'ServiceName', sourceId: 's' };
  for (const flavor of ['oss', 'cloud'] as const) {
    expect(validateRequest(flavor, 'POST', '/dashboards', { ...quantileTile(0.5), filters: [{ ...filter, id: 'f' }] })).not.toEqual([]);
    expect(validateRequest(flavor, 'PUT', '/dashboards/x', { ...quantileTile(0.5), filters: [filter] })).not.toEqual([]);
    expect(validateRequest(flavor, 'PUT', '/dashboards/x', { ...quantileTile(0.5), filters: [{ ...filter, id: 'f' }] })).toEqual([]);
  }
});

test('Cloud path parameters are checked (organization and service are UUIDs)', () => {
  expect(validateRequest('cloud', 'GET', '/v1/organizations/nope/services/nope/clickstack/sources')).toHaveLength(2);
});
