import { ConfigurationError } from './errors';
import { ShapeProblem } from './response-shape';
import { cloudFlavor, ENDPOINTS, flavorFor, ossFlavor } from './flavors';
import { validateConfig } from './config';

const cloudConfig = {
  flavor: 'cloud' as const,
  organizationId: '0b1c2d3e-0000-4000-8000-000000000001',
  serviceId: '0b1c2d3e-0000-4000-8000-000000000002',
  keyId: 'key-id-123',
  keySecret: 'key-secret-456',
};

describe('OSS flavor', () => {
  it('appends /api/v2 to the endpoint, keeping a path prefix', () => {
    expect(ossFlavor({ flavor: 'oss', endpoint: 'http://localhost:8000', apiKey: 'k' }).baseUrl).toBe('http://localhost:8000/api/v2');
    expect(ossFlavor({ flavor: 'oss', endpoint: 'http://host:8080/api/', apiKey: 'k' }).baseUrl).toBe('http://host:8080/api/api/v2');
  });

  it('sends a Bearer key and x-hdx-team only when a team is set', () => {
    expect(ossFlavor({ flavor: 'oss', endpoint: 'http://h', apiKey: 'k1' }).authHeaders).toEqual({ authorization: 'Bearer k1' });
    expect(ossFlavor({ flavor: 'oss', endpoint: 'http://h', apiKey: 'k1', team: 't' }).authHeaders).toEqual({
      authorization: 'Bearer k1',
      'x-hdx-team': 't',
    });
  });

  it('unwraps {data} and {data, meta}', () => {
    const flavor = ossFlavor({ flavor: 'oss', endpoint: 'http://h', apiKey: 'k' });
    expect(flavor.unwrap({ data: { id: 'a' } }, 'alerts.get')).toEqual({ id: 'a' });
    expect(flavor.unwrap({ valid: true, errors: [], normalized: {} }, 'dashboards.validate')).toEqual({ valid: true, errors: [], normalized: {} });
    expect(flavor.unwrapList({ data: [{ id: 'a' }], meta: { total: 7, limit: 1, offset: 0 } })).toEqual({ items: [{ id: 'a' }], total: 7 });
    expect(flavor.unwrapList({ data: [] })).toEqual({ items: [], total: undefined });
    expect(() => flavor.unwrap({ status: 200, requestId: 'r', result: {} }, 'alerts.get')).toThrow(
      new ShapeProblem('', 'the OSS envelope {"data": ...}', 'an object without "data" (fields: status, requestId, result)'),
    );
    expect(() => flavor.unwrapList({ data: {} })).toThrow(new ShapeProblem('data', 'a list', 'an object'));
  });

  it('documents 100 requests per minute and has every endpoint but the roles', () => {
    const flavor = ossFlavor({ flavor: 'oss', endpoint: 'http://h', apiKey: 'k' });
    expect(flavor.defaultRateLimit).toEqual({ limit: 100, windowMs: 60_000 });
    expect(ENDPOINTS.filter((endpoint) => !flavor.endpoints.has(endpoint))).toEqual(['roles.list', 'roles.get', 'roles.create', 'roles.update', 'roles.delete']);
  });
});

describe('Cloud flavor', () => {
  it('builds the ClickStack prefix under the default API URL', () => {
    expect(cloudFlavor(cloudConfig).baseUrl).toBe(
      'https://api.clickhouse.cloud/v1/organizations/0b1c2d3e-0000-4000-8000-000000000001/services/0b1c2d3e-0000-4000-8000-000000000002/clickstack',
    );
  });

  it('sends HTTP Basic keyId:keySecret and treats all three forms as secrets', () => {
    const flavor = cloudFlavor(cloudConfig);
    const basic = Buffer.from('key-id-123:key-secret-456').toString('base64');
    expect(flavor.authHeaders).toEqual({ authorization: `Basic ${basic}` });
    expect(flavor.secrets).toEqual(expect.arrayContaining(['key-secret-456', basic, 'key-id-123']));
  });

  it('unwraps {status, requestId, result} and has no paging metadata', () => {
    const flavor = flavorFor(cloudConfig);
    expect(flavor.unwrap({ status: 200, requestId: 'r', result: { id: 'a' } }, 'alerts.get')).toEqual({ id: 'a' });
    expect(flavor.unwrap({ status: 200, requestId: 'r', result: { valid: false } }, 'dashboards.validate')).toEqual({ valid: false });
    expect(flavor.unwrapList({ status: 200, requestId: 'r', result: [{ id: 'a' }] })).toEqual({ items: [{ id: 'a' }] });
    expect(() => flavor.unwrap({ data: {} }, 'alerts.get')).toThrow(
      new ShapeProblem('', 'the Cloud envelope {"result": ...}', 'an object without "result" (fields: data)'),
    );
  });

  it('documents 10 requests per 10 s and lacks connections, charts and the team', () => {
    const flavor = cloudFlavor(cloudConfig);
    expect(flavor.defaultRateLimit).toEqual({ limit: 10, windowMs: 10_000 });
    expect(ENDPOINTS.filter((endpoint) => !flavor.endpoints.has(endpoint))).toEqual([
      'connections.list', 'connections.get', 'connections.create', 'connections.update', 'connections.delete',
      'teamMembers.list', 'teamMembers.delete', 'teamInvitations.list', 'teamInvitations.delete', 'team.invite',
      'charts.series',
    ]);
    expect(flavor.endpoints.has('roles.create')).toBe(true);
  });
});

describe('validateConfig', () => {
  it.each([
    [{ flavor: 'oss', endpoint: '', apiKey: 'k' }, 'endpoint is required'],
    [{ flavor: 'oss', endpoint: 'ftp://h', apiKey: 'k' }, 'endpoint must use http or https'],
    [{ flavor: 'oss', endpoint: 'localhost:8000', apiKey: 'k' }, 'endpoint must use http or https'],
    [{ flavor: 'oss', endpoint: 'not a url', apiKey: 'k' }, 'endpoint must be an absolute http(s) URL'],
    [{ flavor: 'oss', endpoint: 'http://h?x=1', apiKey: 'k' }, 'endpoint must not carry'],
    [{ flavor: 'oss', endpoint: 'http://h', apiKey: ' ' }, 'apiKey is required'],
    [{ ...cloudConfig, keySecret: '' }, 'keySecret is required'],
    [{ ...cloudConfig, pageSize: 1001 }, 'pageSize must be'],
    [{ ...cloudConfig, timeoutMs: 0 }, 'timeoutMs must be positive'],
    [{ flavor: 'other' }, 'flavor must be'],
  ])('rejects %j', (config, message) => {
    expect(() => validateConfig(config as never)).toThrow(ConfigurationError);
    expect(() => validateConfig(config as never)).toThrow(message);
  });

  it('accepts complete configurations', () => {
    expect(() => validateConfig({ flavor: 'oss', endpoint: 'http://localhost:8000', apiKey: 'k', pageSize: 5 })).not.toThrow();
    expect(() => validateConfig(cloudConfig)).not.toThrow();
  });
});
