// SVG pictures of dashboard layouts: each grid of the dashboard (tiles outside containers, then each container and
// tab) drawn on 24 columns, every tile at its x/y/w/h with its name and display type. A plan's picture puts the layout
// before and after side by side, with the tiles the plan adds, removes, moves or changes outlined and a legend. A tile
// that alerts watch wears a badge with their count (their names in its tooltip), red where the plan deletes or
// replaces them.
// The output depends on nothing but its input, so that pictures can be compared and kept in version control.
import { compareLayouts, type DashboardLayout, GRID_COLUMNS as COLUMNS, type LayoutAlert, type LayoutTile, type Section, sectionsOf, type TileChange } from './layout';

const COLUMN_WIDTH = 40;
const ROW_HEIGHT = 30;
const GAP = 4;
const PADDING = 16;
const GRID_WIDTH = COLUMNS * COLUMN_WIDTH;
const PANEL_WIDTH = GRID_WIDTH + 2 * PADDING;
const TITLE_HEIGHT = 44;
/** Above the two panels of a plan's picture: what the plan does to the dashboard. */
const HEADING_HEIGHT = 32;
const CONTAINER_HEADER = 26;
const TAB_HEADER = 22;
const SECTION_GAP = 12;
/** Approximate advance of one character of the 12px sans-serif font, to shorten names that do not fit. */
const CHAR_WIDTH = 6.8;

/** Fill by kind of tile: time series, tables, numbers, categories, distributions, rows, text. */
const FILLS: [RegExp, string][] = [
  [/^(sql_)?(line|stacked_bar)$/, '#dbeafe'],
  [/^(sql_)?table$/, '#dcfce7'],
  [/^(sql_)?number$/, '#ede9fe'],
  [/^(sql_)?(pie|bar)$/, '#fef9c3'],
  [/^heatmap$/, '#fee2e2'],
  [/^(search|event_patterns)$/, '#ffedd5'],
  [/^markdown$/, '#f3f4f6'],
];

const OUTLINES: Record<TileChange, { color: string; width: number; dash?: string; label: string }> = {
  unchanged: { color: '#9ca3af', width: 1, label: 'unchanged' },
  added: { color: '#16a34a', width: 3, label: 'added' },
  removed: { color: '#dc2626', width: 3, dash: '6 4', label: 'removed' },
  moved: { color: '#d97706', width: 3, label: 'moved or resized' },
  changed: { color: '#2563eb', width: 3, label: 'changed' },
};

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** The text shortened with an ellipsis to fit `width` pixels. */
function fitted(text: string, width: number): string {
  const room = Math.floor((width - 12) / CHAR_WIDTH);
  if (room <= 1) return '';
  return text.length <= room ? text : `${text.slice(0, room - 1)}…`;
}

const label = (x: number, y: number, text: string, attributes = '') => `<text x="${x}" y="${y}"${attributes}>${escapeXml(text)}</text>`;

interface Drawn {
  height: number;
  elements: string[];
}

/** Whether a plan deletes or replaces `alert` of a tile: the alert goes, or its tile does (ClickStack deletes it with the tile). */
const isLost = (alert: LayoutAlert, change: TileChange | undefined) => alert.lost === true || change === 'removed';

/** The badge of a tile that alerts watch, at its top right corner. */
function alertBadge(tile: LayoutTile, right: number, top: number, change: TileChange | undefined): string[] {
  if (tile.alerts.length === 0) return [];
  const lost = tile.alerts.some((alert) => isLost(alert, change));
  const names = tile.alerts.map((alert) => `${alert.name}${isLost(alert, change) ? ' (deleted or replaced)' : ''}`);
  const [cx, cy] = [right - 11, top + 11];
  return [
    `<g class="${lost ? 'alerts lost' : 'alerts'}"><title>${escapeXml(`Alerts: ${names.join('; ')}`)}</title>`,
    `<circle cx="${cx}" cy="${cy}" r="8"/>`,
    label(cx, cy + 4, String(tile.alerts.length), ' text-anchor="middle"'),
    '</g>',
  ];
}

