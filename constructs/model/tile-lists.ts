// A dashboard's tiles in the bindings' shape: one optional list per tile kind, in the provider's order, each element
// the tile's key, title and place beside its kind's settings. Each tile class maps itself onto the list of its kind in
// its `toConfig()`; this is the list of them, with each kind's settings. The settings' shapes live here, not beside
// their tile classes, so that this module imports no tile file: the tile files import it, and none imports back.
import type { NumberFormat } from './number-format';
import type { SelectItemData } from './select';

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

/** The settings of each tile kind (and the options some share), as the bindings take them. */
export interface TableConfigData {
  sourceId: string;
  select: SelectItemData[];
  groupBy?: string;
  having?: string;
  orderBy?: string;
  asRatio?: boolean;
  numberFormat?: NumberFormat;
  groupByColumnsOnLeft?: boolean;
  onClick?: OnClickData;
  formulas?: FormulaData[];
  showOperandSeries?: boolean;
}

export interface NumberConfigData {
  sourceId: string;
  select: SelectItemData[];
  numberFormat?: NumberFormat;
  formulas?: FormulaData[];
  color?: string;
  colorRules?: { operator: string; value?: number; valueMax?: number; valueText?: string; color: string; label?: string }[];
  backgroundChart?: { type: string; color?: string };
}

export interface CategoryConfigData {
  sourceId: string;
  select: SelectItemData[];
  groupBy?: string;
  orderBy?: string;
  numberFormat?: NumberFormat;
  limit?: number;
}

export interface HeatmapConfigData {
  sourceId: string;
  select: { valueExpression: string; countExpression?: string; heatmapScaleType?: string }[];
  where?: string;
  whereLanguage?: string;
  numberFormat?: NumberFormat;
}

export interface EventListConfigData {
  sourceId: string;
  select?: string;
  where?: string;
  whereLanguage?: string;
}

export interface MarkdownConfigData {
  text?: string;
}

export interface SqlConfigData {
  connectionId: string;
  sqlTemplate: string;
  sourceId?: string;
  numberFormat?: NumberFormat;
}

export interface SqlStackedBarConfigData extends SqlConfigData {
  fillNulls?: boolean;
  alignDateRangeToGranularity?: boolean;
  seriesLimit?: number;
}

export interface SqlLineConfigData extends SqlStackedBarConfigData {
  fitYAxisToData?: boolean;
  compareToPreviousPeriod?: boolean;
}

export interface StackedBarConfigData {
  sourceId: string;
  select: SelectItemData[];
  groupBy?: string;
  asRatio?: boolean;
  fillNulls?: boolean;
  alignDateRangeToGranularity?: boolean;
  seriesLimit?: number;
  numberFormat?: NumberFormat;
  formulas?: FormulaData[];
  showOperandSeries?: boolean;
}

export interface LineConfigData extends StackedBarConfigData {
  fitYAxisToData?: boolean;
  compareToPreviousPeriod?: boolean;
}

export interface OnClickData {
  type: string;
  target?: { mode: string; id?: string; template?: string };
  whereTemplate?: string;
  whereLanguage?: string;
  filters?: { kind: string; expression: string; template: string }[];
  urlTemplate?: string;
}

export interface FormulaData {
  expression: string;
  alias?: string;
  numberFormat?: NumberFormat;
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
