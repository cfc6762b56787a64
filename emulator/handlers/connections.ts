// Connections (OSS only, notes §7): password never returned, kept on PUT when omitted or empty.
import type { Context, Handler } from '../context';
import { nowIso } from '../context';
import { notFound } from '../errors';
import type { Doc } from '../store';
import { bool, nullable, obj, optional, str } from '../validation/schema';
import { compact, idParam, parseBody } from './common';

const connectionSchema = obj<Record<string, any>>({ // eslint-disable-line @typescript-eslint/no-explicit-any -- validated JSON
  name: str({ min: 1 }),
  host: str({ min: 1 }),
  username: str(),
  password: optional(str()),
  hyperdxSettingPrefix: optional(nullable(str({ regex: [/^([a-z0-9_]+)?$/, 'Invalid'] }))),
  isPrometheusEndpoint: optional(bool()),
});

export const serializeConnection = ({ password: _password, ...rest }: Doc): Record<string, unknown> => rest;

function requireConnection(context: Context, id: string): Doc {
  const doc = context.store.get('connections', id);
  if (!doc) throw notFound('Connection not found', true);
  return doc;
}

export const listConnections: Handler = (context) => ({ payload: context.store.list('connections').map(serializeConnection) });
export const getConnection: Handler = (context, input) => ({ payload: serializeConnection(requireConnection(context, idParam(input))) });

export const createConnection: Handler = (context, input) => {
  const body = parseBody(connectionSchema, input);
  const now = nowIso();
  const doc = compact({ id: context.store.mintId(), ...body, hyperdxSettingPrefix: body.hyperdxSettingPrefix || undefined, createdAt: now, updatedAt: now });
  return { payload: serializeConnection(context.store.put('connections', doc)) };
};

export const updateConnection: Handler = (context, input) => {
  const id = idParam(input);
  const previous = requireConnection(context, id);
  const body = parseBody(connectionSchema, input);
  const prefix = body.hyperdxSettingPrefix === undefined ? previous.hyperdxSettingPrefix : body.hyperdxSettingPrefix || undefined;
  const doc = compact({ ...previous, ...body, password: body.password || previous.password, hyperdxSettingPrefix: prefix, updatedAt: nowIso() });
  return { payload: serializeConnection(context.store.put('connections', doc)) };
};

/** Does not check dependent sources (OSS notes §7). */
export const deleteConnection: Handler = (context, input) => {
  if (!context.store.remove('connections', idParam(input))) throw notFound('Connection not found', true);
  return {};
};
