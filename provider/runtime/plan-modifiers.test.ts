import { applyPlanModifiers, defaultTo, requiresReplace, useStateForUnknown } from './plan-modifiers';
import { type Block, Unknown } from './types';

const schema: Block = {
  attributes: {
    id: { type: 'string', computed: true, planModifiers: [useStateForUnknown] },
    name: { type: 'string', required: true, planModifiers: [requiresReplace] },
    tiles: {
      optional: true,
      nested: {
        nesting: 'list',
        attributes: {
          id: { type: 'string', computed: true, planModifiers: [useStateForUnknown] },
          title: { type: 'string', required: true },
        },
      },
    },
  },
};

describe('applyPlanModifiers', () => {
  const prior = { id: 'abc', name: 'a', tiles: [{ id: 't1', title: 'x' }, { id: 't2', title: 'y' }] };

  it('keeps prior values for unknown computed attributes, including inside list elements', () => {
    const planned = { id: new Unknown(), name: 'a', tiles: [{ id: new Unknown(), title: 'x2' }, { id: new Unknown(), title: 'y' }, { id: new Unknown(), title: 'z' }] };
    const result = applyPlanModifiers(schema, prior, planned, { id: null, name: 'a', tiles: [] });
    expect(result.requiresReplace).toEqual([]);
    expect(result.planned.id).toBe('abc');
    const tiles = result.planned.tiles as { id: unknown }[];
    expect(tiles.map((t) => t.id)).toEqual(['t1', 't2', expect.any(Unknown)]);
  });

  it('reports a changed requires-replace attribute, and nothing on create', () => {
    const planned = { id: new Unknown(), name: 'b', tiles: null };
    expect(applyPlanModifiers(schema, prior, planned, planned).requiresReplace).toEqual([['name']]);
    const created = applyPlanModifiers(schema, null, planned, planned);
    expect(created.requiresReplace).toEqual([]);
    expect(created.planned.id).toBeInstanceOf(Unknown);
  });
});

describe('defaultTo', () => {
  const language = defaultTo('lucene');
  const request = { path: ['where_language'], prior: null, creating: true };

  it('plans the server default when the attribute is not configured', () => {
    expect(language.modify({ ...request, planned: new Unknown(), config: null }).planned).toBe('lucene');
  });

  it('leaves a configured value alone', () => {
    expect(language.modify({ ...request, planned: 'sql', config: 'sql' }).planned).toBe('sql');
  });
});
