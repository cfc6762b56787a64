// clickstack-cdktf: CDKTF constructs for ClickStack dashboards, alerts, webhooks and saved searches.
export { Alert, type AlertProps } from './alert';
export { ClickStackConstruct, ClickStackEnvironment, type ClickStackEnvironmentProps, type EnvironmentScopedProps, type IEnvironmentScoped } from './environment';
export { Dashboard, type DashboardLookupProps, type DashboardProps, type IDashboard } from './dashboard';
export { type ISavedSearch, SavedSearch, type SavedSearchProps } from './saved-search';
export { type ISource, Source, type SourceLookupProps } from './source';
export {
  LogSource,
  type LogSourceProps,
  ManagedSource,
  MetricSource,
  type MetricSourceProps,
  PromqlSource,
  type PromqlSourceProps,
  SessionSource,
  type SessionSourceProps,
  SourceLinks,
  type SourceLinksProps,
  type SourceLinkTargets,
  TraceSource,
  type TraceSourceProps,
} from './managed-source';
export type {
  FilterSettings,
  HighlightedAttribute,
  LogSourceDefinitionProps,
  MaterializedView,
  MaterializedViewColumn,
  MetadataMaterializedViews,
  MetricSourceDefinitionProps,
  MetricTables,
  SearchSourceProps,
  SessionSourceDefinitionProps,
  SourceDefinitionProps,
  TableSourceProps,
  TraceSourceDefinitionProps,
} from './model/source-definition';
export { type ClickHouseConnectionProps, OtelEnvironment, type OtelEnvironmentProps, type OtelSourceNames } from './otel-environment';
export { type ExistingWebhookService, type IWebhook, Webhook, type WebhookLookupProps, type WebhookProps } from './webhook';
export { Connection, type ConnectionLookupProps, type ConnectionProps, type IConnection } from './connection';
export { type IRole, Role, type RoleLookupProps, type RoleProps } from './role';
export { TeamMember, type TeamMemberProps } from './team-member';
export type { RolePermission } from './model/role-definition';
// Plain definitions, free of cdktf: tiles, select items, layout, thresholds and channels.
export { BarTile, type BarTileProps, type CategoryTileProps, NumberTile, type NumberTileProps, PieTile, type PieTileProps, TableTile, type TableTileProps } from './model/aggregate-tiles';
export {
  AlertChannel,
  type AlertDefinitionProps,
  type AlertSeverity,
  Threshold,
  type WebhookChannelOptions,
  type WebhookRef,
} from './model/alert-definition';
export { Container, type ContainerProps, type DashboardDefinitionProps, type DashboardFilter, MAX_TILES, Tab, type TabProps } from './model/dashboard-definition';
export { EventPatternsTile, type EventPatternsTileProps, HeatmapTile, type HeatmapTileProps, SearchTile, type SearchTileProps } from './model/event-tiles';
export { Column, DEFAULT_TILE_HEIGHT, DEFAULT_TILE_WIDTH, GRID_COLUMNS, Grid, type LayoutItem, type PlacedTile, PlacementSequence, type Position, Row, Spacer, type SpacerProps } from './model/layout';
export { MarkdownTile, type MarkdownTileProps } from './model/markdown-tile';
export { NumberFormat, type NumberFormatOptions, type TimeFormatOptions, type TimeUnit, type UnitFormatOptions } from './model/number-format';
export { Select, SelectItem, type SelectItemProps, type SelectOptions } from './model/select';
export {
  SqlBarTile,
  type SqlBarTileProps,
  SqlLineTile,
  type SqlLineTileProps,
  SqlNumberTile,
  type SqlNumberTileProps,
  SqlPieTile,
  type SqlPieTileProps,
  SqlStackedBarTile,
  type SqlStackedBarTileProps,
  SqlTableTile,
  type SqlTableTileProps,
  type SqlTileProps,
  type SqlTimeSeriesTileProps,
} from './model/sql-tiles';
export { type AlertableTile, type Formula, type SourceRef, Tile, type TileProps } from './model/tile';
export { type BackgroundChart, ColorRule, type ColorRuleOperator, type DashboardRef, type NameTemplate, OnClick, type OnClickFilter, type OnClickOptions } from './model/tile-options';
export { LineTile, type LineTileProps, StackedBarTile, type StackedBarTileProps, type TimeSeriesTileProps } from './model/time-series-tiles';
export type { Flavor, RateLimit } from './model/environment-settings';
export type { SavedSearchComparison, SavedSearchCondition, SavedSearchFilter } from './model/saved-search-definition';
export type { SecretReference } from './model/secret';
/** The generated L1 classes, one namespace per resource and data source (`bindings.dashboard.Dashboard`...). */
export * as bindings from './bindings';
/** ClickStack's value lists (display types, aggregation functions, alert intervals, webhook services...). */
export * as values from '../provider/values';
