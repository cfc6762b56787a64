// The exported configurations as calls of the typed constructs (clickstack-cdktf): each object's resource attributes
// become the props of its construct (`source_id` a Source, `select` items `Select.count(...)`, a threshold
// `Threshold.below(10)`...), each tile a tile class placed at its exact cell of its grid. The names of what the calls
// refer to (sources, webhooks, dashboards, saved searches, variables) come from `Scope`; what a construct would write
// by default is left out, as the export leaves it out of the configuration.
import { camelCase } from '../shared/api-mapping';
import { selectCall, withNumberFormat } from './idiomatic-calls';
import { type ExportObject, type ExportValue, Expression, Literal } from './model';
import { asObject, objects } from './references';
import { Code, type TypeScriptValue } from './typescript';

/** What the calls refer to: the TypeScript name of a lookup or of an exported object, and the classes used. */
export interface Scope {
  /** The variable of the block `reference` points to (a Source, Webhook, Dashboard or SavedSearch construct). */
  constructOf(reference: Expression): string;
  /** Records that the code uses `name`, an export of clickstack-cdktf. */
  use(name: string): string;
}

type Props = { [prop: string]: TypeScriptValue };

/** Attributes as props of the same names in camelCase, without the unset ones; nested objects alike. */
function camelProps(object: ExportObject): Props {
  const props: Props = {};
  for (const [name, value] of Object.entries(object)) {
    if (value === null) continue;
    const nested = asObject(value);
    props[camelCase(name)] = nested ? camelProps(nested) : Array.isArray(value) ? value.map((element) => { const item = asObject(element); return item ? camelProps(item) : element; }) : value;
  }
  return props;
}

/** A reference to an object that has an id, as the typed constructs take one: a construct, or `{ [idProp]: "<id>" }`. */
function objectRef(value: ExportValue | undefined, idProp: string, scope: Scope): TypeScriptValue | undefined {
  if (value instanceof Expression) return new Code(scope.constructOf(value));
  if (value instanceof Literal || typeof value === 'string') return { [idProp]: value };
  return undefined;
}

const sourceRef = (value: ExportValue | undefined, scope: Scope) => objectRef(value, 'sourceId', scope);

// --- dashboards -------------------------------------------------------------------------------------------------

/** The tile class of a list of `clickstack_dashboard`, named after its tile type: `sql_stacked_bar_tiles` → `SqlStackedBarTile`. */
export function tileClassOf(list: string): string {
  const type = camelCase(list.replace(/_tiles$/, ''));
  return `${type[0].toUpperCase()}${type.slice(1)}Tile`;
}

/** What every tile element has besides its kind's settings: its key, title and place. */
const PLACE_ATTRIBUTES = ['key', 'name', 'x', 'y', 'w', 'h', 'container_id', 'tab_id'];

/** `new LineTile(id, { title, width, height, ...settings })` for the tile element `tile` of the list `list`. */
export function tileCall(list: string, id: string, tile: ExportObject, scope: Scope): Code {
  const settings = Object.fromEntries(Object.entries(tile).filter(([name]) => !PLACE_ATTRIBUTES.includes(name)));
  const props: Props = { ...(typeof tile.name === 'string' && tile.name !== '' ? { title: tile.name } : {}), width: tile.w, height: tile.h };
  const { source_id, select, on_click, connection_id, sql_template, formulas, ...rest } = settings;
  if (sql_template !== undefined) props.sql = sql_template;
  const source = sourceRef(source_id, scope);
  if (source) props.source = source;
  if (connection_id !== undefined && !sharesConnection(connection_id, source_id))
    props.connectionId = connection_id instanceof Expression ? new Code(`${scope.constructOf(connection_id)}.connectionId`) : connection_id;
  if (list === 'heatmap_tiles') {
    // Exactly one select item (the schema's rule): the heatmap's own props.
    const { value_expression, count_expression, heatmap_scale_type } = objects(select)[0] ?? {};
    Object.assign(props, camelProps({ value_expression: value_expression ?? null, count_expression: count_expression ?? null, scale: heatmap_scale_type ?? null }));
  } else if (Array.isArray(select)) props.select = objects(select).map((item) => selectCall(camelProps(item), scope.use));
  else if (select !== undefined) props.select = select;
  if (formulas !== undefined) {
    const camel = objects(formulas).map((formula) => withNumberFormat(camelProps(formula), scope.use));
    if (list === 'number_tiles') props.formula = camel[0];
    else props.formulas = camel;
  }
  Object.assign(props, withNumberFormat(camelProps(rest), scope.use));
  const onClick = asObject(on_click);
  if (onClick) props.onClick = onClickCall(onClick, scope);
  return new Code(`new ${scope.use(tileClassOf(list))}`, [id, props]);
}

