// Markdown text on a dashboard: notes, links, headings between rows of charts.
import type { DisplayType } from '../../provider/values';
import { lengthBetween } from './checks';
import { Tile, type TileProps } from './tile';
import type { TileListsData, TilePlace } from './tile-lists';

/** Markdown text. */
export interface MarkdownTileProps extends TileProps {
  /**
   * The Markdown shown (up to 50,000 characters).
   * @default '' (an empty tile)
   */
  readonly text?: string;
}

/** Markdown text. */
export class MarkdownTile extends Tile<MarkdownTileProps> {
  readonly displayType: DisplayType = 'markdown';

  protected problems(): string[] {
    return lengthBetween('text', this.props.text, 0, 50000);
  }

  toConfig(place: TilePlace): TileListsData {
    return { markdownTiles: [{ ...this.common(place), text: this.props.text }] };
  }
}
