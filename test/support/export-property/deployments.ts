// Random deployments the ClickStack API accepts, for the exporter's property test: API request bodies of every kind
// of object, each kind an arbitrary of its own in `KINDS` (with how it is seeded), so a new kind is one more entry.
// Tiles of every display type and raw SQL variant with their options, containers and tabs, layouts the API takes
// (overlaps, gaps, tiles past the 24th column and far below the visible rows, or rows as a person lays them out),
// names and texts from texts.ts, alerts of every threshold, interval and channel, saved searches with filters,
// webhooks of every service.
import fc from 'fast-check';
import { SEED_IDS } from '../../../emulator';
import type { FlavorName } from '../../../provider/client';
import { condition, nonBlankText, nonEmptyText, text } from './texts';

type Json = Record<string, any>;

const AGG_FNS = ['avg', 'count', 'count_distinct', 'last_value', 'max', 'min', 'quantile', 'sum', 'any', 'none', 'increase'] as const;
const QUANTILE_LEVELS = [0.5, 0.9, 0.95, 0.99] as const;
const NUMBER_OUTPUTS = ['currency', 'percent', 'byte', 'time', 'duration', 'number', 'data_rate', 'throughput'] as const;
const PALETTE = ['chart-blue', 'chart-orange', 'chart-red', 'chart-green', 'chart-success', 'chart-warning', 'chart-error'] as const;
const INTERVALS = ['1m', '5m', '15m', '30m', '1h', '6h', '12h', '1d'] as const;
const INTERVAL_MINUTES: Record<string, number> = { '1m': 1, '5m': 5, '15m': 15, '30m': 30, '1h': 60, '6h': 360, '12h': 720, '1d': 1440 };
const THRESHOLD_TYPES = ['above', 'below', 'above_exclusive', 'below_or_equal', 'equal', 'not_equal', 'between', 'not_between'] as const;
const WEBHOOK_SERVICES = ['slack', 'generic', 'incidentio'] as const;

/** An optional field: absent, or present with a value of `arbitrary`. */
const maybe = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arbitrary, { nil: undefined, freq: 2 });