/** Whether a raw SQL tile's connection is its source's, which the tile class takes by default. */
function sharesConnection(connection: ExportValue, source: ExportValue | undefined): boolean {
  return (
    connection instanceof Expression &&
    source instanceof Expression &&
    connection.reference.kind === 'attribute' &&
    source.reference.kind === 'attribute' &&
    ['connection', 'connection_id'].includes(connection.reference.attribute) &&
    JSON.stringify(connection.reference.of) === JSON.stringify(source.reference.of)
  );
}

/** `OnClick.search(...)`, `OnClick.dashboard(...)` or `OnClick.external(...)`. */
function onClickCall(onClick: ExportObject, scope: Scope): Code {
  const onClickClass = scope.use('OnClick');
  if (onClick.type === 'external') return new Code(`${onClickClass}.external`, [onClick.url_template ?? '']);
  const target = asObject(onClick.target) ?? {};
  const targetRef: TypeScriptValue =
    target.mode === 'template'
      ? { template: target.template ?? '' }
      : onClick.type === 'dashboard'
        ? target.id instanceof Expression
          ? { dashboardId: new Code(`${scope.constructOf(target.id)}.dashboardId`) }
          : { dashboardId: target.id ?? '' }
        : (sourceRef(target.id, scope) ?? { sourceId: '' });
  const options = camelProps({
    where_template: onClick.where_template ?? null,
    where_language: onClick.where_language ?? null,
    filters: Array.isArray(onClick.filters) ? objects(onClick.filters).map(({ expression, template }) => ({ expression, template })) : null,
  });
  return new Code(`${onClickClass}.${onClick.type === 'dashboard' ? 'dashboard' : 'search'}`, Object.keys(options).length ? [targetRef, options] : [targetRef]);
}

/**
 * The props of `new Dashboard(...)` but the tiles and containers: name, tags, filters, saved query. The tiles are known
 * by their ids (the construct's default), which become their keys: to import, the import id keys them alike.
 */
export function dashboardProps(config: ExportObject, scope: Scope): Props {
  const { name, tags, filters, saved_query, saved_query_language, saved_filter_values } = config;
  return {
    ...camelProps({ name, tags: tags ?? null, saved_query: saved_query ?? null, saved_query_language: saved_query_language ?? null }),
    ...(Array.isArray(filters) ? { filters: objects(filters).map((filter) => filterProps(filter, scope)) } : {}),
    ...(Array.isArray(saved_filter_values) ? { savedFilterValues: objects(saved_filter_values).map(({ condition }) => condition) } : {}),
  };
}

function filterProps(filter: ExportObject, scope: Scope): Props {
  const { source_id, applies_to_source_ids, is_broadcast_enabled, is_variable_enabled, ...rest } = filter;
  const props = camelProps(rest);
  const source = sourceRef(source_id, scope);
  if (source) props.source = source;
  if (Array.isArray(applies_to_source_ids)) props.appliesTo = applies_to_source_ids.map((id) => sourceRef(id, scope) ?? { sourceId: '' });
  if (is_broadcast_enabled !== undefined && is_broadcast_enabled !== null) props.broadcast = is_broadcast_enabled;
  if (is_variable_enabled !== undefined && is_variable_enabled !== null) props.variable = is_variable_enabled;
  return props;
}

/** `{ id, props }` of each container, with its tabs. */
export function containerCalls(config: ExportObject): { id: string; props: Props; tabs: { id: string; title: string }[] }[] {
  return objects(config.containers).map(({ id, tabs, ...rest }) => ({
    id: String(id),
    props: camelProps(rest),
    tabs: objects(tabs).map((tab) => ({ id: String(tab.id), title: String(tab.title) })),
  }));
}

// --- sources ----------------------------------------------------------------------------------------------------

/** The construct class of each kind of source. */
const SOURCE_CLASSES: Record<string, string> = { log: 'LogSource', trace: 'TraceSource', metric: 'MetricSource', session: 'SessionSource', promql: 'PromqlSource' };

