import * as protoLoader from '@grpc/proto-loader';
import { join } from 'node:path';
import { impliedType, schemaToProto } from './schema';
import type { Block, CtyType, Schema } from './types';

const tiles: Block = {
  description: 'A dashboard',
  attributes: {
    id: { type: 'string', computed: true, description: 'The id' },
    name: { type: 'string', required: true },
    tags: { type: ['map', 'string'], optional: true },
    secret: { type: 'string', optional: true, sensitive: true, writeOnly: true },
    old: { type: 'bool', optional: true, deprecated: true },
    layout: {
      optional: true,
      nested: {
        nesting: 'single',
        attributes: { width: { type: 'number', required: true }, height: { type: 'number', optional: true, computed: true } },
      },
    },
    series: {
      required: true,
      nested: {
        nesting: 'list',
        attributes: {
          query: { type: 'string', required: true },
          options: { optional: true, nested: { nesting: 'map', attributes: { value: { type: 'string', required: true } } } },
        },
      },
    },
    owners: { computed: true, nested: { nesting: 'set', attributes: { email: { type: 'string', computed: true } } } },
  },
  blocks: {
    tile: {
      nesting: 'list',
      minItems: 1,
      maxItems: 20,
      block: {
        attributes: { title: { type: 'string', optional: true } },
        blocks: { config: { nesting: 'single', block: { attributes: { select: { type: ['list', 'string'], required: true } } } } },
      },
    },
    alert: { nesting: 'set', block: { attributes: { threshold: { type: 'number', required: true } } } },
    by_name: { nesting: 'map', block: { attributes: { v: { type: 'string', optional: true } } } },
    timeouts: { nesting: 'group', block: { attributes: { create: { type: 'string', optional: true } } } },
  },
};

describe('impliedType', () => {
  it('gives one object attribute per attribute and nested block', () => {
    expect(impliedType(tiles)).toEqual<CtyType>([
      'object',
      {
        id: 'string',
        name: 'string',
        tags: ['map', 'string'],
        secret: 'string',
        old: 'bool',
        layout: ['object', { width: 'number', height: 'number' }, ['height']],
        series: ['list', ['object', { query: 'string', options: ['map', ['object', { value: 'string' }]] }, ['options']]],
        owners: ['set', ['object', { email: 'string' }, ['email']]],
        tile: ['list', ['object', { title: 'string', config: ['object', { select: ['list', 'string'] }] }]],
        alert: ['set', ['object', { threshold: 'number' }]],
        by_name: ['map', ['object', { v: 'string' }]],
        timeouts: ['object', { create: 'string' }],
      },
    ]);
  });

  it('makes list and map blocks holding dynamic attributes dynamic, as Terraform does', () => {
    const dynamicInside: Block = { attributes: { v: { type: 'dynamic', optional: true } } };
    const type = impliedType({
      attributes: {},
      blocks: {
        list: { nesting: 'list', block: dynamicInside },
        map: { nesting: 'map', block: dynamicInside },
        set: { nesting: 'set', block: dynamicInside },
      },
    });
    expect(type).toEqual(['object', { list: 'dynamic', map: 'dynamic', set: ['set', ['object', { v: 'dynamic' }]] }]);
  });

  it('rejects attributes with neither or both of type and nested, and names used twice', () => {
    expect(() => impliedType({ attributes: { a: { optional: true } } })).toThrow('"a" needs exactly one of type and nested');
    const nested = { nesting: 'single' as const, attributes: {} };
    expect(() => impliedType({ attributes: { a: { type: 'string', nested, optional: true } } })).toThrow('exactly one');
    expect(() =>
      impliedType({ attributes: { a: { type: 'string', optional: true } }, blocks: { a: { nesting: 'single', block: { attributes: {} } } } }),
    ).toThrow('"a" is both an attribute and a block');
  });
});

