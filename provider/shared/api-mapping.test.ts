import { type Attributes, BigDecimal, Unknown } from '../runtime/types';
import { apiName, camelCase, fromApiObject, schemaPath, toApiObject } from './api-mapping';
import { complete } from '../../test/support/objects';
import { defaultTo } from '../runtime/plan-modifiers';
import { stringLength } from '../runtime/validators';

const attributes: Attributes = {
  display_name: { type: 'string', required: true, description: 'Name.', validators: [stringLength(1)] },
  local_only: { type: 'string', optional: true },
  max_rows: { type: 'number', optional: true },
  labels: { type: ['list', 'string'], optional: true },
  format: { optional: true, nested: { nesting: 'single', attributes: { number_unit: { type: 'string', optional: true } } } },
  series: {
    optional: true,
    computed: true,
    planModifiers: [defaultTo([])],
    nested: { nesting: 'list', attributes: { agg_fn: { type: 'string', required: true }, value_expression: { type: 'string', optional: true } } },
  },
};
const mapping = { names: { local_only: null, display_name: 'name' } };

describe('camelCase and API names', () => {
  it('turns snake_case into camelCase, and honours overrides and unmapped attributes', () => {
    expect(camelCase('align_date_range_to_granularity')).toBe('alignDateRangeToGranularity');
    expect(camelCase('sql_template')).toBe('sqlTemplate');
    expect(camelCase('service_health_5xx')).toBe('serviceHealth5xx');
    expect(apiName('display_name', mapping)).toBe('name');
    expect(apiName('local_only', mapping)).toBeNull();
    expect(apiName('max_rows', mapping)).toBe('maxRows');
  });
});

describe('toApiObject / fromApiObject', () => {
  const value = complete(attributes, {
    display_name: 'x',
    local_only: 'never sent',
    max_rows: BigInt(12),
    labels: ['a'],
    format: { number_unit: 'bytes' },
    series: [{ agg_fn: 'count' }, { agg_fn: 'sum', value_expression: 'Duration' }],
  });

  it('omits nulls and unmapped attributes, converts numbers, nests objects and lists', () => {
    expect(toApiObject(attributes, value, mapping)).toEqual({
      name: 'x',
      maxRows: 12,
      labels: ['a'],
      format: { numberUnit: 'bytes' },
      series: [{ aggFn: 'count' }, { aggFn: 'sum', valueExpression: 'Duration' }],
    });
    expect(toApiObject(attributes, { ...value, max_rows: new BigDecimal('1.5') }, mapping).maxRows).toBe(1.5);
  });

  it('reads every attribute back, null where the API has nothing', () => {
    const api = { name: 'x', maxRows: 12, series: [{ aggFn: 'count' }], extra: true };
    expect(fromApiObject(attributes, api, mapping)).toEqual(
      complete(attributes, { display_name: 'x', max_rows: 12, series: [{ agg_fn: 'count' }] }),
    );
  });

  it('keeps the fields of the current document that no attribute models, at every level, and drops cleared modeled ones', () => {
    const current = {
      name: 'old',
      maxRows: 99,
      serverOnly: { deep: 1 },
      format: { numberUnit: 'old', precision: 3 },
      series: [{ aggFn: 'avg', valueExpression: 'old', color: 'red' }],
    };
    const cleared = { ...value, max_rows: null, series: [complete(attributes.series.nested!.attributes, { agg_fn: 'count' })] };
    expect(toApiObject(attributes, cleared, mapping, current)).toEqual({
      name: 'x',
      serverOnly: { deep: 1 },
      labels: ['a'],
      format: { numberUnit: 'bytes', precision: 3 },
      series: [{ aggFn: 'count', color: 'red' }],
    });
  });

  it('refuses to send an unknown value', () => {
    expect(() => toApiObject(attributes, { ...value, max_rows: new Unknown() }, mapping)).toThrow('unknown value');
  });

  it('runs the object hooks for rules spanning attributes', () => {
    const hooked = {
      afterToApi: (api: Record<string, unknown>) => void (api.kind = 'fixed'),
      afterFromApi: (tf: Record<string, unknown>) => void (tf.local_only = 'derived'),
    };
    expect(toApiObject(attributes, value, hooked).kind).toBe('fixed');
    expect(fromApiObject(attributes, {}, hooked).local_only).toBe('derived');
  });
});

describe('schemaPath', () => {
  it('translates API paths, keeping list indexes, up to the last segment it knows', () => {
    expect(schemaPath(attributes, mapping, ['series', '1', 'valueExpression'])).toEqual(['series', 1, 'value_expression']);
    expect(schemaPath(attributes, mapping, ['name'])).toEqual(['display_name']);
    expect(schemaPath(attributes, mapping, ['format', 'numberUnit'])).toEqual(['format', 'number_unit']);
    expect(schemaPath(attributes, mapping, ['series', 'x'])).toEqual(['series']);
    expect(schemaPath(attributes, mapping, ['nothing'])).toEqual([]);
  });
});
