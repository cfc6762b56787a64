// What every dashboard tile shares: its id (the stable key that carries the tile's server id, and so its alerts,
// across renames), title and size, and the rules of the parts several tile kinds have (select items, formulas, a
// source, settings only ClickStack OSS has). Each tile kind is a subclass whose `toConfig()` is the one place that
// maps it onto the bindings' list of tiles of its kind.
import { ALERTABLE_DISPLAY_TYPES, type DisplayType, type SourceKind } from '../../provider/values';
import { atMost, eachOf, lengthBetween } from './checks';
import type { Flavor } from './environment-settings';
import { type NumberFormat, numberFormatConfig, numberFormatProblems } from './number-format';
import type { SelectItem, SelectItemData } from './select';
import type { CommonTileData, FormulaData, TileListsData, TilePlace } from './tile-lists';

/**
 * A source a tile reads from. `Source.fromName(...)` returns one; so does any object with a `sourceId` (a source
 * whose id is known). `kind` lets synth check what only some kinds of source support.
 */
export interface SourceRef {
  /** The source's id (a token until Terraform plans). */
  readonly sourceId: string;
  /** The kind of the source, when known. */
  readonly kind?: SourceKind;
  /** Id of the ClickHouse connection the source reads from (raw SQL tiles run their query on it). */
  readonly connectionId?: string;
}

/** What every tile takes: its title and size. */
export interface TileProps {
  /**
   * Title shown on the tile.
   * @default '' (no title)
   */
  readonly title?: string;
  /**
   * Width in columns of the 24-column grid.
   * @default in a row, an equal share of the columns its tiles with a width leave; placed alone, 8 (as ClickStack's UI)
   */
  readonly width?: number;
  /**
   * Height in grid rows (32 pixels each).
   * @default 10 (as ClickStack's UI)
   */
  readonly height?: number;
}

/** A series computed from the select items, which are named A, B, C... in the order given. OSS only. */
export interface Formula {
  /** The formula, such as `A / B`. */
  readonly expression: string;
  /**
   * Name of the formula's series.
   * @default the expression
   */
  readonly alias?: string;
  /**
   * How the formula's numbers are displayed.
   * @default the tile's number format
   */
  readonly numberFormat?: NumberFormat;
}

/**
 * A tile ClickStack can alert on: a line, stacked bar or number tile, raw SQL or not. The compiler refuses an alert on
 * any other kind; a raw SQL time series still needs an interval in its SQL, which synth checks.
 */
export interface AlertableTile extends Tile {
  /** The display types ClickStack alerts on. */
  readonly displayType: 'line' | 'stacked_bar' | 'number';
}

/** A dashboard tile: the typed classes (`LineTile`, `NumberTile`, `SqlTableTile`...) extend it. */
export abstract class Tile<P extends TileProps = TileProps> {
  /** The display type ClickStack shows (`line`, `table`...). */
  abstract readonly displayType: DisplayType;
  /** Whether the tile runs a raw SQL query rather than the chart builder's. */
  readonly rawSql: boolean = false;
  /** Title shown on the tile ('' for none). */
  readonly title: string;
  /** Width in columns, when the tile asks for one. */
  readonly width: number | undefined;
  /** Height in rows, when the tile asks for one. */
  readonly height: number | undefined;

  /**
   * @param id the tile's id in its dashboard, like a construct id: it becomes the tile's `key`, which keeps the tile's
   *   server id (and so its alerts) when the title changes. Unique within the dashboard.
   */
  constructor(
    readonly id: string,
    /** The props the tile was made with. */
    readonly props: P,
  ) {
    this.title = props.title ?? '';
    this.width = props.width;
    this.height = props.height;
  }

  // The tile kinds that can alert declare their display type as a literal, so that `AlertableTile` names them.
  /** Whether ClickStack can alert on this tile (line, stacked bar and number tiles, raw SQL or not). */
  get canAlert(): boolean {
    return (ALERTABLE_DISPLAY_TYPES as readonly string[]).includes(this.displayType);
  }

