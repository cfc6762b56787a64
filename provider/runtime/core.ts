// The provider's operations on Terraform values, one per tfplugin6 call, in the order of steps Terraform relies on:
// attribute validators before a definition's own checks, a plan before the plan modifiers and those before the plan
// check, the prior state kept whenever a change does not happen. There is no gRPC here: server.ts decodes a request's
// values, calls one of these and encodes the answer, and the tests under test/support drive this same core.
import { decodeRawState, encodeDynamicValue, ValueError } from './codec';
import { jsonencode, parseJsonLossless } from './lossless-json';
import { containsUnknown, defaultPlan } from './plan';
import { applyPlanModifiers } from './plan-modifiers';
import type { CallContext, DataSourceDefinition, PlanResult, ProviderDefinition, ResourceDefinition } from './provider';
import { impliedType } from './schema';
import {
  type AttributePath,
  type Block,
  type CtyType,
  Dynamic,
  isTfObject,
  type NestedBlock,
  type Schema,
  type TfObject,
  type TfValue,
  Unknown,
} from './types';
import { isKnown, runValidators } from './validators';

/**
 * A value of a request, decoded on demand with the type of the schema it belongs to: the core looks the type up first,
 * and decodes only once it knows the call can go ahead.
 */
export type RequestValue = (type: CtyType) => TfValue;

/** A resource or data source definition with the object type its values have. */
export interface Typed<Definition> {
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

/** The outcome of PlanResourceChange: the planned state (null: destroy) and the paths whose change forces replacement. */
export interface PlannedChange {
  planned: TfObject | null;
  requiresReplace: AttributePath[];
}

/** The provider's state across calls: its definitions with their types, and the client ConfigureProvider made. */
export class ProviderCore<Client = unknown> {
  readonly providerType: CtyType;
  private readonly resources = new Map<string, Typed<ResourceDefinition<Client>>>();
  private readonly dataSources = new Map<string, Typed<DataSourceDefinition<Client>>>();
  private configured = false;
  private client: Client | undefined;

  constructor(readonly provider: ProviderDefinition<Client>) {
    this.providerType = impliedType(provider.schema.block);
    for (const [name, definition] of Object.entries(provider.resources)) this.resources.set(name, typed(definition));
    for (const [name, definition] of Object.entries(provider.dataSources)) this.dataSources.set(name, typed(definition));
  }

  resourceTypes(): string[] {
    return [...this.resources.keys()];
  }

  dataSourceTypes(): string[] {
    return [...this.dataSources.keys()];
  }

  /** The resource type, without a diagnostic when there is none (the call's own lookup reports that). */
  findResource(typeName: string): Typed<ResourceDefinition<Client>> | undefined {
    return this.resources.get(typeName);
  }

  findDataSource(typeName: string): Typed<DataSourceDefinition<Client>> | undefined {
    return this.dataSources.get(typeName);
  }

  // --- provider -----------------------------------------------------------------------------------------------

  async validateProviderConfig(config: RequestValue, ctx: CallContext): Promise<void> {
    const { schema } = this.provider;
    await validateConfigOf(schema, decodeObject(config, this.providerType), ctx, (value) => this.provider.validateConfig?.(value, ctx));
  }

  /** Builds the client; the provider counts as configured unless that reported an error. */
  async configure(config: RequestValue, ctx: CallContext): Promise<void> {
    this.client = await this.provider.configure(decodeObject(config, this.providerType), ctx);
    this.configured = !ctx.diagnostics.hasErrors();
  }

  // --- validation ---------------------------------------------------------------------------------------------

  async validateResourceConfig(typeName: string, config: RequestValue, ctx: CallContext): Promise<void> {
    const resource = this.resource(typeName, ctx);
    if (!resource) return;
    const { definition } = resource;
    await validateConfigOf(definition.schema, decodeObject(config, resource.type), ctx, (value) => definition.validate?.(value, ctx));
  }

  async validateDataSourceConfig(typeName: string, config: RequestValue, ctx: CallContext): Promise<void> {
    const dataSource = this.dataSource(typeName, ctx);
    if (!dataSource) return;
    const { definition } = dataSource;
    await validateConfigOf(definition.schema, decodeObject(config, dataSource.type), ctx, (value) => definition.validate?.(value, ctx));
  }

  // --- managed resources --------------------------------------------------------------------------------------

  /**
   * The stored state (raw JSON) upgraded to the current schema version; undefined when it cannot be, with an error
   * diagnostic saying why.
   */
  async upgradeResourceState(typeName: string, version: number, json: string | undefined, ctx: CallContext): Promise<TfObject | null | undefined> {
    const resource = this.resource(typeName, ctx);
    if (!resource) return undefined;
    const { schema, upgradeState } = resource.definition;
    if (!json) {
      ctx.diagnostics.error('Unsupported state format', 'Only JSON state is supported (legacy flatmap state is not).');
      return undefined;
    }
    if (version > schema.version) {
      ctx.diagnostics.error(
        'State written by a newer provider',
        `${typeName} state has schema version ${version}; this provider knows version ${schema.version}. Upgrade the provider.`,
      );
      return undefined;
    }
    let upgraded = json;
    if (version < schema.version && upgradeState) {
      upgraded = jsonencode(upgradeState(version, parseJsonLossless(json) as { [key: string]: unknown }));
    }
    return stateForTerraform(resource, decodeRawState(upgraded, resource.type) as TfObject | null);
  }

