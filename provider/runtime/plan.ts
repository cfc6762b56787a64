// Plan helpers with terraform-plugin-framework semantics: the runtime's default plan, and the building blocks
// resources use in their own `plan` (keep prior values, detect replacing changes, read and write by path).
import { ValueError } from './codec';
import { pathToString } from './diagnostics';
import { numberKey } from './lossless-json';
import {
  BigDecimal,
  Dynamic,
  isTfObject,
  Unknown,
  type Attribute,
  type AttributePath,
  type Block,
  type CtyType,
  type NestedBlock,
  type TfObject,
  type TfValue,
} from './types';

// ---------------------------------------------------------------------------------------------------------
// Comparison

/**
 * Deep equality of known values. An Unknown equals nothing, not even itself. Numbers compare by value across
 * representations (1.5, BigDecimal('1.50')). Arrays compare in order: sets from Terraform arrive sorted.
 */
export function valuesEqual(a: TfValue, b: TfValue): boolean {
  if (a instanceof Unknown || b instanceof Unknown) return false;
  if (a === null || b === null) return a === b;
  if (isNumber(a) && isNumber(b)) return a === b || numberKey(a) === numberKey(b);
  if (typeof a !== 'object' || typeof b !== 'object') return a === b;
  if (a instanceof Dynamic || b instanceof Dynamic) {
    return a instanceof Dynamic && b instanceof Dynamic && typesEqual(a.type, b.type) && valuesEqual(a.value, b.value);
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => valuesEqual(item, b[index]));
  }
  if (!isTfObject(a) || !isTfObject(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && valuesEqual(a[key], b[key]));
}

function isNumber(value: TfValue): value is number | bigint | BigDecimal {
  return typeof value === 'number' || typeof value === 'bigint' || value instanceof BigDecimal;
}

function typesEqual(a: CtyType, b: CtyType): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if (a[0] !== b[0]) return false;
  if (a[0] === 'tuple' && b[0] === 'tuple') {
    return a[1].length === b[1].length && a[1].every((element, index) => typesEqual(element, b[1][index]));
  }
  if (a[0] === 'object' && b[0] === 'object') {
    const names = Object.keys(a[1]);
    const sameOptional = [...(a[2] ?? [])].sort().join('\0') === [...(b[2] ?? [])].sort().join('\0');
    return (
      sameOptional &&
      names.length === Object.keys(b[1]).length &&
      names.every((name) => Object.hasOwn(b[1], name) && typesEqual(a[1][name], b[1][name]))
    );
  }
  return typesEqual(a[1] as CtyType, b[1] as CtyType);
}

/** True when any part of the value is unknown (a config that is not wholly known cannot be acted on yet). */
export function containsUnknown(value: TfValue): boolean {
  if (value instanceof Unknown) return true;
  if (value instanceof Dynamic) return containsUnknown(value.value);
  if (Array.isArray(value)) return value.some(containsUnknown);
  return isTfObject(value) && Object.values(value).some(containsUnknown);
}

// ---------------------------------------------------------------------------------------------------------
// Computed attributes

/** What an object's attributes and nested blocks are: a block, or the objects of a nested attribute. */
interface ObjectSchema {
  attributes: { [name: string]: Attribute };
  blocks: { [name: string]: NestedBlock };
}

/**
 * Computed attributes that are null in config become Unknown ("known after apply"), recursively through nested
 * attributes and nested blocks. Elements of nested sets are paired with config elements as Terraform pairs them:
 * equal once every computed attribute is ignored.
 */
export function markUnknownComputed(block: Block, proposed: TfObject, config: TfObject): TfObject {
  return replaceComputed(blockSchema(block), proposed, config, () => new Unknown());
}

/**
 * The plan when a resource has no `plan` of its own. On create, every computed attribute unset in config is
 * unknown; on update, an unchanged resource keeps its prior state (no diff), a changed one gets its unset
 * computed attributes marked unknown.
 */
export function defaultPlan(block: Block, prior: TfObject | null, proposed: TfObject, config: TfObject): TfObject {
  if (prior !== null && valuesEqual(prior, proposed)) return prior;
  return markUnknownComputed(block, proposed, config);
}

function blockSchema(block: Block): ObjectSchema {
  return { attributes: block.attributes, blocks: block.blocks ?? {} };
}

/** The value with each computed attribute that is null in config replaced; `config` null means none is set. */
function replaceComputed(schema: ObjectSchema, value: TfObject, config: TfObject | null, replacement: () => TfValue): TfObject {
  const result: TfObject = { ...value };
  for (const [name, attribute] of Object.entries(schema.attributes)) {
    const configValue = config?.[name] ?? null;
    if (attribute.computed && configValue === null) {
      result[name] = replacement();
    } else if (attribute.nested) {
      const elementSchema: ObjectSchema = { attributes: attribute.nested.attributes, blocks: {} };
      result[name] = replaceInNested(attribute.nested.nesting, elementSchema, value[name], configValue, replacement);
    }
  }
  for (const [name, nested] of Object.entries(schema.blocks)) {
    result[name] = replaceInNested(nested.nesting, blockSchema(nested.block), value[name], config?.[name] ?? null, replacement);
  }
  return result;
}

