// The gRPC side of the runtime: tfplugin6.Provider calls decoded, handed to the runtime core (core.ts) and its answers
// encoded, plus the go-plugin services (GRPCController, GRPCStdio) and health. Every handler is async (so StopProvider
// can run while an apply waits) and turns every failure into an error diagnostic: the process never crashes on a bad
// call. Diagnostic paths are cut where Terraform can place them in the configuration.
import type * as grpc from '@grpc/grpc-js';
import { GrpcServer } from './grpc-server';
import { decodeDynamicValue, encodeDynamicValue, ValueError } from './codec';
import { ProviderCore, type RequestValue } from './core';
import { DiagnosticsCollector, diagnosticsToProto, locateInConfig, pathToProto } from './diagnostics';
import type { CallContext, Logger, ProviderDefinition } from './provider';
import { services } from './proto/messages';
import { decodeMessage, encodeMessage, type Fields } from './proto/wire';
import { schemaToProto } from './schema';
import type { Block, CtyType, TfValue } from './types';

/** gRPC service definitions of every service a provider process serves (also used by test clients). */
export interface Protocol {
  provider: grpc.ServiceDefinition;
  controller: grpc.ServiceDefinition;
  stdio: grpc.ServiceDefinition;
  health: grpc.ServiceDefinition;
}

let protocol: Protocol | undefined;

/**
 * The service definitions, once per process, over the message codecs generated from the .proto files
 * (proto/messages.ts, made by scripts/generate-proto.mjs). Handlers get messages as @grpc/proto-loader would give
 * them with { keepCase, longs: Number, enums: String, bytes: Buffer, defaults, oneofs }: proto field names, enums as
 * strings, int64 as number, bytes as Buffer, unset fields filled with defaults (messages with null), and each set
 * oneof named in a virtual field.
 */
export function loadProtocol(): Protocol {
  return (protocol ??= {
    provider: serviceDefinition('tfplugin6.Provider'),
    controller: serviceDefinition('plugin.GRPCController'),
    stdio: serviceDefinition('plugin.GRPCStdio'),
    health: serviceDefinition('grpc.health.v1.Health'),
  });
}

