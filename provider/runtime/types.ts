// The runtime's vocabulary: Terraform (cty) types, the values they hold, schemas and diagnostics.
// Nothing here knows about ClickStack; resources of any provider are written against these types.
import type { Diagnostics } from './provider';

/** A cty type, in the same shape as Terraform's JSON type encoding (`"string"`, `["list","string"]`, ...). */
export type CtyType =
  | 'string'
  | 'number'
  | 'bool'
  | 'dynamic'
  | ['list', CtyType]
  | ['set', CtyType]
  | ['map', CtyType]
  | ['tuple', CtyType[]]
  | ['object', { [attribute: string]: CtyType }]
  | ['object', { [attribute: string]: CtyType }, string[]]; // third element: optional attributes

/**
 * A value not known until apply. `refinements` holds the raw msgpack payload of a refined unknown
 * (ext type 12: not-null, string prefix, number bounds, collection length) so it can be echoed back unchanged.
 */
export class Unknown {
  constructor(readonly refinements?: Uint8Array) {}
}

/** A number too large or too precise for a double, kept as its exact decimal text. */
export class BigDecimal {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** A value of type `dynamic`: the concrete type travels with the value. */
export class Dynamic {
  constructor(
    readonly type: CtyType,
    readonly value: TfValue,
  ) {}
}

/**
 * A Terraform value as the runtime hands it to providers.
 * number: JS number when exact, bigint for integers beyond 2^53, BigDecimal otherwise.
 * list, set, tuple: arrays. map, object: plain objects (objects always carry every attribute of their type).
 */
export type TfValue =
  | null
  | Unknown
  | string
  | number
  | bigint
  | BigDecimal
  | boolean
  | Dynamic
  | TfValue[]
  | { [key: string]: TfValue };

export type TfObject = { [attribute: string]: TfValue };

/** True for object and map values (plain objects); false for null, Unknown, Dynamic, numbers, arrays and the rest. */
export function isTfObject(value: unknown): value is TfObject {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** The value as an object (a nested attribute's element), or undefined when it is null, unknown or not an object. */
export function asObject(value: TfValue | undefined): TfObject | undefined {
  return isTfObject(value) ? value : undefined;
}

/** The objects of a list (of nested objects) with their index; none while the list is null or unknown. */
export const indexedObjects = (value: TfValue | undefined): [TfObject, number][] =>
  Array.isArray(value)
    ? value.flatMap((element, i) => {
        const object = asObject(element);
        return object ? [[object, i] as [TfObject, number]] : [];
      })
    : [];

// ---------------------------------------------------------------------------------------------------------
// Schema

export type NestingMode = 'single' | 'list' | 'set' | 'map';

export interface Described {
  /** Markdown; rendered into docs and shown by `terraform providers schema -json`. */
  description?: string;
  deprecated?: boolean;
  /** Shown to users as a warning when they set a deprecated attribute. */
  deprecationMessage?: string;
}

export interface Attribute extends Described {
  /** Exactly one of `type` and `nested` is set. */
  type?: CtyType;
  /** A protocol-6 nested attribute: an object (or list, set, map of objects) with attributes of its own. */
  nested?: NestedAttributes;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
  sensitive?: boolean;
  /** Never stored in plan or state; only valid with Terraform >= 1.11. */
  writeOnly?: boolean;
  /** Run on known, non-null config values during validation (validators.ts holds the common ones). */
  validators?: AttributeValidator[];
  /** Run after the plan is computed, top-down (plan-modifiers.ts holds the common ones). */
  planModifiers?: PlanModifier[];
}

/** The attributes of a block or of a nested attribute's objects, by name. */
export type Attributes = { [name: string]: Attribute };

export interface AttributeValidator {
  /** Plain-language rule, also used in generated docs (e.g. "one of `line`, `table`"). */
  description: string;
  validate(value: TfValue, path: AttributePath, diagnostics: Diagnostics): void;
}

export interface PlanModifierRequest {
  path: AttributePath;
  /** The attribute's value in prior state; null when the resource is being created. */
  prior: TfValue;
  planned: TfValue;
  config: TfValue;
  creating: boolean;
}

export interface PlanModifier {
  description: string;
  /** Returns the new planned value (or the same one), and whether a change here forces replacement. */
  modify(request: PlanModifierRequest): { planned: TfValue; requiresReplace?: boolean };
}

export interface NestedAttributes {
  nesting: NestingMode;
  attributes: { [name: string]: Attribute };
}

export interface Block extends Described {
  attributes: { [name: string]: Attribute };
  blocks?: { [name: string]: NestedBlock };
}

export interface NestedBlock {
  nesting: NestingMode | 'group';
  block: Block;
  minItems?: number;
  maxItems?: number;
}

export interface Schema {
  /** State schema version: bump it when the stored shape changes, and upgrade old state in UpgradeResourceState. */
  version: number;
  block: Block;
}

// ---------------------------------------------------------------------------------------------------------
// Diagnostics

/** A path into a value: attribute names, list/tuple indexes (number) and map keys (string in `{key}`). */
export type PathStep = string | number | { key: string };
export type AttributePath = PathStep[];

export interface Diagnostic {
  severity: 'error' | 'warning';
  summary: string;
  detail?: string;
  path?: AttributePath;
}