/** replaceComputed for each object of a nested attribute or block, paired with its config counterpart. */
function replaceInNested(
  nesting: NestedBlock['nesting'],
  schema: ObjectSchema,
  value: TfValue,
  config: TfValue,
  replacement: () => TfValue,
): TfValue {
  const replaceIn = (element: TfValue, configElement: TfValue | undefined): TfValue =>
    isTfObject(element) ? replaceComputed(schema, element, isTfObject(configElement) ? configElement : null, replacement) : element;
  switch (nesting) {
    case 'single':
    case 'group':
      return replaceIn(value, config);
    case 'map': {
      if (!isTfObject(value)) return value;
      const configMap = isTfObject(config) ? config : {};
      return Object.fromEntries(Object.entries(value).map(([key, element]) => [key, replaceIn(element, configMap[key])]));
    }
    case 'list':
    case 'set': {
      if (!Array.isArray(value)) return value;
      const configElements = Array.isArray(config) ? config : [];
      if (nesting === 'list') return value.map((element, index) => replaceIn(element, configElements[index]));
      const maskedConfig = configElements.map((element) => maskComputed(schema, element));
      const unpaired = new Set(configElements.keys());
      return value.map((element) => {
        const masked = maskComputed(schema, element);
        const match = [...unpaired].find((index) => valuesEqual(masked, maskedConfig[index]));
        if (match === undefined) return replaceIn(element, undefined);
        unpaired.delete(match);
        return replaceIn(element, configElements[match]);
      });
    }
  }
}

function maskComputed(schema: ObjectSchema, element: TfValue): TfValue {
  return isTfObject(element) ? replaceComputed(schema, element, null, () => null) : element;
}

// ---------------------------------------------------------------------------------------------------------
// Paths

/**
 * The value at a path, looking through Dynamic wrappers; undefined when the path does not exist. Below a null the
 * value is null, below an Unknown it is unknown, as in Terraform.
 */
export function getAt(value: TfValue, path: AttributePath): TfValue | undefined {
  let current: TfValue = value;
  for (const step of path) {
    if (current instanceof Dynamic) current = current.value;
    if (current === null) return null;
    if (current instanceof Unknown) return new Unknown();
    if (typeof step === 'number') {
      if (!Array.isArray(current) || !Number.isInteger(step) || step < 0 || step >= current.length) return undefined;
      current = current[step];
    } else {
      const key = typeof step === 'string' ? step : step.key;
      if (!isTfObject(current) || !Object.hasOwn(current, key)) return undefined;
      current = current[key];
    }
  }
  return current;
}

/**
 * A copy of the value with `replacement` at the path; containers along the path are copied, the rest shared.
 * Throws ValueError when the path cannot be followed (a missing element, or a null or unknown on the way).
 */
export function setAt(value: TfValue, path: AttributePath, replacement: TfValue): TfValue {
  return setFrom(value, path, 0, replacement);
}

function setFrom(value: TfValue, path: AttributePath, index: number, replacement: TfValue): TfValue {
  if (index === path.length) return replacement;
  if (value instanceof Dynamic) return new Dynamic(value.type, setFrom(value.value, path, index, replacement));
  const step = path[index];
  const cannot = (reason: string) => new ValueError(`cannot set ${pathToString(path)}: ${reason}`, path.slice(0, index + 1));
  if (typeof step === 'number') {
    if (!Array.isArray(value)) throw cannot('not a list, set or tuple');
    if (!Number.isInteger(step) || step < 0 || step >= value.length) throw cannot('no such element');
    const copy = [...value];
    copy[step] = setFrom(value[step], path, index + 1, replacement);
    return copy;
  }
  if (!isTfObject(value)) throw cannot('not an object or map');
  const key = typeof step === 'string' ? step : step.key;
  if (index + 1 < path.length && !Object.hasOwn(value, key)) throw cannot('no such element');
  return { ...value, [key]: setFrom(value[key], path, index + 1, replacement) };
}

/**
 * UseStateForUnknown for the given attributes: where the plan is unknown, keep the prior state's value, unless
 * the config itself is unknown there (then the value really is not known yet). Nothing to keep on create.
 */
export function keepPriorForUnknown(
  planned: TfObject,
  prior: TfObject | null,
  paths: AttributePath[],
  config?: TfObject,
): TfObject {
  if (prior === null) return planned;
  let result = planned;
  for (const path of paths) {
    const priorValue = getAt(prior, path);
    if (priorValue === undefined || !(getAt(result, path) instanceof Unknown)) continue;
    if (config && getAt(config, path) instanceof Unknown) continue;
    result = setAt(result, path, priorValue) as TfObject;
  }
  return result;
}

/** The candidates whose value differs between prior state and plan (for requires_replace); none on create. */
export function changedPaths(prior: TfObject | null, planned: TfObject, candidates: AttributePath[]): AttributePath[] {
  if (prior === null) return [];
  return candidates.filter((path) => !valuesEqual(getAt(prior, path) ?? null, getAt(planned, path) ?? null));
}