describe('schemaToProto', () => {
  const proto = schemaToProto({ version: 3, block: tiles });
  const attribute = (name: string) => proto.block.attributes.find((candidate) => candidate.name === name)!;
  const blockType = (name: string) => proto.block.block_types.find((candidate) => candidate.type_name === name)!;

  it('carries the version, description and markdown kind', () => {
    expect(proto.version).toBe(3);
    expect(proto.block).toMatchObject({ version: 3, description: 'A dashboard', description_kind: 'MARKDOWN', deprecated: false });
  });

  it('writes typed attributes with their JSON type and flags', () => {
    expect(attribute('tags')).toEqual({
      name: 'tags',
      type: Buffer.from('["map","string"]'),
      description: '',
      description_kind: 'MARKDOWN',
      required: false,
      optional: true,
      computed: false,
      sensitive: false,
      deprecated: false,
      write_only: false,
    });
    expect(attribute('id')).toMatchObject({ computed: true, description: 'The id' });
    expect(attribute('secret')).toMatchObject({ sensitive: true, write_only: true });
    expect(attribute('old')).toMatchObject({ deprecated: true });
  });

  it('writes nested attributes as nested_type without a type', () => {
    const series = attribute('series');
    expect(series).not.toHaveProperty('type');
    expect(series.nested_type!.nesting).toBe('LIST');
    expect(series.nested_type!.attributes.map((child) => child.name)).toEqual(['query', 'options']);
    expect(series.nested_type!.attributes[1].nested_type).toMatchObject({ nesting: 'MAP', attributes: [{ name: 'value', required: true }] });
    expect(attribute('layout').nested_type!.nesting).toBe('SINGLE');
    expect(attribute('owners').nested_type!.nesting).toBe('SET');
  });

  it('writes nested blocks with nesting mode and item limits', () => {
    expect(blockType('tile')).toMatchObject({ nesting: 'LIST', min_items: 1, max_items: 20 });
    expect(blockType('tile').block.block_types[0]).toMatchObject({ type_name: 'config', nesting: 'SINGLE' });
    expect(blockType('alert')).toMatchObject({ nesting: 'SET', min_items: 0, max_items: 0 });
    expect(blockType('by_name').nesting).toBe('MAP');
    expect(blockType('timeouts').nesting).toBe('GROUP');
  });

  it('rejects attributes that are neither required, optional nor computed, or required and optional', () => {
    const schemaWith = (flags: object): Schema => ({ version: 0, block: { attributes: { a: { type: 'string', ...flags } } } });
    expect(() => schemaToProto(schemaWith({}))).toThrow('attribute "a" must be required, or optional and/or computed');
    expect(() => schemaToProto(schemaWith({ required: true, computed: true }))).toThrow('attribute "a"');
  });

  it('survives serialisation through the real tfplugin6 descriptor unchanged', () => {
    const definition = protoLoader.loadSync(join(__dirname, 'proto', 'tfplugin6.8.proto'), {
      keepCase: true,
      enums: String,
      longs: Number,
      bytes: Buffer,
      defaults: true,
      oneofs: true,
    });
    const method = (definition['tfplugin6.Provider'] as protoLoader.ServiceDefinition).GetProviderSchema;
    const response = { provider: proto, resource_schemas: {}, data_source_schemas: {}, diagnostics: [], functions: {} };
    const decoded = method.responseDeserialize(method.responseSerialize(response)) as { provider: typeof proto };
    const series = decoded.provider.block.attributes.find((candidate) => candidate.name === 'series')!;
    expect(series.nested_type!.attributes[0]).toMatchObject({ name: 'query', required: true, description_kind: 'MARKDOWN' });
    expect(series.type).toEqual(Buffer.alloc(0));
    expect(decoded.provider.block.attributes.find((candidate) => candidate.name === 'tags')!.type!.toString()).toBe('["map","string"]');
    expect(decoded.provider.block.block_types.find((candidate) => candidate.type_name === 'tile')).toMatchObject({
      nesting: 'LIST',
      max_items: 20,
    });
    expect(decoded.provider.version).toBe(3);
  });
});
