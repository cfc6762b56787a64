// clickstack_dashboard: tile and filter ids carried through plans, and tile_ids.
import { valuesEqual } from '../../runtime/plan';
import { type TfObject, Unknown } from '../../runtime/types';
import { dashboard, filterAttributes, plan, SOURCE, tile } from '../../../test/support/dashboards';
import { complete } from '../../../test/support/objects';
import { dashboardFromApi } from './documents';
import { keysFromNames, parseImportId, planTiles, tileIds } from './tile-ids';

describe('tile and filter ids in the plan', () => {
  const markdown = (name: string, text: string, extra: object = {}) => tile('markdown', name, { text, ...extra });
  const apiMarkdown = (id: string, name: string) => ({ id, name, x: 0, y: 0, w: 1, h: 1, config: { displayType: 'markdown', markdown: name } });
  const prior = dashboardFromApi({
    id: 'd1',
    name: 'D',
    tiles: ['A', 'B', 'C'].map((name) => apiMarkdown(`id-${name}`, name)),
    filters: [{ id: 'f-S', type: 'QUERY_EXPRESSION', name: 'S', expression: 'e', sourceId: SOURCE }],
  });
  const ids = (planned: TfObject, list = 'markdown_tiles') => (planned[list] as TfObject[]).map((t) => t.id);

  it('carries tile ids by name through a reorder, and leaves new tiles unknown', async () => {
    const config = dashboard({ name: 'D', markdown_tiles: [markdown('C', 'C'), markdown('New', 'n'), markdown('A', 'A')] });
    const { planned } = await plan(config, prior);
    expect(ids(planned!)).toEqual(['id-C', expect.any(Unknown), 'id-A']);
    expect(planned!.tile_ids).toEqual({ C: 'id-C', New: expect.any(Unknown), A: 'id-A' });
  });

  it('carries a tile id by explicit key through a rename', async () => {
    const keyed = { ...prior, markdown_tiles: (prior.markdown_tiles as TfObject[]).map((t) => ({ ...t, key: t.name === 'B' ? 'b' : null })) };
    const config = dashboard({ name: 'D', markdown_tiles: [markdown('B renamed', 'B', { key: 'b' })] });
    const { planned } = await plan(config, keyed);
    expect(ids(planned!)).toEqual(['id-B']);
    expect(planned!.tile_ids).toEqual({ b: 'id-B' });
  });

  it('makes a tile that changes type a new tile, and says its id goes', async () => {
    const config = dashboard({
      name: 'D',
      markdown_tiles: [markdown('A', 'A'), markdown('B', 'B')],
      search_tiles: [tile('search', 'C', { source_id: SOURCE, select: 'Body' })],
    });
    const { planned, diagnostics } = await plan(config, prior);
    expect([ids(planned!), ids(planned!, 'search_tiles')]).toEqual([['id-A', 'id-B'], [expect.any(Unknown)]]);
    expect(diagnostics).toEqual([expect.objectContaining({ summary: 'Tiles will get new ids', detail: expect.stringContaining('"C"') })]);
  });

  it('lets a tile adopt a key without losing its id (after an import, tiles have none), never giving one id twice', async () => {
    const config = dashboard({
      name: 'D',
      markdown_tiles: [markdown('A', 'A', { key: 'first' }), markdown('A', 'A2', { key: 'second' }), markdown('B', 'B', { key: 'b' })],
    });
    const { planned, diagnostics } = await plan(config, prior);
    expect(ids(planned!)).toEqual(['id-A', expect.any(Unknown), 'id-B']);
    expect(planned!.tile_ids).toEqual({ first: 'id-A', second: expect.any(Unknown), b: 'id-B' });
    expect(diagnostics).toEqual([expect.objectContaining({ summary: 'Tiles will get new ids', detail: expect.stringContaining('"C"') })]);
  });

  it('warns when tiles lose their ids, and so their alerts', async () => {
    const config = dashboard({ name: 'D', markdown_tiles: [markdown('A renamed', 'A'), markdown('B2', 'B', { key: 'B' }), markdown('C', 'C')] });
    const { diagnostics } = await plan(config, prior);
    expect(diagnostics).toEqual([
      {
        severity: 'warning',
        summary: 'Tiles will get new ids',
        detail:
          'Tiles removed, renamed or moved to another type: "A". ClickStack deletes the alerts of these tiles. A `clickstack_alert` whose ' +
          '`tile_id` follows a renamed tile to its new id is replaced, any other alert is lost. To keep the alerts of a renamed tile as ' +
          'they are, give it a `key` equal to its old key (its old name, where it had none).',
      },
    ]);
  });

  it('names the alerts of the dropped tiles, from the list of alerts, which it reads only when a tile is dropped', async () => {
    const listed: string[] = [];
    const alerts = [
      { id: 'a1', name: 'Spike', source: 'tile', dashboardId: 'd1', tileId: 'id-A' },
      { id: 'a2', name: null, source: 'tile', dashboardId: 'd1', tileId: 'id-A' },
      { id: 'a3', name: 'Kept', source: 'tile', dashboardId: 'd1', tileId: 'id-B' },
      { id: 'a4', name: 'Elsewhere', source: 'tile', dashboardId: 'd2', tileId: 'id-A' },
    ];
    const client = { alerts: { cached: { list: async () => (listed.push('alerts'), alerts) } } } as never;
    const unchanged = dashboard({ name: 'D', markdown_tiles: [markdown('A', 'A'), markdown('B', 'B'), markdown('C', 'C', { y: 2 })] });
    expect((await plan(unchanged, prior, client)).diagnostics).toEqual([]);
    expect(listed).toEqual([]);
    const { diagnostics } = await plan(dashboard({ name: 'D', markdown_tiles: [markdown('B', 'B')] }), prior, client);
    expect(listed).toEqual(['alerts']);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        summary: 'Tiles will get new ids',
        detail: expect.stringContaining(
          'Tiles removed, renamed or moved to another type: "A", "C". ClickStack deletes the alerts of these tiles: "Spike" (id a1) on "A", an unnamed alert (id a2) on "A".',
        ),
      }),
    ]);
    const none = await plan(dashboard({ name: 'D', markdown_tiles: [markdown('A', 'A'), markdown('B', 'B')] }), prior, client);
    expect(none.diagnostics).toEqual([expect.objectContaining({ detail: expect.stringContaining('"C". ClickStack deletes the alerts of these tiles (they have none).') })]);
  });

  it('makes tile_ids unknown while a tile key or a tile list is unknown', async () => {
    const config = dashboard({ name: 'D', markdown_tiles: [markdown('A', 'A'), { ...markdown('x', 'x'), name: new Unknown() }] });
    const { planned } = await plan(config, prior);
    expect(ids(planned!)[0]).toBe('id-A');
    expect(planned!.tile_ids).toBeInstanceOf(Unknown);
    const unknownList = await plan(dashboard({ name: 'D', markdown_tiles: [markdown('A', 'A')], line_tiles: new Unknown() }), prior);
    expect(unknownList.planned!.tile_ids).toBeInstanceOf(Unknown);
  });

  it('names tiles in tile_ids over every type, leaving out a name tiles of two types share', () => {
    const state = dashboardFromApi({
      id: 'd1',
      name: 'D',
      tiles: [apiMarkdown('m', 'Shared'), apiMarkdown('n', 'Notes'), { id: 's', name: 'Shared', config: { displayType: 'search', sourceId: SOURCE, select: 'Body' } }],
    });
    expect(state.tile_ids).toEqual({ Notes: 'n' });
  });

  it('matches tiles without a key that share a name in order, and leaves their name out of tile_ids', async () => {
    const twins = dashboardFromApi({ id: 'd1', name: 'D', tiles: [apiMarkdown('u1', ''), apiMarkdown('u2', ''), apiMarkdown('b', 'B')] });
    expect(twins.tile_ids).toEqual({ B: 'b' });
    const config = dashboard({ name: 'D', markdown_tiles: [markdown('B', 'b'), markdown('', 'u1'), markdown('', 'u2'), markdown('', 'new')] });
    const { planned, diagnostics } = await plan(config, twins);
    expect(diagnostics).toEqual([]);
    expect(ids(planned!)).toEqual(['b', 'u1', 'u2', expect.any(Unknown)]);
    expect(planned!.tile_ids).toEqual({ B: 'b' });
    const one = dashboard({ name: 'D', markdown_tiles: [markdown('', 'u2'), markdown('B', 'b')] });
    expect(ids((await plan(one, twins)).planned!)).toEqual(['u1', 'b']);
  });

  it('names tiles in tile_ids whatever their name, those of Object.prototype too, through the wire', async () => {
    const names = ['constructor', 'toString', '__proto__', 'hasOwnProperty'];
    const state = dashboardFromApi({ id: 'd1', name: 'D', tiles: names.map((name, i) => apiMarkdown(`t${i}`, name)) });
    const tileIdsRead = state.tile_ids as TfObject;
    expect(Object.keys(tileIdsRead)).toEqual(names);
    expect(names.map((name) => Object.hasOwn(tileIdsRead, name) && tileIdsRead[name])).toEqual(['t0', 't1', 't2', 't3']);
    // The plan crosses msgpack both ways, so a `__proto__` map key must survive the codec.
    const config = dashboard({ name: 'D', markdown_tiles: names.map((name) => markdown(name, name)) });
    const { planned, diagnostics } = await plan(config, state);
    expect(diagnostics).toEqual([]);
    expect(valuesEqual(planned!.tile_ids, tileIdsRead)).toBe(true);
    expect(valuesEqual(tileIds(planTiles(config, state)), tileIdsRead)).toBe(true);
  });

  it('carries filter ids by name, in order for filters sharing a name', async () => {
    const filter = (expression: string) => ({ id: `f-${expression}`, type: 'QUERY_EXPRESSION', name: 'F', expression, sourceId: SOURCE });
    const twins = dashboardFromApi({ id: 'd1', name: 'D', tiles: [], filters: [filter('a'), filter('b')] });
    const configured = (...expressions: string[]) =>
      dashboard({ name: 'D', filters: expressions.map((expression) => complete(filterAttributes, { name: 'F', expression, source_id: SOURCE })) });
    expect(((await plan(configured('a', 'b', 'c'), twins)).planned!.filters as TfObject[]).map((f) => f.id)).toEqual(['f-a', 'f-b', expect.any(Unknown)]);
    expect(((await plan(configured('b'), twins)).planned!.filters as TfObject[]).map((f) => f.id)).toEqual(['f-a']);
  });

  it('carries filter ids by name', async () => {
    const filter = (name: string) => complete(filterAttributes, { name, expression: 'e', source_id: SOURCE });
    const config = dashboard({ name: 'D', markdown_tiles: [markdown('A', 'A')], filters: [filter('T'), filter('S')] });
    const { planned } = await plan(config, prior);
    expect((planned!.filters as TfObject[]).map((f) => f.id)).toEqual([expect.any(Unknown), 'f-S']);
  });
});

