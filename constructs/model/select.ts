// Select items: what a chart tile aggregates, one series (or column) each. `Select.count()`, `Select.avg('Duration')`,
// `Select.quantile('Duration', 0.95)`... build them; each checks at synth what ClickStack would refuse.
import {
  AGG_FNS,
  type AggFn,
  METRIC_DATA_TYPES,
  type MetricDataType,
  QUANTILE_LEVELS,
  QUERY_LANGUAGES,
  type QuantileLevel,
  type QueryLanguage,
} from '../../provider/values';
import { isToken, lengthBetween, oneOf } from './checks';
import { type NumberFormat, numberFormatConfig, numberFormatProblems } from './number-format';

const MAX_EXPRESSION = 10000;

/** What every select item may add to its aggregation. */
export interface SelectOptions {
  /**
   * Condition on the rows this series aggregates, in `whereLanguage`, such as `SeverityText:error`.
   * @default every row
   */
  readonly where?: string;
  /**
   * Language of `where`: `lucene` or `sql`.
   * @default 'lucene'
   */
  readonly whereLanguage?: QueryLanguage;
  /**
   * Series name shown in the legend (and usable in `orderBy`).
   * @default ClickStack names the series after its aggregation
   */
  readonly alias?: string;
  /**
   * How this series' numbers are displayed.
   * @default the tile's number format
   */
  readonly numberFormat?: NumberFormat;
  /**
   * Metric name, for metric sources.
   * @default none
   */
  readonly metricName?: string;
  /**
   * Metric data type, for metric sources: `sum`, `gauge`, `histogram`, `summary` or `exponential histogram`.
   * @default none
   */
  readonly metricType?: MetricDataType;
  /**
   * Per-period aggregation applied before the aggregation function: `delta`.
   * @default none
   */
  readonly periodAggFn?: 'delta';
}

/** A select item as ClickStack stores it. The factories of `Select` fill in `aggFn`, `valueExpression` and `level`. */
export interface SelectItemProps extends SelectOptions {
  /** Aggregation function, such as `count`, `avg` or `quantile`. */
  readonly aggFn: AggFn;
  /**
   * Column or SQL expression aggregated; required for every function but `count`, which takes none.
   * @default none (only for `count`)
   */
  readonly valueExpression?: string;
  /**
   * Quantile level (0.5, 0.9, 0.95 or 0.99), for `quantile` only.
   * @default none (required for `quantile`)
   */
  readonly level?: QuantileLevel;
}

/** A select item in the bindings' shape (`select` of the builder tiles). */
export interface SelectItemData {
  aggFn: string;
  valueExpression?: string;
  level?: number;
  alias?: string;
  where?: string;
  whereLanguage?: string;
  numberFormat?: NumberFormat;
  metricName?: string;
  metricType?: string;
  periodAggFn?: string;
}

/** One aggregated series of a chart tile. */
export class SelectItem {
  constructor(readonly props: SelectItemProps) {}

  /** What ClickStack would refuse, naming this item as `prop` (such as `select[0]`). */
  validate(prop: string): string[] {
    const { aggFn, valueExpression, level } = this.props;
    const problems = [
      ...oneOf(`${prop}.aggFn`, aggFn, AGG_FNS),
      ...lengthBetween(`${prop}.valueExpression`, valueExpression, 0, MAX_EXPRESSION),
      ...lengthBetween(`${prop}.alias`, this.props.alias, 0, MAX_EXPRESSION),
      ...lengthBetween(`${prop}.where`, this.props.where, 0, MAX_EXPRESSION),
      ...oneOf(`${prop}.whereLanguage`, this.props.whereLanguage, QUERY_LANGUAGES),
      ...oneOf(`${prop}.metricType`, this.props.metricType, METRIC_DATA_TYPES),
      ...oneOf(`${prop}.periodAggFn`, this.props.periodAggFn, ['delta']),
      ...oneOf(`${prop}.level`, level, QUANTILE_LEVELS),
      ...numberFormatProblems(`${prop}.numberFormat`, this.props.numberFormat),
    ];
    if (aggFn === 'count' && valueExpression !== undefined)
      problems.push(`\`${prop}\` counts rows and takes no value expression; remove \`valueExpression\` ("${valueExpression}") or use another aggregation.`);
    if (aggFn !== 'count' && (valueExpression === undefined || (valueExpression === '' && !isToken(valueExpression))))
      problems.push(`\`${prop}\` aggregates with "${aggFn}", which needs a \`valueExpression\`.`);
    if (aggFn !== 'quantile' && level !== undefined) problems.push(`\`${prop}.level\` is only for the "quantile" aggregation, not "${aggFn}".`);
    if (aggFn === 'quantile' && level === undefined) problems.push(`\`${prop}\` is a quantile and needs a \`level\` (${QUANTILE_LEVELS.join(', ')}).`);
    return problems;
  }

  /** The item in the bindings' shape. */
  toConfig(): SelectItemData {
    const { aggFn, valueExpression, level, alias, where, whereLanguage, numberFormat, metricName, metricType, periodAggFn } = this.props;
    return { aggFn, valueExpression, level, alias, where, whereLanguage, numberFormat: numberFormatConfig(numberFormat), metricName, metricType, periodAggFn };
  }
}

const aggregate = (aggFn: AggFn) => (valueExpression: string, options: SelectOptions = {}) => new SelectItem({ ...options, aggFn, valueExpression });

/** Factories of select items, one per aggregation function: `Select.count()`, `Select.avg('Duration')`. */
export const Select = {
  /** Number of rows. */
  count: (options: SelectOptions = {}) => new SelectItem({ ...options, aggFn: 'count' }),
  /** Number of distinct values of `valueExpression`. */
  countDistinct: aggregate('count_distinct'),
  /** Average of `valueExpression`. */
  avg: aggregate('avg'),
  /** Sum of `valueExpression`. */
  sum: aggregate('sum'),
  /** Smallest value of `valueExpression`. */
  min: aggregate('min'),
  /** Largest value of `valueExpression`. */
  max: aggregate('max'),
  /** Last value of `valueExpression` in each bucket. */
  lastValue: aggregate('last_value'),
  /** Any value of `valueExpression` in each bucket. */
  any: aggregate('any'),
  /** `valueExpression` as it is, without aggregation (an expression that aggregates by itself). */
  none: aggregate('none'),
  /** Increase of a counter `valueExpression` over each bucket. */
  increase: aggregate('increase'),
  /** The `level` quantile of `valueExpression`: `Select.quantile('Duration', 0.95)` is the p95. */
  quantile: (valueExpression: string, level: QuantileLevel, options: SelectOptions = {}) =>
    new SelectItem({ ...options, aggFn: 'quantile', valueExpression, level }),
  /** A select item from its ClickStack fields, for what the factories above do not say. */
  of: (props: SelectItemProps) => new SelectItem(props),
};
