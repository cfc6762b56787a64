// clickstack_dashboard: state stored by version 0 of the schema (one `tiles` list, each tile's type set in its
// `config`) upgraded through the runtime, as Terraform asks for it before the first refresh with this provider.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TfObject } from '../../runtime/types';
import { dashboards } from '../../../test/support/dashboards';
import { TILE_TYPES } from './tile-types';

/** The dashboard's attributes in a state file written by version 0 (the fixture is what that provider stored). */
const v0Attributes = (): { [name: string]: unknown } =>
  JSON.parse(readFileSync(join(__dirname, '../../../test/fixtures/state/dashboard-schema-v0.tfstate'), 'utf8')).resources[0].instances[0].attributes;

describe('state upgrade from version 0', () => {
  const upgrade = (attributes: object) => dashboards().upgrade(0, JSON.stringify(attributes));

  it('moves each tile, in order, to the list of its type with its config beside its own attributes, and keeps the rest', async () => {
    const { state, diagnostics } = await upgrade(v0Attributes());
    expect(diagnostics).toEqual([]);
    const upgraded = state!;
    expect(TILE_TYPES.filter(({ list }) => upgraded[list] !== null).map(({ list }) => list)).toEqual(['line_tiles', 'number_tiles', 'markdown_tiles']);
    expect(upgraded.markdown_tiles).toEqual([
      { key: null, id: '__TILE_ID_0__', name: 'Notes', x: 0, y: 0, w: 6, h: 2, container_id: null, tab_id: null, text: 'hi' },
    ]);
    expect(upgraded.line_tiles).toEqual([
      expect.objectContaining({
        key: 'errors',
        id: '__TILE_ID_1__',
        name: 'Errors',
        x: 6,
        w: 12,
        source_id: '64f0000000000000000000a1',
        as_ratio: false,
        fill_nulls: true,
        select: [expect.objectContaining({ agg_fn: 'count', where: 'SeverityText:error', where_language: 'lucene', value_expression: null })],
      }),
    ]);
    expect((upgraded.number_tiles as TfObject[]).map((t) => [t.name, t.id])).toEqual([['Count', '__TILE_ID_2__']]);
    expect(upgraded).toMatchObject({ id: '__DASHBOARD_ID__', name: 'v0', tags: [], filters: [], tile_ids: { Count: '__TILE_ID_2__', Notes: '__TILE_ID_0__', errors: '__TILE_ID_1__' } });
    expect(upgraded).not.toHaveProperty('tiles');
  });

  it('upgrades a dashboard without tiles to null lists, and leaves out a tile whose config has no type', async () => {
    const noTiles = await upgrade({ ...v0Attributes(), tiles: [], tile_ids: {} });
    expect(TILE_TYPES.map(({ list }) => noTiles.state![list])).toEqual(TILE_TYPES.map(() => null));
    const [notes] = v0Attributes().tiles as { config: object }[];
    const untyped = await upgrade({ ...v0Attributes(), tiles: [{ ...notes, config: { markdown: null } }] });
    expect(untyped.diagnostics).toEqual([]);
    expect(untyped.state!.markdown_tiles).toBeNull();
  });
});
