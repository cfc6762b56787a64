import { containsUnknown, defaultPlan, markUnknownComputed, valuesEqual } from './plan';
import { BigDecimal, Dynamic, Unknown, type Block, type TfObject, type TfValue } from './types';

const unknown = new Unknown();

describe('valuesEqual', () => {
  it.each<[string, TfValue, TfValue, boolean]>([
    ['equal strings', 'a', 'a', true],
    ['different strings', 'a', 'b', false],
    ['null and null', null, null, true],
    ['null and a value', null, '', false],
    ['a string and a number', '1', 1, false],
    ['the same Unknown', unknown, unknown, false],
    ['an Unknown and a value', unknown, 'x', false],
    ['number and BigDecimal of the same value', 1.5, new BigDecimal('1.50'), true],
    ['bigint and number of the same value', 42n, 42, true],
    ['different big numbers', 9007199254740993n, 9007199254740992n, false],
    ['BigDecimals differing far behind the point', new BigDecimal('0.10000000000000000001'), new BigDecimal('0.1'), false],
    ['equal lists', ['a', ['b']], ['a', ['b']], true],
    ['lists in a different order', ['a', 'b'], ['b', 'a'], false],
    ['lists of different length', ['a'], ['a', 'a'], false],
    ['a list and an object', ['a'], { 0: 'a' }, false],
    ['equal objects in any key order', { a: 1, b: { c: true } }, { b: { c: true }, a: 1 }, true],
    ['objects with different keys', { a: 1 }, { b: 1 }, false],
    ['an object with an extra key', { a: 1 }, { a: 1, b: null }, false],
    ['objects holding an unknown', { a: unknown }, { a: unknown }, false],
    [
      'dynamic values of the same type written in another order',
      new Dynamic(['object', { a: 'string', b: 'number' }], { a: 'x', b: 1 }),
      new Dynamic(['object', { b: 'number', a: 'string' }], { a: 'x', b: 1 }),
      true,
    ],
    ['dynamic values of different types', new Dynamic(['list', 'string'], ['x']), new Dynamic(['set', 'string'], ['x']), false],
    ['a dynamic value and its bare value', new Dynamic('string', 'x'), 'x', false],
  ])('%s', (_name, a, b, expected) => {
    expect(valuesEqual(a, b)).toBe(expected);
    expect(valuesEqual(b, a)).toBe(expected);
  });
});

describe('containsUnknown', () => {
  it.each<[TfValue, boolean]>([
    ['x', false],
    [null, false],
    [unknown, true],
    [{ a: [1, { b: null }] }, false],
    [{ a: [1, { b: unknown }] }, true],
    [{ m: { k: unknown } }, true],
    [new Dynamic(['list', 'string'], ['a', unknown]), true],
    [new Dynamic('string', 'a'), false],
  ])('%p -> %p', (value, expected) => {
    expect(containsUnknown(value)).toBe(expected);
  });
});

const block: Block = {
  attributes: {
    id: { type: 'string', computed: true },
    name: { type: 'string', required: true },
    region: { type: 'string', optional: true, computed: true },
    settings: {
      optional: true,
      nested: {
        nesting: 'single',
        attributes: { size: { type: 'number', optional: true }, created: { type: 'string', computed: true } },
      },
    },
    endpoints: {
      optional: true,
      nested: { nesting: 'list', attributes: { url: { type: 'string', required: true }, status: { type: 'string', computed: true } } },
    },
    members: {
      optional: true,
      nested: {
        nesting: 'set',
        attributes: {
          email: { type: 'string', required: true },
          role: { type: 'string', optional: true, computed: true },
          joined: { type: 'string', computed: true },
        },
      },
    },
    labels: {
      optional: true,
      nested: { nesting: 'map', attributes: { value: { type: 'string', required: true }, hash: { type: 'string', computed: true } } },
    },
    outputs: { computed: true, nested: { nesting: 'list', attributes: { key: { type: 'string', computed: true } } } },
  },
  blocks: {
    tile: {
      nesting: 'list',
      block: {
        attributes: { title: { type: 'string', required: true }, tile_id: { type: 'string', computed: true } },
        blocks: { config: { nesting: 'single', block: { attributes: { version: { type: 'number', computed: true } } } } },
      },
    },
  },
};

/** An object of `block`'s type: every attribute present, null unless given. */
function resource(values: TfObject): TfObject {
  const empty = Object.fromEntries([...Object.keys(block.attributes), ...Object.keys(block.blocks!)].map((name) => [name, null]));
  return { ...empty, ...values };
}

