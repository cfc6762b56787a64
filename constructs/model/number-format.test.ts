import { NumberFormat, numberFormatConfig, numberFormatProblems } from './number-format';

describe('NumberFormat', () => {
  it('has a factory per kind of value, each setting its output', () => {
    expect(NumberFormat.number({ average: true })).toEqual({ output: 'number', average: true });
    expect(NumberFormat.percent({ mantissa: 1 })).toEqual({ output: 'percent', mantissa: 1 });
    expect(NumberFormat.bytes({ numericUnit: 'kibibytes', decimalBytes: true })).toEqual({ output: 'byte', numericUnit: 'kibibytes', decimalBytes: true });
    expect(NumberFormat.currency('€', { thousandSeparated: true })).toEqual({ output: 'currency', currencySymbol: '€', thousandSeparated: true });
    expect(NumberFormat.currency()).toEqual({ output: 'currency', currencySymbol: '$' });
    expect(NumberFormat.dataRate({ numericUnit: 'megabits_sec' })).toEqual({ output: 'data_rate', numericUnit: 'megabits_sec' });
    expect(NumberFormat.throughput({ numericUnit: 'rps', unit: 'req' })).toEqual({ output: 'throughput', numericUnit: 'rps', unit: 'req' });
  });

  it('stores the input unit of times and durations as the factor to seconds, as ClickStack\'s UI does', () => {
    expect(NumberFormat.duration({ inputUnit: 'nanoseconds' })).toEqual({ output: 'duration', factor: 0.000000001 });
    expect(NumberFormat.duration({ inputUnit: 'milliseconds', mantissa: 1 })).toEqual({ output: 'duration', factor: 0.001, mantissa: 1 });
    expect(NumberFormat.time({ inputUnit: 'microseconds' })).toEqual({ output: 'time', factor: 0.000001 });
    expect(NumberFormat.time()).toEqual({ output: 'time' });
  });

  it('refuses an unknown output or numeric unit and a mantissa that is not a whole number of at least 0', () => {
    expect(numberFormatProblems('numberFormat', { output: 'ratio' as never, numericUnit: 'seconds' as never, mantissa: -1 })).toEqual([
      '`numberFormat.output` is "ratio"; expected one of "currency", "percent", "byte", "time", "duration", "number", "data_rate", "throughput".',
      expect.stringMatching(/^`numberFormat.numericUnit` is "seconds"; expected one of "bytes_iec", "bytes_si", /),
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