  /** The refreshed state (null: the object is gone); undefined when the read could not be made (state kept). */
  async readResource(typeName: string, current: RequestValue, ctx: CallContext): Promise<TfObject | null | undefined> {
    const resource = this.resource(typeName, ctx);
    const configured = this.requireClient(ctx);
    if (!resource || !configured) return undefined;
    const state = decodeObject(current, resource.type);
    const found = await resource.definition.read({ state, client: configured.client }, ctx);
    return stateForTerraform(resource, found);
  }

  /**
   * The resource's plan (or the default plan), then the schema's plan modifiers, then the resource's check of the
   * final plan. Undefined when the resource type is unknown.
   */
  async planResourceChange(
    typeName: string,
    request: { prior: RequestValue; proposed: RequestValue; config: RequestValue },
    ctx: CallContext,
  ): Promise<PlannedChange | undefined> {
    const resource = this.resource(typeName, ctx);
    if (!resource) return undefined;
    const prior = decodeNullableObject(request.prior, resource.type);
    const proposed = decodeNullableObject(request.proposed, resource.type);
    const config = decodeNullableObject(request.config, resource.type);
    if (proposed === null || config === null) return { planned: null, requiresReplace: [] }; // destroy
    const { definition } = resource;
    const block = definition.schema.block;
    const client = this.configured ? this.client : undefined;
    const computed: PlanResult = definition.plan
      ? await definition.plan({ prior, proposed, config, client }, ctx)
      : { planned: defaultPlan(block, prior, proposed, config) };
    const modified = applyPlanModifiers(block, prior, computed.planned, config);
    await definition.checkPlan?.({ prior, planned: modified.planned, config, client }, ctx);
    // Replacement only means something for an existing object.
    const requiresReplace = prior === null ? [] : uniquePaths([...(computed.requiresReplace ?? []), ...modified.requiresReplace]);
    return { planned: stateForTerraform(resource, modified.planned), requiresReplace };
  }

  /**
   * Creates, updates or deletes, and returns the state Terraform keeps: the new one, or the prior one when the change
   * did not happen (a failure never loses an object). Undefined when the call could not be made at all.
   */
  async applyResourceChange(
    typeName: string,
    request: { prior: RequestValue; planned: RequestValue; config: RequestValue },
    ctx: CallContext,
  ): Promise<TfObject | null | undefined> {
    const resource = this.resource(typeName, ctx);
    const configured = this.requireClient(ctx);
    if (!resource || !configured) return undefined;
    const { definition, type } = resource;
    const { client } = configured;
    const prior = decodeNullableObject(request.prior, type);
    const planned = decodeNullableObject(request.planned, type);
    const config = decodeNullableObject(request.config, type);
    if (planned === null) {
      if (prior !== null) await definition.delete({ state: prior, client }, ctx);
      return null;
    }
    if (prior === null) {
      const created = await definition.create({ planned, config: config ?? planned, client }, ctx);
      return createdState(resource, created, planned, ctx);
    }
    const updated = await definition.update({ prior, planned, config: config ?? planned, client }, ctx);
    if (updated !== null) return stateForTerraform(resource, updated);
    // The object was not changed, so the prior state still describes it.
    if (!ctx.diagnostics.hasErrors()) ctx.diagnostics.error('Update failed', `${typeName} was not updated; its prior state is kept.`);
    return prior;
  }

  /** The partial state an import id becomes (ReadResource completes it); undefined when the import is refused. */
  async importResourceState(typeName: string, id: string, ctx: CallContext): Promise<TfObject | undefined> {
    const resource = this.resource(typeName, ctx);
    if (!resource) return undefined;
    const { definition } = resource;
    if (!definition.importState) {
      ctx.diagnostics.error('Import not supported', `${typeName} cannot be imported.`);
      return undefined;
    }
    const state = await definition.importState(id, ctx);
    return ctx.diagnostics.hasErrors() ? undefined : (stateForTerraform(resource, state) as TfObject);
  }

  // --- data sources -------------------------------------------------------------------------------------------

  /** What the data source found; undefined (with an error diagnostic) when it found nothing or could not look. */
  async readDataSource(typeName: string, config: RequestValue, ctx: CallContext): Promise<TfObject | undefined> {
    const dataSource = this.dataSource(typeName, ctx);
    const configured = this.requireClient(ctx);
    if (!dataSource || !configured) return undefined;
    const state = await dataSource.definition.read({ config: decodeObject(config, dataSource.type), client: configured.client }, ctx);
    if (state !== null) return state;
    if (!ctx.diagnostics.hasErrors()) ctx.diagnostics.error('Not found', `${typeName} found nothing.`);
    return undefined;
  }

