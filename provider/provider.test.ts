// The provider block: resolution against the environment (explicit vs environment, conflicts, missing settings,
// unknown values, knobs), the client it builds, and the registry of resources and data sources.
import { SETTINGS, clickstackProvider, configureClient, resolveProviderConfig } from './provider';
import type { Attribute, TfObject, TfValue } from './runtime/types';
import { Unknown } from './runtime/types';
import { jsonNumber } from './runtime/validators';
import { callContext } from '../test/support/call-context';

const block = (values: { [name: string]: TfValue } = {}): TfObject => ({
  ...Object.fromEntries(Object.keys(clickstackProvider.schema.block.attributes).map((name) => [name, null])),
  ...values,
});
const oss = { endpoint: 'http://localhost:8000', api_key: 'key' };
const cloud = { organization_id: 'org', service_id: 'svc', api_key_id: 'kid', api_key_secret: 'secret' };
/** The resolution with what only messages and the network read (checked in their own tests) left out. */
function connection(config: TfObject, env: NodeJS.ProcessEnv) {
  const resolved = resolveProviderConfig(config, env);
  if (!('config' in resolved)) return resolved;
  const { network, credentialSource, settingNames, ...rest } = resolved.config;
  expect([network?.environment, typeof credentialSource, typeof settingNames]).toEqual([env, 'string', 'object']);
  return { config: rest };
}
const ossEnv = { CLICKSTACK_ENDPOINT: 'http://env:8000', CLICKSTACK_API_KEY: 'env-key' };
const cloudEnv = { CLICKHOUSE_ORG_ID: 'env-org', CLICKSTACK_SERVICE_ID: 'env-svc', CLICKHOUSE_CLOUD_API_KEY: 'env-kid', CLICKHOUSE_CLOUD_API_SECRET: 'env-secret' };

