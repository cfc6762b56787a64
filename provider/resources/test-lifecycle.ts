// Test support: a resource driven the way Terraform and the runtime server drive it (validators, validate, plan,
// plan modifiers, apply, refresh, import), against a real client, with Terraform's own checks on the results.
import { type ClickStackClient, createClient } from '../client';
import type { EmulatorHandle } from '../../emulator';
import { DiagnosticsCollector } from '../runtime/diagnostics';
import { valuesEqual } from '../runtime/plan';
import { applyPlanModifiers } from '../runtime/plan-modifiers';
import type { CallContext, ResourceDefinition } from '../runtime/provider';
import { type Diagnostic, type TfObject, type TfValue, Unknown } from '../runtime/types';
import { runValidators } from '../runtime/validators';
import { type Attributes, asObject } from './mapping';

export function context(): CallContext {
  const noop = () => undefined;
  return {
    signal: new AbortController().signal,
    log: { trace: noop, debug: noop, info: noop, warn: noop, error: noop },
    diagnostics: new DiagnosticsCollector(),
  };
}

/** A client of the emulator's flavour, without a client-side rate limit. */
export function emulatorClient(emulator: EmulatorHandle, flavor: 'oss' | 'cloud'): ClickStackClient {
  return createClient(
    flavor === 'oss'
      ? { flavor, endpoint: emulator.ossUrl, apiKey: emulator.apiKey, rateLimit: false }
      : {
          flavor,
          apiUrl: emulator.cloudUrl,
          organizationId: emulator.organizationId,
          serviceId: emulator.serviceId,
          keyId: emulator.keyId,
          keySecret: emulator.keySecret,
          rateLimit: false,
        },
  );
}

/** Terraform's rule after apply: every value known in the plan comes back unchanged. */
export function expectConforms(planned: TfValue, actual: TfValue, path = ''): void {
  if (planned instanceof Unknown) return;
  if (Array.isArray(planned) && Array.isArray(actual)) {
    expect(`${path}: ${actual.length}`).toBe(`${path}: ${planned.length}`);
    planned.forEach((element, i) => expectConforms(element, actual[i], `${path}[${i}]`));
    return;
  }
  const object = asObject(planned);
  if (object && asObject(actual)) {
    for (const [name, value] of Object.entries(object)) expectConforms(value, asObject(actual)![name], `${path}.${name}`);
    return;
  }
  expect({ path, value: actual }).toEqual({ path, value: planned });
}

/** Where a plan differs from the prior state, as `path: prior -> planned` lines (what `terraform plan` would show). */
export function differences(prior: TfValue, planned: TfValue, path = ''): string[] {
  if (valuesEqual(prior, planned)) return [];
  const [a, b] = [asObject(prior), asObject(planned)];
  if (a && b) return Object.keys(a).flatMap((name) => differences(a[name], b[name], `${path}.${name}`));
  if (Array.isArray(prior) && Array.isArray(planned) && prior.length === planned.length)
    return prior.flatMap((element, i) => differences(element, planned[i], `${path}[${i}]`));
  const show = (value: TfValue) => (value instanceof Unknown ? '(known after apply)' : JSON.stringify(value));
  return [`${path}: ${show(prior)} -> ${show(planned)}`];
}

/** The configuration `terraform plan -generate-config-out` writes from a state: everything but computed-only attributes. */
export function generatedConfig(attributes: Attributes, state: TfObject): TfObject {
  const config: TfObject = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    const value = state[name];
    if (attribute.computed && !attribute.optional && !attribute.required) config[name] = null;
    else if (attribute.nested && Array.isArray(value)) config[name] = value.map((element) => generatedConfig(attribute.nested!.attributes, element as TfObject));
    else if (attribute.nested && asObject(value)) config[name] = generatedConfig(attribute.nested.attributes, value as TfObject);
    else config[name] = value;
  }
  return config;
}

/**
 * Terraform's proposed new state: the configuration, where optional+computed attributes left unset take the prior
 * state's value (list elements paired by index).
 */
export function proposedNew(attributes: Attributes, prior: TfObject | null, config: TfObject): TfObject {
  const proposed: TfObject = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    const [configured, before] = [config[name] ?? null, prior?.[name] ?? null];
    const nested = attribute.nested;
    if (configured === null) proposed[name] = attribute.computed ? before : null;
    else if (nested?.nesting === 'single' && asObject(configured)) proposed[name] = proposedNew(nested.attributes, asObject(before) ?? null, configured as TfObject);
    else if (nested?.nesting === 'list' && Array.isArray(configured))
      proposed[name] = configured.map((element, i) => proposedNew(nested.attributes, asObject(Array.isArray(before) ? before[i] : null) ?? null, element as TfObject));
    else proposed[name] = configured;
  }
  return proposed;
}

export interface PlanOutcome {
  planned?: TfObject;
  requiresReplace: TfValue[][];
  diagnostics: Diagnostic[];
}

/** One resource driven through a Terraform-like lifecycle with one client (undefined: an unconfigured provider). */
export class Lifecycle {
  constructor(
    private readonly resource: ResourceDefinition<ClickStackClient>,
    private readonly client: () => ClickStackClient | undefined,
  ) {}

  /** Validators, validate, plan and plan modifiers, as the server runs them for `terraform plan`. */
  async plan(prior: TfObject | null, config: TfObject): Promise<PlanOutcome> {
    const ctx = context();
    const block = this.resource.schema.block;
    runValidators(block, config, ctx.diagnostics);
    await this.resource.validate?.(config, ctx);
    if (ctx.diagnostics.hasErrors()) return { requiresReplace: [], diagnostics: ctx.diagnostics.all };
    const proposed = proposedNew(block.attributes, prior, config);
    const result = await this.resource.plan!({ prior, proposed, config, client: this.client() }, ctx);
    const modified = applyPlanModifiers(block, prior, result.planned, config);
    return {
      planned: modified.planned,
      requiresReplace: [...(result.requiresReplace ?? []), ...modified.requiresReplace] as TfValue[][],
      diagnostics: ctx.diagnostics.all,
    };
  }

  /** Plans, expects no error, applies (create or update) and checks the result against the plan. */
  async apply(prior: TfObject | null, config: TfObject): Promise<TfObject> {
    const { planned, diagnostics } = await this.plan(prior, config);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const { state, diagnostics: applyDiagnostics } = await this.applyPlanned(prior, planned!, config);
    expect(applyDiagnostics).toEqual([]);
    expectConforms(planned!, state!);
    return state!;
  }

  /** Applies a plan as it is, returning what the resource reported. */
  async applyPlanned(prior: TfObject | null, planned: TfObject, config: TfObject): Promise<{ state: TfObject | null; diagnostics: Diagnostic[] }> {
    const ctx = context();
    const client = this.client()!;
    const state = prior
      ? await this.resource.update({ prior, planned, config, client }, ctx)
      : await this.resource.create({ planned, config, client }, ctx);
    return { state, diagnostics: ctx.diagnostics.all };
  }

  refresh(state: TfObject): Promise<TfObject | null> {
    return this.resource.read({ state, client: this.client()! }, context());
  }

  async destroy(state: TfObject): Promise<Diagnostic[]> {
    const ctx = context();
    await this.resource.delete({ state, client: this.client()! }, ctx);
    return ctx.diagnostics.all;
  }

  /** `terraform import`: the import id, then a refresh. */
  async import(id: string): Promise<TfObject | null> {
    return this.refresh(await this.resource.importState!(id, context()));
  }
}
