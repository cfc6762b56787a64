// The gRPC side of the runtime: tfplugin6.Provider dispatched to a ProviderDefinition, plus the go-plugin
// services (GRPCController, GRPCStdio) and health. Every handler is async (so StopProvider can run while an
// apply waits) and turns every failure into an error diagnostic: the process never crashes on a bad call.
import type * as grpc from '@grpc/grpc-js';
import * as protobuf from 'protobufjs/light';
import { GrpcServer } from './grpc-server';
import { decodeDynamicValue, decodeRawState, encodeDynamicValue, ValueError } from './codec';
import { DiagnosticsCollector, diagnosticsToProto, locateInConfig, pathToProto } from './diagnostics';
import { parseJsonLossless } from './lossless-json';
import { containsUnknown, defaultPlan } from './plan';
import { applyPlanModifiers } from './plan-modifiers';
import type { CallContext, DataSourceDefinition, Logger, PlanResult, ProviderDefinition, ResourceDefinition } from './provider';
import descriptor from './proto/descriptor.json';
import { impliedType, schemaToProto } from './schema';
import { type AttributePath, BigDecimal, type Block, type CtyType, Dynamic, isTfObject, type NestedBlock, type Schema, type TfObject, type TfValue, Unknown } from './types';
import { isKnown, runValidators } from './validators';

/**
 * How messages appear to handlers: proto field names, enums as strings, int64 as number, bytes as Buffer,
 * unset fields filled with defaults (messages with null), and each set oneof named in a virtual field.
 * These are the options @grpc/proto-loader would take; the runtime does the same conversion itself on
 * protobufjs/light, which skips proto-loader's descriptor building at start-up.
 */
const CONVERSION: protobuf.IConversionOptions = { longs: Number, enums: String, bytes: Buffer, defaults: true, oneofs: true };

/** gRPC service definitions of every service a provider process serves (also used by test clients). */
export interface Protocol {
  provider: grpc.ServiceDefinition;
  controller: grpc.ServiceDefinition;
  stdio: grpc.ServiceDefinition;
  health: grpc.ServiceDefinition;
}

let protocol: Protocol | undefined;

/**
 * Loads the pre-compiled descriptor (proto/descriptor.json, made by scripts/generate-proto.mjs), once per process
 * (the single executable's start-up snapshot holds it already loaded).
 */
export function loadProtocol(): Protocol {
  return (protocol ??= protocolFromDescriptor());
}

function protocolFromDescriptor(): Protocol {
  const root = protobuf.Root.fromJSON(descriptor as protobuf.INamespace);
  root.resolveAll();
  return {
    provider: serviceDefinition(root, 'tfplugin6.Provider'),
    controller: serviceDefinition(root, 'plugin.GRPCController'),
    stdio: serviceDefinition(root, 'plugin.GRPCStdio'),
    health: serviceDefinition(root, 'grpc.health.v1.Health'),
  };
}

function serviceDefinition(root: protobuf.Root, name: string): grpc.ServiceDefinition {
  const service = root.lookupService(name);
  const serialize = (type: protobuf.Type) => (message: object) => Buffer.from(type.encode(type.fromObject(message)).finish());
  const deserialize = (type: protobuf.Type) => (bytes: Buffer) => type.toObject(type.decode(bytes), CONVERSION);
  return Object.fromEntries(
    service.methodsArray.map((method) => {
      const request = method.resolvedRequestType!;
      const response = method.resolvedResponseType!;
      const definition: grpc.MethodDefinition<object, object> = {
        path: `/${name}/${method.name}`,
        requestStream: Boolean(method.requestStream),
        responseStream: Boolean(method.responseStream),
        requestSerialize: serialize(request),
        requestDeserialize: deserialize(request),
        responseSerialize: serialize(response),
        responseDeserialize: deserialize(response),
      };
      return [method.name, definition];
    }),
  );
}

// Request and response messages in proto-loader's plain-object shape.
type Message = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type DynamicValueMessage = { msgpack?: Buffer; json?: Buffer } | null | undefined;

interface Rpc {
  ctx: CallContext;
  /** Filled in by the handler; whatever it holds when a failure happens is sent (state-safe values first). */
  response: Message;
  /**
   * The schema the call's diagnostic paths are relative to, set by the handler once it knows it (a type lookup
   * does it); without one, paths are sent as they are.
   */
  schemaBlock?: Block;
}

type RpcHandler = (request: Message, rpc: Rpc) => Promise<void>;

