import { NumberFormat, numberFormatConfig, numberFormatProblems } from './number-format';

describe('NumberFormat', () => {
  it('has a factory per kind of value, each setting its output', () => {
    expect(NumberFormat.number({ average: true })).toEqual({ output: 'number', average: true });
    expect(NumberFormat.percent({ mantissa: 1 })).toEqual({ output: 'percent', mantissa: 1 });
    expect(NumberFormat.bytes({ decimalBytes: true })).toEqual({ output: 'byte', decimalBytes: true });
    expect(NumberFormat.duration({ numericUnit: 'milliseconds' })).toEqual({ output: 'duration', numericUnit: 'milliseconds' });
    expect(NumberFormat.time()).toEqual({ output: 'time' });
    expect(NumberFormat.currency('€', { thousandSeparated: true })).toEqual({ output: 'currency', currencySymbol: '€', thousandSeparated: true });
    expect(NumberFormat.currency()).toEqual({ output: 'currency', currencySymbol: '$' });
    expect(NumberFormat.dataRate()).toEqual({ output: 'data_rate' });
    expect(NumberFormat.throughput({ unit: 'req' })).toEqual({ output: 'throughput', unit: 'req' });
  });

  it('refuses an unknown output and a mantissa that is not a whole number of at least 0', () => {
    expect(numberFormatProblems('numberFormat', { output: 'ratio' as never, mantissa: -1 })).toEqual([
      '`numberFormat.output` is "ratio"; expected one of "currency", "percent", "byte", "time", "duration", "number", "data_rate", "throughput".',
      '`numberFormat.mantissa` is -1; expected a whole number of at least 0.',
    ]);
    expect(numberFormatProblems('numberFormat', NumberFormat.percent({ mantissa: 2 }))).toEqual([]);
    expect(numberFormatProblems('numberFormat', undefined)).toEqual([]);
  });

  it('maps to the bindings\' shape with only the fields ClickStack has', () => {
    const format = { ...NumberFormat.bytes({ mantissa: 1 }), colour: 'red' } as NumberFormat;
    expect(numberFormatConfig(format)).toEqual({ output: 'byte', mantissa: 1 });
    expect(numberFormatConfig(undefined)).toBeUndefined();
  });
});
