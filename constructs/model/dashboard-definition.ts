// A dashboard as plain data: its props, its tiles on the grid (and in containers and tabs, each a grid of its own),
// what ClickStack would refuse, and the configuration of the `clickstack_dashboard` resource.
import { METRIC_DATA_TYPES, type MetricDataType, QUERY_LANGUAGES, type QueryLanguage } from '../../provider/values';
import { atMost, eachOf, isToken, lengthBetween, nonEmpty, oneOf } from './checks';
import type { Flavor } from './environment-settings';
import { Grid, type LayoutItem, type PlacedTile, type PlacementSequence, placementSequencesOf } from './layout';
import type { SourceRef, Tile } from './tile';
import { type CommonTileData, joinTileLists, type TileListsData, type TilePlace } from './tile-lists';

/** ClickStack refuses dashboards with more tiles. */
export const MAX_TILES = 500;
const VARIABLE_NAME = /^[a-zA-Z][a-zA-Z0-9_]*$/;

/** A dropdown above the tiles whose choice filters them. */
export interface DashboardFilter {
  /** Label of the dropdown. */
  readonly name: string;
  /** Expression whose values the dropdown offers, such as `ServiceName`. */
  readonly expression: string;
  /** The source the values come from. */
  readonly source: SourceRef;
  /**
   * Metric data type, for metric sources.
   * @default none
   */
  readonly sourceMetricType?: MetricDataType;
  /**
   * Condition limiting the values offered.
   * @default none
   */
  readonly where?: string;
  /**
   * Language of `where`: `lucene` or `sql`.
   * @default ClickStack's default
   */
  readonly whereLanguage?: QueryLanguage;
  /**
   * Sources the chosen value filters; only for broadcast filters.
   * @default every source
   */
  readonly appliesTo?: SourceRef[];
  /**
   * Whether the chosen value filters every tile. OSS only.
   * @default true
   */
  readonly broadcast?: boolean;
  /**
   * Whether the chosen value is available to raw SQL tiles as a variable. OSS only.
   * @default false
   */
  readonly variable?: boolean;
  /**
   * Name of the variable (a letter, then letters, digits and `_`), with `variable`. OSS only.
   * @default derived from `name`
   */
  readonly variableName?: string;
}

/** What a dashboard is, apart from its tiles' places: name, tags, filters, saved query, and rows of tiles. */
export interface DashboardDefinitionProps {
  /** Name of the dashboard. */
  readonly name: string;
  /**
   * Tags (up to 50 unique tags of up to 32 characters).
   * @default none
   */
  readonly tags?: string[];
  /**
   * Dropdown filters shown above the tiles.
   * @default none
   */
  readonly filters?: DashboardFilter[];
  /**
   * Query applied to every tile when the dashboard opens.
   * @default none
   */
  readonly savedQuery?: string;
  /**
   * Language of `savedQuery`: `lucene` or `sql`.
   * @default 'lucene' when `savedQuery` is set
   */
  readonly savedQueryLanguage?: QueryLanguage;
  /**
   * SQL conditions applied when the dashboard opens, such as `ServiceName = 'api'`.
   * @default none
   */
  readonly savedFilterValues?: string[];
  /**
   * Rows of tiles, top to bottom (as `addRow` adds them).
   * @default none: add tiles with `addRow`, `addTiles`, `addAt` or in containers
   */
  readonly rows?: LayoutItem[][];
  /**
   * What Terraform knows each tile by. `'id'`: the tile's id, written as its `key`, which keeps the tile's server id
   * (and so its alerts) when its title changes; to adopt a dashboard made in ClickStack's UI with these keys, give each
   * tile its title as id and import it with `importFrom("<id>?tile_keys=name")`, as an export does. `'title'`: its
   * title, with no key written, as Terraform knows the tiles of a dashboard imported by its id alone. Switch such a
   * dashboard to `'id'` before renaming its tiles: that plan only adds the keys, and each tile keeps its server id.
   * @default 'id'
   */
  readonly tileKeys?: TileKeys;
}

/** What Terraform knows a dashboard's tiles by: their ids (as keys) or their titles. */
export type TileKeys = 'id' | 'title';

/**
 * How the dashboard's `clickstack_dashboard` resource names a tile's server id: by key in `tile_ids`, or, for a tile
 * that has no key of its own and shares its title, as the `id` of its element in the list of its kind.
 */
export type TileReference = { key: string } | { list: keyof TileListsData; index: number };

/** How a container looks. */
export interface ContainerProps {
  /** Title shown above the container. */
  readonly title: string;
  /**
   * Whether the container starts collapsed.
   * @default false
   */
  readonly collapsed?: boolean;
  /**
   * Whether users can collapse the container.
   * @default ClickStack's default
   */
  readonly collapsible?: boolean;
  /**
   * Whether the container has a border.
   * @default ClickStack's default
   */
  readonly bordered?: boolean;
}