  /** Why ClickStack would refuse an alert on this tile (empty when it takes one). */
  alertProblems(): string[] {
    if (this.canAlert) return [];
    return [`\`tile\` "${this.id}" shows a ${this.rawSql ? 'raw SQL ' : ''}${this.displayType} chart; ClickStack alerts only on line, stacked bar and number tiles.`];
  }

  /** What ClickStack would refuse in this tile; `flavor` (when known) adds the checks of one API. */
  validate(flavor?: Flavor): string[] {
    return [...lengthBetween('title', this.title, 0, 1024), ...this.problems(flavor)];
  }

  /** The sources the tile refers to, so that a construct can refuse those of another environment. */
  sources(): SourceRef[] {
    const { source } = this.props as { source?: SourceRef };
    return source ? [source] : [];
  }

  /**
   * The tile at `place` in the bindings' shape: one element of the list of its kind (`{ lineTiles: [...] }`), its
   * key, title and place beside the kind's settings.
   */
  abstract toConfig(place: TilePlace): TileListsData;

  /** What the element of every tile kind has: the tile's id as its key, its title and its place. */
  protected common(place: TilePlace): CommonTileData {
    return { key: this.id, name: this.title, ...place };
  }

  /** What ClickStack would refuse in the settings of this kind of tile (`validate` adds the title). */
  protected abstract problems(flavor: Flavor | undefined): string[];
}

// --- rules shared by tile kinds ----------------------------------------------------------------------------------

/** Select items: how many the tile kind takes, and each item's own rules. */
export function selectProblems(select: readonly SelectItem[], min: number, max: number): string[] {
  const problems = eachOf('select', select, (prop, item) => item.validate(prop));
  if (select.length < min || select.length > max)
    problems.unshift(
      min === max
        ? `\`select\` has ${select.length} items; this tile takes exactly ${min}.`
        : `\`select\` has ${select.length} items; this tile takes ${min} to ${max}.`,
    );
  return problems;
}

export function formulaProblems(prop: string, formulas: readonly Formula[] | undefined, max: number): string[] {
  return [
    ...atMost(prop, formulas, max, 'formulas'),
    ...eachOf(prop, formulas, (itemProp, formula) => [
      ...lengthBetween(`${itemProp}.expression`, formula.expression, 1, 1024),
      ...numberFormatProblems(`${itemProp}.numberFormat`, formula.numberFormat),
    ]),
  ];
}

/** `asRatio` divides the first series by the second: exactly 2 select items, no formulas. */
export function ratioProblems(asRatio: boolean | undefined, select: readonly SelectItem[], formulas: readonly Formula[] | undefined): string[] {
  if (asRatio !== true) return [];
  return [
    ...(select.length === 2 ? [] : [`\`asRatio\` divides the first select item by the second: it needs exactly 2, not ${select.length}.`]),
    ...(formulas?.length ? ['`formulas` cannot be combined with `asRatio`.'] : []),
  ];
}

/** Settings the Managed ClickStack API does not have: refused there rather than dropped silently. */
export function ossOnlyProblems(flavor: Flavor | undefined, settings: Record<string, unknown>): string[] {
  if (flavor !== 'cloud') return [];
  return Object.entries(settings)
    .filter(([, value]) => value !== undefined)
    .map(([prop]) => `\`${prop}\` exists only on ClickStack OSS; this environment is Managed ClickStack.`);
}

/** ClickStack computes formulas only over metric, log and trace sources. */
export function formulaSourceProblems(formulas: readonly Formula[] | undefined, source: SourceRef): string[] {
  const kind = source.kind;
  if (!formulas?.length || kind === undefined || ['metric', 'log', 'trace'].includes(kind)) return [];
  return [`\`formulas\` need a metric, log or trace source; \`source\` is a ${kind} source.`];
}

export const selectConfig = (select: readonly SelectItem[]): SelectItemData[] => select.map((item) => item.toConfig());

export const formulasConfig = (formulas: readonly Formula[] | undefined): FormulaData[] | undefined =>
  formulas?.map(({ expression, alias, numberFormat }) => ({ expression, alias, numberFormat: numberFormatConfig(numberFormat) }));