describe('provider configuration', () => {
  it('builds an OSS configuration from the block, with the team', () => {
    expect(connection(block({ ...oss, team: 't1' }), {})).toEqual({
      config: { flavor: 'oss', endpoint: 'http://localhost:8000', apiKey: 'key', team: 't1' },
    });
  });

  it('builds an OSS configuration from the environment alone', () => {
    expect(connection(block(), { ...ossEnv, CLICKSTACK_TEAM: 'env-team' })).toEqual({
      config: { flavor: 'oss', endpoint: 'http://env:8000', apiKey: 'env-key', team: 'env-team' },
    });
  });

  it('turns server validation off by `server_validation = false` or CLICKSTACK_SERVER_VALIDATION=false, the block winning', () => {
    const serverValidation = (values: { [name: string]: TfValue }, env: NodeJS.ProcessEnv) =>
      (resolveProviderConfig(block({ ...oss, ...values }), env) as { config: { serverValidation?: boolean } }).config.serverValidation;
    expect(serverValidation({}, {})).toBeUndefined();
    expect(serverValidation({ server_validation: false }, {})).toBe(false);
    expect(serverValidation({}, { CLICKSTACK_SERVER_VALIDATION: 'false' })).toBe(false);
    expect(serverValidation({}, { CLICKSTACK_SERVER_VALIDATION: 'true' })).toBeUndefined();
    expect(serverValidation({ server_validation: true }, { CLICKSTACK_SERVER_VALIDATION: 'false' })).toBeUndefined();
  });

  it('lets explicit values win over the environment, and fills the rest from it', () => {
    expect(connection(block({ endpoint: 'http://explicit:8000' }), ossEnv)).toEqual({
      config: { flavor: 'oss', endpoint: 'http://explicit:8000', apiKey: 'env-key' },
    });
  });

  it('builds a Cloud configuration from the block or the environment; api_url is optional', () => {
    expect(connection(block(cloud), {})).toEqual({
      config: { flavor: 'cloud', organizationId: 'org', serviceId: 'svc', keyId: 'kid', keySecret: 'secret' },
    });
    expect(connection(block(), { ...cloudEnv, CLICKHOUSE_API_URL: 'https://api.example.com' })).toEqual({
      config: { flavor: 'cloud', organizationId: 'env-org', serviceId: 'env-svc', keyId: 'env-kid', keySecret: 'env-secret', apiUrl: 'https://api.example.com' },
    });
  });

  it('refuses settings of both flavors in the block, naming the attributes', () => {
    expect(resolveProviderConfig(block({ ...oss, api_key_id: 'kid' }), {})).toEqual({
      problems: [
        {
          summary: 'Conflicting ClickStack provider settings',
          detail: expect.stringContaining('ClickStack OSS (HyperDX): `endpoint`, `api_key`. Managed ClickStack (ClickHouse Cloud): `api_key_id`.'),
          path: ['api_key_id'],
        },
      ],
    });
  });

  it('refuses settings of both flavors in the environment, saying they came from there', () => {
    const resolved = resolveProviderConfig(block(), { CLICKSTACK_API_KEY: 'k', CLICKHOUSE_ORG_ID: 'o' });
    expect(resolved).toEqual({
      problems: [{ summary: 'Conflicting ClickStack provider settings', detail: expect.stringContaining('CLICKSTACK_API_KEY (environment)'), path: undefined }],
    });
    expect(JSON.stringify(resolved)).toContain('CLICKHOUSE_ORG_ID (environment)');
  });

  it("ignores the environment of the other flavor when the block chooses one (ClickHouse's provider shares the variables)", () => {
    expect(connection(block(oss), cloudEnv)).toEqual({ config: { flavor: 'oss', endpoint: 'http://localhost:8000', apiKey: 'key' } });
  });

  it('names each missing setting of a half-configured flavor, with its variable', () => {
    expect(resolveProviderConfig(block({ endpoint: 'http://localhost:8000' }), {})).toEqual({
      problems: [
        {
          summary: 'Incomplete ClickStack OSS (HyperDX) configuration',
          detail: '`api_key` is not set: set it in the provider block or through the CLICKSTACK_API_KEY environment variable.',
          path: ['api_key'],
        },
      ],
    });
    const partialCloud = resolveProviderConfig(block({ organization_id: 'org', api_key_id: 'kid' }), {});
    expect('problems' in partialCloud && partialCloud.problems.map((p) => p.path)).toEqual([['service_id'], ['api_key_secret']]);
  });

  it('says how to configure either flavor when nothing is set; empty variables count as unset', () => {
    expect(resolveProviderConfig(block(), { CLICKSTACK_ENDPOINT: '' })).toEqual({
      problems: [{ summary: 'ClickStack provider not configured', detail: expect.stringContaining('CLICKSTACK_ENDPOINT and CLICKSTACK_API_KEY') }],
    });
  });

  it('reports unknown connection settings (a block depending on a resource) instead of a configuration; unknown knobs keep their defaults', () => {
    expect(connection(block({ ...oss, api_key: new Unknown() }), {})).toEqual({ unknown: ['api_key'] });
    expect(connection(block({ ...oss, timeout_seconds: new Unknown(), rate_limit: { requests: new Unknown(), window_seconds: 1 } }), {})).toEqual({
      config: { flavor: 'oss', endpoint: 'http://localhost:8000', apiKey: 'key' },
    });
  });

  it('passes timeout, retries and rate limit to the client', () => {
    const resolved = connection(block({ ...oss, timeout_seconds: 5, max_retries: 0, rate_limit: { requests: 20, window_seconds: 1.5 } }), {});
    expect(resolved).toEqual({
      config: { flavor: 'oss', endpoint: 'http://localhost:8000', apiKey: 'key', timeoutMs: 5000, retry: { maxAttempts: 1 }, rateLimit: { limit: 20, windowMs: 1500 } },
    });
  });

  it('passes the TLS and proxy settings, from the block or their variables; the block wins', () => {
    const fromBlock = resolveProviderConfig(
      block({ ...oss, ca_certificates: 'ca.pem', client_certificate: 'c.pem', client_key: 'k.pem', insecure_skip_verify: true, proxy_url: 'http://p:3128' }),
      { CLICKSTACK_CA_CERTIFICATES: 'other.pem' },
    );
    expect('config' in fromBlock && fromBlock.config.network).toEqual({
      environment: { CLICKSTACK_CA_CERTIFICATES: 'other.pem' },
      caCertificates: 'ca.pem',
      clientCertificate: 'c.pem',
      clientKey: 'k.pem',
      insecureSkipVerify: true,
      proxy: { url: 'http://p:3128', source: '`proxy_url`' },
    });
    const env = { ...ossEnv, CLICKSTACK_CA_CERTIFICATES: 'env.pem', CLICKSTACK_INSECURE_SKIP_VERIFY: 'TRUE' };
    const fromEnv = resolveProviderConfig(block(), env);
    expect('config' in fromEnv && fromEnv.config.network).toEqual({ environment: env, caCertificates: 'env.pem', insecureSkipVerify: true });
    expect(resolveProviderConfig(block(oss), { CLICKSTACK_INSECURE_SKIP_VERIFY: 'yes' })).toEqual({
      problems: [{ summary: 'Invalid CLICKSTACK_INSECURE_SKIP_VERIFY', detail: 'Expected true, false, 1 or 0, not "yes".' }],
    });
  });

  it('tells the client where the credentials came from and how its settings are named, for its messages', () => {
    const fromEnv = resolveProviderConfig(block(), ossEnv);
    expect('config' in fromEnv && [fromEnv.config.credentialSource, fromEnv.config.settingNames?.endpoint]).toEqual([
      'the CLICKSTACK_API_KEY environment variable',
      '`endpoint` (or CLICKSTACK_ENDPOINT)',
    ]);
    const fromBlock = resolveProviderConfig(block({ ...cloud, api_key_secret: null }), { CLICKHOUSE_CLOUD_API_SECRET: 's' });
    expect('config' in fromBlock && [fromBlock.config.credentialSource, fromBlock.config.settingNames?.caCertificates]).toEqual([
      '`api_key_id` in the provider block and the CLICKHOUSE_CLOUD_API_SECRET environment variable',
      '`ca_certificates` (or CLICKSTACK_CA_CERTIFICATES)',
    ]);
  });

  it('warns on every configuration that skips certificate verification', async () => {
    const ctx = callContext();
    configureClient(block({ ...oss, insecure_skip_verify: true }), {}, ctx);
    expect(ctx.diagnostics.all).toEqual([expect.objectContaining({ severity: 'warning', summary: 'TLS certificate verification is off' })]);
  });

  it('documents an environment variable for every setting', () => {
    for (const { attribute, env } of SETTINGS) expect(clickstackProvider.schema.block.attributes[attribute].description).toContain(env);
  });

  it('marks the secrets sensitive', () => {
    const { attributes } = clickstackProvider.schema.block;
    expect([attributes.api_key.sensitive, attributes.api_key_secret.sensitive]).toEqual([true, true]);
  });

  it('validates the knobs with the schema', () => {
    const { attributes } = clickstackProvider.schema.block;
    const errors = (name: string, value: TfValue) => {
      const ctx = callContext();
      for (const validator of attributes[name].validators ?? []) validator.validate(value, [name], ctx.diagnostics);
      return ctx.diagnostics.all.length;
    };
    expect([errors('max_retries', 1.5), errors('max_retries', 3), errors('timeout_seconds', 0), errors('endpoint', '')]).toEqual([1, 0, 1, 1]);
  });
});

