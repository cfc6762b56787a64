// gRPC tests: a grpc-js client talks to the plugin server over a unix socket with mutual TLS, as Terraform does,
// with the fixture provider (test/fixture-provider) behind it.
import * as grpc from '@grpc/grpc-js';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureProvider } from '../../test/fixture-provider/provider';
import { decodeDynamicValue, encodeDynamicValue } from './codec';
import { createLogger } from './log';
import { impliedType } from './schema';
import type { ProviderDefinition } from './provider';
import { GrpcServer, ServerCredentials } from './grpc-server';
import { createPluginServer, loadProtocol, ProviderServer } from './server';
import { generateServerCertificate } from './tls';
import { BigDecimal, Dynamic, type Schema, type TfObject, type TfValue, Unknown } from './types';
import { numberBetween } from './validators';

type Message = Record<string, any>;
type Clients = { [service: string]: grpc.Client };

const thingType = impliedType(fixtureProvider.resources.fixture_thing.schema.block);
const providerType = impliedType(fixtureProvider.schema.block);
const dataSourceType = impliedType(fixtureProvider.dataSources.fixture_thing.schema.block);

const workDir = mkdtempSync(join(tmpdir(), 'server-test-'));
const storePath = join(workDir, 'store.json');
let server: GrpcServer;
let clients: Clients;
let shutdowns = 0;

function call(service: string, method: string, request: Message = {}): Promise<Message> {
  const client = clients[service] as unknown as Record<string, (r: Message, cb: (e: Error | null, m: Message) => void) => void>;
  return new Promise((resolve, reject) =>
    client[method].call(client, request, (error, response) => (error ? reject(error) : resolve(response))),
  );
}

const provider = (method: string, request: Message = {}) => call('provider', method, request);
const encodeThing = (value: TfObject | null) => encodeDynamicValue(value, thingType);
const decodeThing = (dynamicValue: Message) => decodeDynamicValue(dynamicValue, thingType) as TfObject | null;

function thing(overrides: TfObject = {}): TfObject {
  return {
    id: null,
    name: 'first',
    tags: ['b', 'a'],
    labels: null,
    settings: { color: 'red', size: 3 },
    metadata: { env: 'test' },
    big_number: 9007199254740993n,
    secret: 's3cret',
    token: null,
    extra: new Dynamic(['object', { n: 'number' }], { n: 1 }),
    ...overrides,
  };
}

function configure(config: TfObject): Promise<Message> {
  return provider('ConfigureProvider', {
    terraform_version: '1.11.4',
    config: encodeDynamicValue({ store_path: storePath, apply_delay_ms: null, ...config }, providerType),
  });
}

async function plan(prior: TfObject | null, config: TfObject): Promise<Message> {
  // Terraform's proposed state: config, with computed attributes taken from prior state.
  const proposed = { ...config, id: prior ? prior.id : null };
  return provider('PlanResourceChange', {
    type_name: 'fixture_thing',
    prior_state: encodeThing(prior),
    proposed_new_state: encodeThing(proposed),
    config: encodeThing(config),
  });
}

async function apply(prior: TfObject | null, planned: TfObject | null, config: TfObject | null): Promise<Message> {
  return provider('ApplyResourceChange', {
    type_name: 'fixture_thing',
    prior_state: encodeThing(prior),
    planned_state: encodeThing(planned),
    config: encodeThing(config),
  });
}

/** A handler of the service implementation, called as grpc-js calls it, without the wire. */
function callHandler(handlers: grpc.UntypedServiceImplementation, method: string, request: Message): Promise<Message> {
  const handler = handlers[method] as (call: { request: Message }, callback: (error: Error | null, response: Message) => void) => void;
  return new Promise((resolve, reject) => handler({ request }, (error, response) => (error ? reject(error) : resolve(response))));
}

async function create(config: TfObject): Promise<TfObject> {
  const planned = decodeThing((await plan(null, config)).planned_state)!;
  const applied = await apply(null, planned, config);
  expect(applied.diagnostics).toEqual([]);
  return decodeThing(applied.new_state)!;
}

