import { NumberFormat } from './number-format';
import { Select, SelectItem } from './select';

describe('Select', () => {
  it('has a factory per aggregation function, taking the value expression (none for count) and the options', () => {
    expect(Select.count({ where: 'SeverityText:error', alias: 'errors' }).toConfig()).toEqual({ aggFn: 'count', where: 'SeverityText:error', alias: 'errors' });
    expect(Select.avg('Duration').toConfig()).toEqual({ aggFn: 'avg', valueExpression: 'Duration' });
    expect(Select.quantile('Duration', 0.95, { alias: 'p95' }).toConfig()).toEqual({ aggFn: 'quantile', valueExpression: 'Duration', level: 0.95, alias: 'p95' });
    const factories = { countDistinct: 'count_distinct', sum: 'sum', min: 'min', max: 'max', lastValue: 'last_value', any: 'any', none: 'none', increase: 'increase' } as const;
    for (const [factory, aggFn] of Object.entries(factories)) expect(Select[factory as keyof typeof factories]('x').toConfig()).toEqual({ aggFn, valueExpression: 'x' });
  });

  it('maps every option onto the bindings\' select item, number format included', () => {
    const item = Select.sum('Value', {
      where: 'ServiceName = \'api\'',
      whereLanguage: 'sql',
      alias: 'total',
      numberFormat: NumberFormat.bytes(),
      metricName: 'http.server.duration',
      metricType: 'histogram',
      periodAggFn: 'delta',
    });
    expect(item.toConfig()).toEqual({
      aggFn: 'sum',
      valueExpression: 'Value',
      where: 'ServiceName = \'api\'',
      whereLanguage: 'sql',
      alias: 'total',
      numberFormat: { output: 'byte' },
      metricName: 'http.server.duration',
      metricType: 'histogram',
      periodAggFn: 'delta',
    });
    expect(item.validate('select[0]')).toEqual([]);
  });
});

describe('SelectItem rules', () => {
  it('refuses count with a value expression, even an empty one', () => {
    expect(Select.of({ aggFn: 'count', valueExpression: 'Duration' }).validate('select[1]')).toEqual([
      '`select[1]` counts rows and takes no value expression; remove `valueExpression` ("Duration") or use another aggregation.',
    ]);
    expect(Select.of({ aggFn: 'count', valueExpression: '' }).validate('select[0]')).toHaveLength(1);
  });

  it('refuses an aggregation other than count without a value expression', () => {
    expect(Select.of({ aggFn: 'avg' }).validate('select[0]')).toEqual(['`select[0]` aggregates with "avg", which needs a `valueExpression`.']);
    expect(Select.avg('').validate('select[0]')).toEqual(['`select[0]` aggregates with "avg", which needs a `valueExpression`.']);
  });

  it('refuses a level without quantile, a quantile without level, and a level ClickStack does not offer', () => {
    expect(Select.of({ aggFn: 'avg', valueExpression: 'Duration', level: 0.95 }).validate('select[0]')).toEqual(['`select[0].level` is only for the "quantile" aggregation, not "avg".']);
    expect(Select.of({ aggFn: 'quantile', valueExpression: 'Duration' }).validate('select[0]')).toEqual(['`select[0]` is a quantile and needs a `level` (0.5, 0.9, 0.95, 0.99).']);
    expect(Select.quantile('Duration', 0.8 as never).validate('select[0]')).toEqual(['`select[0].level` is 0.8; expected one of "0.5", "0.9", "0.95", "0.99".']);
  });

  it('refuses unknown values and expressions over 10,000 characters', () => {
    const item = new SelectItem({
      aggFn: 'median' as never,
      valueExpression: 'x'.repeat(10001),
      whereLanguage: 'kql' as never,
      metricType: 'counter' as never,
      numberFormat: { output: 'ratio' as never },
    });
    expect(item.validate('select[0]')).toEqual([
      '`select[0].aggFn` is "median"; expected one of "avg", "count", "count_distinct", "last_value", "max", "min", "quantile", "sum", "any", "none", "increase".',
      '`select[0].valueExpression` is 10001 characters long; at most 10000 are allowed.',
      '`select[0].whereLanguage` is "kql"; expected one of "lucene", "sql".',
      '`select[0].metricType` is "counter"; expected one of "sum", "gauge", "histogram", "summary", "exponential histogram".',
      '`select[0].numberFormat.output` is "ratio"; expected one of "currency", "percent", "byte", "time", "duration", "number", "data_rate", "throughput".',
    ]);
  });

  it('lets a value expression that is a token pass (it is resolved when Terraform plans)', () => {
    expect(Select.avg('${TfToken[TOKEN.7]}').validate('select[0]')).toEqual([]);
  });
});