describe('markUnknownComputed', () => {
  it('marks computed attributes unset in config unknown, and keeps what config sets', () => {
    const config = resource({ name: 'a', region: 'eu' });
    const planned = markUnknownComputed(block, config, config);
    expect(planned.id).toBeInstanceOf(Unknown);
    expect(planned.outputs).toBeInstanceOf(Unknown);
    expect(planned).toMatchObject({ name: 'a', region: 'eu', settings: null, endpoints: null, tile: null });
  });

  it('marks optional+computed attributes unset in config unknown even when the proposal carries a prior value', () => {
    const planned = markUnknownComputed(block, resource({ name: 'a', region: 'us' }), resource({ name: 'a' }));
    expect(planned.region).toBeInstanceOf(Unknown);
  });

  it('recurses into single and list nested attributes', () => {
    const proposed = resource({
      settings: { size: 1, created: 'yesterday' },
      endpoints: [
        { url: 'a', status: 'up' },
        { url: 'b', status: null },
      ],
    });
    const config = resource({ settings: { size: 1, created: null }, endpoints: [{ url: 'a', status: null }, { url: 'b', status: null }] });
    const planned = markUnknownComputed(block, proposed, config);
    expect(planned.settings).toEqual({ size: 1, created: unknown });
    expect((planned.settings as TfObject).created).toBeInstanceOf(Unknown);
    expect((planned.endpoints as TfObject[]).map((endpoint) => endpoint.status instanceof Unknown)).toEqual([true, true]);
    expect((planned.endpoints as TfObject[]).map((endpoint) => endpoint.url)).toEqual(['a', 'b']);
  });

  it('pairs map elements by key', () => {
    const proposed = resource({ labels: { x: { value: '1', hash: 'h' } } });
    const planned = markUnknownComputed(block, proposed, resource({ labels: { x: { value: '1', hash: null } } }));
    expect((planned.labels as { [key: string]: TfObject }).x.hash).toBeInstanceOf(Unknown);
    expect((planned.labels as { [key: string]: TfObject }).x.value).toBe('1');
  });

  it('pairs set elements with the config element that is equal once computed attributes are ignored', () => {
    // Sorted by value, the proposal's elements (with prior computed values) are in a different order than config's.
    const proposed = resource({
      members: [
        { email: 'b@x', role: 'admin', joined: 'monday' },
        { email: 'a@x', role: 'viewer', joined: 'tuesday' },
      ],
    });
    const config = resource({
      members: [
        { email: 'a@x', role: 'viewer', joined: null },
        { email: 'b@x', role: null, joined: null },
      ],
    });
    const members = markUnknownComputed(block, proposed, config).members as TfObject[];
    expect(members[0].email).toBe('b@x');
    expect(members[0].role).toBeInstanceOf(Unknown); // unset in its config element
    expect(members[1].role).toBe('viewer'); // set in its config element
    expect(members.every((member) => member.joined instanceof Unknown)).toBe(true);
  });

  it('recurses into nested blocks and leaves unknown nested values alone', () => {
    const proposed = resource({ tile: [{ title: 't', tile_id: 'old', config: { version: 3 } }], endpoints: unknown });
    const config = resource({ tile: [{ title: 't', tile_id: null, config: { version: null } }], endpoints: unknown });
    const planned = markUnknownComputed(block, proposed, config);
    const [tile] = planned.tile as TfObject[];
    expect(tile.title).toBe('t');
    expect(tile.tile_id).toBeInstanceOf(Unknown);
    expect((tile.config as TfObject).version).toBeInstanceOf(Unknown);
    expect(planned.endpoints).toBe(unknown);
  });

  it('does not modify its arguments', () => {
    const proposed = resource({ name: 'a', settings: { size: 1, created: 'x' } });
    const snapshot = JSON.stringify(proposed);
    markUnknownComputed(block, proposed, resource({ name: 'a', settings: { size: 1, created: null } }));
    expect(JSON.stringify(proposed)).toBe(snapshot);
  });
});

describe('defaultPlan', () => {
  const config = resource({ name: 'a' });

  it('on create, makes every computed attribute unset in config unknown', () => {
    const planned = defaultPlan(block, null, config, config);
    expect(planned.id).toBeInstanceOf(Unknown);
    expect(planned.region).toBeInstanceOf(Unknown);
    expect(planned.name).toBe('a');
  });

  it('on an update without changes, plans the prior state unchanged', () => {
    const prior = resource({ id: 'i-1', name: 'a', region: 'eu', outputs: [{ key: 'k' }] });
    expect(defaultPlan(block, prior, { ...prior }, config)).toBe(prior);
  });

  it('on an update with changes, makes unset computed attributes unknown', () => {
    const prior = resource({ id: 'i-1', name: 'a', region: 'eu' });
    const planned = defaultPlan(block, prior, { ...prior, name: 'b' }, resource({ name: 'b' }));
    expect(planned.name).toBe('b');
    expect(planned.id).toBeInstanceOf(Unknown);
  });
});
