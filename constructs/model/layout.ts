// The dashboard layout: ClickStack places tiles on a grid of 24 columns and rows of 32 pixels. A Grid (the dashboard
// itself, a container, or a tab of one) takes tiles in rows (`addRow`), one after another as ClickStack's UI adds them
// (`addTiles`), or at a position (`addAt`); `Row`, `Column` and `Spacer` compose rows of any shape. Nobody has to
// write x and y by hand.
import { isNumberToken } from './checks';
import { Tile } from './tile';

/** Columns of ClickStack's dashboard grid. */
export const GRID_COLUMNS = 24;
/** Size of a tile placed without a width or height (ClickStack's UI makes new tiles 8 by 10). */
export const DEFAULT_TILE_WIDTH = 8;
/** Height of a tile placed without one. */
export const DEFAULT_TILE_HEIGHT = 10;

/** What a grid takes: a tile, or a `Row`, `Column` or `Spacer`. */
export type LayoutItem = Tile | Row | Column | Spacer;

/** A tile with its place on a grid. */
export interface PlacedTile {
  /** The tile. */
  readonly tile: Tile;
  /**
   * Rank of the placement among those of every grid (dashboards, containers, tabs): a dashboard lists its tiles in
   * the order they were added, whichever grid took them, as ClickStack's UI keeps them.
   */
  readonly order: number;
  /** Column of its left edge. */
  readonly x: number;
  /** Row of its top edge. */
  readonly y: number;
  /** Width in columns. */
  readonly w: number;
  /** Height in rows. */
  readonly h: number;
}

/** A tile's place, before it is numbered. */
type TilePlacement = Omit<PlacedTile, 'order'>;

interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** What placing an item produced: its tiles, and the space it took (spacers take space without tiles). */
interface Placement {
  readonly tiles: TilePlacement[];
  readonly boxes: Box[];
  readonly height: number;
}

/** Items laid out left to right, wrapping to a new line when the next one does not fit. */
export class Row {
  /** The items, left to right. */
  readonly items: LayoutItem[];

  constructor(...items: LayoutItem[]) {
    this.items = items;
  }

  /** The width it asks for: the sum of its items' widths when all have one (at most the grid), else none. */
  get width(): number | undefined {
    const widths = this.items.map(widthOf);
    return widths.every((width) => width !== undefined) && widths.length > 0 ? Math.min(GRID_COLUMNS, sum(widths as number[])) : undefined;
  }
}

/** Items stacked top to bottom; items without a width take the column's. */
export class Column {
  /** The items, top to bottom. */
  readonly items: LayoutItem[];

  constructor(...items: LayoutItem[]) {
    this.items = items;
  }

  /** The widest of its items' widths, or none when no item has one. */
  get width(): number | undefined {
    const widths = this.items.map(widthOf).filter((width): width is number => width !== undefined);
    return widths.length > 0 ? Math.max(...widths) : undefined;
  }
}

/** The size of a spacer. */
export interface SpacerProps {
  /**
   * Width in columns.
   * @default in a row, an equal share of the free columns, like a tile without a width; elsewhere 1
   */
  readonly width?: number;
  /**
   * Height in rows.
   * @default 1
   */
  readonly height?: number;
}

/** Empty space. */
export class Spacer {
  /** Width in columns, when it asks for one. */
  readonly width: number | undefined;
  /** Height in rows. */
  readonly height: number;

