// Sources (OSS notes §5; Cloud notes §3, §4.8): full-replace PUT, connection reference check, no cascades.
import type { Context, Handler } from '../context';
import { badRequest, notFound } from '../errors';
import type { Doc } from '../store';
import { isObjectIdLike } from '../validation/schema';
import { sourceSchema, shortGranularity } from '../validation/source';
import { idParam, parseBody } from './common';

function checkConnection(context: Context, body: Record<string, unknown>): void {
  if (!isObjectIdLike(body.connection)) throw badRequest('connection must be a valid connection id');
  if (!context.store.get('connections', body.connection)) throw badRequest('connection must be an existing connection id');
}

/** The response: the stored document (no timestamps, no team), granularities in short form. */
export function serializeSource(context: Context, doc: Doc): Record<string, unknown> {
  const out: Record<string, unknown> = { ...doc };
  if (Array.isArray(doc.materializedViews)) {
    out.materializedViews = doc.materializedViews.map((view: Doc) => ({ ...view, minGranularity: shortGranularity(view.minGranularity) }));
  }
  if (doc.metadataMaterializedViews) out.metadataMaterializedViews = { ...doc.metadataMaterializedViews, granularity: shortGranularity(doc.metadataMaterializedViews.granularity) };
  if (context.flavor === 'cloud') delete out.serviceVersionExpression;
  else delete out.filterSettings;
  return out;
}

function requireSource(context: Context, id: string): Doc {
  const doc = context.store.get('sources', id);
  if (!doc) throw notFound('Source not found');
  return doc;
}

export const listSources: Handler = (context) => ({ payload: context.store.list('sources').map((doc) => serializeSource(context, doc)) });

export const getSource: Handler = (context, input) => ({ payload: serializeSource(context, requireSource(context, idParam(input))) });

export const createSource: Handler = (context, input) => {
  const body = parseBody(sourceSchema(context.flavor), input);
  checkConnection(context, body);
  return { payload: serializeSource(context, context.store.put('sources', { id: context.store.mintId(), ...body })) };
};

export const updateSource: Handler = (context, input) => {
  const id = idParam(input);
  requireSource(context, id);
  const body = parseBody(sourceSchema(context.flavor), input);
  checkConnection(context, body);
  return { payload: serializeSource(context, context.store.put('sources', { id, ...body })) };
};

export const deleteSource: Handler = (context, input) => {
  if (!context.store.remove('sources', idParam(input))) throw notFound('Source not found');
  return {};
};
