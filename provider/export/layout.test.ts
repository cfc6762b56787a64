// Layouts read from Terraform-shaped dashboards, grouped as the UI groups them, and compared across a plan.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareLayouts, layoutOf, sectionsOf } from './layout';

const fixture = (name: string) => JSON.parse(readFileSync(join(__dirname, '..', '..', 'test', 'fixtures', 'export', name), 'utf8'));
const dashboard = fixture('dashboard.json').values.root_module.resources[0].values;
const plan = fixture('plan.json').resource_changes[0].change;

describe('layoutOf', () => {
  it('puts each alert on the tile it names: by server id, by key (the tile `key`, else its name), or as an element of a type\'s list', () => {
    const value = {
      name: 'D',
      line_tiles: [{ id: 't1', key: 'first', name: 'A', x: 0, y: 0, w: 1, h: 1 }, { id: 't2', name: 'B', x: 1, y: 0, w: 1, h: 1 }],
      number_tiles: [{ name: 'A', x: 2, y: 0, w: 1, h: 1 }],
    };
    const layout = layoutOf(value, [
      { name: 'by id', tile: { id: 't2' } },
      { name: 'by key', tile: { key: 'first' } },
      { name: 'by name', tile: { key: 'A' } },
      { name: 'by element', tile: { type: 'number', index: 0 }, lost: true },
      { name: 'nowhere', tile: { type: 'number', index: 1 } },
    ]);
    expect(layout.tiles.map((tile) => [tile.name, tile.alerts])).toEqual([
      ['A', [{ name: 'by key' }]],
      ['B', [{ name: 'by id' }]],
      ['A', [{ name: 'by name' }, { name: 'by element', lost: true }]],
    ]);
  });

  it('reads the tiles of every type list with their place and type, in the order of the lists, and containers with tabs', () => {
    const layout = layoutOf(dashboard);
    expect(layout.name).toBe('Checkout <prod> & "staging"');
    expect(layout.tiles.map((tile) => [tile.name, tile.type, tile.x, tile.y, tile.w, tile.h, tile.containerId, tile.tabId])).toEqual([
      ['Orders per minute', 'line', 0, 0, 16, 4, undefined, undefined],
      ['A tile whose title is far too long to fit in its narrow box', 'number', 16, 0, 4, 4, undefined, undefined],
      ['Refunds', 'pie', 12, 0, 12, 3, 'c1', 'tab-b'],
      ['Orphan', 'heatmap', 0, 4, 6, 2, 'gone', undefined],
      ['Unfiled', 'search', 0, 0, 8, 2, 'c1', undefined],
      ['Archive', 'event_patterns', 0, 0, 24, 2, 'c2', undefined],
      ['', 'markdown', 20, 0, 4, 1, undefined, undefined],
      ['Payments', 'sql_table', 0, 0, 12, 3, 'c1', 'tab-a'],
    ]);
    expect(layout.containers).toEqual([
      { id: 'c1', title: 'Payments', collapsed: false, tabs: [{ id: 'tab-a', title: 'Card' }, { id: 'tab-b', title: 'Refunds' }] },
      { id: 'c2', title: 'Archive', collapsed: true, tabs: [] },
    ]);
  });

  it('reads what is unknown or unset (a plan, a configuration) as missing', () => {
    const layout = layoutOf({ table_tiles: [{ name: 'New', x: '${var.x}', w: 0 }], line_tiles: '${var.tiles}' });
    expect(layout.name).toBe('(unnamed dashboard)');
    expect(layout.tiles).toEqual([expect.objectContaining({ name: 'New', type: 'table', x: 0, y: 0, w: 1, h: 1 })]);
    expect(layout.tiles[0].id).toBeUndefined();
  });
});

describe('sectionsOf', () => {
  it('puts ungrouped tiles (and those of a container that is gone) first, then each container, each tab of a tabbed one', () => {
    const sections = sectionsOf(layoutOf(dashboard));
    expect(sections.map((section) => [section.container?.title, section.tab?.title, section.tiles.map((tile) => tile.name)])).toEqual([
      [undefined, undefined, ['Orders per minute', 'A tile whose title is far too long to fit in its narrow box', 'Orphan', '']],
      ['Payments', 'Card', ['Payments']],
      ['Payments', 'Refunds', ['Refunds']],
      ['Payments', '(no tab)', ['Unfiled']],
      ['Archive', undefined, ['Archive']],
    ]);
  });
});

describe('compareLayouts', () => {
  it('pairs tiles by server id: moved, changed, added (no id yet), removed, unchanged', () => {
    const [before, after] = [layoutOf(plan.before), layoutOf(plan.after)];
    const changes = compareLayouts(before, after);
    expect(after.tiles.map((tile) => [tile.name, changes.get(tile)])).toEqual([
      ['Errors', 'moved'],
      ['Latency', 'changed'],
      ['Requests', 'unchanged'],
      ['Runbook', 'added'],
    ]);
    expect(before.tiles.map((tile) => changes.get(tile))).toEqual(['moved', 'changed', 'unchanged', 'removed']);
  });

  it('pairs tiles by name, namesakes in order, when the layouts carry no ids (configurations)', () => {
    const tile = (name: string, x: number) => ({ name, x, y: 0, w: 4, h: 2 });
    const before = layoutOf({ markdown_tiles: [tile('A', 0), tile('A', 4), tile('B', 8)], search_tiles: [tile('D', 16)] });
    const after = layoutOf({ markdown_tiles: [tile('A', 0), tile('A', 12), tile('C', 8)], event_patterns_tiles: [tile('D', 16)] });
    const changes = compareLayouts(before, after);
    // D moved to the list of another type: the same place, a different tile.
    expect(after.tiles.map((t) => changes.get(t))).toEqual(['changed', 'unchanged', 'moved', 'added']);
    expect(changes.get(before.tiles[3])).toBe('removed');
  });
});