/** How a tab looks. */
export interface TabProps {
  /** Title of the tab. */
  readonly title: string;
}

/** A tab of a container: a grid of its own. */
export class Tab extends Grid {
  constructor(
    /** The tab's id, unique within its container. */
    readonly id: string,
    readonly props: TabProps,
    sequence?: PlacementSequence,
  ) {
    super(sequence);
  }
}

/** A titled group of tiles, a grid of its own; with several tabs, its tiles go in the tabs (with one, the UI also shows its own). */
export class Container extends Grid {
  private readonly tabList: Tab[] = [];

  constructor(
    /** The container's id, unique within the dashboard. */
    readonly id: string,
    readonly props: ContainerProps,
    sequence?: PlacementSequence,
  ) {
    super(sequence);
  }

  /** The tabs added so far. */
  get tabs(): readonly Tab[] {
    return this.tabList;
  }

  /** Adds a tab (up to 20); add tiles to the tab it returns. */
  addTab(id: string, props: TabProps): Tab {
    const tab = new Tab(id, props, this.sequence);
    this.tabList.push(tab);
    return tab;
  }

  override validate(): string[] {
    const titled = (text: string, prop: string, value: string) => lengthBetween(prop, value, 1, 256).map((problem) => `${text}: ${problem}`);
    const tabs = this.tabList;
    return [
      ...titled(`Container "${this.id}"`, 'id', this.id),
      ...titled(`Container "${this.id}"`, 'title', this.props.title),
      ...(tabs.length > 20 ? [`Container "${this.id}" has ${tabs.length} tabs; ClickStack takes at most 20.`] : []),
      ...duplicates(tabs.map((tab) => tab.id)).map((id) => `Container "${this.id}" has several tabs with the id "${id}".`),
      ...tabs.flatMap((tab) => [...titled(`Tab "${tab.id}"`, 'id', tab.id), ...titled(`Tab "${tab.id}"`, 'title', tab.props.title)]),
      ...super.validate().map((problem) => `In container "${this.id}": ${problem}`),
      ...tabs.flatMap((tab) => tab.validate().map((problem) => `In tab "${tab.id}" of container "${this.id}": ${problem}`)),
    ];
  }

  override warnings(): string[] {
    const tabs = this.tabList;
    return [
      ...(tabs.length > 1 && this.tiles.length > 0
        ? [`Container "${this.id}" has several tabs and tiles of its own (${quotedIds(this.tiles)}); ClickStack keeps them but shows only the tiles of its tabs: add these to a tab.`]
        : []),
      ...super.warnings().map((problem) => `In container "${this.id}": ${problem}`),
      ...tabs.flatMap((tab) => tab.warnings().map((problem) => `In tab "${tab.id}" of container "${this.id}": ${problem}`)),
    ];
  }
}

/** Where a tile of the dashboard sits, as its configuration says it. */
const placeOf = ({ x, y, w, h, containerId, tabId }: PlacedInDashboard): TilePlace => ({ x, y, w, h, containerId, tabId });

const quotedIds = (tiles: readonly PlacedTile[]) => tiles.map(({ tile }) => `"${tile.id}"`).join(', ');
const duplicates = (values: readonly string[]) => [...new Set(values.filter((value, i) => values.indexOf(value) !== i))];

/** The `clickstack_dashboard` configuration, in the shape of the bindings' DashboardConfig: its tile lists, and the rest. */
export interface DashboardConfigData extends TileListsData {
  name: string;
  tags?: string[];
  filters?: {
    name: string;
    expression: string;
    sourceId: string;
    sourceMetricType?: string;
    where?: string;
    whereLanguage?: string;
    appliesToSourceIds?: string[];
    isBroadcastEnabled?: boolean;
    isVariableEnabled?: boolean;
    variableName?: string;
  }[];
  savedQuery?: string;
  savedQueryLanguage?: string;
  savedFilterValues?: { type: string; condition: string }[];
  containers?: {
    id: string;
    title: string;
    collapsed?: boolean;
    collapsible?: boolean;
    bordered?: boolean;
    tabs?: { id: string; title: string }[];
  }[];
}

/** Every tile of a dashboard with its place and its container and tab, if any. */
interface PlacedInDashboard extends PlacedTile {
  readonly containerId?: string;
  readonly tabId?: string;
}

/** The dashboard of each placement sequence: a dashboard's grids (itself, its containers, their tabs) share one. */
const definitionOfSequence = new WeakMap<PlacementSequence, DashboardDefinition>();

/** The dashboards `tile` is on, in the order it was first placed on each. */
export function definitionsHolding(tile: Tile): DashboardDefinition[] {
  return [...placementSequencesOf(tile)].flatMap((sequence) => definitionOfSequence.get(sequence) ?? []);
}