interface Typed<Definition> {
  definition: Definition;
  type: CtyType;
}

/**
 * Each process starts for a few calls on a few types: a type is worked out when a call first needs it, not for
 * every resource and data source at start-up.
 */
function typed<Definition extends { schema: Schema }>(definition: Definition): Typed<Definition> {
  let type: CtyType | undefined;
  return {
    definition,
    get type() {
      return (type ??= impliedType(definition.schema.block));
    },
  };
}

const INTERRUPTED_DETAIL = 'Terraform asked the provider to stop (for example after Ctrl-C), so the operation was cancelled.';

/** Serves one ProviderDefinition; one instance per provider process. */
export class ProviderServer {
  private readonly providerType: CtyType;
  private readonly resources = new Map<string, Typed<ResourceDefinition>>();
  private readonly dataSources = new Map<string, Typed<DataSourceDefinition>>();
  private schemaResponse: Message | undefined;
  private configured = false;
  private client: unknown;
  /** Replaced after each StopProvider, so calls made after a stop are not born cancelled. */
  private stopController = new AbortController();

  constructor(
    private readonly provider: ProviderDefinition,
    private readonly log: Logger,
  ) {
    this.providerType = impliedType(provider.schema.block);
    for (const [name, definition] of Object.entries(provider.resources)) this.resources.set(name, typed(definition));
    for (const [name, definition] of Object.entries(provider.dataSources)) this.dataSources.set(name, typed(definition));
  }

  /** The tfplugin6.Provider implementation for grpc-js. */
  implementation(): grpc.UntypedServiceImplementation {
    const handlers: Record<string, RpcHandler> = {
      GetMetadata: this.getMetadata,
      GetProviderSchema: this.getProviderSchema,
      ValidateProviderConfig: this.validateProviderConfig,
      ValidateResourceConfig: this.validateResourceConfig,
      ValidateDataResourceConfig: this.validateDataResourceConfig,
      UpgradeResourceState: this.upgradeResourceState,
      ConfigureProvider: this.configureProvider,
      ReadResource: this.readResource,
      PlanResourceChange: this.planResourceChange,
      ApplyResourceChange: this.applyResourceChange,
      ImportResourceState: this.importResourceState,
      MoveResourceState: this.moveResourceState,
      ReadDataSource: this.readDataSource,
      GetFunctions: this.getFunctions,
      CallFunction: this.callFunction,
      ValidateEphemeralResourceConfig: this.ephemeralResourcesUnsupported,
      OpenEphemeralResource: this.ephemeralResourcesUnsupported,
      RenewEphemeralResource: this.ephemeralResourcesUnsupported,
      CloseEphemeralResource: this.ephemeralResourcesUnsupported,
    };
    const implementation: grpc.UntypedServiceImplementation = {
      StopProvider: (_call: grpc.ServerUnaryCall<Message, Message>, callback: grpc.sendUnaryData<Message>) => {
        this.stop();
        callback(null, { Error: '' });
      },
    };
    for (const [name, handler] of Object.entries(handlers)) implementation[name] = this.unary(name, handler.bind(this));
    return implementation;
  }

  /** Cancels every in-flight call (their CallContext.signal aborts). */
  stop(): void {
    this.log.info('StopProvider: cancelling in-flight calls');
    this.stopController.abort();
    this.stopController = new AbortController();
  }

  private unary(name: string, handler: RpcHandler): grpc.handleUnaryCall<Message, Message> {
    return async (call, callback) => {
      const started = performance.now();
      const diagnostics = new DiagnosticsCollector();
      const rpc: Rpc = { ctx: { signal: this.stopController.signal, log: this.log, diagnostics }, response: {} };
      const typeName: string | undefined = call.request.type_name || undefined;
      try {
        await handler(call.request, rpc);
      } catch (error) {
        this.recordFailure(name, typeName, error, rpc.ctx);
      }
      const block = rpc.schemaBlock;
      rpc.response.diagnostics = diagnosticsToProto(block ? diagnostics.all.map((d) => locateInConfig(block, d)) : diagnostics.all);
      this.log.debug(`${name} done`, {
        rpc: name,
        type_name: typeName,
        duration_ms: Math.round(performance.now() - started),
        errors: diagnostics.all.filter((d) => d.severity === 'error').length,
        warnings: diagnostics.all.filter((d) => d.severity === 'warning').length,
      });
      callback(null, rpc.response);
    };
  }