beforeAll(async () => {
  const serverCertificate = generateServerCertificate();
  const clientCertificate = generateServerCertificate();
  server = createPluginServer(fixtureProvider, { log: createLogger(undefined), onShutdown: () => shutdowns++ });
  const socket = join(workDir, 'plugin.sock');
  const serverCredentials = ServerCredentials.createSsl(
    Buffer.from(clientCertificate.certPem),
    [{ private_key: Buffer.from(serverCertificate.keyPem), cert_chain: Buffer.from(serverCertificate.certPem) }],
    true,
  );
  await new Promise<void>((resolve, reject) =>
    server.bindAsync(`unix:${socket}`, serverCredentials, (error) => (error ? reject(error) : resolve())),
  );
  const clientCredentials = grpc.credentials.createSsl(
    Buffer.from(serverCertificate.certPem),
    Buffer.from(clientCertificate.keyPem),
    Buffer.from(clientCertificate.certPem),
  );
  const options = { 'grpc.ssl_target_name_override': 'localhost', 'grpc.default_authority': 'localhost' };
  clients = Object.fromEntries(
    Object.entries(loadProtocol()).map(([service, definition]) => {
      const Client = grpc.makeGenericClientConstructor(definition, service);
      return [service, new Client(`unix:${socket}`, clientCredentials, options)];
    }),
  );
});

afterAll(() => {
  Object.values(clients).forEach((client) => client.close());
  server.forceShutdown();
  rmSync(workDir, { recursive: true, force: true });
});

describe('schema and metadata', () => {
  it('serves the provider, resource and data source schemas without plan_destroy', async () => {
    const response = await provider('GetProviderSchema');
    expect(response.diagnostics).toEqual([]);
    expect(response.provider.block.attributes.map((a: Message) => a.name).sort()).toEqual(['apply_delay_ms', 'store_path']);
    expect(Object.keys(response.resource_schemas)).toEqual(['fixture_thing']);
    expect(Object.keys(response.data_source_schemas)).toEqual(['fixture_thing']);
    const secret = response.resource_schemas.fixture_thing.block.attributes.find((a: Message) => a.name === 'secret');
    expect(secret).toMatchObject({ sensitive: true, optional: true });
    expect(response.server_capabilities).toEqual({ plan_destroy: false, get_provider_schema_optional: true, move_resource_state: false });
  });

  it('lists resources and data sources in GetMetadata', async () => {
    const response = await provider('GetMetadata');
    expect(response.resources).toEqual([{ type_name: 'fixture_thing' }]);
    expect(response.data_sources).toEqual([{ type_name: 'fixture_thing' }]);
  });
});

describe('validation', () => {
  it('runs attribute validators and reports the path as deep as Terraform can place it, the rest in the detail', async () => {
    const response = await provider('ValidateResourceConfig', {
      type_name: 'fixture_thing',
      config: encodeThing(thing({ settings: { color: null, size: 500 } })),
    });
    expect(response.diagnostics).toHaveLength(1);
    expect(response.diagnostics[0]).toMatchObject({
      severity: 'ERROR',
      detail: expect.stringMatching(/^settings\.size: /),
      attribute: { steps: [{ attribute_name: 'settings' }] },
    });
  });

  it('takes requests larger than the 4 MiB grpc-js allows by default, as Terraform sends them', async () => {
    const tags = Array.from({ length: 6 }, (_, i) => `${i}`.padEnd(1024 * 1024, 'x'));
    const response = await provider('ValidateResourceConfig', { type_name: 'fixture_thing', config: encodeThing(thing({ tags })) });
    expect(response.diagnostics).toEqual([]);
  });

  it('accepts unknown values in config', async () => {
    const response = await provider('ValidateResourceConfig', {
      type_name: 'fixture_thing',
      config: encodeThing(thing({ name: new Unknown(), settings: new Unknown() })),
    });
    expect(response.diagnostics).toEqual([]);
  });

  it('answers an unknown resource type with a diagnostic', async () => {
    const response = await provider('ValidateResourceConfig', { type_name: 'fixture_nope', config: encodeThing(thing()) });
    expect(response.diagnostics[0]).toMatchObject({ severity: 'ERROR', summary: 'Unknown resource type' });
  });

  it('reports undecodable values as diagnostics instead of failing the call', async () => {
    const response = await provider('ValidateDataResourceConfig', {
      type_name: 'fixture_thing',
      config: { msgpack: Buffer.from([0xc1]) },
    });
    expect(response.diagnostics[0]).toMatchObject({ severity: 'ERROR', summary: 'Invalid value' });
  });
});

