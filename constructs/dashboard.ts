// Dashboards: `new Dashboard(...)` manages one, with typed tiles laid out on its grid; `Dashboard.fromName(...)` refers
// to one that exists. The tiles, layout and rules live in model/ (no cdktf); this is the thin layer that turns them
// into the `clickstack_dashboard` resource.
import type { Construct } from 'constructs';
import { AtSynth } from './at-synth';
import { DataClickstackDashboard } from './bindings/data-clickstack-dashboard';
import {
  Dashboard as DashboardResource,
  type DashboardContainers,
  dashboardBarTilesToTerraform,
  dashboardContainersToTerraform,
  dashboardEventPatternsTilesToTerraform,
  dashboardHeatmapTilesToTerraform,
  dashboardLineTilesToTerraform,
  dashboardMarkdownTilesToTerraform,
  dashboardNumberTilesToTerraform,
  dashboardPieTilesToTerraform,
  dashboardSearchTilesToTerraform,
  dashboardSqlBarTilesToTerraform,
  dashboardSqlLineTilesToTerraform,
  dashboardSqlNumberTilesToTerraform,
  dashboardSqlPieTilesToTerraform,
  dashboardSqlStackedBarTilesToTerraform,
  dashboardSqlTableTilesToTerraform,
  dashboardStackedBarTilesToTerraform,
  dashboardTableTilesToTerraform,
} from './bindings/dashboard';
import { ClickStackConstruct, type EnvironmentScopedProps, type IEnvironmentScoped } from './environment';
import { nonEmpty } from './model/checks';
import { terraformStringContent } from './terraform-string';
import { warnAtSynth } from './warnings';
import { type Container, type ContainerProps, DashboardDefinition, type DashboardDefinitionProps, definitionsHolding } from './model/dashboard-definition';
import type { LayoutItem, Position } from './model/layout';
import type { Tile } from './model/tile';
import type { TileListsData } from './model/tile-lists';

/** A ClickStack dashboard in one environment. */
export interface IDashboard extends IEnvironmentScoped {
  /** The dashboard's id (resolved when Terraform plans). */
  readonly dashboardId: string;
  /**
   * The server id of a tile (resolved when Terraform plans): by its key, which for a tile of a `Dashboard` is the
   * tile's id; for a dashboard found by name, its title (a title several tiles share names none).
   */
  tileId(tileKey: string): string;
}

/** Which dashboard a lookup finds. */
export interface DashboardLookupProps extends EnvironmentScopedProps {
  /** Name of the dashboard; exactly one dashboard must have it. */
  readonly name: string;
}

/** The bindings' converter of each tile list; typed so that an element of the model's list must fit the binding's. */
const TILE_LIST_CONVERTERS: { [List in keyof TileListsData]-?: (tile: NonNullable<TileListsData[List]>[number]) => unknown } = {
  lineTiles: dashboardLineTilesToTerraform,
  stackedBarTiles: dashboardStackedBarTilesToTerraform,
  tableTiles: dashboardTableTilesToTerraform,
  numberTiles: dashboardNumberTilesToTerraform,
  pieTiles: dashboardPieTilesToTerraform,
  barTiles: dashboardBarTilesToTerraform,
  heatmapTiles: dashboardHeatmapTilesToTerraform,
  searchTiles: dashboardSearchTilesToTerraform,
  eventPatternsTiles: dashboardEventPatternsTilesToTerraform,
  markdownTiles: dashboardMarkdownTilesToTerraform,
  sqlLineTiles: dashboardSqlLineTilesToTerraform,
  sqlStackedBarTiles: dashboardSqlStackedBarTilesToTerraform,
  sqlTableTiles: dashboardSqlTableTilesToTerraform,
  sqlNumberTiles: dashboardSqlNumberTilesToTerraform,
  sqlPieTiles: dashboardSqlPieTilesToTerraform,
  sqlBarTiles: dashboardSqlBarTilesToTerraform,
};

/** The construct of each dashboard definition. */
const dashboardOfDefinition = new WeakMap<DashboardDefinition, Dashboard>();

/** The dashboards that have `tile`, in the order it was first placed on each (each found in one step, not by a walk of the tree). */
export function dashboardsWith(tile: Tile): Dashboard[] {
  return definitionsHolding(tile).flatMap((definition) => dashboardOfDefinition.get(definition) ?? []);
}

/** A dashboard managed by this app: its definition and its environment. */
export interface DashboardProps extends DashboardDefinitionProps, EnvironmentScopedProps {}

/**
 * A dashboard managed by this app (the `clickstack_dashboard` resource). Add typed tiles to it in rows
 * (`addRow`), one after another as the UI places them (`addTiles`), at a position (`addAt`), or in containers
 * (`addContainer`); each tile's id becomes its key, so its alerts survive a new title.
 */
