// Each collection's behaviour per flavor against a scripted server: paths, envelopes, pagination, lookups through lists,
// endpoints a flavor lacks.
import { createClient } from './index';
import type { ClickStackClient, CloudConfig } from './index';
import { EndpointUnavailableError, NotFoundError } from './errors';
import { json, startStubServer, StubServer, text } from '../../test/support/stub-server';

const ORG = '8d1b6c0e-1111-4222-8333-944455556666';
const SERVICE = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const CLOUD_PREFIX = `/v1/organizations/${ORG}/services/${SERVICE}/clickstack`;
const HTML_404 = '<!DOCTYPE html><html><body><pre>Cannot GET /nothing</pre></body></html>';

let stub: StubServer;
let oss: ClickStackClient;
let cloud: ClickStackClient;

function cloudEnvelope(result: unknown): Record<string, unknown> {
  return { status: 200, requestId: '0d6f7a1e-9d47-4b8e-b0a4-1c2d3e4f5a6b', result };
}

beforeAll(async () => {
  stub = await startStubServer();
  const common = { rateLimit: false as const, pageSize: 2, retry: { baseDelayMs: 1, maxDelayMs: 2 } };
  oss = createClient({ flavor: 'oss', endpoint: stub.url, apiKey: 'oss-key-0123456789', ...common });
  const cloudConfig: CloudConfig = {
    flavor: 'cloud',
    apiUrl: stub.url,
    organizationId: ORG,
    serviceId: SERVICE,
    keyId: 'cloud-key-id',
    keySecret: 'cloud-key-secret',
    ...common,
  };
  cloud = createClient(cloudConfig);
});

afterAll(async () => {
  await Promise.all([oss.close(), cloud.close()]);
  await stub.close();
});

beforeEach(() => {
  stub.script = [];
  stub.seen = [];
});

/** Documents of each collection with what the client checks of them (response-shape.ts), by id. */
const DOCUMENTS = {
  alerts: (id: string) => ({ id, source: 'tile', dashboardId: 'd1', tileId: 't1', threshold: 1, thresholdType: 'above', interval: '5m' }),
  savedSearches: (id: string) => ({ id, name: 'Errors', sourceId: 's1' }),
  webhooks: (id: string) => ({ id, name: 'hook', service: 'generic' }),
  dashboards: (id: string) => ({ id, name: 'D', tiles: [] }),
  sources: (id: string) => ({ id, name: 'Logs', kind: 'log' }),
};
const docs = (collection: keyof typeof DOCUMENTS, ...names: string[]): object[] => names.map((name) => DOCUMENTS[collection](name));

describe('pagination', () => {
  it('OSS: walks limit/offset until meta.total', async () => {
    stub.script = [
      json(200, { data: docs('alerts', 'a', 'b'), meta: { total: 5, limit: 2, offset: 0 } }),
      json(200, { data: docs('alerts', 'c', 'd'), meta: { total: 5, limit: 2, offset: 2 } }),
      json(200, { data: docs('alerts', 'e'), meta: { total: 5, limit: 2, offset: 4 } }),
    ];
    expect(await oss.alerts.list()).toEqual(docs('alerts', 'a', 'b', 'c', 'd', 'e'));
    expect(stub.seen.map((request) => request.url)).toEqual([
      '/api/v2/alerts?limit=2&offset=0',
      '/api/v2/alerts?limit=2&offset=2',
      '/api/v2/alerts?limit=2&offset=4',
    ]);
  });

  it('OSS: stops on an exact last page without asking for an empty one', async () => {
    stub.script = [json(200, { data: docs('savedSearches', 'a', 'b'), meta: { total: 2, limit: 2, offset: 0 } })];
    expect(await oss.savedSearches.list()).toEqual(docs('savedSearches', 'a', 'b'));
    expect(stub.seen).toHaveLength(1);
  });

  it('Cloud: stops on a short page', async () => {
    stub.script = [json(200, cloudEnvelope(docs('webhooks', 'a', 'b'))), json(200, cloudEnvelope(docs('webhooks', 'c')))];
    expect(await cloud.webhooks.list()).toEqual(docs('webhooks', 'a', 'b', 'c'));
    expect(stub.seen.map((request) => request.url)).toEqual([
      `${CLOUD_PREFIX}/webhooks?limit=2&offset=0`,
      `${CLOUD_PREFIX}/webhooks?limit=2&offset=2`,
    ]);
  });

  it('Cloud: stops when the server ignores limit/offset (a page with no new id)', async () => {
    stub.script = [json(200, cloudEnvelope(docs('alerts', 'a', 'b', 'c'))), json(200, cloudEnvelope(docs('alerts', 'a', 'b', 'c')))];
    expect(await cloud.alerts.list()).toEqual(docs('alerts', 'a', 'b', 'c'));
    expect(stub.seen).toHaveLength(2);
  });

  it('does not page dashboards, sources or connections', async () => {
    stub.script = [json(200, { data: docs('dashboards', 'a', 'b', 'c') })];
    expect(await oss.dashboards.list()).toHaveLength(3);
    expect(stub.seen[0].url).toBe('/api/v2/dashboards');
  });
});

