// The test harness: a provider driven as Terraform drives it, through the runtime core that the gRPC server calls, so
// that a test sees every step the server takes (validators, validate, plan, plan modifiers, plan check, apply, read,
// import) in the server's order. Values travel as on the wire: each one a test hands in, and each one the provider
// hands back, is encoded and decoded with its schema's type, so a value that does not fit the schema fails the test.
import { decodeDynamicValue, encodeDynamicValue } from '../../provider/runtime/codec';
import { ProviderCore, type RequestValue } from '../../provider/runtime/core';
import { valuesEqual } from '../../provider/runtime/plan';
import type { ProviderDefinition } from '../../provider/runtime/provider';
import { type AttributePath, type Attributes, type CtyType, type Diagnostic, isTfObject, type TfObject, type TfValue, Unknown } from '../../provider/runtime/types';
import { callContext } from './call-context';
import { complete } from './objects';
import { expectConforms, proposedNewState } from './terraform-rules';

export interface PlanOutcome {
  /** Undefined when validation or the plan failed. */
  planned?: TfObject;
  requiresReplace: AttributePath[];
  diagnostics: Diagnostic[];
}

export interface ApplyOutcome {
  /** The state Terraform keeps (after an apply or a refresh). */
  state: TfObject | null;
  diagnostics: Diagnostic[];
}

/**
 * One provider process: configured on first use, then driven one call at a time. `nextCommand` plays a warm process
 * that serves another Terraform command: the provider is configured again before the next call.
 */
export class ProviderHarness<Client> {
  private readonly core: ProviderCore<Client>;
  private configured: Promise<void> | undefined;

  constructor(private readonly provider: ProviderDefinition<Client>) {
    this.core = new ProviderCore(provider);
  }

  resource(typeName: string): ResourceDriver {
    const resource = this.core.findResource(typeName);
    if (!resource) throw new Error(`The provider has no resource type ${typeName}`);
    return new ResourceDriver(this.core, () => this.configure(), typeName, resource.type, resource.definition.schema.block.attributes);
  }

  dataSource(typeName: string): DataSourceDriver {
    const dataSource = this.core.findDataSource(typeName);
    if (!dataSource) throw new Error(`The provider has no data source ${typeName}`);
    return new DataSourceDriver(this.core, () => this.configure(), typeName, dataSource.type, dataSource.definition.schema.block.attributes);
  }

  /** The next call starts another command: ConfigureProvider runs again first, as Terraform calls it in every command. */
  nextCommand(): void {
    this.configured = undefined;
  }

  /** ConfigureProvider with an empty provider block, once per command; an error there fails every call after it. */
  private configure(): Promise<void> {
    this.configured ??= (async () => {
      const ctx = callContext();
      const config = complete(this.provider.schema.block.attributes, {});
      await this.core.configure(onTheWire(config), ctx);
      if (ctx.diagnostics.hasErrors()) throw new Error(`ConfigureProvider failed: ${JSON.stringify(ctx.diagnostics.all)}`);
    })();
    return this.configured;
  }
}

/** One resource type or data source of a provider process, called as Terraform calls it. */
abstract class Driver {
  constructor(
    protected readonly core: ProviderCore<unknown>,
    /** Configures the provider process, once, before its first call. */
    protected readonly configure: () => Promise<void>,
    protected readonly typeName: string,
    protected readonly type: CtyType,
    protected readonly attributes: Attributes,
  ) {}
}

/** The calls Terraform makes for one resource type. */
export class ResourceDriver extends Driver {

  /** ValidateResourceConfig. */
  async validate(config: TfObject): Promise<Diagnostic[]> {
    await this.configure();
    const ctx = callContext();
    await this.core.validateResourceConfig(this.typeName, onTheWire(config), ctx);
    return ctx.diagnostics.all;
  }

  /** `terraform plan`: ValidateResourceConfig, then (when valid) PlanResourceChange with Terraform's proposed new state. */
  async plan(prior: TfObject | null, config: TfObject): Promise<PlanOutcome> {
    const diagnostics = await this.validate(config);
    if (diagnostics.some((d) => d.severity === 'error')) return { requiresReplace: [], diagnostics };
    const ctx = callContext();
    const proposed = proposedNewState(this.attributes, prior, config);
    const change = await this.core.planResourceChange(
      this.typeName,
      { prior: onTheWire(prior), proposed: onTheWire(proposed), config: onTheWire(config) },
      ctx,
    );
    const all = [...diagnostics, ...ctx.diagnostics.all];
    if (!change || change.planned === null || ctx.diagnostics.hasErrors()) return { requiresReplace: [], diagnostics: all };
    return { planned: this.received(change.planned), requiresReplace: change.requiresReplace, diagnostics: all };
  }

  /** Plans, expects no error, applies (create or update), expects no diagnostic and checks the result against the plan. */
  async apply(prior: TfObject | null, config: TfObject): Promise<TfObject> {
    const { planned, diagnostics } = await this.plan(prior, config);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const { state, diagnostics: applyDiagnostics } = await this.applyPlanned(prior, planned!, config);
    expect(applyDiagnostics).toEqual([]);
    expectConforms(planned!, state!);
    return state!;
  }

