// Charts over time from the chart builder: line and stacked bar tiles. The only tile kinds, with number tiles, that
// alerts can watch.
import { lengthBetween, wholeNumber } from './checks';
import type { Flavor } from './environment-settings';
import { type NumberFormat, numberFormatConfig, numberFormatProblems } from './number-format';
import type { SelectItem } from './select';
import {
  type Formula,
  type SourceRef,
  Tile,
  type TileProps,
  formulaProblems,
  formulaSourceProblems,
  formulasConfig,
  ossOnlyProblems,
  ratioProblems,
  selectConfig,
  selectProblems,
} from './tile';
import type { StackedBarConfigData, TileListsData, TilePlace } from './tile-lists';

/** What line and stacked bar tiles take. */
export interface TimeSeriesTileProps extends TileProps {
  /** The source queried (see `Source.fromName`). */
  readonly source: SourceRef;
  /** The series plotted (1 to 20): `[Select.count(), Select.avg('Duration')]`. */
  readonly select: SelectItem[];
  /**
   * Group-by expression: one series per group and select item, such as `ServiceName`.
   * @default one series per select item
   */
  readonly groupBy?: string;
  /**
   * Plot the first series divided by the second (needs exactly 2 select items).
   * @default false
   */
  readonly asRatio?: boolean;
  /**
   * Plot missing buckets as zero.
   * @default true
   */
  readonly fillNulls?: boolean;
  /**
   * Align the time range to whole buckets.
   * @default false
   */
  readonly alignDateRangeToGranularity?: boolean;
  /**
   * Maximum series shown; 0 means unlimited. OSS only.
   * @default ClickStack's limit
   */
  readonly seriesLimit?: number;
  /**
   * How numbers are displayed.
   * @default plain numbers
   */
  readonly numberFormat?: NumberFormat;
  /**
   * Series computed from the select items (up to 10), which are named A, B, C... OSS only.
   * @default none
   */
  readonly formulas?: Formula[];
  /**
   * Show the select items' series beside the formulas. OSS only.
   * @default false
   */
  readonly showOperandSeries?: boolean;
}

/** A line chart: the time series settings, and the y axis and comparison. */
export interface LineTileProps extends TimeSeriesTileProps {
  /**
   * Fit the y axis to the data rather than start it at zero.
   * @default false
   */
  readonly fitYAxisToData?: boolean;
  /**
   * Also plot the previous period, for comparison.
   * @default false
   */
  readonly compareToPreviousPeriod?: boolean;
}

/** A stacked bar chart: the time series settings. */
export type StackedBarTileProps = TimeSeriesTileProps;

/** What line and stacked bar tiles share. */
abstract class TimeSeriesTile<P extends TimeSeriesTileProps> extends Tile<P> {
  protected problems(flavor: Flavor | undefined): string[] {
    const { source, select, groupBy, asRatio, seriesLimit, numberFormat, formulas, showOperandSeries } = this.props;
    return [
      ...selectProblems(select, 1, 20),
      ...lengthBetween('groupBy', groupBy, 0, 10000),
      ...ratioProblems(asRatio, select, formulas),
      ...wholeNumber('seriesLimit', seriesLimit, 0),
      ...numberFormatProblems('numberFormat', numberFormat),
      ...formulaProblems('formulas', formulas, 10),
      ...formulaSourceProblems(formulas, source),
      ...ossOnlyProblems(flavor, { formulas, seriesLimit, showOperandSeries }),
    ];
  }

  protected seriesConfig(): StackedBarConfigData {
    const { source, select, groupBy, asRatio, fillNulls, alignDateRangeToGranularity, seriesLimit, numberFormat, formulas, showOperandSeries } = this.props;
    return {
      sourceId: source.sourceId,
      select: selectConfig(select),
      groupBy,
      asRatio,
      fillNulls,
      alignDateRangeToGranularity,
      seriesLimit,
      numberFormat: numberFormatConfig(numberFormat),
      formulas: formulasConfig(formulas),
      showOperandSeries,
    };
  }
}

/** A line chart over time. */
export class LineTile extends TimeSeriesTile<LineTileProps> {
  readonly displayType = 'line' as const;

  toConfig(place: TilePlace): TileListsData {
    const { fitYAxisToData, compareToPreviousPeriod } = this.props;
    return { lineTiles: [{ ...this.common(place), ...this.seriesConfig(), fitYAxisToData, compareToPreviousPeriod }] };
  }
}

/** A stacked bar chart over time. */
export class StackedBarTile extends TimeSeriesTile<StackedBarTileProps> {
  readonly displayType = 'stacked_bar' as const;

  toConfig(place: TilePlace): TileListsData {
    return { stackedBarTiles: [{ ...this.common(place), ...this.seriesConfig() }] };
  }
}
