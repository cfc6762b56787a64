// A dashboard's tiles in the bindings' shape: one optional list per tile kind, in the provider's order, each element
// the tile's key, title and place beside its kind's settings. Each tile class maps itself onto the list of its kind in
// its `toConfig()`; this is the list of them.
import type { CategoryConfigData, NumberConfigData, TableConfigData } from './aggregate-tiles';
import type { EventListConfigData, HeatmapConfigData } from './event-tiles';
import type { MarkdownConfigData } from './markdown-tile';
import type { SqlConfigData, SqlLineConfigData, SqlStackedBarConfigData } from './sql-tiles';
import type { OnClickData } from './tile-options';
import type { LineConfigData, StackedBarConfigData } from './time-series-tiles';

/** Where a tile sits: its cell on a grid, and its container and tab, if any. */
export interface TilePlace {
  x: number;
  y: number;
  w: number;
  h: number;
  containerId?: string;
  tabId?: string;
}

/** What the element of every tile kind has: the tile's key and title, and its place. */
export interface CommonTileData extends TilePlace {
  key: string;
  name: string;
}

/** A list of tiles of one kind: each element the common attributes beside the kind's settings. */
type TileList<Settings> = (CommonTileData & Settings)[];

export interface TileListsData {
  lineTiles?: TileList<LineConfigData>;
  stackedBarTiles?: TileList<StackedBarConfigData>;
  tableTiles?: TileList<TableConfigData>;
  numberTiles?: TileList<NumberConfigData>;
  pieTiles?: TileList<CategoryConfigData>;
  barTiles?: TileList<CategoryConfigData>;
  heatmapTiles?: TileList<HeatmapConfigData>;
  searchTiles?: TileList<EventListConfigData & { select: string }>;
  eventPatternsTiles?: TileList<EventListConfigData>;
  markdownTiles?: TileList<MarkdownConfigData>;
  sqlLineTiles?: TileList<SqlLineConfigData>;
  sqlStackedBarTiles?: TileList<SqlStackedBarConfigData>;
  sqlTableTiles?: TileList<SqlConfigData & { onClick?: OnClickData }>;
  sqlNumberTiles?: TileList<SqlConfigData & { color?: string }>;
  sqlPieTiles?: TileList<SqlConfigData>;
  sqlBarTiles?: TileList<SqlConfigData>;
}

/** The tile lists of several tiles (each one's `toConfig()`), each list in the order the tiles are given. */
export function joinTileLists(parts: readonly TileListsData[]): TileListsData {
  const lists: Record<string, object[]> = {};
  for (const part of parts) for (const [list, tiles] of Object.entries(part)) (lists[list] ??= []).push(...(tiles as object[]));
  return lists;
}