  /** ApplyResourceChange of a plan as it is (create when `prior` is null, update otherwise). */
  async applyPlanned(prior: TfObject | null, planned: TfObject, config: TfObject): Promise<ApplyOutcome> {
    return this.applyChange(prior, planned, config);
  }

  /** `terraform destroy` of one object: ApplyResourceChange with a null plan. */
  async destroy(state: TfObject): Promise<Diagnostic[]> {
    return (await this.applyChange(state, null, null)).diagnostics;
  }

  /** `terraform refresh`: ReadResource; null when the object is gone. Throws on a diagnostic. */
  async refresh(state: TfObject): Promise<TfObject | null> {
    const { state: found, diagnostics } = await this.read(state);
    if (diagnostics.length > 0) throw new Error(`ReadResource failed: ${JSON.stringify(diagnostics)}`);
    return found;
  }

  /** ReadResource as Terraform sees it: the state it keeps (the current one when the read could not be made) and the diagnostics. */
  async read(state: TfObject): Promise<ApplyOutcome> {
    await this.configure();
    const ctx = callContext();
    const found = await this.core.readResource(this.typeName, onTheWire(state), ctx);
    const kept = found === undefined ? state : found;
    return { state: kept && this.received(kept), diagnostics: ctx.diagnostics.all };
  }

  /** UpgradeResourceState of a state stored (as JSON) by schema version `version`; `state` undefined when it could not be upgraded. */
  async upgrade(version: number, json: string): Promise<{ state: TfObject | null | undefined; diagnostics: Diagnostic[] }> {
    const ctx = callContext();
    const upgraded = await this.core.upgradeResourceState(this.typeName, version, json, ctx);
    return { state: upgraded ? this.received(upgraded) : upgraded, diagnostics: ctx.diagnostics.all };
  }

  /** `terraform import`: ImportResourceState, then ReadResource of the state it gives. */
  async import(id: string): Promise<TfObject | null> {
    await this.configure();
    const ctx = callContext();
    const imported = await this.core.importResourceState(this.typeName, id, ctx);
    if (imported === undefined) throw new Error(`ImportResourceState failed: ${JSON.stringify(ctx.diagnostics.all)}`);
    return this.refresh(this.received(imported));
  }

  private async applyChange(prior: TfObject | null, planned: TfObject | null, config: TfObject | null): Promise<ApplyOutcome> {
    await this.configure();
    const ctx = callContext();
    const state = await this.core.applyResourceChange(
      this.typeName,
      { prior: onTheWire(prior), planned: onTheWire(planned), config: onTheWire(config) },
      ctx,
    );
    // Undefined: the call could not be made, and Terraform keeps the prior state.
    const kept = state === undefined ? prior : state;
    return { state: kept && this.received(kept), diagnostics: ctx.diagnostics.all };
  }

  private received(value: TfObject): TfObject {
    return received(value, this.type);
  }
}

/** The calls Terraform makes for one data source. */
export class DataSourceDriver extends Driver {

  /** ValidateDataResourceConfig of a configuration given as the attributes it sets. */
  async validate(partial: { [name: string]: unknown }): Promise<Diagnostic[]> {
    await this.configure();
    const ctx = callContext();
    await this.core.validateDataSourceConfig(this.typeName, onTheWire(complete(this.attributes, partial)), ctx);
    return ctx.diagnostics.all;
  }

  /** Validates the configuration, reads (ReadDataSource) if it is valid, and returns the state Terraform receives. */
  async read(partial: { [name: string]: unknown }): Promise<{ state: TfObject | null; diagnostics: Diagnostic[] }> {
    const diagnostics = await this.validate(partial);
    if (diagnostics.some((d) => d.severity === 'error')) return { state: null, diagnostics };
    const ctx = callContext();
    const state = await this.core.readDataSource(this.typeName, onTheWire(complete(this.attributes, partial)), ctx);
    return { state: state === undefined ? null : received(state, this.type), diagnostics: ctx.diagnostics.all };
  }
}

/** A value a test hands to the provider, as the server would decode it from the wire. */
function onTheWire(value: TfObject | null): RequestValue {
  return (type) => decodeDynamicValue(encodeDynamicValue(value, type), type);
}

/** A value the provider hands back, as Terraform receives it; a value the wire would change fails the test. */
function received(value: TfObject, type: CtyType): TfObject {
  const decoded = decodeDynamicValue(encodeDynamicValue(value, type), type) as TfObject;
  if (!sameValue(value, decoded))
    throw new Error(`The provider returned a value that does not fit its schema:\n${JSON.stringify(value)}\nTerraform receives:\n${JSON.stringify(decoded)}`);
  return decoded;
}

/** Equality that counts unknowns as equal to each other, and an object equal only to one with the same attributes. */
function sameValue(a: TfValue, b: TfValue): boolean {
  if (a instanceof Unknown || b instanceof Unknown) return a instanceof Unknown && b instanceof Unknown;
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((element, i) => sameValue(element, b[i]));
  if (isTfObject(a) || isTfObject(b)) {
    if (!isTfObject(a) || !isTfObject(b)) return false;
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameValue(a[key], b[key]));
  }
  return valuesEqual(a, b);
}
