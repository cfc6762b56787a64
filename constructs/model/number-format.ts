// How a tile shows its numbers: ClickStack's number format, with a factory per kind of value.
import { NUMBER_FORMAT_OUTPUTS, type NumberFormatOutput } from '../../provider/values';
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
   * Multiply the value by this factor before display.
   * @default 1
   */
  readonly factor?: number;
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
   * Unit of the raw value (such as `bytes_iec`, `seconds`, `milliseconds`), for `byte`, `time`, `data_rate` and `throughput`.
   * @default ClickStack's default unit for the kind of value
   */
  readonly numericUnit?: string;
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

/** Options of the formats whose raw value has a unit (bytes, durations, rates). */
export interface UnitNumberFormatOptions extends NumberFormatOptions {
  /**
   * Unit of the raw value, such as `seconds`, `milliseconds`, `bytes_iec` or `bytes_si`.
   * @default ClickStack's default unit for the kind of value
   */
  readonly numericUnit?: string;
}

/** Factories of number formats, one per kind of value: `NumberFormat.percent({ mantissa: 1 })`. */
export const NumberFormat = {
  /** A plain number. */
  number: (options: NumberFormatOptions = {}): NumberFormat => ({ output: 'number', ...options }),
  /** A ratio shown as a percentage (0.25 shows as 25%). */
  percent: (options: NumberFormatOptions = {}): NumberFormat => ({ output: 'percent', ...options }),
  /** A size in bytes. */
  bytes: (options: UnitNumberFormatOptions & { readonly decimalBytes?: boolean } = {}): NumberFormat => ({ output: 'byte', ...options }),
  /** A duration, in `numericUnit` (seconds unless said otherwise), shown as 1h 2m 3s. */
  duration: (options: UnitNumberFormatOptions = {}): NumberFormat => ({ output: 'duration', ...options }),
  /** A time value, in `numericUnit`, shown in the largest fitting unit. */
  time: (options: UnitNumberFormatOptions = {}): NumberFormat => ({ output: 'time', ...options }),
  /** An amount of money. */
  currency: (currencySymbol = '$', options: NumberFormatOptions = {}): NumberFormat => ({ output: 'currency', currencySymbol, ...options }),
  /** Bytes per second (or per `numericUnit`). */
  dataRate: (options: UnitNumberFormatOptions = {}): NumberFormat => ({ output: 'data_rate', ...options }),
  /** Events per second (or per `numericUnit`). */
  throughput: (options: UnitNumberFormatOptions = {}): NumberFormat => ({ output: 'throughput', ...options }),
};

/** What ClickStack would refuse in `format`, the value of `prop`. */
export function numberFormatProblems(prop: string, format: NumberFormat | undefined): string[] {
  if (format === undefined) return [];
  return [...oneOf(`${prop}.output`, format.output, NUMBER_FORMAT_OUTPUTS), ...wholeNumber(`${prop}.mantissa`, format.mantissa, 0)];
}

/** The number format in the bindings' shape (`numberFormat` of a tile, select item or formula). */
export function numberFormatConfig(format: NumberFormat | undefined): NumberFormat | undefined {
  if (format === undefined) return undefined;
  const { output, numericUnit, mantissa, thousandSeparated, average, decimalBytes, factor, currencySymbol, unit } = format;
  return { output, numericUnit, mantissa, thousandSeparated, average, decimalBytes, factor, currencySymbol, unit };
}