/** The class of a `clickstack_source` configuration and its props: the common ones, then the kind's own, flat. */
export function sourceConstruct(config: ExportObject, scope: Scope): { kind: string; props: Props } {
  const { name, kind, connection_id, query_settings, log: _log, trace: _trace, metric: _metric, session: _session, ...rest } = config;
  const { highlighted_trace_attribute_expressions, highlighted_row_attribute_expressions, trace_source_id, ...own } = asObject(config[String(kind)]) ?? {};
  const connectionId = connection_id instanceof Expression ? new Code(`${scope.constructOf(connection_id)}.connectionId`) : connection_id;
  const props: Props = { name, connectionId, ...camelProps(rest), ...camelProps(own) };
  if (Array.isArray(query_settings)) props.querySettings = Object.fromEntries(objects(query_settings).map(({ setting, value }) => [String(setting), value]));
  if (Array.isArray(highlighted_trace_attribute_expressions)) props.highlightedTraceAttributes = objects(highlighted_trace_attribute_expressions).map(camelProps);
  if (Array.isArray(highlighted_row_attribute_expressions)) props.highlightedRowAttributes = objects(highlighted_row_attribute_expressions).map(camelProps);
  const traceSource = sourceRef(trace_source_id, scope);
  if (traceSource) props.traceSource = traceSource;
  return { kind: scope.use(SOURCE_CLASSES[String(kind)]), props };
}

/** The props of `new SourceLinks(...)`: the source linked and the sources it links to. */
export function sourceLinksProps(config: ExportObject, scope: Scope): Props {
  const props: Props = {};
  for (const [attribute, value] of Object.entries(config)) {
    const reference = sourceRef(value, scope);
    if (reference) props[attribute === 'source_id' ? 'source' : camelCase(attribute.replace(/_id$/, ''))] = reference;
  }
  return props;
}

// --- alerts, webhooks, saved searches -------------------------------------------------------------------------

/** The props of `new Alert(...)` but what it watches: threshold, interval, channels, name and schedule. */
export function alertProps(config: ExportObject, scope: Scope): Props {
  const { threshold, threshold_type, threshold_max, channels, num_consecutive_windows, dashboard_id: _dashboard, tile_id: _tile, saved_search_id: _search, ...rest } = config;
  const thresholdArgs = threshold_max === undefined || threshold_max === null ? [threshold] : [threshold, threshold_max];
  return {
    threshold: new Code(`${scope.use('Threshold')}.${camelCase(String(threshold_type))}`, thresholdArgs),
    ...camelProps(rest),
    channels: objects(channels).map((channel) => channelCall(channel, scope)),
    ...(num_consecutive_windows === undefined || num_consecutive_windows === null ? {} : { consecutiveWindows: num_consecutive_windows }),
  };
}

function channelCall({ webhook_id, email_recipients, ...options }: ExportObject, scope: Scope): Code {
  const channelClass = scope.use('AlertChannel');
  if (Array.isArray(email_recipients)) return new Code(`${channelClass}.email`, email_recipients);
  const webhook = objectRef(webhook_id, 'webhookId', scope) ?? { webhookId: '' };
  const settings = camelProps(options);
  return new Code(`${channelClass}.webhook`, Object.keys(settings).length ? [webhook, settings] : [webhook]);
}

/** The props of `new Webhook(...)`; the secrets are variables' tokens (`Names` writes them). */
export function webhookProps(config: ExportObject): Props {
  return camelProps(config);
}

/**
 * The props of `new Connection(...)`: the password is the construct's SecretReference, the variable itself (`secretOf`
 * names it), not its token.
 */
export function connectionProps({ password, ...config }: ExportObject, secretOf: (variable: string) => Code): Props {
  const props = camelProps(config);
  if (password instanceof Expression && password.reference.kind === 'variable') props.password = secretOf(password.reference.name);
  return props;
}

/** The props of `new TeamMember(...)`. */
export function teamMemberProps(config: ExportObject): Props {
  return camelProps(config);
}

/** The props of `new Role(...)`: each permission's conditions as the object they are (JSON text in the configuration). */
export function roleProps(config: ExportObject): Props {
  const { permissions, ...rest } = config;
  return {
    ...camelProps(rest),
    permissions: objects(permissions).map(({ conditions, ...permission }) => ({
      ...camelProps(permission),
      ...(typeof conditions === 'string' ? { conditions: JSON.parse(conditions) as ExportValue } : {}),
    })),
  };
}

/** The props of `new SavedSearch(...)`: the source searched, and its filters as they are (sql_ast ones too). */
export function savedSearchProps(config: ExportObject, scope: Scope): Props {
  const { source_id, ...rest } = config;
  const { name, ...settings } = camelProps(rest);
  return { name, source: sourceRef(source_id, scope) ?? { sourceId: '' }, ...settings };
}
