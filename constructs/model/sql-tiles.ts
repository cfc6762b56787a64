// Raw SQL tiles: a ClickHouse query of your own, drawn as a line, stacked bar, table, number, pie or bar chart. The
// query runs on a ClickHouse connection, by default the connection of the source given; the source's dashboard
// filters apply to it through the `{{...}}` macros of the query.
import { type DisplayType, PALETTE_TOKENS, type PaletteToken } from '../../provider/values';
import { isToken, lengthBetween, oneOf, wholeNumber } from './checks';
import type { Flavor } from './environment-settings';
import { type NumberFormat, numberFormatConfig, numberFormatProblems } from './number-format';
import { type SourceRef, Tile, type TileProps, ossOnlyProblems } from './tile';
import type { SqlConfigData, SqlStackedBarConfigData, TileListsData, TilePlace } from './tile-lists';
import type { OnClick } from './tile-options';

/** What every raw SQL tile takes: the query, where it runs, and its number format. */
export interface SqlTileProps extends TileProps {
  /** The SQL query, with `{{...}}` macros for the time range and filters. */
  readonly sql: string;
  /**
   * A source whose dashboard filters apply to the query; its connection runs the query unless `connectionId` is set.
   * @default none: set `connectionId`
   */
  readonly source?: SourceRef;
  /**
   * Id of the ClickHouse connection the query runs on.
   * @default the connection of `source`
   */
  readonly connectionId?: string;
  /**
   * How numbers are displayed.
   * @default plain numbers
   */
  readonly numberFormat?: NumberFormat;
}

/** What raw SQL line and stacked bar tiles take. */
export interface SqlTimeSeriesTileProps extends SqlTileProps {
  /**
   * Plot missing buckets as zero.
   * @default ClickStack's default
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
}

/** A line chart from a raw SQL query. */
export interface SqlLineTileProps extends SqlTimeSeriesTileProps {
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

/** A stacked bar chart from a raw SQL query. */
export type SqlStackedBarTileProps = SqlTimeSeriesTileProps;

/** A table from a raw SQL query. */
export interface SqlTableTileProps extends SqlTileProps {
  /**
   * What clicking a row opens.
   * @default nothing
   */
  readonly onClick?: OnClick;
}

/** A single number from a raw SQL query. */
export interface SqlNumberTileProps extends SqlTileProps {
  /**
   * Palette token of the value's colour.
   * @default ClickStack's default colour
   */
  readonly color?: PaletteToken;
}

/** A pie chart from a raw SQL query. */
export type SqlPieTileProps = SqlTileProps;
/** A bar chart from a raw SQL query. */
export type SqlBarTileProps = SqlTileProps;

/** What every raw SQL tile shares: the query, where it runs, and its number format. */
abstract class SqlTile<P extends SqlTileProps> extends Tile<P> {
  override readonly rawSql = true;

  protected problems(flavor: Flavor | undefined): string[] {
    const { sql, source, connectionId, numberFormat } = this.props;
    return [
      ...lengthBetween('sql', sql, 1, 100000),
      ...(connectionId === undefined && source?.connectionId === undefined
        ? ['A raw SQL tile needs a connection: set `connectionId`, or a `source` looked up with `Source.fromName` (its connection runs the query).']
        : []),
      ...numberFormatProblems('numberFormat', numberFormat),
      ...this.variantProblems(flavor),
    ];
  }

  /** Rules of the settings only some raw SQL tiles have. */
  protected variantProblems(_flavor: Flavor | undefined): string[] {
    return [];
  }

