// Dashboards. Today this module refers to dashboards that exist (`Dashboard.fromName`); the typed dashboard
// construct (tiles, layout, filters) is built on it next.
import type { Construct } from 'constructs';
import { DataClickstackDashboard } from './bindings/data-clickstack-dashboard';
import { ClickStackConstruct, type EnvironmentScopedProps, type IEnvironmentScoped } from './environment';
import { nonEmpty } from './model/checks';

/** A ClickStack dashboard in one environment. */
export interface IDashboard extends IEnvironmentScoped {
  /** The dashboard's id (resolved when Terraform plans). */
  readonly dashboardId: string;
  /** The server id of the tile named `tileName` (resolved when Terraform plans; a name several tiles share has none). */
  tileId(tileName: string): string;
}

export interface DashboardLookupProps extends EnvironmentScopedProps {
  /** Name of the dashboard; exactly one dashboard must have it. */
  readonly name: string;
}

/** ClickStack dashboards. */
export class Dashboard {
  /** Refers to an existing dashboard by name (the `clickstack_dashboard` data source, in `scope`'s environment). */
  static fromName(scope: Construct, id: string, props: DashboardLookupProps): IDashboard {
    return new ExistingDashboard(scope, id, props);
  }

  private constructor() {}
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
    return this.lookup.tileIds.lookup(tileName);
  }
}