/** A dashboard: its root grid (this object: `addRow`, `addTiles`, `addAt`) and its containers. */
export class DashboardDefinition extends Grid {
  private readonly containerList: Container[] = [];
  private placementCache?: { placements: number; placed: PlacedInDashboard[]; lists: TileListsData };

  constructor(
    readonly props: DashboardDefinitionProps,
    /** The API of the environment, when known: settings of the other API are refused. */
    readonly flavor?: Flavor,
  ) {
    super();
    definitionOfSequence.set(this.sequence, this);
    for (const row of props.rows ?? []) this.addRow(...row);
  }

  get containers(): readonly Container[] {
    return this.containerList;
  }

  /** Adds a container (up to 50), a titled grid of its own; add tiles (or tabs) to the container it returns. */
  addContainer(id: string, props: ContainerProps): Container {
    const container = new Container(id, props, this.sequence);
    this.containerList.push(container);
    return container;
  }

  /** Every tile (the dashboard's own, its containers' and their tabs'), in the order they were added: the configuration's. */
  allTiles(): readonly PlacedInDashboard[] {
    return this.sincePlacement().placed;
  }

  /**
   * What the placements so far give: the tiles in order and their lists. Synth reads them once for every tile list of
   * the resource and every check, so they are worked out again only after another tile has been placed.
   */
  private sincePlacement(): { placed: PlacedInDashboard[]; lists: TileListsData } {
    const placements = this.tiles.length + this.containerList.reduce((sum, { tiles, tabs }) => tabs.reduce((inTabs, tab) => inTabs + tab.tiles.length, sum + tiles.length), 0);
    if (this.placementCache?.placements !== placements) {
      const placed = [
        ...this.tiles,
        ...this.containerList.flatMap((container) => [
          ...container.tiles.map((tile) => ({ ...tile, containerId: container.id })),
          ...container.tabs.flatMap((tab) => tab.tiles.map((tile) => ({ ...tile, containerId: container.id, tabId: tab.id }))),
        ]),
      ].sort((a, b) => a.order - b.order);
      this.placementCache = { placements, placed, lists: this.listsOf(placed) };
    }
    return this.placementCache;
  }

  /** How the resource names the server id of `tile`, a tile of this dashboard (see `tileKeys`). */
  tileReference(tile: Tile): TileReference {
    if (this.props.tileKeys !== 'title') return { key: tile.id };
    const placed = this.allTiles();
    if (placed.filter((other) => other.tile.title === tile.title).length === 1) return { key: tile.title };
    const lists = placed.map((other) => ({ tile: other.tile, list: Object.keys(other.tile.toConfig(placeOf(other)))[0] as keyof TileListsData }));
    const { list } = lists.find((other) => other.tile === tile)!;
    const sameKind = lists.filter((other) => other.list === list);
    return { list, index: sameKind.findIndex((other) => other.tile === tile) };
  }

  /** Whether `tile` is on this dashboard. */
  has(tile: Tile): boolean {
    return placementSequencesOf(tile).has(this.sequence);
  }

  /** The sources the tiles and filters refer to, each with what names it, so that a construct can refuse those of another environment. */
  sourceReferences(): [string, SourceRef][] {
    const tiles = [...new Set(this.allTiles().map(({ tile }) => tile))];
    return [
      ...tiles.flatMap((tile) => tile.sources().map((source): [string, SourceRef] => [`A source of tile "${tile.id}"`, source])),
      ...(this.props.filters ?? []).flatMap((filter, i) =>
        [filter.source, ...(filter.appliesTo ?? [])].map((source): [string, SourceRef] => [`A source of \`filters[${i}]\``, source]),
      ),
    ];
  }

