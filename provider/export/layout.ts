// A dashboard's layout as the pictures draw it: its tiles on the 24-column grid, grouped as the ClickStack UI groups
// them (tiles outside containers first, then each container, and in a container of two tabs or more each tab apart).
// It reads any Terraform-shaped dashboard value: a state the provider read, a plan's before or after, or a resource's
// configuration in Terraform JSON (`cdk.tf.json`), where an unknown or unset value reads as missing. The alerts that
// watch its tiles come beside it, found by each input in its own way (preview-inputs.ts).
import { TILE_TYPES } from '../resources/dashboard/tile-types';

/** Columns of ClickStack's dashboard grid. */
export const GRID_COLUMNS = 24;

export interface LayoutTile {
  /** Server id, when known. */
  id?: string;
  name: string;
  /** The tile's type, as in its list `<type>_tiles`: `line`, `sql_table`, ... */
  type: string;
  x: number;
  y: number;
  w: number;
  h: number;
  containerId?: string;
  tabId?: string;
  /** What the tile shows (all but its id and place), to tell a changed tile from one that only moved. */
  fingerprint: string;
  /** The alerts that watch the tile. */
  alerts: LayoutAlert[];
}

export interface LayoutAlert {
  name: string;
  /** A plan deletes or replaces it (its tile goes, or the alert itself does). */
  lost?: boolean;
}

/**
 * An alert on a tile of the dashboard drawn, and which tile: by server id; by key (the tile `key`, else its name, as
 * `tile_ids` names it); or as the element `index` of the list of tiles of `type` (a configuration's `line_tiles[1].id`).
 */
export interface TileAlert extends LayoutAlert {
  tile: { id: string } | { key: string } | { type: string; index: number };
}

export interface LayoutContainer {
  id: string;
  title: string;
  collapsed: boolean;
  tabs: { id: string; title: string }[];
}

export interface DashboardLayout {
  name: string;
  tiles: LayoutTile[];
  containers: LayoutContainer[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown, fallback = ''): string => (typeof value === 'string' ? value : fallback);
const number = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);

/** The layout of a Terraform-shaped dashboard value (snake_case attributes), with `alerts` on the tiles they watch. */
export function layoutOf(dashboard: Json, alerts: readonly TileAlert[] = []): DashboardLayout {
  const watching = (tile: Json, type: string, index: number): LayoutAlert[] =>
    alerts
      .filter(({ tile: watched }) =>
        'id' in watched ? watched.id === tile.id : 'key' in watched ? watched.key === text(tile.key, text(tile.name)) : watched.type === type && watched.index === index,
      )
      .map(({ name, lost }) => (lost ? { name, lost } : { name }));
  return {
    name: text(dashboard.name, '(unnamed dashboard)'),
    tiles: TILE_TYPES.flatMap(({ name: type, list: tiles }) =>
      list(dashboard[tiles]).map((tile, index) => ({
        ...(typeof tile.id === 'string' ? { id: tile.id } : {}),
        name: text(tile.name),
        type,
        x: number(tile.x),
        y: number(tile.y),
        w: Math.max(1, number(tile.w)),
        h: Math.max(1, number(tile.h)),
        ...(typeof tile.container_id === 'string' ? { containerId: tile.container_id } : {}),
        ...(typeof tile.tab_id === 'string' ? { tabId: tile.tab_id } : {}),
        fingerprint: JSON.stringify({ type, ...tile, id: undefined, x: undefined, y: undefined, w: undefined, h: undefined, container_id: undefined, tab_id: undefined }),
        alerts: watching(tile, type, index),
      })),
    ),
    containers: list(dashboard.containers).map((container) => ({
      id: text(container.id),
      title: text(container.title),
      collapsed: container.collapsed === true,
      tabs: list(container.tabs).map((tab) => ({ id: text(tab.id), title: text(tab.title) })),
    })),
  };
}

/** One grid of tiles as the UI shows it, with the container and tab it belongs to. */
export interface Section {
  container?: LayoutContainer;
  tab?: { id: string; title: string };
  tiles: LayoutTile[];
}

/**
 * The grids in the UI's order. Tiles whose container is unknown are shown with the ungrouped ones; in a container of
 * two tabs or more, tiles of no known tab get a section of their own, since the UI shows them under no tab.
 */
export function sectionsOf(layout: DashboardLayout): Section[] {
  const containers = new Map(layout.containers.map((container) => [container.id, container]));
  const ungrouped = layout.tiles.filter((tile) => tile.containerId === undefined || !containers.has(tile.containerId));
  const sections: Section[] = [{ tiles: ungrouped }];
  for (const container of layout.containers) {
    const tiles = layout.tiles.filter((tile) => tile.containerId === container.id);
    if (container.tabs.length < 2) {
      sections.push({ container, tiles });
      continue;
    }
    for (const tab of container.tabs) sections.push({ container, tab, tiles: tiles.filter((tile) => tile.tabId === tab.id) });
    const tabless = tiles.filter((tile) => !container.tabs.some((tab) => tab.id === tile.tabId));
    if (tabless.length) sections.push({ container, tab: { id: '', title: '(no tab)' }, tiles: tabless });
  }
  return sections;
}

/** What a plan does to a tile. */
export type TileChange = 'added' | 'removed' | 'moved' | 'changed' | 'unchanged';

const placeOf = (tile: LayoutTile) => [tile.x, tile.y, tile.w, tile.h, tile.containerId, tile.tabId].join('/');

/**
 * The change of each tile between two layouts. Tiles are paired by server id when the layouts carry ids (a plan
 * carries the ids of the tiles it keeps; a tile without one is new), else by name, namesakes in order.
 */
export function compareLayouts(before: DashboardLayout, after: DashboardLayout): Map<LayoutTile, TileChange> {
  const changes = new Map<LayoutTile, TileChange>();
  const byId = before.tiles.some((tile) => tile.id !== undefined);
  const unpaired = [...before.tiles];
  for (const tile of after.tiles) {
    const index = unpaired.findIndex((candidate) => (byId ? tile.id !== undefined && candidate.id === tile.id : candidate.name === tile.name));
    if (index < 0) {
      changes.set(tile, 'added');
      continue;
    }
    const [previous] = unpaired.splice(index, 1);
    const change: TileChange = previous.fingerprint !== tile.fingerprint ? 'changed' : placeOf(previous) !== placeOf(tile) ? 'moved' : 'unchanged';
    changes.set(previous, change);
    changes.set(tile, change);
  }
  for (const tile of unpaired) changes.set(tile, 'removed');
  return changes;
}
