// Alerts (OSS notes §3; Cloud notes §3 and §4.5): reference checks, response shape and PUT's partial $set.
import type { Context, Handler } from '../context';
import { nowIso } from '../context';
import { badRequest, notFound } from '../errors';
import type { Doc } from '../store';
import { IDENTITY } from '../seed';
import { alertSchema, type AlertBody } from '../validation/alert';
import { ALERTABLE_DISPLAY_TYPES } from '../validation/dashboard';
import { isObjectIdLike } from '../validation/schema';
import { compact, idParam, paginate, parseBody } from './common';

/** Business checks after the schema (OSS notes §3: Api400Error messages). Returns the channels to store. */
function checkReferences(context: Context, body: AlertBody): Array<Record<string, unknown>> {
  const { store } = context;
  if (body.source === 'tile') {
    if (!isObjectIdLike(body.dashboardId)) throw badRequest('Invalid dashboard ID');
    const dashboard = store.get('dashboards', body.dashboardId);
    if (!dashboard) throw badRequest('Dashboard not found');
    const tile = dashboard.tiles.find((t: Doc) => t.id === body.tileId);
    if (!tile) throw badRequest('Tile not found');
    if (tile.config.configType === 'sql' && !ALERTABLE_DISPLAY_TYPES.includes(tile.config.displayType)) {
      throw badRequest('Alerts on Raw SQL tiles are only supported for Line, Stacked Bar, or Number display types');
    }
  } else {
    if (!isObjectIdLike(body.savedSearchId)) throw badRequest('Invalid saved search ID');
    if (!store.get('savedSearches', body.savedSearchId)) throw badRequest('Saved search not found');
  }
  const channels: Array<Record<string, unknown>> = body.channels ?? (body.channel ? [body.channel] : []);
  if (!channels.length) throw badRequest('At least one notification channel is required');
  for (const channel of channels) {
    if (channel.type !== 'webhook') continue;
    if (!isObjectIdLike(channel.webhookId)) throw badRequest('Invalid webhook ID');
    if (!store.get('webhooks', channel.webhookId as string)) throw badRequest('Webhook not found');
  }
  return channels;
}

/** Stored and returned as `toISOString()` (OSS notes §1, timestamps). */
const isoOrNull = (value: string | null | undefined) => (typeof value === 'string' ? new Date(value).toISOString() : value);

/** Fields every write sets; the target fields of the other source kind are nulled. */
function writtenFields(body: AlertBody, channels: Array<Record<string, unknown>>): Record<string, unknown> {
  const tile = body.source === 'tile';
  return {
    source: body.source,
    threshold: body.threshold,
    thresholdType: body.thresholdType,
    interval: body.interval,
    channels,
    name: body.name ?? null,
    message: body.message ?? null,
    note: body.note ?? null,
    numConsecutiveWindows: body.numConsecutiveWindows ?? null,
    dashboardId: tile ? body.dashboardId : null,
    tileId: tile ? body.tileId : null,
    savedSearchId: tile ? null : body.savedSearchId,
  };
}

export function serializeAlert(context: Context, doc: Doc): Record<string, unknown> {
  const channels = doc.channels as Array<Record<string, unknown>>;
  const target = doc.source === 'tile' ? { tileId: doc.tileId, dashboardId: doc.dashboardId } : { savedSearchId: doc.savedSearchId, groupBy: doc.groupBy ?? undefined };
  return compact({
    id: doc.id,
    name: doc.name,
    message: doc.message,
    note: doc.note,
    threshold: doc.threshold,
    thresholdMax: doc.thresholdMax,
    interval: doc.interval,
    scheduleOffsetMinutes: doc.scheduleOffsetMinutes,
    scheduleStartAt: doc.scheduleStartAt,
    numConsecutiveWindows: doc.numConsecutiveWindows,
    thresholdType: doc.thresholdType,
    source: doc.source,
    state: doc.state,
    channel: channels[0],
    channels: context.flavor === 'oss' ? channels : undefined,
    teamId: IDENTITY.teamId,
    ...target,
    silenced: doc.silenced,
    executionErrors: doc.executionErrors,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  });
}

function requireAlert(context: Context, id: string): Doc {
  const doc = context.store.get('alerts', id);
  if (!doc) throw notFound('Alert not found');
  return doc;
}

export const listAlerts: Handler = (context, input) => {
  const { items, page } = paginate(input, context.store.list('alerts'));
  return { payload: items.map((doc) => serializeAlert(context, doc)), page };
};

export const getAlert: Handler = (context, input) => ({ payload: serializeAlert(context, requireAlert(context, idParam(input))) });

export const createAlert: Handler = (context, input) => {
  const body = parseBody(alertSchema(context.flavor, false), input);
  const channels = checkReferences(context, body);
  const now = nowIso();
  const doc = context.store.put('alerts', compact({
    id: context.store.mintId(),
    ...writtenFields(body, channels),
    groupBy: body.source === 'tile' ? null : body.groupBy ?? null,
    thresholdMax: body.thresholdMax,
    scheduleOffsetMinutes: body.scheduleOffsetMinutes,
    scheduleStartAt: isoOrNull(body.scheduleStartAt),
    state: 'OK',
    createdAt: now,
    updatedAt: now,
  }));
  return { payload: serializeAlert(context, doc) };
};

/**
 * PUT is a partial $set (OSS notes §3; Cloud notes §4.5): omitted name/message/note/numConsecutiveWindows become
 * null; thresholdMax, scheduleOffsetMinutes, scheduleStartAt and groupBy survive when omitted; scheduleStartAt
 * null forces the offset to 0; state, silenced and executionErrors are never touched.
 */
export const updateAlert: Handler = (context, input) => {
  const id = idParam(input);
  const previous = requireAlert(context, id);
  const body = parseBody(alertSchema(context.flavor, true), input);
  const channels = checkReferences(context, body);
  const next: Doc = { ...previous, ...writtenFields(body, channels), updatedAt: nowIso() };
  if (body.thresholdMax !== undefined) next.thresholdMax = body.thresholdMax;
  if (body.scheduleOffsetMinutes !== undefined) next.scheduleOffsetMinutes = body.scheduleOffsetMinutes;
  if (body.scheduleStartAt !== undefined) next.scheduleStartAt = isoOrNull(body.scheduleStartAt);
  if (body.scheduleStartAt === null) next.scheduleOffsetMinutes = 0;
  next.groupBy = body.source === 'tile' ? null : body.groupBy ?? previous.groupBy ?? null;
  return { payload: serializeAlert(context, context.store.put('alerts', next)) };
};

export const deleteAlert: Handler = (context, input) => {
  const id = idParam(input);
  if (!context.store.remove('alerts', id)) throw notFound('Alert not found');
  return {};
};