  override validate(): string[] {
    const { props } = this;
    const placed = this.allTiles();
    const tiles = [...new Set(placed.map(({ tile }) => tile))];
    return [
      ...lengthBetween('name', props.name, 1, 1024),
      ...atMost('tags', props.tags, 50, 'tags'),
      ...eachOf('tags', props.tags, (prop, tag) => lengthBetween(prop, tag, 0, 32)),
      ...duplicates(props.tags ?? []).map((tag) => `\`tags\` has "${tag}" more than once.`),
      ...(placed.length > MAX_TILES ? [`The dashboard has ${placed.length} tiles; ClickStack takes at most ${MAX_TILES}.`] : []),
      ...tiles.filter((tile) => placed.filter((other) => other.tile === tile).length > 1).map((tile) => `Tile "${tile.id}" is placed more than once; create one tile object per place.`),
      ...duplicates(tiles.map((tile) => tile.id)).map((id) => `Several tiles have the id "${id}"; tile ids are keys and must be unique within a dashboard.`),
      ...tiles.flatMap((tile) => [
        ...(tile.id.length < 1 || tile.id.length > 256 ? [`Tile "${tile.id}": a tile id is 1 to 256 characters long.`] : []),
        ...tile.validate(this.flavor).map((problem) => `Tile "${tile.id}": ${problem}`),
      ]),
      ...super.validate(),
      ...atMost('containers', this.containerList, 50, 'containers'),
      ...duplicates(this.containerList.map((container) => container.id)).map((id) => `Several containers have the id "${id}".`),
      ...this.containerList.flatMap((container) => container.validate()),
      ...eachOf('filters', props.filters, (prop, filter) => filterProblems(prop, filter, this.flavor)),
      ...oneOf('savedQueryLanguage', props.savedQueryLanguage, QUERY_LANGUAGES),
      ...oneOf('tileKeys', props.tileKeys, ['id', 'title']),
      ...eachOf('savedFilterValues', props.savedFilterValues, (prop, condition) => lengthBetween(prop, condition, 0, 10000)),
    ];
  }

  /** What ClickStack takes but is probably a mistake (see `Grid.warnings`), in every grid of the dashboard. */
  override warnings(): string[] {
    return [...super.warnings(), ...this.containerList.flatMap((container) => container.warnings())];
  }

  /** The tiles in their lists, without keys when Terraform knows them by their titles. */
  private listsOf(placed: readonly PlacedInDashboard[]): TileListsData {
    const lists = joinTileLists(placed.map((tile) => tile.tile.toConfig(placeOf(tile))));
    if (this.props.tileKeys !== 'title') return lists;
    return Object.fromEntries(Object.entries(lists).map(([list, tiles]) => [list, (tiles as CommonTileData[]).map(({ key: _key, ...tile }) => tile)]));
  }

  toConfig(): DashboardConfigData {
    const { name, tags, filters, savedQuery, savedQueryLanguage, savedFilterValues } = this.props;
    return {
      name,
      tags,
      ...this.sincePlacement().lists,
      filters: filters?.map((filter) => ({
        name: filter.name,
        expression: filter.expression,
        sourceId: filter.source.sourceId,
        sourceMetricType: filter.sourceMetricType,
        where: filter.where,
        whereLanguage: filter.whereLanguage,
        appliesToSourceIds: filter.appliesTo?.map((source) => source.sourceId),
        isBroadcastEnabled: filter.broadcast,
        isVariableEnabled: filter.variable,
        variableName: filter.variableName,
      })),
      savedQuery,
      savedQueryLanguage,
      savedFilterValues: savedFilterValues?.map((condition) => ({ type: 'sql', condition })),
      containers: this.containerList.length
        ? this.containerList.map(({ id, props, tabs }) => ({
            id,
            title: props.title,
            collapsed: props.collapsed,
            collapsible: props.collapsible,
            bordered: props.bordered,
            tabs: tabs.length ? tabs.map((tab) => ({ id: tab.id, title: tab.props.title })) : undefined,
          }))
        : undefined,
    };
  }
}

/** A filter must broadcast, be a variable, or both; the variable settings exist on ClickStack OSS only. */
function filterProblems(prop: string, filter: DashboardFilter, flavor: Flavor | undefined): string[] {
  const { broadcast, variable, variableName, appliesTo } = filter;
  const ossOnly = flavor === 'cloud' ? (['broadcast', 'variable', 'variableName'] as const).filter((setting) => filter[setting] !== undefined) : [];
  return [
    ...nonEmpty(`${prop}.name`, filter.name),
    ...nonEmpty(`${prop}.expression`, filter.expression),
    ...oneOf(`${prop}.sourceMetricType`, filter.sourceMetricType, METRIC_DATA_TYPES),
    ...oneOf(`${prop}.whereLanguage`, filter.whereLanguage, QUERY_LANGUAGES),
    ...(broadcast === false && variable !== true ? [`\`${prop}\` neither broadcasts nor is a variable; set \`variable: true\` or leave \`broadcast\` out.`] : []),
    ...(variableName !== undefined && variable !== true ? [`\`${prop}.variableName\` needs \`variable: true\`.`] : []),
    ...(variableName !== undefined && !isToken(variableName) && !(VARIABLE_NAME.test(variableName) && variableName.length <= 64)
      ? [`\`${prop}.variableName\` is "${variableName}"; a variable name is a letter followed by up to 63 letters, digits or \`_\`.`]
      : []),
    ...(broadcast === false && appliesTo?.length ? [`\`${prop}.appliesTo\` is only for filters that broadcast.`] : []),
    ...ossOnly.map((setting) => `\`${prop}.${setting}\` exists only on ClickStack OSS; this environment is Managed ClickStack.`),
  ];
}
