// Aggregates over the dashboard's time range from the chart builder: table, number, pie and bar tiles.
import { type DisplayType, PALETTE_TOKENS, type PaletteToken } from '../../provider/values';
import { lengthBetween, oneOf, wholeNumber } from './checks';
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
import type { CategoryConfigData, TileListsData, TilePlace } from './tile-lists';
import { type BackgroundChart, type ColorRule, type OnClick, colorRuleProblems, colorRulesConfig } from './tile-options';

interface AggregateTileProps extends TileProps {
  /** The source queried (see `Source.fromName`). */
  readonly source: SourceRef;
  /**
   * How numbers are displayed.
   * @default plain numbers
   */
  readonly numberFormat?: NumberFormat;
}

// --- table -----------------------------------------------------------------------------------------------------

/** A table: columns aggregated per group, with order, on-click and formulas. */
export interface TableTileProps extends AggregateTileProps {
  /** The columns aggregated (1 to 20). */
  readonly select: SelectItem[];
  /**
   * Group-by expression: one row per group, such as `ServiceName`.
   * @default a single row
   */
  readonly groupBy?: string;
  /**
   * SQL `HAVING` condition on the groups.
   * @default none
   */
  readonly having?: string;
  /**
   * SQL `ORDER BY` expression, such as `p95 DESC` (an alias of a select item).
   * @default ClickStack's order
   */
  readonly orderBy?: string;
  /**
   * Show the first column divided by the second (needs exactly 2 select items).
   * @default false
   */
  readonly asRatio?: boolean;
  /**
   * Show the group-by columns first.
   * @default false
   */
  readonly groupByColumnsOnLeft?: boolean;
  /**
   * What clicking a row opens.
   * @default nothing
   */
  readonly onClick?: OnClick;
  /**
   * Columns computed from the select items (up to 10), which are named A, B, C... OSS only.
   * @default none
   */
  readonly formulas?: Formula[];
  /**
   * Show the select items' columns beside the formulas. OSS only.
   * @default false
   */
  readonly showOperandSeries?: boolean;
}

/** A table of aggregates, one row per group. */
export class TableTile extends Tile<TableTileProps> {
  readonly displayType: DisplayType = 'table';

  override sources(): SourceRef[] {
    const onClickSource = this.props.onClick?.source;
    return [...super.sources(), ...(onClickSource ? [onClickSource] : [])];
  }

  protected problems(flavor: Flavor | undefined): string[] {
    const { source, select, groupBy, having, orderBy, asRatio, numberFormat, onClick, formulas, showOperandSeries } = this.props;
    return [
      ...selectProblems(select, 1, 20),
      ...lengthBetween('groupBy', groupBy, 0, 10000),
      ...lengthBetween('having', having, 0, 10000),
      ...lengthBetween('orderBy', orderBy, 0, 10000),
      ...ratioProblems(asRatio, select, formulas),
      ...numberFormatProblems('numberFormat', numberFormat),
      ...(onClick?.validate('onClick') ?? []),
      ...formulaProblems('formulas', formulas, 10),
      ...formulaSourceProblems(formulas, source),
      ...ossOnlyProblems(flavor, { formulas, showOperandSeries }),
    ];
  }

  toConfig(place: TilePlace): TileListsData {
    const { source, select, groupBy, having, orderBy, asRatio, numberFormat, groupByColumnsOnLeft, onClick, formulas, showOperandSeries } = this.props;
    return {
      tableTiles: [{
        ...this.common(place),
        sourceId: source.sourceId,
        select: selectConfig(select),
        groupBy,
        having,
        orderBy,
        asRatio,
        numberFormat: numberFormatConfig(numberFormat),
        groupByColumnsOnLeft,
        onClick: onClick?.toConfig(),
        formulas: formulasConfig(formulas),
        showOperandSeries,
      }],
    };
  }
}

// --- number ----------------------------------------------------------------------------------------------------

