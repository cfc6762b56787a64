// clickstack-cdktf: CDKTF constructs for ClickStack dashboards, alerts, webhooks and saved searches.
export { ClickStackConstruct, ClickStackEnvironment, type ClickStackEnvironmentProps, type EnvironmentScopedProps, type IEnvironmentScoped } from './environment';
export { Dashboard, type DashboardLookupProps, type IDashboard } from './dashboard';
export { type ISavedSearch, SavedSearch, type SavedSearchProps } from './saved-search';
export { type ISource, Source, type SourceLookupProps } from './source';
export { type ExistingWebhookService, type IWebhook, Webhook, type WebhookLookupProps, type WebhookProps } from './webhook';
export type { Flavor, RateLimit } from './model/environment-settings';
export type { SavedSearchFilter } from './model/saved-search-definition';
export type { SecretReference } from './model/secret';
/** The generated L1 classes, one namespace per resource and data source (`bindings.dashboard.Dashboard`...). */
export * as bindings from './bindings';
/** ClickStack's value lists (display types, aggregation functions, alert intervals, webhook services...). */
export * as values from '../provider/values';