/** A record whose undefined fields are left out, as a client leaves them out of a request body. */
const body = <T extends Json>(record: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  record.map((value) => Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T);

const source = () => fc.constantFrom(SEED_IDS.logSource, SEED_IDS.traceSource);

const numberFormat = () =>
  body(
    fc.record({
      output: fc.constantFrom(...NUMBER_OUTPUTS),
      mantissa: maybe(fc.integer({ min: 0, max: 6 })),
      thousandSeparated: maybe(fc.boolean()),
      average: maybe(fc.boolean()),
      factor: maybe(fc.constantFrom(0.001, 1, 1e-9, 1000)),
      unit: maybe(text()),
    }),
  );

/** A select item: count takes no value expression, quantile a level, every other aggregation a value expression. */
const selectItem = () =>
  fc.constantFrom(...AGG_FNS).chain((aggFn) =>
    body(
      fc.record({
        aggFn: fc.constant(aggFn),
        valueExpression: aggFn === 'count' ? fc.constant(undefined) : fc.constantFrom('Duration', 'toFloat64(Body)', "ResourceAttributes['k8s.pod.name']"),
        level: aggFn === 'quantile' ? fc.constantFrom(...QUANTILE_LEVELS) : fc.constant(undefined),
        alias: maybe(text()),
        numberFormat: maybe(numberFormat()),
      }),
    ).chain((item) => maybe(condition()).map((where) => ({ ...item, ...where }))),
  );

const groupBy = () => maybe(fc.constantFrom('ServiceName', 'SpanName, ServiceName', "ResourceAttributes['service.version']"));

const onClick = () =>
  fc.oneof(
    body(fc.record({ type: fc.constant('external'), urlTemplate: fc.constantFrom('https://example.com/{{ServiceName}}', 'https://example.com/?q=${x}') })),
    body(
      fc.record({
        type: fc.constantFrom('search', 'dashboard'),
        target: fc.record({ mode: fc.constant('template'), template: nonEmptyText() }),
        whereTemplate: maybe(text()),
        filters: maybe(fc.array(fc.record({ kind: fc.constant('expressionTemplate'), expression: nonEmptyText(), template: nonEmptyText() }), { maxLength: 2 })),
      }),
    ),
  );

const colorRule = () =>
  body(
    fc.oneof(
      fc.record({ operator: fc.constantFrom('gt', 'gte', 'lt', 'lte'), value: fc.integer({ min: -1000, max: 1000 }), color: fc.constantFrom(...PALETTE), label: maybe(fc.constantFrom('high', 'a "label"')) }),
      fc.record({ operator: fc.constant('between'), value: fc.tuple(fc.integer({ max: 0 }), fc.integer({ min: 0 })), color: fc.constantFrom(...PALETTE) }),
      fc.record({ operator: fc.constantFrom('eq', 'neq'), value: fc.oneof(fc.integer(), fc.constantFrom('ok', '')), color: fc.constantFrom(...PALETTE) }),
    ),
  );

/** Builder tile configs by display type; OSS adds formulas and series limits. */
function builderConfigs(flavor: FlavorName): fc.Arbitrary<Json>[] {
  const oss = flavor === 'oss';
  const ossOnly = <T>(arbitrary: fc.Arbitrary<T>) => (oss ? maybe(arbitrary) : fc.constant(undefined));
  const timeSeries = (displayType: string) =>
    fc.array(selectItem(), { minLength: 1, maxLength: 3 }).chain((select) =>
      body(
        fc.record({
          displayType: fc.constant(displayType),
          sourceId: source(),
          select: fc.constant(select),
          groupBy: groupBy(),
          fillNulls: maybe(fc.boolean()),
          numberFormat: maybe(numberFormat()),
          compareToPreviousPeriod: displayType === 'line' ? maybe(fc.boolean()) : fc.constant(undefined),
          formulas: ossOnly(fc.array(fc.record({ expression: fc.constantFrom('A * 2', '(A + A) / 2'), alias: fc.constantFrom('doubled', 'x') }), { minLength: 1, maxLength: 2 })),
          seriesLimit: ossOnly(fc.integer({ min: 0, max: 20 })),
        }),
      ),
    );
  const categorical = (displayType: string) =>
    body(fc.record({ displayType: fc.constant(displayType), sourceId: source(), select: fc.tuple(selectItem()), groupBy: groupBy(), orderBy: maybe(fc.constantFrom('count() DESC', 'ServiceName')), limit: maybe(fc.integer({ min: 0, max: 50 })) }));
  return [
    timeSeries('line'),
    timeSeries('stacked_bar'),
    body(
      fc.record({
        displayType: fc.constant('table'), sourceId: source(), select: fc.array(selectItem(), { minLength: 1, maxLength: 3 }), groupBy: groupBy(),
        having: maybe(fc.constant('count() > 1')), orderBy: maybe(fc.constant('1 DESC')), groupByColumnsOnLeft: maybe(fc.boolean()), onClick: maybe(onClick()),
      }),
    ),
    body(
      fc.record({
        displayType: fc.constant('number'), sourceId: source(), select: fc.tuple(selectItem()), numberFormat: maybe(numberFormat()), color: maybe(fc.constantFrom(...PALETTE)),
        colorRules: maybe(fc.array(colorRule(), { minLength: 1, maxLength: 3 })), backgroundChart: maybe(body(fc.record({ type: fc.constantFrom('line', 'area'), color: maybe(fc.constantFrom(...PALETTE)) }))),
      }),
    ),
    categorical('pie'),
    categorical('bar'),
    body(
      fc.record({
        displayType: fc.constant('heatmap'), sourceId: fc.constant(SEED_IDS.traceSource),
        select: fc.tuple(body(fc.record({ valueExpression: fc.constant('Duration'), countExpression: maybe(fc.constant('count()')), heatmapScaleType: maybe(fc.constantFrom('log', 'linear')) }))),
      }),
    ),
    body(fc.record({ displayType: fc.constant('markdown'), markdown: maybe(text()) })),
    fc.record({ displayType: fc.constant('search'), sourceId: source(), select: fc.constantFrom('', 'Timestamp, Body', 'Body AS "the body"') }).chain((config) => maybe(condition()).map((where) => ({ ...config, ...where }))),
    body(fc.record({ displayType: fc.constant('event_patterns'), sourceId: fc.constant(SEED_IDS.logSource), select: maybe(fc.constant('Body')) })),
  ];
}

/** SQL templates: with and without the interval an alert needs, with quotes, backslashes, newlines and `${`. */
const SQL_TEMPLATES = [
  'SELECT $__timeInterval(Timestamp) AS ts, count() FROM otel_logs WHERE $__timeFilter(Timestamp) GROUP BY ts',
  "SELECT toStartOfInterval(Timestamp, INTERVAL {intervalSeconds:Int64} second) AS ts,\n  countIf(Body LIKE '%\\\\%') AS backslashes\nFROM otel_logs\nGROUP BY ts",
  "SELECT ServiceName, count() FROM otel_logs WHERE Body != '${not a template}' GROUP BY ServiceName",
  'SELECT 1',
];

function rawSqlConfigs(flavor: FlavorName): fc.Arbitrary<Json>[] {
  return ['line', 'stacked_bar', 'table', 'number', 'pie', 'bar'].map((displayType) =>
    body(
      fc.record({
        configType: fc.constant('sql'),
        displayType: fc.constant(displayType),
        connectionId: fc.constant(SEED_IDS.connection),
        sqlTemplate: fc.constantFrom(...SQL_TEMPLATES),
        sourceId: maybe(source()),
        numberFormat: maybe(numberFormat()),
        fillNulls: ['line', 'stacked_bar'].includes(displayType) ? maybe(fc.boolean()) : fc.constant(undefined),
        seriesLimit: flavor === 'oss' && ['line', 'stacked_bar'].includes(displayType) ? maybe(fc.integer({ min: 0, max: 10 })) : fc.constant(undefined),
        color: displayType === 'number' ? maybe(fc.constantFrom(...PALETTE)) : fc.constant(undefined),
      }),
    ),
  );
}

/** Any place the API takes: overlapping, with gaps, past the 24th column, far below the visible rows. */
const place = () =>
  fc.record({ x: fc.integer({ min: 0, max: 23 }), y: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 13, max: 400 })), w: fc.integer({ min: 1, max: 24 }), h: fc.integer({ min: 1, max: 12 }) });

