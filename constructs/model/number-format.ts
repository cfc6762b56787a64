// How a tile shows its numbers: ClickStack's number format, with a factory per kind of value. The unit of the raw
// value is `numericUnit` for bytes, data rates and throughput, but `factor` for times and durations (ClickStack's UI
// offers seconds, milliseconds, microseconds and nanoseconds there), so the factories take each as it applies.
import {
  type DataRateUnit,
  type DataUnit,
  NUMBER_FORMAT_OUTPUTS,
  NUMERIC_UNITS,
  type NumberFormatOutput,
  type NumericUnit,
  type ThroughputUnit,
} from '../../provider/values';
import { oneOf, wholeNumber } from './checks';

/** Display options shared by every kind of number format. */
export interface NumberFormatOptions {
  /**
   * Decimal places shown.
   * @default ClickStack's choice for the kind of value
   */
  readonly mantissa?: number;
  /**
   * Group thousands with a separator.
   * @default false
   */
  readonly thousandSeparated?: boolean;
  /**
   * Abbreviate large numbers (1.2k, 3.4M).
   * @default false
   */
  readonly average?: boolean;
  /**
   * Free-text unit appended to the value.
   * @default none
   */
  readonly unit?: string;
}

/** A number format as ClickStack stores it (the `number_format` attribute of tiles, select items and formulas). */
export interface NumberFormat extends NumberFormatOptions {
  /** Kind of value: `number`, `percent`, `byte`, `time`, `duration`, `currency`, `data_rate` or `throughput`. */
  readonly output: NumberFormatOutput;
  /**
   * Unit of the raw value, for `byte`, `data_rate` and `throughput` (such as `bytes_iec`, `megabits_sec`, `rps`).
   * @default ClickStack's default unit for the kind of value
   */
  readonly numericUnit?: NumericUnit;
  /**
   * Multiplies the value before display; for `time` and `duration`, it converts the raw value to seconds.
   * @default 1
   */
  readonly factor?: number;
  /**
   * Powers of 1000 instead of 1024, for `byte`.
   * @default false
   */
  readonly decimalBytes?: boolean;
  /**
   * Currency symbol, for `currency`.
   * @default '$'
   */
  readonly currencySymbol?: string;
}

/** Units a time or duration can be measured in; ClickStack stores the unit as the `factor` to seconds. */
export type TimeUnit = 'seconds' | 'milliseconds' | 'microseconds' | 'nanoseconds';

const SECONDS_PER: Record<TimeUnit, number> = { seconds: 1, milliseconds: 0.001, microseconds: 0.000001, nanoseconds: 0.000000001 };

/** Options of the formats of times and durations. */
export interface TimeFormatOptions extends NumberFormatOptions {
  /**
   * Unit of the raw value: `seconds`, `milliseconds`, `microseconds` or `nanoseconds` (OpenTelemetry span durations).
   * @default 'seconds'
   */
  readonly inputUnit?: TimeUnit;
}

/** Options of the formats whose raw value has a unit of a kind: `U` lists the units. */
export interface UnitFormatOptions<U extends NumericUnit> extends NumberFormatOptions {
  /**
   * Unit of the raw value.
   * @default ClickStack's default unit for the kind of value
   */
  readonly numericUnit?: U;
}

const timeFormat = (output: 'time' | 'duration', { inputUnit, ...options }: TimeFormatOptions): NumberFormat => ({
  output,
  ...options,
  ...(inputUnit ? { factor: SECONDS_PER[inputUnit] } : {}),
});

/** Factories of number formats, one per kind of value: `NumberFormat.duration({ inputUnit: 'nanoseconds' })`. */
export const NumberFormat = {
  /** A plain number. */
  number: (options: NumberFormatOptions = {}): NumberFormat => ({ output: 'number', ...options }),
  /** A ratio shown as a percentage (0.25 shows as 25%). */
  percent: (options: NumberFormatOptions = {}): NumberFormat => ({ output: 'percent', ...options }),
  /** An amount of data, such as bytes. */
  bytes: (options: UnitFormatOptions<DataUnit> & { readonly decimalBytes?: boolean } = {}): NumberFormat => ({ output: 'byte', ...options }),
  /** A duration, shown as 1h 2m 3s. */
  duration: (options: TimeFormatOptions = {}): NumberFormat => timeFormat('duration', options),
  /** A time value, shown in the largest fitting unit. */
  time: (options: TimeFormatOptions = {}): NumberFormat => timeFormat('time', options),
  /** An amount of money. */
  currency: (currencySymbol = '$', options: NumberFormatOptions = {}): NumberFormat => ({ output: 'currency', currencySymbol, ...options }),
  /** Data per second, such as megabits per second. */
  dataRate: (options: UnitFormatOptions<DataRateUnit> = {}): NumberFormat => ({ output: 'data_rate', ...options }),
  /** Operations per second or minute, such as requests per second. */
  throughput: (options: UnitFormatOptions<ThroughputUnit> = {}): NumberFormat => ({ output: 'throughput', ...options }),
};

/** What ClickStack would refuse in `format`, the value of `prop`. */
export function numberFormatProblems(prop: string, format: NumberFormat | undefined): string[] {
  if (format === undefined) return [];
  return [
    ...oneOf(`${prop}.output`, format.output, NUMBER_FORMAT_OUTPUTS),
    ...oneOf(`${prop}.numericUnit`, format.numericUnit, NUMERIC_UNITS),
    ...wholeNumber(`${prop}.mantissa`, format.mantissa, 0),
  ];
}

/** The number format in the bindings' shape (`numberFormat` of a tile, select item or formula). */
export function numberFormatConfig(format: NumberFormat | undefined): NumberFormat | undefined {
  if (format === undefined) return undefined;
  const { output, numericUnit, mantissa, thousandSeparated, average, decimalBytes, factor, currencySymbol, unit } = format;
  return { output, numericUnit, mantissa, thousandSeparated, average, decimalBytes, factor, currencySymbol, unit };
}
