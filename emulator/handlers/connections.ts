// Connections (OSS only, RULES §10): password never returned, kept on PUT when omitted or empty.
import type { Context, Handler } from '../context';
import { nowIso } from '../context';
import { notFound } from '../errors';
import { compact } from '../json';
import type { Doc } from '../store';
import { bool, literal, obj, str, union } from '../validation/schema';
import { validateRequest } from './common';

const PREFIX = /^[a-z0-9_]+$/i;
const fields = { name: str(), host: str(), username: str(), password: str().optional(), isPrometheusEndpoint: bool().optional() };
const createSchema = obj({ ...fields, hyperdxSettingPrefix: str().regex(PREFIX).optional().nullable() });
/** An update also takes `""`, which clears the prefix. */
const updateSchema = obj({ ...fields, hyperdxSettingPrefix: union<string>(str().regex(PREFIX), literal('')).optional().nullable() });

const serializeConnection = (doc: Doc): Record<string, unknown> =>
  compact({ id: doc.id, name: doc.name, host: doc.host, username: doc.username, hyperdxSettingPrefix: doc.hyperdxSettingPrefix, isPrometheusEndpoint: doc.isPrometheusEndpoint, createdAt: doc.createdAt, updatedAt: doc.updatedAt });

function requireConnection(context: Context, id: string): Doc {
  const doc = context.store.get('connections', id);
  if (!doc) throw notFound('Connection not found', true);
  return doc;
}

export const listConnections: Handler = (context) => ({ payload: context.store.list('connections').map(serializeConnection) });
export const getConnection: Handler = (context, input) => ({ payload: serializeConnection(requireConnection(context, validateRequest(input, { id: true }).id)) });

export const createConnection: Handler = (context, input) => {
  const { body } = validateRequest(input, { body: createSchema });
  const now = nowIso();
  const doc = compact({ id: context.store.mintId(), ...body, password: body.password ?? '', hyperdxSettingPrefix: body.hyperdxSettingPrefix ?? undefined, createdAt: now, updatedAt: now });
  return { payload: serializeConnection(context.store.put('connections', doc)) };
};

/** A prefix of null or `""` is removed, an omitted one kept; an omitted or empty password keeps the stored one. */
export const updateConnection: Handler = (context, input) => {
  const { body, id } = validateRequest(input, { body: updateSchema, id: true });
  const previous = requireConnection(context, id);
  const { hyperdxSettingPrefix: prefix, ...rest } = body;
  const kept = prefix === null || prefix === '' ? undefined : prefix || previous.hyperdxSettingPrefix;
  const doc = compact({ ...previous, ...rest, password: body.password || previous.password, hyperdxSettingPrefix: kept, updatedAt: nowIso() });
  return { payload: serializeConnection(context.store.put('connections', doc)) };
};

/** Does not check dependent sources. */
export const deleteConnection: Handler = (context, input) => {
  if (!context.store.remove('connections', validateRequest(input, { id: true }).id)) throw notFound('Connection not found', true);
  return {};
};
