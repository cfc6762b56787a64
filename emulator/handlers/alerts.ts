// Alerts (RULES §6): reference checks after the schema, the stored fields of a write, and the read shape.
import type { Context, Handler } from '../context';
import { nowIso } from '../context';
import { badRequest, notFound } from '../errors';
import { compact } from '../json';
import type { Doc } from '../store';
import { IDENTITY } from '../seed';
import { alertSchema, type AlertBody } from '../validation/alert';
import { isObjectIdLike } from '../validation/schema';
import { ALERTABLE_DISPLAY_TYPES, TIME_SERIES_DISPLAY_TYPES } from '../validation/values';
import { paginate, paginationQuery, validateRequest } from './common';

type Channel = Record<string, unknown>;

/** `channels` when non-empty, else the single `channel` (RULES §6.3). */
const channelsOf = (alert: AlertBody): Channel[] => (alert.channels?.length ? alert.channels : alert.channel?.type != null ? [alert.channel] : []);

/**
 * Whether a raw SQL time series lacks the interval an alert needs: neither an interval parameter nor a macro that
 * expands to one. SQL whose macros cannot be expanded without a source is not judged (RULES §6.2).
 */
function lacksInterval(sql: string): boolean {
  if (/\$__sourceTable\b/.test(sql)) return false;
  return !/intervalSeconds|intervalMilliseconds|\$__(?:timeInterval|timeInterval_ms|interval_s)\b/.test(sql);
}

/** The server's checks after the schema, in its order (RULES §6.2). */
function checkReferences(context: Context, alert: AlertBody): void {
  const { store } = context;
  if (alert.source === 'tile') {
    if (!isObjectIdLike(alert.dashboardId)) throw badRequest('Invalid dashboard ID');
    const dashboard = store.get('dashboards', alert.dashboardId);
    if (!dashboard) throw badRequest('Dashboard not found');
    const tile = dashboard.tiles.find((candidate: Doc) => candidate.id === alert.tileId);
    if (!tile) throw badRequest('Tile not found');
    if (tile.config.configType === 'sql') {
      if (!ALERTABLE_DISPLAY_TYPES.includes(tile.config.displayType)) throw badRequest('Alerts on Raw SQL tiles are only supported for Line, Stacked Bar, or Number display types');
      if (TIME_SERIES_DISPLAY_TYPES.includes(tile.config.displayType) && lacksInterval(tile.config.sqlTemplate)) {
        throw badRequest('Raw SQL alert query is invalid: SQL used for alerts must include an interval parameter or macro.');
      }
    }
  }
  if (alert.source === 'saved_search') {
    if (!isObjectIdLike(alert.savedSearchId)) throw badRequest('Invalid saved search ID');
    if (!store.get('savedSearches', alert.savedSearchId)) throw badRequest('Saved search not found');
  }
  const channels = channelsOf(alert);
  if (!channels.length) throw badRequest('At least one notification channel is required');
  const webhookIds = channels.filter((channel) => channel.type === 'webhook').map((channel) => channel.webhookId);
  if (webhookIds.some((id) => !isObjectIdLike(id))) throw badRequest('Invalid webhook ID');
  if ([...new Set(webhookIds)].some((id) => !store.get('webhooks', id as string))) throw badRequest('Webhook not found');
}

/**
 * The fields a write stores (RULES §6.4). Undefined ones are left alone by an update: an omitted thresholdMax,
 * scheduleOffsetMinutes or scheduleStartAt keeps its stored value. A scheduleStartAt sent forces the offset to 0,
 * unless it is null and an offset is sent too.
 */