  // --- lookups ------------------------------------------------------------------------------------------------

  /** The configured client, or an error diagnostic when ConfigureProvider has not succeeded. */
  private requireClient(ctx: CallContext): { client: Client } | undefined {
    if (this.configured) return { client: this.client as Client };
    ctx.diagnostics.error('Provider not configured', 'ConfigureProvider has not succeeded in this provider process.');
    return undefined;
  }

  private resource(typeName: string, ctx: CallContext): Typed<ResourceDefinition<Client>> | undefined {
    return found(this.resources.get(typeName), 'resource type', typeName, ctx);
  }

  private dataSource(typeName: string, ctx: CallContext): Typed<DataSourceDefinition<Client>> | undefined {
    return found(this.dataSources.get(typeName), 'data source', typeName, ctx);
  }
}

function found<T>(definition: T | undefined, kind: 'resource type' | 'data source', typeName: string, ctx: CallContext): T | undefined {
  if (!definition) ctx.diagnostics.error(`Unknown ${kind}`, `This provider has no ${kind} "${typeName}".`);
  return definition;
}

/** Schema validators first, then the definition's own check (provider, resource and data source alike). */
async function validateConfigOf(schema: Schema, config: TfObject, ctx: CallContext, validate: (config: TfObject) => void | Promise<void>): Promise<void> {
  runValidators(schema.block, config, ctx.diagnostics);
  await validate(config);
}

function decodeNullableObject(value: RequestValue, type: CtyType): TfObject | null {
  return value(type) as TfObject | null;
}

function decodeObject(value: RequestValue, type: CtyType): TfObject {
  const decoded = decodeNullableObject(value, type);
  if (decoded === null) throw new ValueError('a null object where a value is required', []);
  return decoded;
}

function uniquePaths(paths: AttributePath[]): AttributePath[] {
  const seen = new Set<string>();
  return paths.filter((path) => {
    const key = JSON.stringify(path);
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

// --- states Terraform accepts ---------------------------------------------------------------------------------

/** A resource's state or plan as Terraform takes it: write-only attributes are null there. */
function stateForTerraform<T extends TfObject | null>(resource: Typed<ResourceDefinition<never>>, value: T): T {
  const block = resource.definition.schema.block;
  return (value === null ? null : withoutWriteOnly(block.attributes, block.blocks ?? {}, value)) as T;
}

/**
 * The state a create returned. The object exists by now, so a state that does not fit the schema must not become a
 * null state (Terraform would forget the object): each attribute that fits is kept, the others take their planned value
 * with unknowns as null, and an error diagnostic makes Terraform keep the object as tainted, to be replaced by the next
 * apply.
 */
function createdState(resource: Typed<ResourceDefinition<never>>, created: TfObject | null, planned: TfObject, ctx: CallContext): TfObject | null {
  const state = stateForTerraform(resource, created);
  if (state === null) return null;
  try {
    encodeDynamicValue(state, resource.type);
    return state;
  } catch (error) {
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
        const value = state[name];
        return [name, value !== undefined && fitsType(value, attributeType) ? value : unknownAsNull(planned[name] ?? null)];
      }),
    );
    return stateForTerraform(resource, kept);
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

function withoutWriteOnly(attributes: Block['attributes'], blocks: NonNullable<Block['blocks']>, value: TfObject): TfObject {
  if (!holdsWriteOnly(attributes, blocks)) return value;
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

/** Whether a write-only attribute is declared anywhere below: most schemas have none, and their values need no walk. */
const writeOnlyBelow = new WeakMap<Block['attributes'], boolean>();

function holdsWriteOnly(attributes: Block['attributes'], blocks: NonNullable<Block['blocks']>): boolean {
  let holds = writeOnlyBelow.get(attributes);
  if (holds === undefined) {
    holds =
      Object.values(attributes).some((attribute) => attribute.writeOnly || (attribute.nested && holdsWriteOnly(attribute.nested.attributes, {}))) ||
      Object.values(blocks).some(({ block }) => holdsWriteOnly(block.attributes, block.blocks ?? {}));
    writeOnlyBelow.set(attributes, holds);
  }
  return holds;
}

/** Applies `change` to each known object a nested attribute or block holds (one, or a list, set or map of them). */
function mapNestedObjects(nesting: NestedBlock['nesting'], value: TfValue | undefined, change: (object: TfObject) => TfObject): TfValue {
  const changeKnown = (element: TfValue) => (isKnown(element) ? change(element as unknown as TfObject) : element);
  if (value === undefined || !isKnown(value)) return value ?? null;
  if (nesting === 'single' || nesting === 'group') return changeKnown(value);
  if (Array.isArray(value)) return value.map(changeKnown);
  return Object.fromEntries(Object.entries(value as unknown as TfObject).map(([key, element]) => [key, changeKnown(element)]));
}