describe('features the runtime does not offer', () => {
  it('answers with an error diagnostic, not UNIMPLEMENTED', async () => {
    const opened = await provider('OpenEphemeralResource', { type_name: 'fixture_secret' });
    expect(opened.diagnostics[0]).toMatchObject({ severity: 'ERROR', summary: 'Ephemeral resources are not supported' });
    const moved = await provider('MoveResourceState', { target_type_name: 'fixture_thing' });
    expect(moved.diagnostics[0].severity).toBe('ERROR');
    expect((await provider('CallFunction', { name: 'f' })).error.text).toContain('no functions');
    expect(await provider('GetFunctions')).toMatchObject({ functions: {}, diagnostics: [] });
  });
});

describe('managed resource lifecycle', () => {
  beforeAll(async () => expect((await configure({})).diagnostics).toEqual([]));

  it('plans a create with an unknown id and applies it', async () => {
    const planned = decodeThing((await plan(null, thing())).planned_state)!;
    expect(planned.id).toBeInstanceOf(Unknown);
    const applied = await apply(null, planned, thing());
    expect(applied.diagnostics).toEqual([]);
    const state = decodeThing(applied.new_state)!;
    expect(state.id).toMatch(/^thing-/);
    expect(state.big_number).toBe(9007199254740993n);
    const stored = JSON.parse(readFileSync(storePath, 'utf8')).things[state.id as string];
    expect(stored).toMatchObject({ name: 'first', big_number: '9007199254740993', extra: { type: ['object', { n: 'number' }], value: { n: 1 } } });
  });

  it('never puts write-only values in the plan or the state', async () => {
    const config = thing({ name: 'write-only', token: 't0ken' });
    const planned = decodeThing((await plan(null, config)).planned_state)!;
    expect(planned.token).toBeNull();
    const applied = await apply(null, planned, config);
    expect(decodeThing(applied.new_state)!.token).toBeNull();
  });

  it('keeps the id on an in-place update and asks for replacement when the name changes', async () => {
    const state = await create(thing({ name: 'second' }));
    const update = await plan(state, thing({ name: 'second', tags: ['c'] }));
    expect(update.requires_replace).toEqual([]);
    expect(decodeThing(update.planned_state)!.id).toBe(state.id);
    const replace = await plan(state, thing({ name: 'renamed' }));
    expect(replace.requires_replace).toMatchObject([{ steps: [{ attribute_name: 'name' }] }]);
  });

  it('reads the object, reports changes made behind Terraform’s back and a deletion as null', async () => {
    const state = await create(thing({ name: 'third' }));
    const read = await provider('ReadResource', { type_name: 'fixture_thing', current_state: encodeThing(state) });
    expect(decodeThing(read.new_state)).toEqual(state);

    const file = JSON.parse(readFileSync(storePath, 'utf8'));
    file.things[state.id as string].tags = ['edited'];
    writeFileSync(storePath, JSON.stringify(file));
    const drifted = await provider('ReadResource', { type_name: 'fixture_thing', current_state: encodeThing(state) });
    expect(decodeThing(drifted.new_state)!.tags).toEqual(['edited']);

    const destroyed = await apply(state, null, null);
    expect(destroyed.diagnostics).toEqual([]);
    expect(decodeThing(destroyed.new_state)).toBeNull();
    const gone = await provider('ReadResource', { type_name: 'fixture_thing', current_state: encodeThing(state) });
    expect(decodeThing(gone.new_state)).toBeNull();
  });

  it('imports by id, leaving the rest to ReadResource', async () => {
    const imported = await provider('ImportResourceState', { type_name: 'fixture_thing', id: 'thing-0001' });
    expect(imported.imported_resources).toHaveLength(1);
    expect(decodeThing(imported.imported_resources[0].state)).toEqual({
      id: 'thing-0001', name: null, tags: null, labels: null, settings: null, metadata: null, big_number: null, secret: null, token: null, extra: null,
    });
  });

  it('reads a data source', async () => {
    const state = await create(thing({ name: 'looked-up' }));
    const config = { name: 'looked-up', id: null, tags: null, big_number: null };
    const read = await provider('ReadDataSource', { type_name: 'fixture_thing', config: encodeDynamicValue(config, dataSourceType) });
    expect(read.diagnostics).toEqual([]);
    expect(decodeDynamicValue(read.state, dataSourceType)).toEqual({ ...config, id: state.id, tags: ['b', 'a'], big_number: 9007199254740993n });
  });

  it('upgrades raw state JSON without rounding numbers and drops attributes the schema lost', async () => {
    const raw = '{"id":"thing-1","name":"n","tags":null,"labels":null,"settings":null,"metadata":null,' +
      '"big_number":123456789012345678901234567890.5,"secret":null,"extra":{"value":[1,"x"],"type":["tuple",["number","string"]]},"gone":1}';
    const response = await provider('UpgradeResourceState', { type_name: 'fixture_thing', version: 0, raw_state: { json: Buffer.from(raw) } });
    expect(response.diagnostics).toEqual([]);
    const upgraded = decodeThing(response.upgraded_state)!;
    expect(upgraded.big_number).toEqual(new BigDecimal('123456789012345678901234567890.5'));
    expect(upgraded.extra).toEqual(new Dynamic(['tuple', ['number', 'string']], [1, 'x']));
    expect(upgraded).not.toHaveProperty('gone');
  });

  it('refuses state from a newer schema version', async () => {
    const response = await provider('UpgradeResourceState', { type_name: 'fixture_thing', version: 7, raw_state: { json: Buffer.from('{}') } });
    expect(response.diagnostics[0]).toMatchObject({ severity: 'ERROR', summary: 'State written by a newer provider' });
  });

  it('keeps the prior state when an update fails', async () => {
    const state = await create(thing({ name: 'fragile' }));
    const unwritable = join(workDir, 'missing-dir', 'store.json');
    await provider('ConfigureProvider', { config: encodeDynamicValue({ store_path: unwritable, apply_delay_ms: null }, providerType) });
    try {
      const failed = await apply(state, thing({ ...state, tags: ['x'] }), thing({ name: 'fragile', tags: ['x'] }));
      expect(failed.diagnostics[0].severity).toBe('ERROR');
      expect(decodeThing(failed.new_state)).toEqual(state);
    } finally {
      await configure({});
    }
  });
});