export class Dashboard extends ClickStackConstruct implements IDashboard {
  /** Refers to an existing dashboard by name (the `clickstack_dashboard` data source, in `scope`'s environment). */
  static fromName(scope: Construct, id: string, props: DashboardLookupProps): IDashboard {
    return new ExistingDashboard(scope, id, props);
  }

  /** Whether `x` is a Dashboard. */
  static isDashboard(x: unknown): x is Dashboard {
    return x instanceof Dashboard;
  }

  /** The `clickstack_dashboard` resource, for what the props do not cover (`addOverride`, lifecycle...). */
  readonly resource: DashboardResource;
  private readonly definition: DashboardDefinition;
  private idReference?: string;

  constructor(scope: Construct, id: string, props: DashboardProps) {
    super(scope, id, props);
    const definition = new DashboardDefinition(props, this.environment.flavor);
    // Tiles and containers can be added after construction: the configuration is read when the stack synthesizes.
    const initial = definition.toConfig();
    this.resource = new DashboardResource(this, 'Default', {
      provider: this.environment.provider,
      name: initial.name,
      tags: initial.tags,
      filters: initial.filters,
      savedQuery: initial.savedQuery,
      savedQueryLanguage: initial.savedQueryLanguage,
      savedFilterValues: initial.savedFilterValues,
      ...Object.fromEntries(
        Object.entries(TILE_LIST_CONVERTERS).map(([list, toTerraform]) => [
          list,
          new AtSynth(() => (definition.toConfig()[list as keyof TileListsData] as object[] | undefined)?.map(toTerraform as (tile: object) => unknown)),
        ]),
      ),
      containers: new AtSynth(() => definition.toConfig().containers?.map((container: DashboardContainers) => dashboardContainersToTerraform(container))),
    });
    this.definition = definition;
    dashboardOfDefinition.set(definition, this);
    this.node.addValidation(definition);
    warnAtSynth(this, definition);
    this.node.addValidation({ validate: () => this.foreignSources() });
  }

  // Made when first read, as Alert.alertId says why; then kept, since each alert on the dashboard reads it.
  /** The dashboard's id (resolved when Terraform plans). */
  get dashboardId(): string {
    return (this.idReference ??= this.resource.id);
  }

  /** Adds a row below everything placed so far; items without a width share the columns the others leave. */
  addRow(...items: LayoutItem[]): this {
    this.definition.addRow(...items);
    return this;
  }

  /** Adds tiles where ClickStack's UI would put them: to the right on the first row with room, else below. */
  addTiles(...tiles: Tile[]): this {
    this.definition.addTiles(...tiles);
    return this;
  }

  /** Adds a tile (or a Row, Column...) with its top left corner at `position`. */
  addAt(position: Position, item: LayoutItem): this {
    this.definition.addAt(position, item);
    return this;
  }

  /** Adds a container, a titled group of tiles with a grid of its own; add tiles (or tabs) to what it returns. */
  addContainer(id: string, props: ContainerProps): Container {
    return this.definition.addContainer(id, props);
  }

  /** Whether `tile` is on this dashboard (in a container or not). */
  has(tile: Tile): boolean {
    return this.definition.has(tile);
  }

  /**
   * The server id of a tile of this dashboard: by key (see `tileKeys`), or, for a tile that has no key and shares its
   * title, as the id of its element in the list of its kind.
   */
  tileId(tile: Tile | string): string {
    if (typeof tile === 'string') return this.resource.tileIds.lookup(terraformStringContent(tile));
    const reference = this.definition.tileReference(tile);
    if ('key' in reference) return this.resource.tileIds.lookup(terraformStringContent(reference.key));
    return (this.resource[reference.list] as unknown as { get(index: number): { id: string } }).get(reference.index).id;
  }

  /**
   * Adopts the dashboard `id` of ClickStack: the next apply imports it (cdktf's `importFrom`) rather than creating one.
   * With `tileKeys: 'title'`, a dashboard made in the UI imports without changes; so does `"<id>?tile_keys=name"` with
   * each tile's title as its id (see `tileKeys`).
   */
  importFrom(id: string): this {
    this.resource.importFrom(id);
    return this;
  }

  /** Sources of tiles and filters that live in another environment than this dashboard. */
  private foreignSources(): string[] {
    return this.foreignReferences(this.definition.sourceReferences());
  }
}

class ExistingDashboard extends ClickStackConstruct implements IDashboard {
  readonly dashboardId: string;
  private readonly lookup: DataClickstackDashboard;

  constructor(scope: Construct, id: string, props: DashboardLookupProps) {
    super(scope, id, props);
    this.lookup = new DataClickstackDashboard(this, 'Default', { name: props.name, provider: this.environment.provider });
    this.dashboardId = this.lookup.id;
    this.node.addValidation({ validate: () => nonEmpty('name', props.name) });
  }

  tileId(tileName: string): string {
    return this.lookup.tileIds.lookup(terraformStringContent(tileName));
  }
}
