// clickstack_dashboard's schema: documented and typed throughout, one tile list per tile type.
import { DISPLAY_TYPES, RAW_SQL_DISPLAY_TYPES } from '../../values';
import type { Attributes } from '../../runtime/types';
import { dashboardDataSource } from '../../data-sources/dashboard';
import { commonTileAttributes, dashboardAttributes } from './schema';
import { TILE_TYPES } from './tile-types';

describe('schema', () => {
  const undocumented = (attributes: Attributes, path: string): string[] =>
    Object.entries(attributes).flatMap(([name, attribute]) => [
      ...(attribute.description?.trim() ? [] : [`${path}${name}`]),
      ...(attribute.nested ? undocumented(attribute.nested.attributes, `${path}${name}.`) : []),
    ]);

  it('describes every attribute of the resource and the data source (docs are generated from them)', () => {
    expect(undocumented(dashboardAttributes, '')).toEqual([]);
    expect(undocumented(dashboardDataSource.schema.block.attributes, '')).toEqual([]);
  });

  it('types every attribute: no dynamic values', () => {
    const dynamic = (attributes: Attributes): boolean =>
      Object.values(attributes).some((a) => a.type === 'dynamic' || (a.nested !== undefined && dynamic(a.nested.attributes)));
    expect(dynamic(dashboardAttributes)).toBe(false);
  });

  it('has a tile list for every display type, then one for every raw SQL display type, in that order', () => {
    const lists = Object.keys(dashboardAttributes).filter((name) => name.endsWith('_tiles'));
    expect(lists).toEqual([...DISPLAY_TYPES, ...RAW_SQL_DISPLAY_TYPES.map((type) => `sql_${type}`)].map((type) => `${type}_tiles`));
    expect(TILE_TYPES.map((type) => `${type.sql ? 'sql_' : ''}${type.displayType}_tiles`)).toEqual(lists);
  });

  it('gives every tile the common attributes and its type\'s own, nested attributes throughout, none named twice', () => {
    for (const type of TILE_TYPES) {
      const list = dashboardAttributes[type.list];
      expect([list.optional, list.nested?.nesting]).toEqual([true, 'list']);
      expect(Object.keys(list.nested!.attributes)).toEqual([...Object.keys(commonTileAttributes), ...Object.keys(type.attributes)]);
      expect(Object.keys(type.attributes).filter((name) => name in commonTileAttributes)).toEqual([]);
    }
  });
});
