import { numberFormatValue, selectCall } from './idiomatic-calls';
import { type Names, valueText } from './typescript';

const names: Names = { variableOf: () => 'x', secretVariable: () => ({ variable: 'x', type: 'string' }) };
const use = (name: string) => name;
const text = (value: Parameters<typeof valueText>[0]) => valueText(value, '', names);

describe('selectCall', () => {
  it('writes each aggregation with its factory: count without a value expression, quantile with a level, the others with one', () => {
    expect(text(selectCall({ aggFn: 'count' }, use))).toBe('Select.count()');
    expect(text(selectCall({ aggFn: 'count', alias: 'n', where: 'a:b' }, use))).toBe('Select.count({ alias: "n", where: "a:b" })');
    expect(text(selectCall({ aggFn: 'quantile', valueExpression: 'Duration', level: 0.95 }, use))).toBe('Select.quantile("Duration", 0.95)');
    expect(text(selectCall({ aggFn: 'avg', valueExpression: 'Duration' }, use))).toBe('Select.avg("Duration")');
    expect(text(selectCall({ aggFn: 'count_distinct', valueExpression: 'UserId', alias: 'users' }, use))).toBe('Select.countDistinct("UserId", { alias: "users" })');
    expect(text(selectCall({ aggFn: 'last_value', valueExpression: 'v' }, use))).toBe('Select.lastValue("v")');
  });

  it('keeps Select.of for what no factory writes exactly: a count with a value expression, a level no factory takes, an empty value expression', () => {
    expect(text(selectCall({ aggFn: 'count', valueExpression: '' }, use))).toBe('Select.of({ aggFn: "count", valueExpression: "" })');
    expect(text(selectCall({ aggFn: 'quantile', valueExpression: 'd', level: 0.75 }, use))).toBe('Select.of({ aggFn: "quantile", valueExpression: "d", level: 0.75 })');
    expect(text(selectCall({ aggFn: 'sum', valueExpression: '' }, use))).toBe('Select.of({ aggFn: "sum", valueExpression: "" })');
  });

  it('writes the number format of an item with its factory', () => {
    expect(text(selectCall({ aggFn: 'count', numberFormat: { output: 'percent', mantissa: 1 } }, use))).toBe('Select.count({ numberFormat: NumberFormat.percent({ mantissa: 1 }) })');
  });
});

describe('numberFormatValue', () => {
  it('writes each kind with its factory, a time unit as its inputUnit and a currency with its symbol', () => {
    expect(text(numberFormatValue({ output: 'number' }, use))).toBe('NumberFormat.number()');
    expect(text(numberFormatValue({ output: 'byte', numericUnit: 'bytes_si', decimalBytes: true }, use))).toBe('NumberFormat.bytes({ numericUnit: "bytes_si", decimalBytes: true })');
    expect(text(numberFormatValue({ output: 'duration', factor: 0.000000001 }, use))).toBe('NumberFormat.duration({ inputUnit: "nanoseconds" })');
    expect(text(numberFormatValue({ output: 'time', factor: 1, average: true }, use))).toBe('NumberFormat.time({ average: true, inputUnit: "seconds" })');
    expect(text(numberFormatValue({ output: 'currency', currencySymbol: '€' }, use))).toBe('NumberFormat.currency("€")');
    expect(text(numberFormatValue({ output: 'throughput', numericUnit: 'rps' }, use))).toBe('NumberFormat.throughput({ numericUnit: "rps" })');
  });

  it('keeps the plain object where a factory would write something else: a factor it does not take, a currency without a symbol, a unit of another kind', () => {
    const formats: { [prop: string]: string | number }[] = [{ output: 'duration', factor: 1000 }, { output: 'number', factor: 2 }, { output: 'currency' }, { output: 'percent', numericUnit: 'rps' }];
    for (const format of formats)
      expect(numberFormatValue(format, use)).toBe(format);
  });
});