describe('StopProvider', () => {
  it('cancels an in-flight apply, which reports Interrupted and keeps the prior state', async () => {
    const state = await create(thing({ name: 'slow' }));
    await configure({ apply_delay_ms: 60_000 });
    try {
      const started = Date.now();
      const pending = apply(state, thing({ ...state, tags: ['later'] }), thing({ name: 'slow', tags: ['later'] }));
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await provider('StopProvider')).toEqual({ Error: '' });
      const interrupted = await pending;
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(interrupted.diagnostics[0]).toMatchObject({ severity: 'ERROR', summary: 'Interrupted' });
      expect(decodeThing(interrupted.new_state)).toEqual(state);
    } finally {
      await configure({});
    }
    // Calls after the stop are not cancelled.
    expect((await create(thing({ name: 'after-stop' }))).id).toMatch(/^thing-/);
  });
});

describe('go-plugin services', () => {
  it('answers health checks, ends the stdio stream at once and reports Shutdown', async () => {
    expect(await call('health', 'Check', { service: 'plugin' })).toEqual({ status: 'SERVING' });
    const received: TfValue[] = [];
    await new Promise<void>((resolve, reject) => {
      const stream = (clients.stdio as any).StreamStdio({});
      stream.on('data', (data: TfValue) => received.push(data));
      stream.on('end', resolve);
      stream.on('error', reject);
    });
    expect(received).toEqual([]);
    await call('controller', 'Shutdown');
    await new Promise((resolve) => setImmediate(resolve));
    expect(shutdowns).toBe(1);
  });
});

