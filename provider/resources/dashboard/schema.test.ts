// clickstack_dashboard's schema: documented and typed throughout, one tile config variant per display type.
import { DISPLAY_TYPES, RAW_SQL_DISPLAY_TYPES } from '../../values';
import type { Attributes } from '../../runtime/types';
import { dashboardDataSource } from '../../data-sources/dashboard';
import { dashboardAttributes } from './schema';
import { VARIANTS } from './tile-config';

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

  it('has a builder variant for every display type and a sql_ variant for every raw SQL display type', () => {
    const variants = Object.values(VARIANTS).map((variant) => `${variant.sql ? 'sql_' : ''}${variant.displayType}`);
    expect(variants.sort()).toEqual([...DISPLAY_TYPES, ...RAW_SQL_DISPLAY_TYPES.map((type) => `sql_${type}`)].sort());
  });
});