/**
 * Tiles laid out as a person lays them out: in each grid (the dashboard, a container, a tab) left to right from column
 * 0, as high as each other, a new row when the next tile does not fit.
 */
function inRows(tiles: Json[], height: number): Json[] {
  const next = new Map<string, { x: number; y: number }>();
  return tiles.map((tile) => {
    const grid = `${tile.containerId ?? ''}/${tile.tabId ?? ''}`;
    let { x, y } = next.get(grid) ?? { x: 0, y: 0 };
    if (x + tile.w > 24) [x, y] = [0, y + height];
    next.set(grid, { x: x + tile.w, y });
    return { ...tile, x, y, h: height };
  });
}

/** An alert's own settings (its target and channels are added when it is seeded). */
export interface AlertSpec {
  settings: Json;
  /** Channels: a webhook by index into the deployment's webhooks (modulo; the seeded one last), or email recipients. */
  channels: ({ webhook: number; options: Json } | { email: string[] })[];
}

function alertSpec(flavor: FlavorName): fc.Arbitrary<AlertSpec> {
  const settings = fc.constantFrom(...INTERVALS).chain((interval) =>
    body(
      fc.record({
        interval: fc.constant(interval),
        thresholdType: fc.constantFrom(...THRESHOLD_TYPES),
        threshold: fc.oneof(fc.integer({ min: -100, max: 1000 }), fc.constantFrom(0.5, 1e-3)),
        thresholdSpan: fc.integer({ min: 0, max: 500 }),
        name: maybe(nonEmptyText()),
        message: maybe(nonEmptyText()),
        note: maybe(nonEmptyText()),
        numConsecutiveWindows: maybe(fc.integer({ min: 1, max: 5 })),
        scheduleOffsetMinutes: maybe(fc.integer({ min: 0, max: INTERVAL_MINUTES[interval] - 1 })),
      }),
    ).map(({ thresholdSpan, ...alert }) => (['between', 'not_between'].includes(alert.thresholdType) ? { ...alert, thresholdMax: alert.threshold + thresholdSpan } : alert)),
  );
  const webhookChannel = body(
    fc.record({
      webhook: fc.nat({ max: 5 }),
      options: flavor === 'cloud' ? body(fc.record({ severity: maybe(fc.constantFrom('critical', 'error', 'warning', 'info')), slackChannelId: maybe(fc.constantFrom('C0123', '#alerts')) })) : fc.constant({}),
    }),
  );
  const channels =
    flavor === 'oss'
      ? fc.uniqueArray(webhookChannel, { minLength: 1, maxLength: 3, selector: (channel) => channel.webhook })
      : fc.oneof(fc.tuple(webhookChannel), fc.tuple(fc.record({ email: fc.uniqueArray(fc.constantFrom('oncall@example.com', 'a.b+c@example.org'), { minLength: 1 }) })));
  return fc.record({ settings, channels });
}