describe('provider process state', () => {
  it('refuses to read resources before ConfigureProvider succeeded', async () => {
    const dir = join(workDir, 'unconfigured');
    mkdirSync(dir);
    const unconfigured = createPluginServer(fixtureProvider, { log: createLogger(undefined), onShutdown: () => undefined });
    const socket = join(dir, 'plugin.sock');
    await new Promise<void>((resolve, reject) =>
      unconfigured.bindAsync(`unix:${socket}`, ServerCredentials.createInsecure(), (e) => (e ? reject(e) : resolve())),
    );
    const Provider = grpc.makeGenericClientConstructor(loadProtocol().provider, 'Provider');
    const client = new Provider(`unix:${socket}`, grpc.credentials.createInsecure()) as any;
    try {
      const state = thing({ id: 'thing-x' });
      const response: Message = await new Promise((resolve, reject) =>
        client.ReadResource({ type_name: 'fixture_thing', current_state: encodeThing(state) }, (e: Error | null, r: Message) =>
          e ? reject(e) : resolve(r),
        ),
      );
      expect(response.diagnostics[0]).toMatchObject({ severity: 'ERROR', summary: 'Provider not configured' });
      expect(decodeThing(response.new_state)).toEqual(state);
    } finally {
      client.close();
      unconfigured.forceShutdown();
    }
  });
});

describe('handlers, called without the wire', () => {
  // A resource and a data source of the same type name, with differently shaped schemas, and a resource whose
  // create and update misbehave on request.
  const widgetSchema: Schema = {
    version: 0,
    block: { attributes: { id: { type: 'string', computed: true }, name: { type: 'string', required: true }, size: { type: 'number', optional: true } } },
  };
  const lookupSchema: Schema = {
    version: 0,
    block: {
      attributes: {
        filter: { optional: true, nested: { nesting: 'single', attributes: { size: { type: 'number', optional: true, validators: [numberBetween(1, 10)] } } } },
        id: { type: 'string', computed: true },
      },
    },
  };
  const widgetType = impliedType(widgetSchema.block);
  const lookupType = impliedType(lookupSchema.block);
  const testProvider: ProviderDefinition = {
    typeName: 'test',
    schema: { version: 0, block: { attributes: {} } },
    configure: async () => ({}),
    resources: {
      test_widget: {
        schema: widgetSchema,
        // The object is created, but the size comes back as text, which a number attribute cannot hold.
        create: async ({ planned }) => ({ ...planned, id: 'widget-1', size: 'large' }),
        read: async ({ state }) => state,
        update: async ({ planned }, ctx) => {
          if (planned.name === 'refused') ctx.diagnostics.error('Refused', 'The server refused the change.');
          return null;
        },
        delete: async () => undefined,
      },
    },
    dataSources: { test_widget: { schema: lookupSchema, read: async ({ config }) => ({ ...config, id: 'widget-1' }) } },
  };
  let handlers: grpc.UntypedServiceImplementation;

  const direct = (method: string, request: Message) => callHandler(handlers, method, request);
  const encodeWidget = (value: TfObject | null) => encodeDynamicValue(value, widgetType);
  const decodeWidget = (dynamicValue: Message) => decodeDynamicValue(dynamicValue, widgetType) as TfObject | null;
  const applyWidget = (prior: TfObject | null, planned: TfObject) =>
    direct('ApplyResourceChange', { type_name: 'test_widget', prior_state: encodeWidget(prior), planned_state: encodeWidget(planned), config: encodeWidget({ ...planned, id: null }) });

  beforeAll(async () => {
    handlers = new ProviderServer(testProvider, createLogger(undefined)).implementation();
    expect((await direct('ConfigureProvider', { config: encodeDynamicValue({}, impliedType(testProvider.schema.block)) })).diagnostics).toEqual([]);
  });

  it('places data source validation errors with the data source schema, not the resource one of the same name', async () => {
    const response = await direct('ValidateDataResourceConfig', {
      type_name: 'test_widget',
      config: encodeDynamicValue({ filter: { size: 50 }, id: null }, lookupType),
    });
    expect(response.diagnostics).toHaveLength(1);
    expect(response.diagnostics[0]).toMatchObject({
      severity: 'ERROR',
      detail: expect.stringMatching(/^filter\.size: /),
      attribute: { steps: [{ attribute_name: 'filter' }] },
    });
  });

  it('keeps a created object tracked when its returned state does not fit the schema', async () => {
    const applied = await applyWidget(null, { id: new Unknown(), name: 'w', size: 3 });
    expect(applied.diagnostics).toHaveLength(1);
    expect(applied.diagnostics[0]).toMatchObject({ severity: 'ERROR', summary: 'Invalid state after create' });
    // The id the provider returned is kept; the size that does not fit falls back to the planned one.
    expect(decodeWidget(applied.new_state)).toEqual({ id: 'widget-1', name: 'w', size: 3 });
  });

  it('keeps the prior state when update returns null, with the resource’s diagnostic or one of its own', async () => {
    const prior = { id: 'widget-1', name: 'w', size: 3 };
    const refused = await applyWidget(prior, { ...prior, name: 'refused' });
    expect(refused.diagnostics).toMatchObject([{ severity: 'ERROR', summary: 'Refused' }]);
    expect(decodeWidget(refused.new_state)).toEqual(prior);
    const silent = await applyWidget(prior, { ...prior, size: 4 });
    expect(silent.diagnostics).toMatchObject([{ severity: 'ERROR', summary: 'Update failed' }]);
    expect(decodeWidget(silent.new_state)).toEqual(prior);
  });
});