  private recordFailure(rpcName: string, typeName: string | undefined, error: unknown, ctx: CallContext): void {
    const where = typeName ? `${rpcName} (${typeName})` : rpcName;
    if (ctx.signal.aborted) {
      ctx.diagnostics.error('Interrupted', INTERRUPTED_DETAIL);
    } else if (error instanceof ValueError) {
      ctx.diagnostics.error('Invalid value', `${where}: ${error.message}`, error.path);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      ctx.diagnostics.error(message, `The provider failed in ${where}.`);
      this.log.error(`${where} failed`, { error: message, stack: error instanceof Error ? error.stack : undefined });
    }
  }

  // --- information ---------------------------------------------------------------------------------------

  private serverCapabilities(): Message {
    // plan_destroy stays off: destroys never reach PlanResourceChange, so resources need no null-plan logic.
    return { plan_destroy: false, get_provider_schema_optional: false, move_resource_state: false };
  }

  private async getMetadata(_request: Message, { response }: Rpc): Promise<void> {
    response.server_capabilities = this.serverCapabilities();
    response.resources = [...this.resources.keys()].map((type_name) => ({ type_name }));
    response.data_sources = [...this.dataSources.keys()].map((type_name) => ({ type_name }));
  }

  private async getProviderSchema(_request: Message, { response }: Rpc): Promise<void> {
    this.schemaResponse ??= {
      provider: schemaToProto(this.provider.schema),
      resource_schemas: mapValues(this.resources, ({ definition }) => schemaToProto(definition.schema)),
      data_source_schemas: mapValues(this.dataSources, ({ definition }) => schemaToProto(definition.schema)),
      server_capabilities: this.serverCapabilities(),
    };
    Object.assign(response, this.schemaResponse);
  }

  // --- validation ----------------------------------------------------------------------------------------

  private async validateProviderConfig(request: Message, rpc: Rpc): Promise<void> {
    const { schema, validateConfig } = this.provider;
    rpc.schemaBlock = schema.block;
    await validateConfigOf(schema, this.providerType, validateConfig?.bind(this.provider), request.config, rpc.ctx);
  }

  private async validateResourceConfig(request: Message, rpc: Rpc): Promise<void> {
    const resource = this.resource(request.type_name, rpc);
    if (!resource) return;
    const { schema, validate } = resource.definition;
    await validateConfigOf(schema, resource.type, validate?.bind(resource.definition), request.config, rpc.ctx);
  }

  private async validateDataResourceConfig(request: Message, rpc: Rpc): Promise<void> {
    const dataSource = this.dataSource(request.type_name, rpc);
    if (!dataSource) return;
    const { schema, validate } = dataSource.definition;
    await validateConfigOf(schema, dataSource.type, validate?.bind(dataSource.definition), request.config, rpc.ctx);
  }

  // --- provider configuration ----------------------------------------------------------------------------

  private async configureProvider(request: Message, rpc: Rpc): Promise<void> {
    const { ctx } = rpc;
    rpc.schemaBlock = this.provider.schema.block;
    const config = decodeObject(request.config, this.providerType);
    this.log.debug('ConfigureProvider', { terraform_version: request.terraform_version });
    this.client = await this.provider.configure(config, ctx);
    this.configured = !ctx.diagnostics.hasErrors();
  }

  /** The configured client, or an error diagnostic when ConfigureProvider has not succeeded. */
  private requireClient(ctx: CallContext): { client: unknown } | undefined {
    if (this.configured) return { client: this.client };
    ctx.diagnostics.error('Provider not configured', 'ConfigureProvider has not succeeded in this provider process.');
    return undefined;
  }

  // --- managed resources ---------------------------------------------------------------------------------

  private async upgradeResourceState(request: Message, rpc: Rpc): Promise<void> {
    const { ctx, response } = rpc;
    const resource = this.resource(request.type_name, rpc);
    if (!resource) return;
    const { schema, upgradeState } = resource.definition;
    const stored: Buffer | undefined = request.raw_state?.json;
    if (!stored?.length) {
      ctx.diagnostics.error('Unsupported state format', 'Only JSON state is supported (legacy flatmap state is not).');
      return;
    }
    const version = Number(request.version);
    if (version > schema.version) {
      ctx.diagnostics.error(
        'State written by a newer provider',
        `${request.type_name} state has schema version ${version}; this provider knows version ${schema.version}. Upgrade the provider.`,
      );
      return;
    }
    let json = stored.toString('utf8');
    if (version < schema.version && upgradeState) {
      const upgraded = upgradeState(version, parseJsonLossless(json) as { [key: string]: unknown });
      json = stringifyLossless(upgraded);
    }
    response.upgraded_state = encodeState(resource, decodeRawState(json, resource.type) as TfObject | null);
  }