  protected queryConfig(): SqlConfigData {
    const { sql, source, connectionId, numberFormat } = this.props;
    return { connectionId: connectionId ?? source?.connectionId ?? '', sqlTemplate: sql, sourceId: source?.sourceId, numberFormat: numberFormatConfig(numberFormat) };
  }
}

/**
 * What shows that a query buckets by the alert's interval: the interval parameters and the macros that render them.
 * A query over `$__sourceTable` is not judged: ClickStack cannot expand it without the source either.
 */
const INTERVAL_IN_QUERY = /intervalSeconds|intervalMilliseconds|\$__(?:timeInterval|timeInterval_ms|interval_s)\b|\$__sourceTable\b/;

/** What raw SQL line and stacked bar tiles share. */
abstract class SqlTimeSeriesTile<P extends SqlTimeSeriesTileProps> extends SqlTile<P> {
  /** ClickStack alerts on a raw SQL chart over time only when its query buckets by the alert's interval. */
  override alertProblems(): string[] {
    const { sql } = this.props;
    if (isToken(sql) || INTERVAL_IN_QUERY.test(sql)) return [];
    return [
      `\`tile\` "${this.id}" runs a query without the alert's interval; ClickStack alerts on a raw SQL ${this.displayType} tile only when its ` +
        'query buckets by it: use `$__timeInterval(column)`, `$__interval_s` or `{intervalSeconds:Int64}`.',
    ];
  }

  protected override variantProblems(flavor: Flavor | undefined): string[] {
    const { seriesLimit } = this.props;
    return [...wholeNumber('seriesLimit', seriesLimit, 0), ...ossOnlyProblems(flavor, { seriesLimit })];
  }

  protected timeSeriesConfig(): SqlStackedBarConfigData {
    const { fillNulls, alignDateRangeToGranularity, seriesLimit } = this.props;
    return { ...this.queryConfig(), fillNulls, alignDateRangeToGranularity, seriesLimit };
  }
}

/** A line chart over time from a raw SQL query. */
export class SqlLineTile extends SqlTimeSeriesTile<SqlLineTileProps> {
  readonly displayType = 'line' as const;

  toConfig(place: TilePlace): TileListsData {
    const { fitYAxisToData, compareToPreviousPeriod } = this.props;
    return { sqlLineTiles: [{ ...this.common(place), ...this.timeSeriesConfig(), fitYAxisToData, compareToPreviousPeriod }] };
  }
}

/** A stacked bar chart over time from a raw SQL query. */
export class SqlStackedBarTile extends SqlTimeSeriesTile<SqlStackedBarTileProps> {
  readonly displayType = 'stacked_bar' as const;

  toConfig(place: TilePlace): TileListsData {
    return { sqlStackedBarTiles: [{ ...this.common(place), ...this.timeSeriesConfig() }] };
  }
}

/** A table from a raw SQL query. */
export class SqlTableTile extends SqlTile<SqlTableTileProps> {
  readonly displayType: DisplayType = 'table';

  override sources(): SourceRef[] {
    const onClickSource = this.props.onClick?.source;
    return [...super.sources(), ...(onClickSource ? [onClickSource] : [])];
  }

  protected override variantProblems(): string[] {
    return this.props.onClick?.validate('onClick') ?? [];
  }

  toConfig(place: TilePlace): TileListsData {
    return { sqlTableTiles: [{ ...this.common(place), ...this.queryConfig(), onClick: this.props.onClick?.toConfig() }] };
  }
}

/** A single number from a raw SQL query. */
export class SqlNumberTile extends SqlTile<SqlNumberTileProps> {
  readonly displayType = 'number' as const;

  protected override variantProblems(): string[] {
    return oneOf('color', this.props.color, PALETTE_TOKENS);
  }

  toConfig(place: TilePlace): TileListsData {
    return { sqlNumberTiles: [{ ...this.common(place), ...this.queryConfig(), color: this.props.color }] };
  }
}

/** A pie chart from a raw SQL query. */
export class SqlPieTile extends SqlTile<SqlPieTileProps> {
  readonly displayType: DisplayType = 'pie';

  toConfig(place: TilePlace): TileListsData {
    return { sqlPieTiles: [{ ...this.common(place), ...this.queryConfig() }] };
  }
}

/** A bar chart from a raw SQL query. */
export class SqlBarTile extends SqlTile<SqlBarTileProps> {
  readonly displayType: DisplayType = 'bar';

  toConfig(place: TilePlace): TileListsData {
    return { sqlBarTiles: [{ ...this.common(place), ...this.queryConfig() }] };
  }
}
