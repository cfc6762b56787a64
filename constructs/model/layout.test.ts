import { Column, Grid, Row, Spacer } from './layout';
import { MarkdownTile } from './markdown-tile';
import type { TileProps } from './tile';

/** A tile that only has a size; the layout cares for nothing else. */
const tile = (id: string, size: TileProps = {}) => new MarkdownTile(id, size);
const positions = (grid: Grid) => grid.tiles.map(({ tile: placed, x, y, w, h }) => ({ id: placed.id, x, y, w, h }));

describe('Grid.addRow', () => {
  it('shares the 24 columns among tiles without a width, the leftmost taking the remainder; rows stack below each other', () => {
    const grid = new Grid().addRow(tile('a'), tile('b')).addRow(tile('c'), tile('d'), tile('e'), tile('f'), tile('g'));
    expect(positions(grid)).toEqual([
      { id: 'a', x: 0, y: 0, w: 12, h: 10 },
      { id: 'b', x: 12, y: 0, w: 12, h: 10 },
      { id: 'c', x: 0, y: 10, w: 5, h: 10 },
      { id: 'd', x: 5, y: 10, w: 5, h: 10 },
      { id: 'e', x: 10, y: 10, w: 5, h: 10 },
      { id: 'f', x: 15, y: 10, w: 5, h: 10 },
      { id: 'g', x: 20, y: 10, w: 4, h: 10 },
    ]);
  });

  it('gives tiles without a width what the tiles with one leave; the next row starts below the tallest tile', () => {
    const grid = new Grid().addRow(tile('wide', { width: 16, height: 4 }), tile('rest', { height: 6 })).addRow(tile('next'));
    expect(positions(grid)).toEqual([
      { id: 'wide', x: 0, y: 0, w: 16, h: 4 },
      { id: 'rest', x: 16, y: 0, w: 8, h: 6 },
      { id: 'next', x: 0, y: 6, w: 24, h: 10 },
    ]);
  });

  it('wraps to a new line when the next tile does not fit', () => {
    const grid = new Grid().addRow(tile('a', { width: 10, height: 3 }), tile('b', { width: 10, height: 5 }), tile('c', { width: 10, height: 2 }), tile('d'));
    expect(positions(grid)).toEqual([
      { id: 'a', x: 0, y: 0, w: 10, h: 3 },
      { id: 'b', x: 10, y: 0, w: 10, h: 5 },
      { id: 'c', x: 0, y: 5, w: 10, h: 2 },
      { id: 'd', x: 10, y: 5, w: 8, h: 10 },
    ]);
  });

  it('leaves room for spacers, which take a share like tiles or their own width', () => {
    const grid = new Grid().addRow(new Spacer(), tile('centre'), new Spacer()).addRow(new Spacer({ width: 6, height: 3 }), tile('right', { width: 6 }));
    expect(positions(grid)).toEqual([
      { id: 'centre', x: 8, y: 0, w: 8, h: 10 },
      { id: 'right', x: 6, y: 10, w: 6, h: 10 },
    ]);
  });

  it('stacks the items of a column, which takes a share of the row or the width of its widest item', () => {
    const grid = new Grid()
      .addRow(tile('big', { height: 8 }), new Column(tile('top', { height: 4 }), tile('bottom', { height: 4 })))
      .addRow(new Column(tile('narrow', { width: 6, height: 2 }), tile('fill', { height: 2 })), tile('side'));
    expect(positions(grid)).toEqual([
      { id: 'big', x: 0, y: 0, w: 12, h: 8 },
      { id: 'top', x: 12, y: 0, w: 12, h: 4 },
      { id: 'bottom', x: 12, y: 4, w: 12, h: 4 },
      { id: 'narrow', x: 0, y: 8, w: 6, h: 2 },
      { id: 'fill', x: 0, y: 10, w: 6, h: 2 },
      { id: 'side', x: 6, y: 8, w: 18, h: 10 },
    ]);
  });

  it('nests rows in columns: a row inside takes the column\'s width', () => {
    const grid = new Grid().addRow(new Column(new Row(tile('a'), tile('b')), tile('c', { height: 2 })), tile('d', { width: 8 }));
    expect(positions(grid)).toEqual([
      { id: 'a', x: 0, y: 0, w: 8, h: 10 },
      { id: 'b', x: 8, y: 0, w: 8, h: 10 },
      { id: 'c', x: 0, y: 10, w: 16, h: 2 },
      { id: 'd', x: 16, y: 0, w: 8, h: 10 },
    ]);
    expect(new Row(tile('x', { width: 20 }), tile('y', { width: 20 })).width).toBe(24);
    expect(new Row(tile('x', { width: 2 }), tile('y')).width).toBeUndefined();
  });
});

