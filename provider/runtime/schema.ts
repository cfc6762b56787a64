// Schemas: the cty type a block implies (what DynamicValues are decoded with), the tfplugin6.Schema message
// GetProviderSchema returns.
import { typeToJson } from './codec';
import type { Attribute, Block, CtyType, NestedAttributes, NestedBlock, NestingMode, Schema } from './types';

// ---------------------------------------------------------------------------------------------------------
// Implied types (terraform internal/configschema/implied_type.go)

/** The object type of a block's values: one attribute per attribute and per nested block. */
export function impliedType(block: Block): CtyType {
  const attributeTypes: { [name: string]: CtyType } = {};
  for (const [name, attribute] of Object.entries(block.attributes)) attributeTypes[name] = attributeType(attribute, name);
  for (const [name, nested] of Object.entries(block.blocks ?? {})) {
    if (Object.hasOwn(attributeTypes, name)) throw new Error(`schema: "${name}" is both an attribute and a block`);
    attributeTypes[name] = nestedBlockType(nested);
  }
  return ['object', attributeTypes];
}

function attributeType(attribute: Attribute, name: string): CtyType {
  if ((attribute.type === undefined) === (attribute.nested === undefined)) {
    throw new Error(`schema: attribute "${name}" needs exactly one of type and nested`);
  }
  return attribute.type ?? nestedAttributesType(attribute.nested!);
}

/** Protocol 6 nested attributes: optional and computed sub-attributes are optional attributes of the object type. */
function nestedAttributesType(nested: NestedAttributes): CtyType {
  const attributeTypes: { [name: string]: CtyType } = {};
  for (const [name, attribute] of Object.entries(nested.attributes)) attributeTypes[name] = attributeType(attribute, name);
  const optional = Object.entries(nested.attributes)
    .filter(([, attribute]) => attribute.optional || attribute.computed)
    .map(([name]) => name);
  const objectType: CtyType = optional.length > 0 ? ['object', attributeTypes, optional] : ['object', attributeTypes];
  return nesting(nested.nesting, objectType);
}

function nestedBlockType(nested: NestedBlock): CtyType {
  const objectType = impliedType(nested.block);
  // Like Terraform: a list or map of blocks holding dynamic attributes is a tuple or object whose shape
  // depends on the value, which only the dynamic type can express.
  if ((nested.nesting === 'list' || nested.nesting === 'map') && containsDynamic(objectType)) return 'dynamic';
  return nested.nesting === 'group' ? objectType : nesting(nested.nesting, objectType);
}

function nesting(mode: NestingMode, objectType: CtyType): CtyType {
  return mode === 'single' ? objectType : [mode, objectType];
}

function containsDynamic(type: CtyType): boolean {
  if (typeof type === 'string') return type === 'dynamic';
  switch (type[0]) {
    case 'tuple':
      return type[1].some(containsDynamic);
    case 'object':
      return Object.values(type[1]).some(containsDynamic);
    default:
      return containsDynamic(type[1]);
  }
}

// ---------------------------------------------------------------------------------------------------------
// tfplugin6.Schema in @grpc/proto-loader shape (keepCase, enums as strings, int64 as number, bytes as Buffer)

export interface ProtoSchema {
  version: number;
  block: ProtoBlock;
}

export interface ProtoBlock {
  version: number;
  attributes: ProtoAttribute[];
  block_types: ProtoNestedBlock[];
  description: string;
  description_kind: 'MARKDOWN';
  deprecated: boolean;
}

export interface ProtoAttribute {
  name: string;
  /** JSON type; absent for nested attributes (Terraform parses any `type` bytes it receives). */
  type?: Buffer;
  nested_type?: { attributes: ProtoAttribute[]; nesting: 'SINGLE' | 'LIST' | 'SET' | 'MAP' };
  description: string;
  description_kind: 'MARKDOWN';
  required: boolean;
  optional: boolean;
  computed: boolean;
  sensitive: boolean;
  deprecated: boolean;
  write_only: boolean;
}

export interface ProtoNestedBlock {
  type_name: string;
  block: ProtoBlock;
  nesting: 'SINGLE' | 'LIST' | 'SET' | 'MAP' | 'GROUP';
  min_items: number;
  max_items: number;
}

export function schemaToProto(schema: Schema): ProtoSchema {
  return { version: schema.version, block: blockToProto(schema.block, schema.version) };
}

function blockToProto(block: Block, version: number): ProtoBlock {
  return {
    version,
    attributes: Object.entries(block.attributes).map(([name, attribute]) => attributeToProto(name, attribute)),
    block_types: Object.entries(block.blocks ?? {}).map(([name, nested]) => ({
      type_name: name,
      block: blockToProto(nested.block, 0),
      nesting: nestingToProto(nested.nesting),
      min_items: nested.minItems ?? 0,
      max_items: nested.maxItems ?? 0,
    })),
    description: block.description ?? '',
    description_kind: 'MARKDOWN',
    deprecated: block.deprecated ?? false,
  };
}

function attributeToProto(name: string, attribute: Attribute): ProtoAttribute {
  const { required = false, optional = false, computed = false } = attribute;
  // Terraform's rule: required alone, or optional and/or computed.
  if (required ? optional || computed : !optional && !computed) {
    throw new Error(`schema: attribute "${name}" must be required, or optional and/or computed`);
  }
  const proto: ProtoAttribute = {
    name,
    description: attribute.description ?? '',
    description_kind: 'MARKDOWN',
    required,
    optional,
    computed,
    sensitive: attribute.sensitive ?? false,
    deprecated: attribute.deprecated ?? false,
    write_only: attribute.writeOnly ?? false,
  };
  if (attribute.nested && attribute.type === undefined) {
    proto.nested_type = {
      attributes: Object.entries(attribute.nested.attributes).map(([childName, child]) => attributeToProto(childName, child)),
      nesting: nestingToProto(attribute.nested.nesting) as 'SINGLE' | 'LIST' | 'SET' | 'MAP',
    };
  } else {
    proto.type = typeToJson(attributeType(attribute, name));
  }
  return proto;
}

function nestingToProto(mode: NestedBlock['nesting']): ProtoNestedBlock['nesting'] {
  return mode.toUpperCase() as ProtoNestedBlock['nesting'];
}
