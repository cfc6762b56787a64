// Alerts: a threshold on a dashboard tile or a saved search, notifying webhooks (or email, on Managed ClickStack).
// The rules live in model/alert-definition.ts (no cdktf); this is the thin layer that finds the tile's dashboard and
// turns the definition into the `clickstack_alert` resource.
import { TerraformStack } from 'cdktf';
import type { Construct } from 'constructs';
import { AtSynth } from './at-synth';
import { Alert as AlertResource } from './bindings/alert';
import { type Dashboard, dashboardsWith } from './dashboard';
import { ClickStackConstruct, type EnvironmentScopedProps } from './environment';
import { AlertDefinition, type AlertDefinitionProps } from './model/alert-definition';
import type { AlertableTile, Tile } from './model/tile';
import type { ISavedSearch } from './saved-search';

/** An alert managed by this app: what it watches, when it fires, where it notifies, and its environment. */
export interface AlertProps extends AlertDefinitionProps, EnvironmentScopedProps {
  /**
   * The tile watched: a line, stacked bar or number tile (raw SQL or not) of a `Dashboard` of this environment.
   * Set it or `savedSearch`.
   * @default none
   */
  readonly tile?: AlertableTile;
  /**
   * The dashboard of `tile`, needed only when the same tile object is on several dashboards.
   * @default the dashboard of this stack that has `tile`
   */
  readonly dashboard?: Dashboard;
  /**
   * The saved search watched. Set it or `tile`.
   * @default none
   */
  readonly savedSearch?: ISavedSearch;
}

/** An alert managed by this app (the `clickstack_alert` resource). */
export class Alert extends ClickStackConstruct {
  /** The `clickstack_alert` resource, for what the props do not cover, and its state attributes. */
  readonly resource: AlertResource;
  private found?: { dashboardId: string; tileId: string };

  constructor(scope: Construct, id: string, private readonly props: AlertProps) {
    super(scope, id, props);
    const { tile, savedSearch } = props;
    const definition = new AlertDefinition(props, { tile, savedSearch: savedSearch !== undefined }, this.environment.flavor);
    // The tile's dashboard may be built after the alert: it is found when the stack synthesizes.
    const ids = tile
      ? {
          dashboardId: AtSynth.string(() => this.target()?.dashboardId),
          tileId: AtSynth.string(() => this.target()?.tileId),
        }
      : { savedSearchId: savedSearch?.savedSearchId ?? '' };
    this.resource = new AlertResource(this, 'Default', { ...definition.toConfig(ids), provider: this.environment.provider });
    this.node.addValidation(definition);
    this.node.addValidation({ validate: () => [...this.tilePlacementProblems(), ...this.foreignEnvironmentProblems()] });
  }

  // A getter (as the ids of Dashboard, SavedSearch, Source.connectionId): cdktf records a stack trace for every
  // reference it makes, which a large app would otherwise pay at synth for ids it never reads.
  /** The alert's id (known once Terraform has created it). */
  get alertId(): string {
    return this.resource.id;
  }

  /** Adopts the alert `id` of ClickStack: the next apply imports it (cdktf's `importFrom`) rather than creating one. */
  importFrom(id: string): this {
    this.resource.importFrom(id);
    return this;
  }

  /** The ids of the tile's dashboard and of the tile, once found (synth resolves them more than once). */
  private target(): { dashboardId: string; tileId: string } | undefined {
    if (!this.found) {
      const dashboard = this.dashboardOfTile();
      if (dashboard) this.found = { dashboardId: dashboard.dashboardId, tileId: dashboard.tileId(this.props.tile!) };
    }
    return this.found;
  }

  /** The dashboard given, else the only dashboard of the stack that has the tile. */
  private dashboardOfTile(): Dashboard | undefined {
    const { tile, dashboard } = this.props;
    if (!tile) return undefined;
    if (dashboard) return dashboard;
    const holders = this.dashboardsWith(tile);
    return holders.length === 1 ? holders[0] : undefined;
  }

  /** The dashboards of this stack that have `tile`. */
  private dashboardsWith(tile: Tile): Dashboard[] {
    const stack = TerraformStack.of(this);
    return dashboardsWith(tile).filter((dashboard) => TerraformStack.of(dashboard) === stack);
  }

  private tilePlacementProblems(): string[] {
    const { tile, dashboard } = this.props;
    if (!tile) return [];
    if (dashboard)
      return dashboard.has(tile) ? [] : [`\`tile\` "${tile.id}" is not on \`dashboard\` ${dashboard.node.path}; add it to the dashboard (addRow, addTiles...).`];
    const holders = this.dashboardsWith(tile);
    if (holders.length === 0) return [`\`tile\` "${tile.id}" is on no dashboard of this stack; add it to one (addRow, addTiles...).`];
    if (holders.length > 1)
      return [`\`tile\` "${tile.id}" is on several dashboards (${holders.map((holder) => holder.node.path).join(', ')}); say which with \`dashboard\`.`];
    return [];
  }

  /** References to objects of another environment: the tile's dashboard, the saved search, the webhooks. */
  private foreignEnvironmentProblems(): string[] {
    const { savedSearch, channels } = this.props;
    return this.foreignReferences([
      ['The dashboard of `tile`', this.dashboardOfTile()],
      ['`savedSearch`', savedSearch],
      ...channels.map((channel, i): [string, unknown] => [`The webhook of \`channels[${i}]\``, channel.webhook]),
    ]);
  }
}