describe('webhooks', () => {
  it('finds a webhook by id through the paged list', async () => {
    stub.script = [
      json(200, { data: docs('webhooks', 'a', 'b'), meta: { total: 3, limit: 2, offset: 0 } }),
      json(200, { data: [{ id: 'c', name: 'hook', service: 'generic' }], meta: { total: 3, limit: 2, offset: 2 } }),
    ];
    expect(await oss.webhooks.get('c')).toEqual({ id: 'c', name: 'hook', service: 'generic' });
  });

  it('reports a webhook missing from the list as NotFoundError', async () => {
    stub.script = [json(200, { data: docs('webhooks', 'a'), meta: { total: 1, limit: 2, offset: 0 } })];
    await expect(oss.webhooks.get('zzz')).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('Cloud specifics', () => {
  it('uses the ClickStack prefix, Basic auth and the {status, requestId, result} envelope', async () => {
    stub.script = [json(200, cloudEnvelope({ id: 'd1', name: 'D', tiles: [], future: { kept: true } }))];
    const dashboard = await cloud.dashboards.get('d1');
    expect(dashboard).toEqual({ id: 'd1', name: 'D', tiles: [], future: { kept: true } });
    expect(stub.seen[0].url).toBe(`${CLOUD_PREFIX}/dashboards/d1`);
    expect(stub.seen[0].headers.authorization).toBe(`Basic ${Buffer.from('cloud-key-id:cloud-key-secret').toString('base64')}`);
  });

  it('accepts a DELETE envelope without result', async () => {
    stub.script = [json(200, { status: 200, requestId: '0d6f7a1e-9d47-4b8e-b0a4-1c2d3e4f5a6b' })];
    await expect(cloud.alerts.delete('a1')).resolves.toBeUndefined();
    expect(stub.seen[0].method).toBe('DELETE');
  });

  it('refuses connections and chart series locally, without a request', async () => {
    expect(cloud.supports('connections.list')).toBe(false);
    expect(cloud.supports('charts.series')).toBe(false);
    expect(oss.supports('charts.series')).toBe(true);
    await expect(cloud.connections.list()).rejects.toBeInstanceOf(EndpointUnavailableError);
    await expect(cloud.connections.get('c1')).rejects.toBeInstanceOf(EndpointUnavailableError);
    await expect(cloud.charts.series({ series: [], startTime: 0, endTime: 1 })).rejects.toBeInstanceOf(EndpointUnavailableError);
    expect(stub.seen).toHaveLength(0);
  });

  it('falls back to the source list where GET /sources/{id} is not routed', async () => {
    stub.script = [text(404, HTML_404, 'text/html; charset=utf-8'), json(200, cloudEnvelope(docs('sources', 's1', 's2')))];
    expect(await cloud.sources.get('s2')).toEqual(DOCUMENTS.sources('s2'));
    expect(stub.seen.map((request) => request.url)).toEqual([`${CLOUD_PREFIX}/sources/s2`, `${CLOUD_PREFIX}/sources`]);
  });

  it('treats any 404 of validate as an unavailable endpoint', async () => {
    stub.script = [json(404, { status: 404, error: 'NOT_FOUND: Unknown Error', requestId: '0d6f7a1e-9d47-4b8e-b0a4-1c2d3e4f5a6b' })];
    const failure = await cloud.dashboards.validate({ name: 'D', tiles: [] }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(EndpointUnavailableError);
    expect(failure).toMatchObject({ status: 404, requestId: '0d6f7a1e-9d47-4b8e-b0a4-1c2d3e4f5a6b' });
  });
});

describe('OSS specifics', () => {
  it('does not fall back to the list on OSS: an HTML 404 stays an unavailable endpoint', async () => {
    stub.script = [text(404, HTML_404, 'text/html; charset=utf-8')];
    await expect(oss.sources.get('s1')).rejects.toBeInstanceOf(EndpointUnavailableError);
    expect(stub.seen).toHaveLength(1);
  });

  it('keeps a JSON 404 of validate an error (OSS validate answers 200 whenever the route exists)', async () => {
    stub.script = [json(404, { message: 'NOT_FOUND: Source not found' })];
    const failure = await oss.dashboards.validate({ name: 'D', tiles: [] }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(NotFoundError);
    expect(failure).not.toBeInstanceOf(EndpointUnavailableError);
  });

  it('reads a text "Not Found" of a dashboard as a missing object', async () => {
    stub.script = [text(404, 'Not Found')];
    await expect(oss.dashboards.get('d1')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('posts chart series and returns the rows', async () => {
    stub.script = [json(200, { data: [{ ts_bucket: 1, 'series_0.data': '42', group: [] }] })];
    const rows = await oss.charts.series({
      series: [{ sourceId: 's', aggFn: 'count', where: '', groupBy: [] }],
      startTime: 1_700_000_000_000,
      endTime: 1_700_000_360_000,
    });
    expect(rows).toEqual([{ ts_bucket: 1, 'series_0.data': '42', group: [] }]);
    expect(stub.seen[0]).toMatchObject({ method: 'POST', url: '/api/v2/charts/series' });
  });
});