function writtenFields(alert: AlertBody): Record<string, unknown> {
  const sentStartAt = alert.scheduleStartAt !== undefined;
  const offset = sentStartAt && (alert.scheduleStartAt != null || alert.scheduleOffsetMinutes == null) ? 0 : alert.scheduleOffsetMinutes;
  const channels = channelsOf(alert);
  const onSavedSearch = alert.source === 'saved_search';
  const onTile = alert.source === 'tile';
  return {
    channel: channels[0] ?? { type: null },
    channels,
    interval: alert.interval,
    scheduleOffsetMinutes: offset ?? undefined,
    scheduleStartAt: sentStartAt ? (alert.scheduleStartAt === null ? null : new Date(alert.scheduleStartAt).toISOString()) : undefined,
    source: alert.source,
    threshold: alert.threshold,
    thresholdMax: alert.thresholdMax,
    thresholdType: alert.thresholdType,
    name: alert.name ?? null,
    message: alert.message ?? null,
    note: alert.note ?? null,
    savedSearchId: onSavedSearch ? alert.savedSearchId : null,
    groupBy: onSavedSearch ? alert.groupBy ?? null : null,
    dashboardId: onTile ? alert.dashboardId : null,
    tileId: onTile ? alert.tileId : null,
    numConsecutiveWindows: alert.numConsecutiveWindows ?? null,
  };
}

function serializeAlert(context: Context, doc: Doc): Record<string, unknown> {
  const channels = channelsOf(doc);
  return compact({
    id: doc.id,
    name: doc.name,
    message: doc.message,
    note: doc.note ?? null,
    threshold: doc.threshold,
    thresholdMax: doc.thresholdMax,
    interval: doc.interval,
    scheduleOffsetMinutes: doc.scheduleOffsetMinutes ?? undefined,
    scheduleStartAt: doc.scheduleStartAt,
    numConsecutiveWindows: doc.numConsecutiveWindows ?? null,
    thresholdType: doc.thresholdType,
    source: doc.source,
    state: doc.state,
    channel: channels[0],
    // Managed ClickStack has the single channel only (RULES §12).
    channels: channels.length && context.flavor === 'oss' ? channels : undefined,
    teamId: IDENTITY.teamId,
    tileId: doc.tileId ?? undefined,
    dashboardId: doc.dashboardId ?? undefined,
    savedSearchId: doc.savedSearchId ?? undefined,
    groupBy: doc.groupBy ?? undefined,
    silenced: doc.silenced,
    executionErrors: doc.executionErrors,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  });
}

export const listAlerts: Handler = (context, input) => {
  const { query } = validateRequest(input, { query: paginationQuery });
  const { items, page } = paginate(context.store.list('alerts'), query);
  return { payload: items.map((doc) => serializeAlert(context, doc)), page };
};

export const getAlert: Handler = (context, input) => {
  const doc = context.store.get('alerts', validateRequest(input, { id: true }).id);
  if (!doc) throw notFound('Alert not found');
  return { payload: serializeAlert(context, doc) };
};

export const createAlert: Handler = (context, input) => {
  const { body } = validateRequest(input, { body: alertSchema(context.flavor, false) });
  checkReferences(context, body);
  const now = nowIso();
  const doc = context.store.put('alerts', compact({ id: context.store.mintId(), ...writtenFields(body), state: 'OK', createdAt: now, updatedAt: now }));
  return { payload: serializeAlert(context, doc) };
};

/** Checks the references before looking the alert up: a bad reference is a 400 even for an unknown id. */
export const updateAlert: Handler = (context, input) => {
  const { body, id } = validateRequest(input, { body: alertSchema(context.flavor, true), id: true });
  checkReferences(context, body);
  const previous = context.store.get('alerts', id);
  if (!previous) throw notFound('Alert not found');
  const next: Doc = { ...previous, ...compact(writtenFields(body)), updatedAt: nowIso() };
  // Managed ClickStack keeps an omitted groupBy (RULES §12.4).
  if (context.flavor === 'cloud' && body.source === 'saved_search' && body.groupBy === undefined) next.groupBy = previous.groupBy ?? null;
  return { payload: serializeAlert(context, context.store.put('alerts', next)) };
};

export const deleteAlert: Handler = (context, input) => {
  if (!context.store.remove('alerts', validateRequest(input, { id: true }).id)) throw notFound('Alert not found');
  return {};
};