/** A single number, its colour and background chart. */
export interface NumberTileProps extends AggregateTileProps {
  /** The value shown: exactly 1 select item, or up to 20 that `formula` combines. */
  readonly select: SelectItem[];
  /**
   * One formula combining the select items (named A, B, C...) into the value shown. OSS only.
   * @default none: the value of the only select item
   */
  readonly formula?: Formula;
  /**
   * Palette token of the value's colour.
   * @default ClickStack's default colour
   */
  readonly color?: PaletteToken;
  /**
   * Colours of the value by condition (up to 10); the first rule that matches wins.
   * @default none
   */
  readonly colorRules?: ColorRule[];
  /**
   * A small chart drawn behind the value.
   * @default none
   */
  readonly backgroundChart?: BackgroundChart;
}

/** A single number. */
export class NumberTile extends Tile<NumberTileProps> {
  readonly displayType = 'number' as const;

  protected problems(flavor: Flavor | undefined): string[] {
    const { source, select, numberFormat, formula, color, colorRules, backgroundChart } = this.props;
    const formulas = formula && [formula];
    return [
      ...(formula ? selectProblems(select, 1, 20) : selectProblems(select, 1, 1)),
      ...numberFormatProblems('numberFormat', numberFormat),
      ...formulaProblems('formula', formulas, 1),
      ...formulaSourceProblems(formulas, source),
      ...oneOf('color', color, PALETTE_TOKENS),
      ...colorRuleProblems('colorRules', colorRules),
      ...oneOf('backgroundChart.type', backgroundChart?.type, ['line', 'area']),
      ...oneOf('backgroundChart.color', backgroundChart?.color, PALETTE_TOKENS),
      ...ossOnlyProblems(flavor, { formula }),
    ];
  }

  toConfig(place: TilePlace): TileListsData {
    const { source, select, numberFormat, formula, color, colorRules, backgroundChart } = this.props;
    return {
      numberTiles: [{
        ...this.common(place),
        sourceId: source.sourceId,
        select: selectConfig(select),
        numberFormat: numberFormatConfig(numberFormat),
        formulas: formulasConfig(formula && [formula]),
        color,
        colorRules: colorRulesConfig(colorRules),
        backgroundChart: backgroundChart && { type: backgroundChart.type, color: backgroundChart.color },
      }],
    };
  }
}

// --- pie and bar ---------------------------------------------------------------------------------------------------

/** What pie and bar tiles take: one value per group. */
export interface CategoryTileProps extends AggregateTileProps {
  /** The value of each slice or bar: exactly 1 select item. */
  readonly select: SelectItem[];
  /**
   * Group-by expression: one slice or bar per group, such as `ServiceName`.
   * @default a single slice or bar
   */
  readonly groupBy?: string;
  /**
   * SQL `ORDER BY` expression.
   * @default ClickStack's order
   */
  readonly orderBy?: string;
  /**
   * Maximum number of slices or bars.
   * @default ClickStack's limit
   */
  readonly limit?: number;
}

/** What pie and bar tiles share: one value per category. */
abstract class CategoryTile<P extends CategoryTileProps> extends Tile<P> {
  protected problems(): string[] {
    const { select, groupBy, orderBy, numberFormat, limit } = this.props;
    return [
      ...selectProblems(select, 1, 1),
      ...lengthBetween('groupBy', groupBy, 0, 10000),
      ...lengthBetween('orderBy', orderBy, 0, 10000),
      ...numberFormatProblems('numberFormat', numberFormat),
      ...wholeNumber('limit', limit, 0),
    ];
  }

  protected categoryConfig(): CategoryConfigData {
    const { source, select, groupBy, orderBy, numberFormat, limit } = this.props;
    return { sourceId: source.sourceId, select: selectConfig(select), groupBy, orderBy, numberFormat: numberFormatConfig(numberFormat), limit };
  }
}

/** A pie chart: one value per group. */
export type PieTileProps = CategoryTileProps;
/** A bar chart: one value per group. */
export type BarTileProps = CategoryTileProps;

/** A pie chart, one slice per group. */
export class PieTile extends CategoryTile<PieTileProps> {
  readonly displayType: DisplayType = 'pie';

  toConfig(place: TilePlace): TileListsData {
    return { pieTiles: [{ ...this.common(place), ...this.categoryConfig() }] };
  }
}

/** A bar chart, one bar per group. */
export class BarTile extends CategoryTile<BarTileProps> {
  readonly displayType: DisplayType = 'bar';

  toConfig(place: TilePlace): TileListsData {
    return { barTiles: [{ ...this.common(place), ...this.categoryConfig() }] };
  }
}
