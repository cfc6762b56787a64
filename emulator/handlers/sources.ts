// Sources (RULES §8): full-replace PUT, the connection check, the model's defaults, and no cascades.
import type { Context, Handler, HandlerInput } from '../context';
import { ApiError, notFound } from '../errors';
import { withExtraFields } from '../extra-fields';
import type { Doc } from '../store';
import { isObjectIdLike } from '../validation/schema';
import { longGranularity, mapGranularities, shortGranularity, sourceSchema } from '../validation/source';
import { validateRequest } from './common';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON documents

/** Short granularities (`15m`) are turned into the stored long form before the schema sees the body. */
function parseSource(context: Context, input: HandlerInput, update: boolean): { body: Json; id: string } {
  const body = input.body && typeof input.body === 'object' && !Array.isArray(input.body) ? mapGranularities(input.body as Json, longGranularity) : input.body;
  const parsed = validateRequest({ ...input, body }, { body: sourceSchema(context.flavor), id: update });
  if (!isObjectIdLike(parsed.body.connection)) throw new ApiError(400, 'connection must be a valid connection id');
  if (!context.store.get('connections', parsed.body.connection)) throw new ApiError(400, 'connection must be an existing connection id');
  return parsed;
}

/** What the model fills in when a write leaves it out (RULES §8.3). */
export function withModelDefaults<T extends Json>(source: T): T {
  const searchable = source.kind === 'log' || source.kind === 'trace';
  return {
    disabled: false,
    querySettings: [],
    ...(searchable ? { highlightedTraceAttributeExpressions: [], highlightedRowAttributeExpressions: [], materializedViews: [] } : {}),
    ...source,
  };
}

/** The response: the stored document (no timestamps, no team), granularities in short form. */
function serializeSource(context: Context, doc: Doc): Json {
  const out = mapGranularities(doc, shortGranularity);
  if (out.kind === 'session' && !out.timestampValueExpression) out.timestampValueExpression = 'TimestampTime';
  if (context.flavor === 'cloud') delete out.serviceVersionExpression;
  else delete out.filterSettings;
  return withExtraFields(context)(out);
}

export const listSources: Handler = (context) => ({ payload: context.store.list('sources').map((doc) => serializeSource(context, doc)) });

export const getSource: Handler = (context, input) => {
  const doc = context.store.get('sources', validateRequest(input, { id: true }).id);
  if (!doc) throw notFound('Source not found');
  return { payload: serializeSource(context, doc) };
};

export const createSource: Handler = (context, input) => {
  const { body } = parseSource(context, input, false);
  return { payload: serializeSource(context, context.store.put('sources', { id: context.store.mintId(), ...withModelDefaults(body) })) };
};

/**
 * A full replace. A change of kind is a raw write, but the new kind's model fills its defaults in whenever it loads
 * the document, so every read shows them either way (RULES §8.3).
 */
export const updateSource: Handler = (context, input) => {
  const { body, id } = parseSource(context, input, true);
  if (!context.store.get('sources', id)) throw notFound('Source not found');
  return { payload: serializeSource(context, context.store.put('sources', { id, ...withModelDefaults(body) })) };
};

export const deleteSource: Handler = (context, input) => {
  if (!context.store.remove('sources', validateRequest(input, { id: true }).id)) throw notFound('Source not found');
  return {};
};