  private async readResource(request: Message, rpc: Rpc): Promise<void> {
    const { ctx, response } = rpc;
    response.new_state = request.current_state; // unchanged unless the read succeeds
    response.private = request.private;
    const resource = this.resource(request.type_name, rpc);
    const configured = this.requireClient(ctx);
    if (!resource || !configured) return;
    const state = decodeObject(request.current_state, resource.type);
    const found = await resource.definition.read({ state, client: configured.client }, ctx);
    response.new_state = encodeState(resource, found);
  }

  private async planResourceChange(request: Message, rpc: Rpc): Promise<void> {
    const { ctx, response } = rpc;
    const resource = this.resource(request.type_name, rpc);
    if (!resource) return;
    const prior = decodeNullableObject(request.prior_state, resource.type);
    const proposed = decodeNullableObject(request.proposed_new_state, resource.type);
    const config = decodeNullableObject(request.config, resource.type);
    response.planned_private = request.prior_private;
    if (proposed === null || config === null) {
      response.planned_state = encodeDynamicValue(null, resource.type); // destroy
      return;
    }
    const { definition } = resource;
    const block = definition.schema.block;
    const computed: PlanResult = definition.plan
      ? await definition.plan({ prior, proposed, config, client: this.configured ? this.client : undefined }, ctx)
      : { planned: defaultPlan(block, prior, proposed, config) };
    const modified = applyPlanModifiers(block, prior, computed.planned, config);
    response.planned_state = encodeState(resource, modified.planned);
    // Replacement only means something for an existing object.
    const replacePaths = prior === null ? [] : uniquePaths([...(computed.requiresReplace ?? []), ...modified.requiresReplace]);
    response.requires_replace = replacePaths.map(pathToProto);
  }

  private async applyResourceChange(request: Message, rpc: Rpc): Promise<void> {
    const { ctx, response } = rpc;
    // Until the change succeeds, the state Terraform keeps is the prior one: a failure never loses an object.
    response.new_state = request.prior_state;
    response.private = request.planned_private;
    const resource = this.resource(request.type_name, rpc);
    const configured = this.requireClient(ctx);
    if (!resource || !configured) return;
    const { definition, type } = resource;
    const { client } = configured;
    const prior = decodeNullableObject(request.prior_state, type);
    const planned = decodeNullableObject(request.planned_state, type);
    const config = decodeNullableObject(request.config, type);
    if (planned === null) {
      if (prior !== null) await definition.delete({ state: prior, client }, ctx);
      response.new_state = encodeDynamicValue(null, type);
    } else if (prior === null) {
      response.new_state = encodeDynamicValue(null, type); // nothing exists if create fails before returning
      const created = await definition.create({ planned, config: config ?? planned, client }, ctx);
      response.new_state = encodeCreatedState(resource, created, planned, ctx);
    } else {
      const updated = await definition.update({ prior, planned, config: config ?? planned, client }, ctx);
      // null: the object was not changed, so the prior state (already in the response) still describes it.
      if (updated !== null) response.new_state = encodeState(resource, updated);
      else if (!ctx.diagnostics.hasErrors()) ctx.diagnostics.error('Update failed', `${request.type_name} was not updated; its prior state is kept.`);
    }
  }

  private async importResourceState(request: Message, rpc: Rpc): Promise<void> {
    const { ctx, response } = rpc;
    const resource = this.resource(request.type_name, rpc);
    if (!resource) return;
    const { importState } = resource.definition;
    if (!importState) {
      ctx.diagnostics.error('Import not supported', `${request.type_name} cannot be imported.`);
      return;
    }
    const state = await importState.call(resource.definition, request.id, ctx);
    if (ctx.diagnostics.hasErrors()) return;
    response.imported_resources = [{ type_name: request.type_name, state: encodeState(resource, state) }];
  }

  private async moveResourceState(_request: Message, { ctx }: Rpc): Promise<void> {
    ctx.diagnostics.error('Moving resources is not supported', 'This provider cannot move state between resource types.');
  }

  // --- data sources --------------------------------------------------------------------------------------