describe('keys from names (the import id `<dashboard id>?tile_keys=name`)', () => {
  it('keeps each name that is a key, numbers the names several tiles share, and never gives a key twice or a name of another tile', () => {
    expect(keysFromNames(['Errors', 'Latency', 'Errors', 'Errors 2', 'Errors'])).toEqual(['Errors', 'Latency', 'Errors 3', 'Errors 2', 'Errors 4']);
  });

  it('keys an empty name `Untitled` and a name over 256 characters by its head, each numbered when taken', () => {
    const long = 'x'.repeat(300);
    expect(keysFromNames(['', 'Untitled', '', long, long])).toEqual(['Untitled 2', 'Untitled', 'Untitled 3', 'x'.repeat(256), `${'x'.repeat(254)} 2`]);
  });

  it('cuts a long name between characters, never inside a surrogate pair', () => {
    const [key] = keysFromNames([`${'x'.repeat(255)}😀tail`]);
    expect(key).toBe('x'.repeat(255));
  });

  it('reads the two forms of import id and refuses others', () => {
    expect(parseImportId('d1')).toEqual({ dashboardId: 'd1', keysFromNames: false });
    expect(parseImportId('d1?tile_keys=name')).toEqual({ dashboardId: 'd1', keysFromNames: true });
    for (const id of ['', '?tile_keys=name', 'd1?tile_keys=title', 'd1?x'] as const) expect(parseImportId(id)).toBeUndefined();
  });
});
