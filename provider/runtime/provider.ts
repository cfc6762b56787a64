// The contract between the runtime and a provider built on it. The runtime core (core.ts) turns each tfplugin6 call
// into calls of these, in Terraform's order of steps; a provider is a plain object that fills it in.
import type { AttributePath, Diagnostic, Schema, TfObject } from './types';

/** Collects diagnostics for one RPC. Errors stop the operation after the handler returns. */
export interface Diagnostics {
  error(summary: string, detail?: string, path?: AttributePath): void;
  warning(summary: string, detail?: string, path?: AttributePath): void;
  hasErrors(): boolean;
  readonly all: Diagnostic[];
}

export interface Logger {
  trace(message: string, fields?: Record<string, unknown>): void;
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/**
 * Given to every handler. When Terraform calls StopProvider (Ctrl-C), `stop` aborts at once: start nothing new (a write
 * not yet sent is not sent), but let a write already sent finish and return its result, so that the state records what
 * the server holds. `signal` aborts at the runtime's hard deadline after the stop: whatever still runs is abandoned.
 */
export interface CallContext {
  stop: AbortSignal;
  signal: AbortSignal;
  log: Logger;
  diagnostics: Diagnostics;
}

export interface ProviderDefinition<Client = unknown> {
  /** The provider's type name, the prefix of its resource types (`clickstack` for `clickstack_dashboard`). */
  typeName: string;
  /** Schema of the `provider "<typeName>" {}` block. */
  schema: Schema;
  validateConfig?(config: TfObject, ctx: CallContext): void | Promise<void>;
  /** Returns what resources receive as `client`; undefined with an error diagnostic when configuration failed. */
  configure(config: TfObject, ctx: CallContext): Promise<Client | undefined>;
  /** Keyed by full type name, e.g. `clickstack_dashboard`. */
  resources: { [typeName: string]: ResourceDefinition<Client> };
  dataSources: { [typeName: string]: DataSourceDefinition<Client> };
}

export interface PlanRequest<Client> {
  /** null on create. */
  prior: TfObject | null;
  /** Terraform's proposed new state: config merged with prior state for computed attributes. */
  proposed: TfObject;
  config: TfObject;
  /** undefined while the provider is not configured yet (e.g. its config holds unknown values). */
  client: Client | undefined;
}

export interface PlanCheckRequest<Client> {
  /** null on create. */
  prior: TfObject | null;
  planned: TfObject;
  config: TfObject;
  client: Client | undefined;
}

export interface PlanResult {
  planned: TfObject;
  requiresReplace?: AttributePath[];
}

export interface ResourceDefinition<Client = unknown> {
  schema: Schema;
  validate?(config: TfObject, ctx: CallContext): void | Promise<void>;
  /**
   * Called for create and update plans (never for destroy). When absent, the runtime's default plan applies:
   * computed attributes left unset in config become unknown whenever the resource changes.
   */
  plan?(req: PlanRequest<Client>, ctx: CallContext): Promise<PlanResult> | PlanResult;
  /**
   * Called with the final plan, after the schema's plan modifiers: for checks of the plan as a whole, such as warnings
   * about what the change does or asking the server whether it would accept it. Reports diagnostics only.
   */
  checkPlan?(req: PlanCheckRequest<Client>, ctx: CallContext): Promise<void> | void;
  /**
   * Returns the new object's state; null only when nothing was created (say why with an error diagnostic). A state
   * that does not fit the schema is reported as an error, and the attributes that fit are kept so the object stays
   * tracked.
   */
  create(req: { planned: TfObject; config: TfObject; client: Client }, ctx: CallContext): Promise<TfObject | null>;
  /** Returns null when the object is gone: Terraform then drops it from state. */
  read(req: { state: TfObject; client: Client }, ctx: CallContext): Promise<TfObject | null>;
  /**
   * Returns the new state; null when the object was left as it was (say why with an error diagnostic; the runtime
   * adds one if none was given): Terraform then keeps the prior state.
   */
  update(
    req: { prior: TfObject; planned: TfObject; config: TfObject; client: Client },
    ctx: CallContext,
  ): Promise<TfObject | null>;
  delete(req: { state: TfObject; client: Client }, ctx: CallContext): Promise<void>;
  /** Turns an import id into a partial state that `read` then completes. Absent: import is refused. */
  importState?(id: string, ctx: CallContext): TfObject | Promise<TfObject>;
  /** Upgrades state written with an older schema version (raw JSON, numbers kept lossless). */
  upgradeState?(fromVersion: number, state: { [key: string]: unknown }): { [key: string]: unknown };
}

export interface DataSourceDefinition<Client = unknown> {
  schema: Schema;
  validate?(config: TfObject, ctx: CallContext): void | Promise<void>;
  read(req: { config: TfObject; client: Client }, ctx: CallContext): Promise<TfObject | null>;
}