  private async readDataSource(request: Message, rpc: Rpc): Promise<void> {
    const { ctx, response } = rpc;
    const dataSource = this.dataSource(request.type_name, rpc);
    const configured = this.requireClient(ctx);
    if (!dataSource || !configured) return;
    const config = decodeObject(request.config, dataSource.type);
    const state = await dataSource.definition.read({ config, client: configured.client }, ctx);
    if (state === null) {
      if (!ctx.diagnostics.hasErrors()) ctx.diagnostics.error('Not found', `${request.type_name} found nothing.`);
      return;
    }
    response.state = encodeDynamicValue(state, dataSource.type);
  }

  // --- features this runtime does not offer --------------------------------------------------------------

  private async getFunctions(_request: Message, { response }: Rpc): Promise<void> {
    response.functions = {};
  }

  private async callFunction(request: Message, { response }: Rpc): Promise<void> {
    response.error = { text: `This provider has no functions (called "${request.name}").` };
  }

  private async ephemeralResourcesUnsupported(request: Message, { ctx }: Rpc): Promise<void> {
    ctx.diagnostics.error('Ephemeral resources are not supported', `This provider has no ephemeral resource "${request.type_name}".`);
  }

  // --- lookups -------------------------------------------------------------------------------------------

  private resource(typeName: string, rpc: Rpc): Typed<ResourceDefinition> | undefined {
    return lookup('resource type', this.resources, typeName, rpc);
  }

  private dataSource(typeName: string, rpc: Rpc): Typed<DataSourceDefinition> | undefined {
    return lookup('data source', this.dataSources, typeName, rpc);
  }
}

/**
 * The definition of `typeName`, whose schema then places the call's diagnostics; an error diagnostic when the
 * provider has none.
 */
function lookup<Definition extends { schema: Schema }>(
  kind: 'resource type' | 'data source',
  definitions: Map<string, Typed<Definition>>,
  typeName: string,
  rpc: Rpc,
): Typed<Definition> | undefined {
  const found = definitions.get(typeName);
  if (found) rpc.schemaBlock = found.definition.schema.block;
  else rpc.ctx.diagnostics.error(`Unknown ${kind}`, `This provider has no ${kind} "${typeName}".`);
  return found;
}

/** Schema validators first, then the definition's own check (provider, resource and data source alike). */
async function validateConfigOf(
  schema: Schema,
  type: CtyType,
  validate: ((config: TfObject, ctx: CallContext) => void | Promise<void>) | undefined,
  dynamicValue: DynamicValueMessage,
  ctx: CallContext,
): Promise<void> {
  const config = decodeObject(dynamicValue, type);
  runValidators(schema.block, config, ctx.diagnostics);
  await validate?.(config, ctx);
}

function mapValues<V>(entries: Map<string, V>, convert: (value: V) => Message): Message {
  return Object.fromEntries([...entries].map(([name, value]) => [name, convert(value)]));
}

/**
 * The state a create returned, for the wire. The object exists by now, so a state that does not fit the schema
 * must not become a null state (Terraform would forget the object): each attribute that fits is kept, the others
 * take their planned value with unknowns as null, and an error diagnostic makes Terraform keep the object as
 * tainted, to be replaced by the next apply.
 */
function encodeCreatedState(
  resource: Typed<ResourceDefinition>,
  created: TfObject | null,
  planned: TfObject,
  ctx: CallContext,
): { msgpack: Buffer } {
  try {
    return encodeState(resource, created);
  } catch (error) {
    if (created === null) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    ctx.diagnostics.error(
      'Invalid state after create',
      `The object was created, but the provider returned a state that does not fit the schema (${reason}). ` +
        'The attributes that fit are kept in state, with the object marked tainted.',
      error instanceof ValueError ? error.path : undefined,
    );
    const attributeTypes = (resource.type as ['object', { [name: string]: CtyType }])[1];
    const kept = Object.fromEntries(
      Object.entries(attributeTypes).map(([name, attributeType]) => {
        const value = created[name];
        return [name, value !== undefined && fitsType(value, attributeType) ? value : unknownAsNull(planned[name] ?? null)];
      }),
    );
    return encodeState(resource, kept);
  }
}

/** Whether a value can go into a state as this type: it encodes and holds no unknown. */
function fitsType(value: TfValue, type: CtyType): boolean {
  if (containsUnknown(value)) return false;
  try {
    encodeDynamicValue(value, type);
    return true;
  } catch {
    return false;
  }
}

/** The value with every unknown part null: a state holds no unknowns. */
function unknownAsNull(value: TfValue): TfValue {
  if (value instanceof Unknown) return null;
  if (value instanceof Dynamic) return new Dynamic(value.type, unknownAsNull(value.value));
  if (Array.isArray(value)) return value.map(unknownAsNull);
  if (isTfObject(value)) return Object.fromEntries(Object.entries(value).map(([key, element]) => [key, unknownAsNull(element)]));
  return value;
}