export interface DashboardSpec {
  body: Json;
  /** Alerts on tiles, each by index into `body.tiles` (only tiles that can carry an alert get one). */
  alerts: { tile: number; alert: AlertSpec }[];
}

/** Whether the API takes an alert on a tile of this config. */
const canAlert = (config: Json) =>
  ['line', 'stacked_bar', 'number'].includes(config.displayType) &&
  (config.configType !== 'sql' || config.displayType === 'number' || /intervalSeconds|\$__timeInterval/.test(config.sqlTemplate));

function dashboard(flavor: FlavorName): fc.Arbitrary<DashboardSpec> {
  const config = fc.oneof(...builderConfigs(flavor), ...rawSqlConfigs(flavor));
  const containers = fc.uniqueArray(
    fc.record({
      id: fc.constantFrom('c1', 'c2', 'container with spaces'),
      title: nonEmptyText(256),
      collapsed: fc.boolean(),
      bordered: maybe(fc.boolean()),
      tabs: maybe(fc.uniqueArray(fc.record({ id: fc.constantFrom('t1', 't2', 't3'), title: nonEmptyText(256) }), { maxLength: 3, selector: (tab) => tab.id })),
    }).map((container) => Object.fromEntries(Object.entries(container).filter(([, field]) => field !== undefined))),
    { maxLength: 2, selector: (container) => container.id },
  );
  return containers.chain((containerList) => {
    // A tile sits on the dashboard, in a container, or in one of its tabs; a container of several tabs keeps its tiles in them.
    const homes: Json[] = [{}, ...containerList.flatMap((container: Json) => [
      ...((container.tabs ?? []).length > 1 ? [] : [{ containerId: container.id }]),
      ...(container.tabs ?? []).map((tab: Json) => ({ containerId: container.id, tabId: tab.id })),
    ])];
    const tile = fc.record({ name: text(), place: place(), config, home: fc.constantFrom(...homes) }).map(({ name, place: at, config: tileConfig, home }) => ({ name, ...at, config: tileConfig, ...home }));
    return fc
      .record({
        // Blank names are stored; an empty one is refused by the insert (a 500, emulator/handlers/dashboards.ts).
        name: nonEmptyText(),
        tiles: fc.array(tile, { maxLength: 8 }),
        // Set: the tiles are laid out in rows of this height instead of anywhere.
        rowHeight: maybe(fc.integer({ min: 1, max: 12 })),
        tags: maybe(fc.uniqueArray(fc.constantFrom('prod', 'team-a', 'a tag', '${x}'), { maxLength: 3 })),
        savedQuery: maybe(fc.constantFrom('ServiceName:checkout', '')),
        filters: maybe(
          fc.array(
            body(fc.record({ type: fc.constant('QUERY_EXPRESSION'), name: nonEmptyText(), expression: fc.constantFrom('ServiceName', "ResourceAttributes['env']"), sourceId: source() })),
            { maxLength: 2 },
          ),
        ),
        savedFilterValues: maybe(fc.array(fc.record({ type: fc.constant('sql'), condition: fc.constantFrom("SeverityText != 'debug'", '1 = 1') }), { maxLength: 2 })),
        alerts: fc.array(fc.record({ tile: fc.nat(), alert: alertSpec(flavor) }), { maxLength: 3 }),
      })
      .map(({ alerts, savedQuery, rowHeight, ...rest }) => {
        const dashboardBody: Json = Object.fromEntries(Object.entries(rest).filter(([, field]) => field !== undefined));
        if (rowHeight !== undefined) dashboardBody.tiles = inRows(dashboardBody.tiles, rowHeight);
        if (savedQuery !== undefined) Object.assign(dashboardBody, { savedQuery, savedQueryLanguage: 'lucene' });
        if (containerList.length) dashboardBody.containers = containerList;
        const alertable = dashboardBody.tiles.flatMap((candidate: Json, index: number) => (canAlert(candidate.config) ? [index] : []));
        return { body: dashboardBody, alerts: alertable.length ? alerts.map(({ tile: pick, alert }) => ({ tile: alertable[pick % alertable.length], alert })) : [] };
      });
  });
}

