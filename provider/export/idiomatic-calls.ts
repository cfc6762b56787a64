// Select items and number formats as the docs teach them, the way a person writes them: `Select.count({ alias })`,
// `Select.avg("Duration")`, `Select.quantile("Duration", 0.95)`, `NumberFormat.duration({ inputUnit: "nanoseconds" })`.
// Each factory is used only where it writes exactly the configuration exported; anything else (a count with a value
// expression, a level no factory takes, a factor a format's factory does not take) stays the generic
// `Select.of({...})` or a plain number format object, which the constructs take as they are.
import { camelCase } from '../shared/api-mapping';
import { Code, type TypeScriptValue } from './typescript';

type Props = { [prop: string]: TypeScriptValue };

/** Records that the code uses `name`, an export of clickstack-cdktf. */
type Use = (name: string) => string;

/** The quantile levels `Select.quantile` takes. */
const QUANTILE_LEVELS = [0.5, 0.9, 0.95, 0.99];

/** Aggregations with a factory of their own that takes the value expression first: `Select.avg("Duration")`. */
const VALUE_FACTORIES = ['count_distinct', 'avg', 'sum', 'min', 'max', 'last_value', 'any', 'none', 'increase'];

const withOptions = (args: TypeScriptValue[], options: Props) => (Object.keys(options).length ? [...args, options] : args);

/**
 * A select item (its props in camelCase, as `Select.of` takes them) as the factory of its aggregation, else
 * `Select.of`.
 */
export function selectCall(item: Props, use: Use): Code {
  const select = use('Select');
  const { aggFn, valueExpression, level, ...rest } = item;
  const options = { ...rest, ...(rest.numberFormat ? { numberFormat: numberFormatValue(rest.numberFormat, use) } : {}) };
  if (aggFn === 'count' && valueExpression === undefined && level === undefined) return new Code(`${select}.count`, withOptions([], options));
  const hasExpression = typeof valueExpression === 'string' && valueExpression !== '';
  if (aggFn === 'quantile' && hasExpression && typeof level === 'number' && QUANTILE_LEVELS.includes(level))
    return new Code(`${select}.quantile`, withOptions([valueExpression, level], options));
  if (typeof aggFn === 'string' && VALUE_FACTORIES.includes(aggFn) && hasExpression && level === undefined)
    return new Code(`${select}.${camelCase(aggFn)}`, withOptions([valueExpression], options));
  return new Code(`${select}.of`, [{ ...item, ...options }]);
}

/** Seconds per unit of the raw value, as ClickStack stores a time or duration's unit (its `factor`). */
const INPUT_UNITS: [unit: string, factor: number][] = [['seconds', 1], ['milliseconds', 0.001], ['microseconds', 0.000001], ['nanoseconds', 0.000000001]];

/** Options every format's factory takes. */
const COMMON = ['mantissa', 'thousandSeparated', 'average', 'unit'];

/** Per output: the factory, and the options it takes besides the common ones. */
const FORMAT_FACTORIES: Record<string, { factory: string; options: string[] }> = {
  number: { factory: 'number', options: [] },
  percent: { factory: 'percent', options: [] },
  byte: { factory: 'bytes', options: ['numericUnit', 'decimalBytes'] },
  data_rate: { factory: 'dataRate', options: ['numericUnit'] },
  throughput: { factory: 'throughput', options: ['numericUnit'] },
  duration: { factory: 'duration', options: [] },
  time: { factory: 'time', options: [] },
};

/** A number format (props in camelCase) as `NumberFormat.<kind>(...)`, else as the plain object. */
export function numberFormatValue(value: TypeScriptValue, use: Use): TypeScriptValue {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Code) return value;
  const { output, factor, currencySymbol, ...rest } = value as Props;
  const fits = (allowed: string[]) => Object.keys(rest).every((name) => [...COMMON, ...allowed].includes(name));
  const numberFormat = use('NumberFormat');
  if (output === 'currency' && typeof currencySymbol === 'string' && factor === undefined && fits([]))
    return new Code(`${numberFormat}.currency`, withOptions([currencySymbol], rest));
  const kind = typeof output === 'string' ? FORMAT_FACTORIES[output] : undefined;
  if (!kind || currencySymbol !== undefined || !fits(kind.options)) return value;
  if (output === 'duration' || output === 'time') {
    const unit = factor === undefined ? undefined : INPUT_UNITS.find(([, seconds]) => seconds === factor)?.[0];
    if (factor !== undefined && unit === undefined) return value;
    return new Code(`${numberFormat}.${kind.factory}`, withOptions([], { ...rest, ...(unit ? { inputUnit: unit } : {}) }));
  }
  if (factor !== undefined) return value;
  return new Code(`${numberFormat}.${kind.factory}`, withOptions([], rest));
}

/** `props` with its `numberFormat` (if any) written with a factory. */
export function withNumberFormat(props: Props, use: Use): Props {
  return props.numberFormat === undefined ? props : { ...props, numberFormat: numberFormatValue(props.numberFormat, use) };
}