  constructor(props: SpacerProps = {}) {
    this.width = props.width;
    this.height = props.height ?? 1;
  }
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const widthOf = (item: LayoutItem): number | undefined => item.width;

/**
 * Widths of the items of a row `available` columns wide: items with a width keep it; the others share the columns
 * left equally (the leftmost take the remainder), or take the default width when fewer columns are left than items.
 */
function rowWidths(items: readonly LayoutItem[], available: number): number[] {
  const given = items.map(widthOf);
  const flexible = given.filter((width) => width === undefined).length;
  const free = available - sum(given.filter((width): width is number => width !== undefined));
  if (flexible === 0) return given as number[];
  if (free < flexible) return given.map((width) => width ?? Math.min(DEFAULT_TILE_WIDTH, available));
  const share = Math.floor(free / flexible);
  let remainder = free - share * flexible;
  return given.map((width) => {
    if (width !== undefined) return width;
    const extra = remainder > 0 ? 1 : 0;
    remainder -= extra;
    return share + extra;
  });
}

/** Places `item` with its top left corner at (x, y), `width` columns wide when it has no width of its own. */
function place(item: LayoutItem, x: number, y: number, width: number): Placement {
  if (item instanceof Tile) {
    const box = { x, y, w: item.width ?? width, h: item.height ?? DEFAULT_TILE_HEIGHT };
    return { tiles: [{ tile: item, ...box }], boxes: [box], height: box.h };
  }
  if (item instanceof Spacer) {
    const box = { x, y, w: item.width ?? width, h: item.height };
    return { tiles: [], boxes: [box], height: box.h };
  }
  if (item instanceof Column) {
    const columnWidth = item.width ?? width;
    const placements: Placement[] = [];
    let top = y;
    for (const child of item.items) {
      const placement = place(child, x, top, columnWidth);
      placements.push(placement);
      top += placement.height;
    }
    return merge(placements, top - y);
  }
  // A row: left to right from x, wrapping within `width` columns (a new line starts below the tallest item).
  const widths = rowWidths(item.items, width);
  const placements: Placement[] = [];
  let [left, top, lineHeight] = [x, y, 0];
  item.items.forEach((child, i) => {
    if (left > x && left + widths[i] > x + width) [left, top, lineHeight] = [x, top + lineHeight, 0];
    const placement = place(child, left, top, widths[i]);
    placements.push(placement);
    left += widths[i];
    lineHeight = Math.max(lineHeight, placement.height);
  });
  return merge(placements, top + lineHeight - y);
}

const merge = (placements: Placement[], height: number): Placement => ({
  tiles: placements.flatMap((placement) => placement.tiles),
  boxes: placements.flatMap((placement) => placement.boxes),
  height,
});

/**
 * Where ClickStack's UI puts a new tile `width` columns wide: on the first row (by the top edges of the tiles there,
 * top to bottom) whose right end leaves room for it, else at the left below everything.
 */
function nextFreePosition(boxes: readonly Box[], width: number): { x: number; y: number } {
  const tops = [...new Set(boxes.map((box) => box.y))].sort((a, b) => a - b);
  for (const top of tops) {
    const rightEdge = Math.max(...boxes.filter((box) => box.y <= top && box.y + box.h > top).map((box) => box.x + box.w));
    if (rightEdge + width <= GRID_COLUMNS) return { x: rightEdge, y: top };
  }
  return { x: 0, y: bottomOf(boxes) };
}

const bottomOf = (boxes: readonly Box[]) => Math.max(0, ...boxes.map((box) => box.y + box.h));

/** A place on the grid: the top left corner of an item. */
export interface Position {
  /** Column of the left edge, 0 to 23. */
  readonly x: number;
  /** Row of the top edge, from 0. */
  readonly y: number;
}

/** Numbers the placements of a dashboard's grids (itself, its containers, their tabs): see `PlacedTile.order`. */
export class PlacementSequence {
  private placements = 0;

  /** The number of the next placement. */
  next(): number {
    return this.placements++;
  }
}

/**
 * The placement sequences (one per dashboard) each tile was placed in: which dashboards hold a tile, answered without
 * looking at every tile of every dashboard.
 */
const sequencesHolding = new WeakMap<Tile, Set<PlacementSequence>>();

/** The placement sequences `tile` was placed in, in the order of its first placement in each. */
export function placementSequencesOf(tile: Tile): ReadonlySet<PlacementSequence> {
  return sequencesHolding.get(tile) ?? new Set();
}

/** A 24-column grid of tiles: the dashboard itself, a container, or a tab of a container. */
export class Grid {
  private readonly placed: PlacedTile[] = [];
  private readonly boxes: Box[] = [];