/** A resource's state or plan for the wire: write-only attributes are null there, as Terraform requires. */
function encodeState(resource: Typed<ResourceDefinition>, value: TfObject | null): { msgpack: Buffer } {
  const block = resource.definition.schema.block;
  return encodeDynamicValue(value === null ? null : withoutWriteOnly(block.attributes, block.blocks ?? {}, value), resource.type);
}

function withoutWriteOnly(attributes: Block['attributes'], blocks: NonNullable<Block['blocks']>, value: TfObject): TfObject {
  const result: TfObject = { ...value };
  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute.writeOnly) result[name] = null;
    else if (attribute.nested) {
      const nested = attribute.nested.attributes;
      result[name] = mapNestedObjects(attribute.nested.nesting, result[name], (object) => withoutWriteOnly(nested, {}, object));
    }
  }
  for (const [name, { nesting, block }] of Object.entries(blocks)) {
    result[name] = mapNestedObjects(nesting, result[name], (object) => withoutWriteOnly(block.attributes, block.blocks ?? {}, object));
  }
  return result;
}

/** Applies `change` to each known object a nested attribute or block holds (one, or a list, set or map of them). */
function mapNestedObjects(nesting: NestedBlock['nesting'], value: TfValue | undefined, change: (object: TfObject) => TfObject): TfValue {
  const changeKnown = (element: TfValue) => (isKnown(element) ? change(element as unknown as TfObject) : element);
  if (value === undefined || !isKnown(value)) return value ?? null;
  if (nesting === 'single' || nesting === 'group') return changeKnown(value);
  if (Array.isArray(value)) return value.map(changeKnown);
  return Object.fromEntries(Object.entries(value as unknown as TfObject).map(([key, element]) => [key, changeKnown(element)]));
}

function decodeNullableObject(dynamicValue: DynamicValueMessage, type: CtyType): TfObject | null {
  return decodeDynamicValue(dynamicValue ?? {}, type) as TfObject | null;
}

function decodeObject(dynamicValue: DynamicValueMessage, type: CtyType): TfObject {
  const value = decodeNullableObject(dynamicValue, type);
  if (value === null) throw new ValueError('a null object where a value is required', []);
  return value;
}

function uniquePaths(paths: AttributePath[]): AttributePath[] {
  const seen = new Set<string>();
  return paths.filter((path) => {
    const key = JSON.stringify(path);
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

/** The services go-plugin expects beside the provider, and the hooks the process side (serve.ts) gives them. */
export interface PluginServerOptions {
  log: Logger;
  /** Called after GRPCController.Shutdown has been answered. */
  onShutdown(): void;
}

/** A gRPC server with tfplugin6.Provider, plugin.GRPCController, plugin.GRPCStdio and grpc.health.v1.Health. */
export function createPluginServer(provider: ProviderDefinition, options: PluginServerOptions): GrpcServer {
  const protocol = loadProtocol();
  const server = new GrpcServer();
  server.addService(protocol.provider, new ProviderServer(provider, options.log).implementation());
  server.addService(protocol.controller, {
    Shutdown: (_call: grpc.ServerUnaryCall<Message, Message>, callback: grpc.sendUnaryData<Message>) => {
      callback(null, {});
      setImmediate(options.onShutdown);
    },
  });
  server.addService(protocol.stdio, {
    // Nothing is forwarded: the provider writes logs to stderr itself. The stream ends at once.
    StreamStdio: (call: grpc.ServerWritableStream<Message, Message>) => call.end(),
  });
  const healthy = { status: 'SERVING' };
  server.addService(protocol.health, {
    Check: (_call: grpc.ServerUnaryCall<Message, Message>, callback: grpc.sendUnaryData<Message>) => callback(null, healthy),
    Watch: (call: grpc.ServerWritableStream<Message, Message>) => call.write(healthy),
  });
  return server;
}

/** JSON text for values from parseJsonLossless: bigints and BigDecimals are written as exact JSON numbers. */
function stringifyLossless(value: unknown): string {
  if (typeof value === 'bigint' || value instanceof BigDecimal) return value.toString();
  if (Array.isArray(value)) return `[${value.map(stringifyLossless).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const members = Object.entries(value).map(([key, member]) => `${JSON.stringify(key)}:${stringifyLossless(member)}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