function tileElements(tile: LayoutTile, top: number, left: number, change: TileChange | undefined): string[] {
  const x = left + tile.x * COLUMN_WIDTH + GAP / 2;
  const y = top + tile.y * ROW_HEIGHT + GAP / 2;
  const width = tile.w * COLUMN_WIDTH - GAP;
  const height = tile.h * ROW_HEIGHT - GAP;
  const fill = FILLS.find(([pattern]) => pattern.test(tile.type))?.[1] ?? '#ffffff';
  const outline = OUTLINES[change ?? 'unchanged'];
  const dash = outline.dash ? ` stroke-dasharray="${outline.dash}"` : '';
  const elements = [
    `<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="4" fill="${fill}" stroke="${outline.color}" stroke-width="${outline.width}"${dash}/>`,
    label(x + 6, y + 16, fitted(tile.name === '' ? '(no title)' : tile.name, width), ' class="name"'),
  ];
  if (height >= 36) elements.push(label(x + 6, y + 31, fitted(tile.type, width), ' class="type"'));
  elements.push(...alertBadge(tile, x + width, y, change));
  return elements;
}

/** A grid; `withHeader` draws its container's title bar (once per container: its tabs follow one another). */
function sectionElements(section: Section, top: number, left: number, withHeader: boolean, changes: Map<LayoutTile, TileChange> | undefined): Drawn {
  const elements: string[] = [];
  let y = top;
  if (section.container && withHeader) {
    const { title, collapsed } = section.container;
    elements.push(`<rect x="${left}" y="${y}" width="${GRID_WIDTH}" height="${CONTAINER_HEADER - 4}" rx="3" class="container"/>`);
    elements.push(label(left + 8, y + 16, fitted(`${collapsed ? '▸' : '▾'} ${title}${collapsed ? ' (starts collapsed)' : ''}`, GRID_WIDTH), ' class="container-title"'));
    y += CONTAINER_HEADER;
  }
  if (section.tab && section.container) {
    let x = left;
    for (const tab of [...section.container.tabs, ...(section.tab.id === '' ? [section.tab] : [])]) {
      const width = Math.min(200, 24 + tab.title.length * CHAR_WIDTH);
      const active = tab.id === section.tab.id;
      elements.push(`<rect x="${x}" y="${y}" width="${width}" height="${TAB_HEADER - 4}" rx="3" class="${active ? 'tab active' : 'tab'}"/>`);
      elements.push(label(x + 8, y + 13, fitted(tab.title, width), ` class="${active ? 'tab-title active' : 'tab-title'}"`));
      x += width + 4;
    }
    y += TAB_HEADER;
  }
  const rows = Math.max(1, ...section.tiles.map((tile) => tile.y + tile.h));
  const gridHeight = rows * ROW_HEIGHT;
  elements.push(`<rect x="${left}" y="${y}" width="${GRID_WIDTH}" height="${gridHeight}" class="grid"/>`);
  for (let column = 1; column < COLUMNS; column++) {
    const x = left + column * COLUMN_WIDTH;
    elements.push(`<line x1="${x}" y1="${y}" x2="${x}" y2="${y + gridHeight}" class="column"/>`);
  }
  if (section.tiles.length === 0) elements.push(label(left + 8, y + 19, 'no tiles', ' class="type"'));
  for (const tile of section.tiles) elements.push(...tileElements(tile, y, left, changes?.get(tile)));
  return { height: y + gridHeight - top, elements };
}

/** One dashboard drawn at (left, top): its name, a caption, and its sections one below the other. */
function panel(layout: DashboardLayout | undefined, caption: string, left: number, changes?: Map<LayoutTile, TileChange>, top = 0): Drawn {
  const elements = [label(left + PADDING, top + 24, fitted(layout?.name ?? '', GRID_WIDTH), ' class="title"'), label(left + PADDING, top + 40, caption, ' class="caption"')];
  let y = top + TITLE_HEIGHT + 4;
  if (!layout) {
    elements.push(label(left + PADDING, y + 20, 'no dashboard', ' class="type"'));
    return { height: y + 40, elements };
  }
  const sections = sectionsOf(layout).filter((section, i) => i > 0 || section.tiles.length > 0 || layout.containers.length === 0);
  sections.forEach((section, i) => {
    const drawn = sectionElements(section, y, left + PADDING, section.container !== sections[i - 1]?.container, changes);
    elements.push(...drawn.elements);
    y += drawn.height + SECTION_GAP;
  });
  return { height: y + PADDING - SECTION_GAP, elements };
}

