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

describe('applyPlanModifiers in nested blocks', () => {
  const panel: Block = {
    attributes: {
      id: { type: 'string', computed: true, planModifiers: [useStateForUnknown] },
      kind: { type: 'string', required: true, planModifiers: [requiresReplace] },
    },
  };
  const blockSchema: Block = {
    attributes: { name: { type: 'string', required: true } },
    blocks: { panel: { nesting: 'list', block: panel }, layout: { nesting: 'group', block: panel } },
  };
  const prior = { name: 'd', panel: [{ id: 'p1', kind: 'chart' }, { id: 'p2', kind: 'table' }], layout: { id: 'l1', kind: 'grid' } };

  it('keeps prior values for unknown computed attributes inside a list block and a group block', () => {
    const planned = {
      name: 'd',
      panel: [{ id: new Unknown(), kind: 'chart' }, { id: new Unknown(), kind: 'table' }, { id: new Unknown(), kind: 'text' }],
      layout: { id: new Unknown(), kind: 'grid' },
    };
    const result = applyPlanModifiers(blockSchema, prior, planned, { ...planned, panel: [], layout: null });
    expect((result.planned.panel as { id: unknown }[]).map((p) => p.id)).toEqual(['p1', 'p2', expect.any(Unknown)]);
    expect(result.planned.layout).toEqual({ id: 'l1', kind: 'grid' });
    expect((planned.panel[0] as { id: unknown }).id).toBeInstanceOf(Unknown); // the plan handed in is not mutated
  });

  it('reports a requires-replace attribute that changed inside a list block, with its element path', () => {
    const planned = { ...prior, panel: [{ id: 'p1', kind: 'chart' }, { id: 'p2', kind: 'text' }] };
    expect(applyPlanModifiers(blockSchema, prior, planned, planned).requiresReplace).toEqual([['panel', 1, 'kind']]);
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