export interface SavedSearchSpec {
  body: Json;
  alerts: AlertSpec[];
}

function savedSearch(flavor: FlavorName): fc.Arbitrary<SavedSearchSpec> {
  const facet = fc.constantFrom("ServiceName IN ('checkout', 'cart')", "SeverityText NOT IN ('debug')", 'Duration BETWEEN 1 AND 1000');
  return fc.record({
    body: body(
      fc.record({
        name: nonBlankText(),
        sourceId: source(),
        select: maybe(fc.constantFrom('', 'Timestamp, Body')),
        orderBy: maybe(fc.constantFrom('', 'Timestamp DESC')),
        tags: maybe(fc.uniqueArray(fc.constantFrom('team-a', 'x y'), { maxLength: 2 })),
        filters: fc.array(fc.record({ type: fc.constant('sql'), condition: facet }), { maxLength: 2 }),
      }),
    ).chain((search) => condition().map((where) => ({ ...search, ...where }))),
    alerts: fc.array(alertSpec(flavor), { maxLength: 2 }),
  });
}

const webhook = () =>
  fc.constantFrom(...WEBHOOK_SERVICES).chain((service) =>
    body(
      fc.record({
        name: nonBlankText(),
        service: fc.constant(service),
        url: fc.constant(service === 'slack' ? 'https://hooks.slack.com/services/T0/B0/generated' : 'https://hooks.example.com/generated?token=${x}'),
        description: maybe(text()),
        body: service === 'slack' ? fc.constant(undefined) : maybe(fc.constantFrom('{"text":"{{title}}"}', '${not a template} %{ nor this }')),
        headers: service === 'slack' ? fc.constant(undefined) : maybe(fc.constant({ Authorization: 'Bearer generated' })),
      }),
    ),
  );

/** A deployment: every kind's objects. */
export interface Deployment {
  webhooks: Json[];
  savedSearches: SavedSearchSpec[];
  dashboards: DashboardSpec[];
}

/** The kinds of objects a deployment holds, each an arbitrary of its objects; a new kind is one more entry. */
export function deploymentArbitrary(flavor: FlavorName, size: { objects: number } = { objects: 3 }): fc.Arbitrary<Deployment> {
  return fc.record({
    webhooks: fc.uniqueArray(webhook(), { maxLength: size.objects, selector: (hook) => `${hook.service}\u0000${hook.name.trim()}` }),
    savedSearches: fc.array(savedSearch(flavor), { maxLength: size.objects }),
    dashboards: fc.array(dashboard(flavor), { minLength: 1, maxLength: size.objects }),
  });
}

/** The webhook a channel index names: one of the deployment's, or the seeded one. */
export const webhookOf = (index: number, created: string[]) => [...created, SEED_IDS.webhook][index % (created.length + 1)];
