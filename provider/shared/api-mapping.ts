// Value mapping between a Terraform value (snake_case, shaped by a schema) and an API document (camelCase JSON), and
// between their paths. Every resource and data source uses it: the schema decides the shape, an ObjectMapping names the
// exceptions. Rules: a null attribute is omitted from the API document and an absent API field reads back as null;
// numbers become JS numbers; fields of the API document the schema does not model are kept when a `current` document
// is given.
import {
  type AttributePath,
  type Attributes,
  type CtyType,
  type NestedAttributes,
  type TfObject,
  type TfValue,
  BigDecimal,
  Dynamic,
  Unknown,
} from '../runtime/types';
import { oncePer } from '../runtime/once-per';

export type ApiObject = Record<string, unknown>;

/** Hand-written conversion of one attribute, for values whose API shape the schema cannot mirror. */
export interface Converter {
  /** `current` is the attribute's value in the server document being updated, if any. */
  toApi(value: TfValue, current: unknown): unknown;
  fromApi(value: unknown): TfValue;
}

export interface ObjectMapping {
  /** API field of an attribute when it is not the camelCase of the attribute's name; null: no API field. */
  names?: Record<string, string | null>;
  /** Mappings of the objects held by nested attributes. */
  nested?: Record<string, ObjectMapping>;
  converters?: Record<string, Converter>;
  /** Runs on the finished API object, for rules that span several attributes. */
  afterToApi?(api: ApiObject, value: TfObject): void;
  /** Runs on the finished Terraform object. */
  afterFromApi?(value: TfObject, api: ApiObject): void;
}

/** Attribute names are few and read on every call: each is converted once. */
const camelCaseNames = new Map<string, string>();

export function camelCase(snake: string): string {
  let camel = camelCaseNames.get(snake);
  if (camel === undefined) {
    camel = snake.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
    camelCaseNames.set(snake, camel);
  }
  return camel;
}

export function apiName(attribute: string, mapping: ObjectMapping = {}): string | null {
  const override = mapping.names?.[attribute];
  return override === undefined ? camelCase(attribute) : override;
}

export function isApiObject(value: unknown): value is ApiObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A Terraform number as a JS number (API documents carry doubles). */
export function toNumber(value: TfValue): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint' || value instanceof BigDecimal) return Number(value.toString());
  throw new TypeError(`Expected a number, got ${typeof value}`);
}

function primitiveToApi(type: CtyType, value: TfValue): unknown {
  if (value === null) return undefined;
  if (value instanceof Unknown) throw new TypeError('An unknown value cannot be sent to the API');
  if (value instanceof Dynamic) return primitiveToApi(value.type, value.value);
  if (type === 'number') return toNumber(value);
  if (type === 'string' || type === 'bool' || type === 'dynamic') return value;
  const [kind, elementType] = type;
  if (kind === 'list' || kind === 'set') return (value as TfValue[]).map((element) => primitiveToApi(elementType as CtyType, element));
  if (kind === 'map') {
    const object: ApiObject = {};
    for (const [key, element] of Object.entries(value as TfObject)) object[key] = primitiveToApi(elementType as CtyType, element);
    return object;
  }
  throw new TypeError(`No API mapping for attribute type ${JSON.stringify(type)}`);
}

function primitiveFromApi(type: CtyType, value: unknown): TfValue {
  if (value === null || value === undefined) return null;
  if (type === 'number' || type === 'string' || type === 'bool') return value as TfValue;
  if (type === 'dynamic') throw new TypeError('dynamic attributes are not mapped');
  const [kind, elementType] = type;
  if ((kind === 'list' || kind === 'set') && Array.isArray(value)) return value.map((element) => primitiveFromApi(elementType as CtyType, element));
  if (kind === 'map' && isApiObject(value)) {
    const object: TfObject = {};
    for (const [key, element] of Object.entries(value)) object[key] = primitiveFromApi(elementType as CtyType, element);
    return object;
  }
  throw new TypeError(`The API value ${JSON.stringify(value)} does not fit type ${JSON.stringify(type)}`);
}

function nestedToApi(nested: NestedAttributes, value: TfValue, mapping: ObjectMapping | undefined, current: unknown): unknown {
  if (value === null) return undefined;
  if (nested.nesting === 'single') return toApiObject(nested.attributes, value as TfObject, mapping, isApiObject(current) ? current : undefined);
  if (nested.nesting === 'map') {
    const object: ApiObject = {};
    for (const [key, element] of Object.entries(value as TfObject)) {
      const currentElement = isApiObject(current) ? current[key] : undefined;
      object[key] = toApiObject(nested.attributes, element as TfObject, mapping, isApiObject(currentElement) ? currentElement : undefined);
    }
    return object;
  }
  // Lists (and sets) of objects are matched to the current document's elements by position.
  const currentElements = Array.isArray(current) ? current : [];
  return (value as TfValue[]).map((element, i) =>
    toApiObject(nested.attributes, element as TfObject, mapping, isApiObject(currentElements[i]) ? currentElements[i] : undefined),
  );
}