function serviceDefinition(name: string): grpc.ServiceDefinition {
  return Object.fromEntries(
    Object.entries(services[name]).map(([methodName, method]) => {
      const definition: grpc.MethodDefinition<object, object> = {
        path: `/${name}/${methodName}`,
        requestStream: method.requestStream,
        responseStream: method.responseStream,
        requestSerialize: (message) => encodeMessage(method.request, message as Fields),
        requestDeserialize: (bytes) => decodeMessage(method.request, bytes),
        responseSerialize: (message) => encodeMessage(method.response, message as Fields),
        responseDeserialize: (bytes) => decodeMessage(method.response, bytes),
      };
      return [methodName, definition];
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

const INTERRUPTED_DETAIL = 'Terraform asked the provider to stop (for example after Ctrl-C), so the operation was not started.';
const DEADLINE_DETAIL = 'Terraform asked the provider to stop (for example after Ctrl-C), and the operation was abandoned when it had not finished within';

/**
 * How long work already under way may go on after StopProvider before it is abandoned: long enough for a request on the
 * wire to finish within a usual HTTP timeout, and to find out what it did.
 */
export const DEFAULT_STOP_DEADLINE_MS = 60_000;

/** The signals of the calls between two StopProviders: `stop` aborts at StopProvider, `deadline` some time after. */
interface StopSignals {
  stop: AbortController;
  deadline: AbortController;
}

const freshStopSignals = (): StopSignals => ({ stop: new AbortController(), deadline: new AbortController() });

/** Serves one ProviderDefinition; one instance per provider process. */
export class ProviderServer {
  private readonly core: ProviderCore;
  private schemaResponse: Message | undefined;
  /** Replaced after each StopProvider, so calls made after a stop are not born cancelled. */
  private signals = freshStopSignals();

  constructor(
    private readonly provider: ProviderDefinition,
    private readonly log: Logger,
    /** How long calls in flight may go on after StopProvider (see CallContext). */
    private readonly stopDeadlineMs: number = DEFAULT_STOP_DEADLINE_MS,
  ) {
    this.core = new ProviderCore(provider);
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

  /**
   * Tells every call in flight to start nothing new (CallContext.stop), and abandons what they still run at the deadline
   * (CallContext.signal).
   */
  stop(): void {
    this.log.info('StopProvider: calls in flight start nothing new', { deadline_ms: this.stopDeadlineMs });
    const { stop, deadline } = this.signals;
    stop.abort();
    const timer = setTimeout(() => {
      this.log.warn('StopProvider: deadline reached; abandoning calls still in flight');
      deadline.abort();
    }, this.stopDeadlineMs);
    // The deadline must not keep the process alive on its own.
    timer.unref();
    this.signals = freshStopSignals();
  }

  private unary(name: string, handler: RpcHandler): grpc.handleUnaryCall<Message, Message> {
    return async (call, callback) => {
      const started = performance.now();
      const diagnostics = new DiagnosticsCollector();
      const { stop, deadline } = this.signals;
      const rpc: Rpc = { ctx: { stop: stop.signal, signal: deadline.signal, log: this.log, diagnostics }, response: {} };
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
      ctx.diagnostics.error('Interrupted', `${DEADLINE_DETAIL} ${this.stopDeadlineMs / 1000} s.`);
    } else if (ctx.stop.aborted) {
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
    // get_provider_schema_optional: every call is served from the definition alone, so Terraform may give the later
    // provider processes of a command the schema the first one sent, and they skip building and encoding it.
    return { plan_destroy: false, get_provider_schema_optional: true, move_resource_state: false };
  }

  private async getMetadata(_request: Message, { response }: Rpc): Promise<void> {
    response.server_capabilities = this.serverCapabilities();
    response.resources = this.core.resourceTypes().map((type_name) => ({ type_name }));
    response.data_sources = this.core.dataSourceTypes().map((type_name) => ({ type_name }));
  }

  private async getProviderSchema(_request: Message, { response }: Rpc): Promise<void> {
    const { provider } = this;
    this.schemaResponse ??= {
      provider: schemaToProto(provider.schema),
      resource_schemas: mapValues(provider.resources, (definition) => schemaToProto(definition.schema)),
      data_source_schemas: mapValues(provider.dataSources, (definition) => schemaToProto(definition.schema)),
      server_capabilities: this.serverCapabilities(),
    };
    Object.assign(response, this.schemaResponse);
  }

  // --- validation ----------------------------------------------------------------------------------------

  private async validateProviderConfig(request: Message, rpc: Rpc): Promise<void> {
    rpc.schemaBlock = this.provider.schema.block;
    await this.core.validateProviderConfig(requestValue(request.config), rpc.ctx);
  }

  private async validateResourceConfig(request: Message, rpc: Rpc): Promise<void> {
    this.placeDiagnosticsInResource(request.type_name, rpc);
    await this.core.validateResourceConfig(request.type_name, requestValue(request.config), rpc.ctx);
  }

  private async validateDataResourceConfig(request: Message, rpc: Rpc): Promise<void> {
    this.placeDiagnosticsInDataSource(request.type_name, rpc);
    await this.core.validateDataSourceConfig(request.type_name, requestValue(request.config), rpc.ctx);
  }

  // --- provider configuration ----------------------------------------------------------------------------

  private async configureProvider(request: Message, rpc: Rpc): Promise<void> {
    rpc.schemaBlock = this.provider.schema.block;
    this.log.debug('ConfigureProvider', { terraform_version: request.terraform_version });
    await this.core.configure(requestValue(request.config), rpc.ctx);
  }

  // --- managed resources ---------------------------------------------------------------------------------

  private async upgradeResourceState(request: Message, rpc: Rpc): Promise<void> {
    const type = this.placeDiagnosticsInResource(request.type_name, rpc);
    const stored: Buffer | undefined = request.raw_state?.json;
    const upgraded = await this.core.upgradeResourceState(request.type_name, Number(request.version), stored?.toString('utf8'), rpc.ctx);
    if (upgraded !== undefined && type) rpc.response.upgraded_state = encodeDynamicValue(upgraded, type);
  }

  private async readResource(request: Message, rpc: Rpc): Promise<void> {
    const { response } = rpc;
    response.new_state = request.current_state; // unchanged unless the read succeeds
    response.private = request.private;
    const type = this.placeDiagnosticsInResource(request.type_name, rpc);
    const found = await this.core.readResource(request.type_name, requestValue(request.current_state), rpc.ctx);
    if (found !== undefined && type) response.new_state = encodeDynamicValue(found, type);
  }

  private async planResourceChange(request: Message, rpc: Rpc): Promise<void> {
    const { response } = rpc;
    const type = this.placeDiagnosticsInResource(request.type_name, rpc);
    const change = await this.core.planResourceChange(
      request.type_name,
      { prior: requestValue(request.prior_state), proposed: requestValue(request.proposed_new_state), config: requestValue(request.config) },
      rpc.ctx,
    );
    if (change === undefined || !type) return;
    response.planned_private = request.prior_private;
    response.planned_state = encodeDynamicValue(change.planned, type);
    response.requires_replace = change.requiresReplace.map(pathToProto);
  }

  private async applyResourceChange(request: Message, rpc: Rpc): Promise<void> {
    const { response } = rpc;
    // Until the change succeeds, the state Terraform keeps is the prior one: a failure never loses an object.
    response.new_state = request.prior_state;
    response.private = request.planned_private;
    const type = this.placeDiagnosticsInResource(request.type_name, rpc);
    const state = await this.core.applyResourceChange(
      request.type_name,
      { prior: requestValue(request.prior_state), planned: requestValue(request.planned_state), config: requestValue(request.config) },
      rpc.ctx,
    );
    if (state !== undefined && type) response.new_state = encodeDynamicValue(state, type);
  }

  private async importResourceState(request: Message, rpc: Rpc): Promise<void> {
    const type = this.placeDiagnosticsInResource(request.type_name, rpc);
    const state = await this.core.importResourceState(request.type_name, request.id, rpc.ctx);
    if (state !== undefined && type) rpc.response.imported_resources = [{ type_name: request.type_name, state: encodeDynamicValue(state, type) }];
  }

  private async moveResourceState(_request: Message, { ctx }: Rpc): Promise<void> {
    ctx.diagnostics.error('Moving resources is not supported', 'This provider cannot move state between resource types.');
  }

  // --- data sources --------------------------------------------------------------------------------------

  private async readDataSource(request: Message, rpc: Rpc): Promise<void> {
    const type = this.placeDiagnosticsInDataSource(request.type_name, rpc);
    const state = await this.core.readDataSource(request.type_name, requestValue(request.config), rpc.ctx);
    if (state !== undefined && type) rpc.response.state = encodeDynamicValue(state, type);
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

  // --- diagnostic placement ------------------------------------------------------------------------------

  /** The call's diagnostics are placed in this resource type's schema; returns its value type (if it exists). */
  private placeDiagnosticsInResource(typeName: string, rpc: Rpc): CtyType | undefined {
    const resource = this.core.findResource(typeName);
    rpc.schemaBlock = resource?.definition.schema.block;
    return resource?.type;
  }

  private placeDiagnosticsInDataSource(typeName: string, rpc: Rpc): CtyType | undefined {
    const dataSource = this.core.findDataSource(typeName);
    rpc.schemaBlock = dataSource?.definition.schema.block;
    return dataSource?.type;
  }
}

/** A request's DynamicValue, decoded when the core asks for it with the schema's type. */
function requestValue(dynamicValue: DynamicValueMessage): RequestValue {
  return (type: CtyType): TfValue => decodeDynamicValue(dynamicValue ?? {}, type);
}

function mapValues<V>(entries: { [name: string]: V }, convert: (value: V) => Message): Message {
  return Object.fromEntries(Object.entries(entries).map(([name, value]) => [name, convert(value)]));
}

/** The services go-plugin expects beside the provider, and the hooks the process side (serve.ts) gives them. */
export interface PluginServerOptions {
  log: Logger;
  /** How long calls in flight may go on after StopProvider. Default DEFAULT_STOP_DEADLINE_MS. */
  stopDeadlineMs?: number;
  /** Called after GRPCController.Shutdown has been answered. */
  onShutdown(): void;
}

/**
 * A gRPC server with tfplugin6.Provider, plugin.GRPCController, plugin.GRPCStdio and grpc.health.v1.Health. Its
 * messages have no size limit but the framing's 4 GiB: Terraform dials its providers through go-plugin (1.6.0 in
 * Terraform 1.11), which sets both call limits to math.MaxInt32 (grpc_client.go, dialGRPCConn), so a plan of a
 * dashboard with large markdown tiles must not be refused here either.
 */
export function createPluginServer(provider: ProviderDefinition, options: PluginServerOptions): GrpcServer {
  const protocol = loadProtocol();
  const server = new GrpcServer();
  server.addService(protocol.provider, new ProviderServer(provider, options.log, options.stopDeadlineMs).implementation());
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
