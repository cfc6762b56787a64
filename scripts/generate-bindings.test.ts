import { attributesCdktfMishandles } from './generate-bindings';

const provider = (resourceBlock: object) => ({
  provider_schemas: {
    'registry.terraform.io/acme/x': {
      provider: { block: { attributes: { endpoint: { type: 'string' } } } },
      resource_schemas: { x_thing: { block: resourceBlock } },
    },
  },
});

describe('attributesCdktfMishandles', () => {
  it('accepts primitive, collection, single- and list-nested attributes and list blocks', () => {
    const block = {
      attributes: {
        name: { type: 'string' },
        tags: { type: ['list', 'string'] },
        labels: { type: ['map', 'string'] },
        limit: { nested_type: { nesting_mode: 'single', attributes: { requests: { type: 'number' } } } },
        tiles: { nested_type: { nesting_mode: 'list', attributes: { x: { type: 'number' } } } },
      },
      block_types: { rule: { nesting_mode: 'list', block: { attributes: { when: { type: 'string' } } } } },
    };
    expect(attributesCdktfMishandles(provider(block))).toEqual([]);
  });

  it('names map-nested attributes and blocks, and dynamic types at any depth, by path', () => {
    const block = {
      attributes: {
        by_name: { nested_type: { nesting_mode: 'map', attributes: { value: { type: 'string' } } } },
        anything: { type: 'dynamic' },
        tiles: {
          nested_type: { nesting_mode: 'list', attributes: { options: { type: ['map', ['list', 'dynamic']] } } },
        },
      },
      block_types: { per_key: { nesting_mode: 'map', block: { attributes: { raw: { type: 'dynamic' } } } } },
    };
    expect(attributesCdktfMishandles(provider(block))).toEqual([
      'x_thing.by_name: map-nested attribute',
      'x_thing.anything: dynamic type',
      'x_thing.tiles.options: dynamic type',
      'x_thing.per_key: map-nested block',
      'x_thing.per_key.raw: dynamic type',
    ]);
  });
});