  /** @param sequence numbers this grid's placements among those of the other grids of its dashboard */
  constructor(protected readonly sequence: PlacementSequence = new PlacementSequence()) {}

  /** The tiles placed so far, with their positions. */
  get tiles(): readonly PlacedTile[] {
    return this.placed;
  }

  /**
   * Adds a row below everything placed so far: the items left to right, those without a width sharing the columns
   * the others leave, wrapping when they do not fit.
   */
  addRow(...items: LayoutItem[]): this {
    return this.record(place(new Row(...items), 0, bottomOf(this.boxes), GRID_COLUMNS));
  }

  /** Adds tiles one after another where ClickStack's UI would put them: to the right on the first row with room, else below. */
  addTiles(...tiles: Tile[]): this {
    for (const tile of tiles) {
      const width = tile.width ?? DEFAULT_TILE_WIDTH;
      const { x, y } = nextFreePosition(this.boxes, width);
      this.record(place(tile, x, y, width));
    }
    return this;
  }

  /** Adds an item with its top left corner at `position`; without a width of its own it spans to the right edge. */
  addAt(position: Position, item: LayoutItem): this {
    return this.record(place(item, position.x, position.y, GRID_COLUMNS - position.x));
  }

  /** Tiles at places or of sizes ClickStack refuses; each named by its id. */
  validate(): string[] {
    const problems: string[] = [];
    for (const { tile, x, y, w, h } of this.placed) {
      const whole = (value: number) => Number.isInteger(value) || isNumberToken(value);
      if (!whole(x) || !whole(y) || !whole(w) || !whole(h)) problems.push(`${describe(tile)} has a position or size that is not a whole number (x ${x}, y ${y}, width ${w}, height ${h}).`);
      if (x < 0 || y < 0) problems.push(`${describe(tile)} is at x ${x}, y ${y}; positions start at 0.`);
      else if (x > GRID_COLUMNS - 1) problems.push(`${describe(tile)} is at x ${x}; a tile's left edge is at column 0 to ${GRID_COLUMNS - 1}.`);
      if (w < 1 || w > GRID_COLUMNS) problems.push(`${describe(tile)} is ${w} columns wide; a tile is 1 to ${GRID_COLUMNS} columns wide.`);
      if (h < 1) problems.push(`${describe(tile)} is ${h} rows high; a tile is at least 1 row high.`);
    }
    return problems;
  }

  /**
   * Layouts ClickStack takes but that are probably mistakes: a tile past the right edge (the UI cuts it off) or over
   * another one (the UI draws one over the other).
   */
  warnings(): string[] {
    const problems: string[] = [];
    this.placed.forEach((placed, i) => {
      const { tile, x, y, w } = placed;
      if (x >= 0 && x < GRID_COLUMNS && w >= 1 && w <= GRID_COLUMNS && x + w > GRID_COLUMNS)
        problems.push(`${describe(tile)} ends at column ${x + w} (x ${x} + width ${w}); the grid has ${GRID_COLUMNS} columns, and the UI cuts it off.`);
      const overlapped = this.placed.slice(0, i).find((other) => overlaps(other, placed));
      if (overlapped) problems.push(`${describe(tile)} overlaps tile "${overlapped.tile.id}" (at x ${x}, y ${y}).`);
    });
    return problems;
  }

  private record(placement: Placement): this {
    this.placed.push(...placement.tiles.map((tile) => ({ ...tile, order: this.sequence.next() })));
    for (const { tile } of placement.tiles) {
      if (!sequencesHolding.has(tile)) sequencesHolding.set(tile, new Set());
      sequencesHolding.get(tile)!.add(this.sequence);
    }
    this.boxes.push(...placement.boxes);
    return this;
  }
}

const describe = (tile: Tile) => `Tile "${tile.id}"`;
const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