describe('Grid.addTiles', () => {
  it('places each tile where ClickStack\'s UI would: right of the first row with room, else at the left below everything', () => {
    const grid = new Grid().addTiles(tile('a'), tile('b'), tile('c'), tile('d', { width: 12, height: 4 }), tile('e', { width: 12 }));
    expect(positions(grid)).toEqual([
      { id: 'a', x: 0, y: 0, w: 8, h: 10 },
      { id: 'b', x: 8, y: 0, w: 8, h: 10 },
      { id: 'c', x: 16, y: 0, w: 8, h: 10 },
      { id: 'd', x: 0, y: 10, w: 12, h: 4 },
      { id: 'e', x: 12, y: 10, w: 12, h: 10 },
    ]);
  });

  it('fills the room a row left after rows added before', () => {
    const grid = new Grid().addRow(tile('wide', { width: 16 })).addTiles(tile('fits'), tile('below'));
    expect(positions(grid)).toEqual([
      { id: 'wide', x: 0, y: 0, w: 16, h: 10 },
      { id: 'fits', x: 16, y: 0, w: 8, h: 10 },
      { id: 'below', x: 0, y: 10, w: 8, h: 10 },
    ]);
  });
});

describe('Grid.addAt', () => {
  it('puts an item at a position; without a width it spans to the right edge', () => {
    const grid = new Grid().addAt({ x: 4, y: 2 }, tile('a', { height: 3 })).addAt({ x: 0, y: 5 }, new Row(tile('b'), tile('c')));
    expect(positions(grid)).toEqual([
      { id: 'a', x: 4, y: 2, w: 20, h: 3 },
      { id: 'b', x: 0, y: 5, w: 12, h: 10 },
      { id: 'c', x: 12, y: 5, w: 12, h: 10 },
    ]);
    expect(grid.validate()).toEqual([]);
  });
});

describe('Grid.validate', () => {
  it('refuses what ClickStack refuses: widths outside 1 to 24, heights below 1, negative or fractional positions, a left edge past column 23', () => {
    const grid = new Grid()
      .addRow(tile('wide', { width: 30 }))
      .addRow(tile('flat', { height: 0 }))
      .addAt({ x: -1, y: 0.5 }, tile('off', { width: 2 }))
      .addAt({ x: 24, y: 40 }, tile('outside', { width: 1 }));
    expect(grid.validate()).toEqual([
      'Tile "wide" is 30 columns wide; a tile is 1 to 24 columns wide.',
      'Tile "flat" is 0 rows high; a tile is at least 1 row high.',
      'Tile "off" has a position or size that is not a whole number (x -1, y 0.5, width 2, height 10).',
      'Tile "off" is at x -1, y 0.5; positions start at 0.',
      "Tile \"outside\" is at x 24; a tile's left edge is at column 0 to 23.",
    ]);
  });

  it('takes what ClickStack takes: a tile past the 24th column, tiles that overlap', () => {
    const grid = new Grid().addRow(tile('a'), tile('b')).addAt({ x: 10, y: 5 }, tile('c', { width: 4 })).addAt({ x: 20, y: 30 }, tile('late', { width: 8 }));
    expect(grid.validate()).toEqual([]);
  });
});

describe('Grid.warnings', () => {
  it('warns of a tile past the 24th column (x + w > 24), naming the tile', () => {
    expect(new Grid().addAt({ x: 20, y: 0 }, tile('late', { width: 8 })).warnings()).toEqual([
      'Tile "late" ends at column 28 (x 20 + width 8); the grid has 24 columns, and the UI cuts it off.',
    ]);
  });

  it('warns of tiles that overlap', () => {
    const grid = new Grid().addRow(tile('a'), tile('b')).addAt({ x: 10, y: 5 }, tile('c', { width: 4 }));
    expect(grid.warnings()).toEqual(['Tile "c" overlaps tile "a" (at x 10, y 5).']);
  });

  it('has nothing to say of a layout without gaps or overlaps', () => {
    expect(new Grid().addRow(tile('a'), tile('b')).addRow(tile('c')).warnings()).toEqual([]);
  });
});