/**
 * The API document for a Terraform object. With `current`, the server's fields that no attribute models are kept,
 * so that an update never drops what this provider does not know about.
 */
export function toApiObject(attributes: Attributes, value: TfObject, mapping: ObjectMapping = {}, current?: ApiObject): ApiObject {
  const modeled = new Set(Object.keys(attributes).map((name) => apiName(name, mapping)));
  const api: ApiObject = {};
  for (const [key, field] of Object.entries(current ?? {})) if (!modeled.has(key)) api[key] = field;
  for (const [name, attribute] of Object.entries(attributes)) {
    const field = apiName(name, mapping);
    if (field === null) continue;
    const attributeValue = value[name] ?? null;
    const converter = mapping.converters?.[name];
    const converted = converter
      ? attributeValue === null
        ? undefined
        : converter.toApi(attributeValue, current?.[field])
      : attribute.nested
        ? nestedToApi(attribute.nested, attributeValue, mapping.nested?.[name], current?.[field])
        : primitiveToApi(attribute.type as CtyType, attributeValue);
    if (converted !== undefined) api[field] = converted;
  }
  mapping.afterToApi?.(api, value);
  return api;
}

function nestedFromApi(nested: NestedAttributes, value: unknown, mapping: ObjectMapping | undefined): TfValue {
  if (value === null || value === undefined) return null;
  if (nested.nesting === 'single') return fromApiObject(nested.attributes, value as ApiObject, mapping);
  if (nested.nesting === 'map') {
    const object: TfObject = {};
    for (const [key, element] of Object.entries(value as ApiObject)) object[key] = fromApiObject(nested.attributes, element as ApiObject, mapping);
    return object;
  }
  if (!Array.isArray(value)) throw new TypeError(`Expected a list from the API, got ${JSON.stringify(value)}`);
  return value.map((element) => fromApiObject(nested.attributes, element as ApiObject, mapping));
}

/** How each attribute of an object reads from the API, worked out once per schema and mapping. */
interface AttributeReading {
  name: string;
  field: string | null;
  attribute: Attributes[string];
  converter: Converter | undefined;
  nestedMapping: ObjectMapping | undefined;
}

const NO_MAPPING: ObjectMapping = {};

/** Each attribute's API field, converter and nested mapping, worked out once per schema and mapping. */
const readingsByMapping = oncePer((attributes: Attributes) =>
  oncePer((mapping: ObjectMapping): AttributeReading[] =>
    Object.entries(attributes).map(([name, attribute]) => ({
      name,
      field: apiName(name, mapping),
      attribute,
      converter: mapping.converters?.[name],
      nestedMapping: mapping.nested?.[name],
    })),
  ),
);

const readingsOf = (attributes: Attributes, mapping: ObjectMapping): AttributeReading[] => readingsByMapping(attributes)(mapping);

/** The Terraform object for an API document: every attribute present, null where the API has no value. */
export function fromApiObject(attributes: Attributes, api: ApiObject, mapping: ObjectMapping = NO_MAPPING): TfObject {
  const value: TfObject = {};
  for (const { name, field, attribute, converter, nestedMapping } of readingsOf(attributes, mapping)) {
    const apiValue = field === null ? undefined : api[field];
    value[name] = converter
      ? apiValue === null || apiValue === undefined
        ? null
        : converter.fromApi(apiValue)
      : attribute.nested
        ? nestedFromApi(attribute.nested, apiValue, nestedMapping)
        : primitiveFromApi(attribute.type as CtyType, apiValue);
  }
  mapping.afterFromApi?.(value, api);
  return value;
}

/**
 * The schema path of an API path such as `tiles.0.config.select.1.valueExpression`: each API field is translated to
 * its attribute, list indexes are kept. Returns the longest prefix it could translate.
 */
export function schemaPath(attributes: Attributes, mapping: ObjectMapping, apiSegments: readonly string[]): AttributePath {
  const path: AttributePath = [];
  let currentAttributes: Attributes | undefined = attributes;
  let currentMapping: ObjectMapping | undefined = mapping;
  let expectingIndex = false;
  for (const segment of apiSegments) {
    if (expectingIndex) {
      if (!/^\d+$/.test(segment)) break;
      path.push(Number(segment));
      expectingIndex = false;
      continue;
    }
    if (!currentAttributes) break;
    const name: string | undefined = Object.keys(currentAttributes).find((attribute) => apiName(attribute, currentMapping) === segment);
    if (name === undefined) break;
    path.push(name);
    const nested: NestedAttributes | undefined = currentAttributes[name].nested;
    currentMapping = currentMapping?.nested?.[name];
    currentAttributes = nested?.attributes;
    expectingIndex = nested !== undefined && nested.nesting === 'list';
  }
  return path;
}
