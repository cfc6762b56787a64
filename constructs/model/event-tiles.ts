// Tiles that show events rather than aggregates: a heatmap of a distribution (trace sources), search results, and
// the patterns of log messages.
import { type DisplayType, QUERY_LANGUAGES, type QueryLanguage } from '../../provider/values';
import { lengthBetween, oneOf } from './checks';
import { type NumberFormat, numberFormatConfig, numberFormatProblems } from './number-format';
import { type SourceRef, Tile, type TileProps } from './tile';
import type { TileListsData, TilePlace } from './tile-lists';

interface EventTileProps extends TileProps {
  /**
   * Condition on the events shown, in `whereLanguage`.
   * @default every event
   */
  readonly where?: string;
  /**
   * Language of `where`: `lucene` or `sql`.
   * @default 'lucene'
   */
  readonly whereLanguage?: QueryLanguage;
}

const whereProblems = ({ where, whereLanguage }: EventTileProps) => [
  ...lengthBetween('where', where, 0, 10000),
  ...oneOf('whereLanguage', whereLanguage, QUERY_LANGUAGES),
];

// --- heatmap ---------------------------------------------------------------------------------------------------

/** A heatmap: the expression whose distribution is plotted, over a trace source. */
export interface HeatmapTileProps extends EventTileProps {
  /** A trace source (see `Source.fromName` with `kind: 'trace'`). */
  readonly source: SourceRef;
  /** Expression whose distribution is plotted, such as `Duration`. */
  readonly valueExpression: string;
  /**
   * Expression counted per cell.
   * @default a count of rows
   */
  readonly countExpression?: string;
  /**
   * Scale of the value axis: `log` or `linear`.
   * @default ClickStack's default scale
   */
  readonly scale?: 'log' | 'linear';
  /**
   * How numbers are displayed.
   * @default plain numbers
   */
  readonly numberFormat?: NumberFormat;
}

/** A heatmap of a distribution over time, such as span durations; ClickStack draws heatmaps of trace sources only. */
export class HeatmapTile extends Tile<HeatmapTileProps> {
  readonly displayType: DisplayType = 'heatmap';

  protected problems(): string[] {
    const { source, valueExpression, countExpression, scale, numberFormat } = this.props;
    return [
      ...(source.kind !== undefined && source.kind !== 'trace' ? [`\`source\` is a ${source.kind} source; heatmap tiles need a trace source.`] : []),
      ...lengthBetween('valueExpression', valueExpression, 1, 10000),
      ...lengthBetween('countExpression', countExpression, 0, 10000),
      ...oneOf('scale', scale, ['log', 'linear']),
      ...whereProblems(this.props),
      ...numberFormatProblems('numberFormat', numberFormat),
    ];
  }

  toConfig(place: TilePlace): TileListsData {
    const { source, valueExpression, countExpression, scale, where, whereLanguage, numberFormat } = this.props;
    return {
      heatmapTiles: [{
        ...this.common(place),
        sourceId: source.sourceId,
        select: [{ valueExpression, countExpression, heatmapScaleType: scale }],
        where,
        whereLanguage,
        numberFormat: numberFormatConfig(numberFormat),
      }],
    };
  }
}

// --- search and event patterns -------------------------------------------------------------------------------------

/** Search results: a source, its columns and a condition. */
export interface SearchTileProps extends EventTileProps {
  /** A log or trace source (see `Source.fromName`). */
  readonly source: SourceRef;
  /**
   * Columns shown, comma-separated SQL expressions, such as `Timestamp, ServiceName, Body`.
   * @default '' (the source's default columns)
   */
  readonly select?: string;
}

/** Event patterns: a log source, the expression clustered and a condition. */
export interface EventPatternsTileProps extends EventTileProps {
  /** A log source (see `Source.fromName`). */
  readonly source: SourceRef;
  /**
   * Expression whose values are clustered into patterns.
   * @default '' (the source's body)
   */
  readonly select?: string;
}

/** What search and event pattern tiles share: events of one source, with a column or expression. */
abstract class EventListTile<P extends SearchTileProps | EventPatternsTileProps> extends Tile<P> {
  protected problems(): string[] {
    return [...lengthBetween('select', this.props.select, 0, 10000), ...whereProblems(this.props)];
  }
}

/** Search results: the rows of a log or trace source that meet `where`. */
export class SearchTile extends EventListTile<SearchTileProps> {
  readonly displayType: DisplayType = 'search';

  toConfig(place: TilePlace): TileListsData {
    const { source, select, where, whereLanguage } = this.props;
    // The provider requires `select` here (empty means the source's default columns).
    return { searchTiles: [{ ...this.common(place), sourceId: source.sourceId, select: select ?? '', where, whereLanguage }] };
  }
}

/** The patterns of a log source's messages, with their counts. */
export class EventPatternsTile extends EventListTile<EventPatternsTileProps> {
  readonly displayType: DisplayType = 'event_patterns';

  toConfig(place: TilePlace): TileListsData {
    const { source, select, where, whereLanguage } = this.props;
    return { eventPatternsTiles: [{ ...this.common(place), sourceId: source.sourceId, select, where, whereLanguage }] };
  }
}