const STYLE = [
  'text { font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; fill: #111827; }',
  '.heading { font-size: 14px; font-family: ui-monospace, Menlo, Consolas, monospace; fill: #374151; }',
  '.title { font-size: 16px; font-weight: 600; }',
  '.divider { stroke: #d1d5db; }',
  '.caption { font-size: 12px; fill: #4b5563; }',
  '.name { font-size: 12px; font-weight: 600; }',
  '.type { font-size: 11px; fill: #4b5563; }',
  '.grid { fill: #fafafa; stroke: #e5e7eb; }',
  '.column { stroke: #f0f0f0; }',
  '.container { fill: #e5e7eb; }',
  '.container-title { font-size: 13px; font-weight: 600; }',
  '.tab { fill: #f3f4f6; stroke: #d1d5db; }',
  '.tab.active { fill: #ffffff; stroke: #6b7280; }',
  '.tab-title { font-size: 11px; fill: #4b5563; }',
  '.tab-title.active { fill: #111827; font-weight: 600; }',
  '.alerts circle { fill: #f59e0b; } .alerts.lost circle { fill: #dc2626; }',
  '.alerts text { font-size: 10px; font-weight: 700; fill: #ffffff; }',
].join(' ');

function svgDocument(width: number, height: number, title: string, elements: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${escapeXml(title)}</title>`,
    `<style>${STYLE}</style>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...elements,
    '</svg>',
    '',
  ].join('\n');
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
const tileCount = (layout: DashboardLayout) => plural(layout.tiles.length, 'tile');
const alertCount = (layout: DashboardLayout) => layout.tiles.reduce((count, tile) => count + tile.alerts.length, 0);

/** The picture of one dashboard. */
export function dashboardSvg(layout: DashboardLayout): string {
  const containers = layout.containers.length ? `, ${plural(layout.containers.length, 'container')}` : '';
  const alerts = alertCount(layout) ? `, ${plural(alertCount(layout), 'alert')} (badges)` : '';
  const drawn = panel(layout, `${tileCount(layout)}${containers}${alerts} on a 24-column grid`, 0);
  return svgDocument(PANEL_WIDTH, drawn.height, `Dashboard layout: ${layout.name}`, drawn.elements);
}

/** Before and after, side by side, for a dashboard a plan creates (no before), deletes (no after) or changes. */
export function changeSvg(title: string, before: DashboardLayout | undefined, after: DashboardLayout | undefined): string {
  const changes = before && after ? compareLayouts(before, after) : new Map<LayoutTile, TileChange>();
  if (!before) for (const tile of after?.tiles ?? []) changes.set(tile, 'added');
  if (!after) for (const tile of before?.tiles ?? []) changes.set(tile, 'removed');
  const heading = label(PADDING, 22, fitted(title, 2 * GRID_WIDTH), ' class="heading"');
  const left = panel(before, before ? `Before: ${tileCount(before)}` : 'Before: does not exist', 0, changes, HEADING_HEIGHT);
  const right = panel(after, after ? `After: ${tileCount(after)}` : 'After: deleted', PANEL_WIDTH, changes, HEADING_HEIGHT);
  const counts = (['added', 'removed', 'moved', 'changed'] as const).map((change) => {
    const tiles = [...changes].filter(([tile, kind]) => kind === change && (change === 'removed' ? before?.tiles.includes(tile) : after?.tiles.includes(tile)));
    return { change, count: tiles.length };
  });
  const legendTop = Math.max(left.height, right.height);
  const legend = counts.flatMap(({ change, count }, i) => {
    const outline = OUTLINES[change];
    const x = PADDING + i * 220;
    const dash = outline.dash ? ` stroke-dasharray="${outline.dash}"` : '';
    return [
      `<rect x="${x}" y="${legendTop}" width="28" height="16" rx="3" fill="#ffffff" stroke="${outline.color}" stroke-width="${outline.width}"${dash}/>`,
      label(x + 36, legendTop + 13, `${outline.label}: ${count}`, ' class="caption"'),
    ];
  });
  const lost = (before?.tiles ?? []).reduce((count, tile) => count + tile.alerts.filter((alert) => isLost(alert, changes.get(tile))).length, 0);
  const lostX = PADDING + counts.length * 220;
  legend.push(
    `<g class="alerts lost"><circle cx="${lostX + 14}" cy="${legendTop + 8}" r="8"/></g>`,
    label(lostX + 36, legendTop + 13, `alerts deleted or replaced: ${lost}`, ' class="caption"'),
  );
  const width = 2 * PANEL_WIDTH;
  const divider = `<line x1="${PANEL_WIDTH}" y1="${HEADING_HEIGHT}" x2="${PANEL_WIDTH}" y2="${legendTop - 8}" class="divider"/>`;
  return svgDocument(width, legendTop + 16 + PADDING, title, [heading, divider, ...left.elements, ...right.elements, ...legend]);
}
