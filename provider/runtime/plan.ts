// Plan helpers with terraform-plugin-framework semantics: value comparison, and the runtime's default plan
// (computed attributes unset in config become "known after apply"). Per-attribute rules such as keeping a prior
// value or forcing replacement are plan modifiers (plan-modifiers.ts).
import { numberKey } from './lossless-json';
import {
  BigDecimal,
  Dynamic,
  isTfObject,
  Unknown,
  type Attribute,
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
