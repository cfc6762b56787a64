// clickstack_dashboard: tile and filter ids carried through plans, and tile_ids.
import { valuesEqual } from '../../runtime/plan';
import { type TfObject, Unknown } from '../../runtime/types';
import { dashboard, filterAttributes, plan, SOURCE, tile, tileConfig } from '../../../test/support/dashboards';
import { complete } from '../../../test/support/objects';
import { dashboardFromApi } from './documents';
import { planTiles, tileIds } from './tile-ids';

describe('tile and filter ids in the plan', () => {
  const markdown = (text: string) => tileConfig('markdown', { text });
  const prior = dashboardFromApi({
    id: 'd1',
    name: 'D',
    tiles: ['A', 'B', 'C'].map((name) => ({ id: `id-${name}`, name, x: 0, y: 0, w: 1, h: 1, config: { displayType: 'markdown', markdown: name } })),
    filters: [{ id: 'f-S', type: 'QUERY_EXPRESSION', name: 'S', expression: 'e', sourceId: SOURCE }],
  });

  it('carries tile ids by name through a reorder, and leaves new tiles unknown', async () => {
    const config = dashboard({ name: 'D', tiles: [tile('C', markdown('C')), tile('New', markdown('n')), tile('A', markdown('A'))] });
    const { planned } = await plan(config, prior);
    expect((planned!.tiles as TfObject[]).map((t) => t.id)).toEqual(['id-C', expect.any(Unknown), 'id-A']);
    expect(planned!.tile_ids).toEqual({ C: 'id-C', New: expect.any(Unknown), A: 'id-A' });
  });

  it('carries a tile id by explicit key through a rename', async () => {
    const keyed = { ...prior, tiles: (prior.tiles as TfObject[]).map((t) => ({ ...t, key: t.name === 'B' ? 'b' : null })) };
    const config = dashboard({ name: 'D', tiles: [tile('B renamed', markdown('B'), { key: 'b' })] });
    const { planned } = await plan(config, keyed);
    expect((planned!.tiles as TfObject[])[0].id).toBe('id-B');
    expect(planned!.tile_ids).toEqual({ b: 'id-B' });
  });

  it('lets a tile adopt a key without losing its id (after an import, tiles have none), never giving one id twice', async () => {
    const config = dashboard({
      name: 'D',
      tiles: [tile('A', markdown('A'), { key: 'first' }), tile('A', markdown('A2'), { key: 'second' }), tile('B', markdown('B'), { key: 'b' })],
    });
    const { planned, diagnostics } = await plan(config, prior);
    expect((planned!.tiles as TfObject[]).map((t) => t.id)).toEqual(['id-A', expect.any(Unknown), 'id-B']);
    expect(planned!.tile_ids).toEqual({ first: 'id-A', second: expect.any(Unknown), b: 'id-B' });
    expect(diagnostics).toEqual([expect.objectContaining({ summary: 'Tiles will get new ids', detail: expect.stringContaining('"C"') })]);
  });

  it('warns when tiles lose their ids, and so their alerts', async () => {
    const config = dashboard({ name: 'D', tiles: [tile('A renamed', markdown('A')), tile('B2', markdown('B'), { key: 'B' }), tile('C', markdown('C'))] });
    const { diagnostics } = await plan(config, prior);
    expect(diagnostics).toEqual([
      {
        severity: 'warning',
        summary: 'Tiles will get new ids',
        detail:
          'Tiles removed or renamed: "A". ClickStack deletes the alerts of these tiles: a `clickstack_alert` whose `tile_id` follows a ' +
          'renamed tile to its new id is replaced, any other alert is lost. To keep the alerts of a renamed tile as they are, give it a ' +
          '`key` equal to its old name.',
      },
    ]);
  });

  it('makes tile_ids unknown while a tile key is unknown', async () => {
    const config = dashboard({ name: 'D', tiles: [tile('A', markdown('A')), { ...tile('x', markdown('x')), name: new Unknown() }] });
    const { planned } = await plan(config, prior);
    expect((planned!.tiles as TfObject[])[0].id).toBe('id-A');
    expect(planned!.tile_ids).toBeInstanceOf(Unknown);
  });

  it('matches tiles without a key that share a name in order, and leaves their name out of tile_ids', async () => {
    const twins = dashboardFromApi({
      id: 'd1',
      name: 'D',
      tiles: ['u1', 'u2', 'b'].map((id) => ({ id, name: id === 'b' ? 'B' : '', x: 0, y: 0, w: 1, h: 1, config: { displayType: 'markdown', markdown: id } })),
    });
    expect(twins.tile_ids).toEqual({ B: 'b' });
    const config = dashboard({ name: 'D', tiles: [tile('B', markdown('b')), tile('', markdown('u1')), tile('', markdown('u2')), tile('', markdown('new'))] });
    const { planned, diagnostics } = await plan(config, twins);
    expect(diagnostics).toEqual([]);
    expect((planned!.tiles as TfObject[]).map((t) => t.id)).toEqual(['b', 'u1', 'u2', expect.any(Unknown)]);
    expect(planned!.tile_ids).toEqual({ B: 'b' });
    const one = dashboard({ name: 'D', tiles: [tile('', markdown('u2')), tile('B', markdown('b'))] });
    expect(((await plan(one, twins)).planned!.tiles as TfObject[]).map((t) => t.id)).toEqual(['u1', 'b']);
  });

  it('names tiles in tile_ids whatever their name, those of Object.prototype too, through the wire', async () => {
    const names = ['constructor', 'toString', '__proto__', 'hasOwnProperty'];
    const state = dashboardFromApi({
      id: 'd1',
      name: 'D',
      tiles: names.map((name, i) => ({ id: `t${i}`, name, x: 0, y: 0, w: 1, h: 1, config: { displayType: 'markdown', markdown: name } })),
    });
    const ids = state.tile_ids as TfObject;
    expect(Object.keys(ids)).toEqual(names);
    expect(names.map((name) => Object.hasOwn(ids, name) && ids[name])).toEqual(['t0', 't1', 't2', 't3']);
    // The plan crosses msgpack both ways, so a `__proto__` map key must survive the codec.
    const config = dashboard({ name: 'D', tiles: names.map((name) => tile(name, markdown(name))) });
    const { planned, diagnostics } = await plan(config, state);
    expect(diagnostics).toEqual([]);
    expect(valuesEqual(planned!.tile_ids, ids)).toBe(true);
    expect(valuesEqual(tileIds(planTiles(config.tiles, state.tiles)), ids)).toBe(true);
  });

  it('carries filter ids by name, in order for filters sharing a name', async () => {
    const filter = (expression: string) => ({ id: `f-${expression}`, type: 'QUERY_EXPRESSION', name: 'F', expression, sourceId: SOURCE });
    const twins = dashboardFromApi({ id: 'd1', name: 'D', tiles: [], filters: [filter('a'), filter('b')] });
    const configured = (...expressions: string[]) =>
      dashboard({ name: 'D', tiles: [], filters: expressions.map((expression) => complete(filterAttributes, { name: 'F', expression, source_id: SOURCE })) });
    expect(((await plan(configured('a', 'b', 'c'), twins)).planned!.filters as TfObject[]).map((f) => f.id)).toEqual(['f-a', 'f-b', expect.any(Unknown)]);
    expect(((await plan(configured('b'), twins)).planned!.filters as TfObject[]).map((f) => f.id)).toEqual(['f-a']);
  });

  it('carries filter ids by name', async () => {
    const filter = (name: string) => complete(filterAttributes, { name, expression: 'e', source_id: SOURCE });
    const config = dashboard({ name: 'D', tiles: [tile('A', markdown('A'))], filters: [filter('T'), filter('S')] });
    const { planned } = await plan(config, prior);
    expect((planned!.filters as TfObject[]).map((f) => f.id)).toEqual([expect.any(Unknown), 'f-S']);
  });
});