describe('configureClient', () => {
  it('returns no client, without an error, while a setting is unknown', () => {
    const ctx = callContext();
    expect(configureClient(block({ ...oss, endpoint: new Unknown() }), {}, ctx)).toBeUndefined();
    expect(ctx.diagnostics.all).toEqual([]);
  });

  it('turns resolution problems and a malformed endpoint into error diagnostics', () => {
    const missing = callContext();
    expect(configureClient(block({ api_key: 'k' }), {}, missing)).toBeUndefined();
    expect(missing.diagnostics.all).toEqual([expect.objectContaining({ severity: 'error', path: ['endpoint'] })]);
    const malformed = callContext();
    expect(configureClient(block({ ...oss, endpoint: 'localhost:8000' }), {}, malformed)).toBeUndefined();
    expect(malformed.diagnostics.all).toEqual([
      { severity: 'error', summary: 'Invalid ClickStack provider configuration', detail: expect.stringContaining('endpoint') },
    ]);
  });
});

describe('the registry', () => {
  it('registers every resource and data source', () => {
    expect(Object.keys(clickstackProvider.resources).sort()).toEqual([
      'clickstack_alert',
      'clickstack_connection',
      'clickstack_dashboard',
      'clickstack_role',
      'clickstack_saved_search',
      'clickstack_source',
      'clickstack_source_links',
      'clickstack_team_member',
      'clickstack_webhook',
    ]);
    expect(Object.keys(clickstackProvider.dataSources).sort()).toEqual([
      'clickstack_chart_series',
      'clickstack_connection',
      'clickstack_connections',
      'clickstack_dashboard',
      'clickstack_role',
      'clickstack_roles',
      'clickstack_source',
      'clickstack_sources',
      'clickstack_team_members',
      'clickstack_webhook',
      'clickstack_webhooks',
    ]);
  });

  it('describes every attribute of every schema (the docs are generated from the descriptions)', () => {
    const undescribed: string[] = [];
    const visit = (attributes: { [name: string]: Attribute }, path: string) => {
      for (const [name, attribute] of Object.entries(attributes)) {
        if (!attribute.description) undescribed.push(`${path}.${name}`);
        if (attribute.nested) visit(attribute.nested.attributes, `${path}.${name}`);
      }
    };
    visit(clickstackProvider.schema.block.attributes, 'provider');
    for (const [type, definition] of [...Object.entries(clickstackProvider.resources), ...Object.entries(clickstackProvider.dataSources)])
      visit(definition.schema.block.attributes, type);
    expect(undescribed).toEqual([]);
  });

  it('checks every number a configuration sets against what JSON carries', () => {
    const unchecked: string[] = [];
    const visit = (attributes: { [name: string]: Attribute }, path: string) => {
      for (const [name, attribute] of Object.entries(attributes)) {
        const configurable = attribute.required || attribute.optional;
        if (attribute.type === 'number' && configurable && !attribute.validators?.includes(jsonNumber)) unchecked.push(`${path}.${name}`);
        if (attribute.nested) visit(attribute.nested.attributes, `${path}.${name}`);
      }
    };
    for (const [type, definition] of [...Object.entries(clickstackProvider.resources), ...Object.entries(clickstackProvider.dataSources)])
      visit(definition.schema.block.attributes, type);
    expect(unchecked).toEqual([]);
  });

  it('refreshes to the same state and refuses changes while the provider has no client', async () => {
    const webhook = clickstackProvider.resources.clickstack_webhook;
    const state = { id: 'w1' };
    expect(await webhook.read({ state, client: undefined }, callContext())).toBe(state);
    const ctx = callContext();
    expect(await webhook.create({ planned: state, config: state, client: undefined }, ctx)).toBeNull();
    expect(ctx.diagnostics.all).toEqual([expect.objectContaining({ severity: 'error', summary: 'ClickStack provider not configured' })]);
    const lookup = callContext();
    expect(await clickstackProvider.dataSources.clickstack_webhook.read({ config: {}, client: undefined }, lookup)).toBeNull();
    expect(lookup.diagnostics.hasErrors()).toBe(true);
  });
});