describe('StopProvider, called without the wire', () => {
  // A resource whose create sends its "request" at once and takes `sendMs` to get the answer, unless it is stopped
  // before sending: the life of a write under Ctrl-C.
  const schema: Schema = { version: 0, block: { attributes: { id: { type: 'string', computed: true }, name: { type: 'string', required: true } } } };
  const type = impliedType(schema.block);
  const DEADLINE_MS = 300;
  const sent: string[] = [];
  const pause = (ms: number, signal: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, ms);
      signal.addEventListener('abort', () => (clearTimeout(timer), reject(new Error('aborted'))), { once: true });
    });
  const provider: ProviderDefinition = {
    typeName: 'test',
    schema: { version: 0, block: { attributes: {} } },
    configure: async () => ({}),
    resources: {
      test_write: {
        schema,
        create: async ({ planned }, ctx) => {
          const name = String(planned.name);
          const [waitMs, sendMs] = name.split('-').slice(1).map(Number);
          await pause(waitMs, ctx.stop); // not sent yet: a stop ends it
          sent.push(name);
          await pause(sendMs, ctx.signal); // on the wire: only the deadline ends it
          return { id: `id-${name}`, name };
        },
        read: async ({ state }) => state,
        update: async ({ planned }) => planned,
        delete: async () => undefined,
      },
    },
    dataSources: {},
  };
  let server: ProviderServer;
  let handlers: grpc.UntypedServiceImplementation;

  const direct = (method: string, request: Message) => callHandler(handlers, method, request);
  const create = (name: string) =>
    direct('ApplyResourceChange', {
      type_name: 'test_write',
      prior_state: encodeDynamicValue(null, type),
      planned_state: encodeDynamicValue({ id: new Unknown(), name }, type),
      config: encodeDynamicValue({ id: null, name }, type),
    });

  beforeAll(async () => {
    server = new ProviderServer(provider, createLogger(undefined), DEADLINE_MS);
    handlers = server.implementation();
    expect((await direct('ConfigureProvider', { config: encodeDynamicValue({}, impliedType(provider.schema.block)) })).diagnostics).toEqual([]);
  });

  it('lets a write on the wire finish and return its state, starts none that was waiting, and abandons one past the deadline', async () => {
    const onTheWire = create('sent-0-100');
    const waiting = create('waiting-60000-0');
    const slow = create('slow-0-60000');
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(await direct('StopProvider', {})).toEqual({ Error: '' });

    const finished = await onTheWire;
    expect(finished.diagnostics).toEqual([]);
    expect(decodeDynamicValue(finished.new_state, type)).toEqual({ id: 'id-sent-0-100', name: 'sent-0-100' });

    const notStarted = await waiting;
    expect(notStarted.diagnostics).toMatchObject([
      { severity: 'ERROR', summary: 'Interrupted', detail: 'Terraform asked the provider to stop (for example after Ctrl-C), so the operation was not started.' },
    ]);
    expect(decodeDynamicValue(notStarted.new_state, type)).toBeNull();

    const started = Date.now();
    const abandoned = await slow;
    expect(Date.now() - started).toBeLessThan(DEADLINE_MS + 200);
    expect(abandoned.diagnostics).toMatchObject([
      {
        severity: 'ERROR',
        summary: 'Interrupted',
        detail: 'Terraform asked the provider to stop (for example after Ctrl-C), and the operation was abandoned when it had not finished within 0.3 s.',
      },
    ]);
    expect(sent).toEqual(['sent-0-100', 'slow-0-60000']);

    // Calls after the stop start afresh.
    expect((await create('later-0-0')).diagnostics).toEqual([]);
  });
});
