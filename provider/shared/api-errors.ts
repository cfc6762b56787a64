// API failures as Terraform wants them: an error diagnostic that says what the provider was doing, and an object that is
// gone read as gone (dropped from state) or, on delete, as deleted.
import { AbortedError, type CallOptions, ClickStackError, ConnectionError, NotFoundError } from '../client';
import type { CallContext, Diagnostics } from '../runtime/provider';
import type { TfObject } from '../runtime/types';

/** The client's call options for a provider call: Terraform's stop and the runtime's deadline. */
export function callOptions(ctx: Pick<CallContext, 'signal' | 'stop'>): CallOptions {
  return { signal: ctx.signal, stop: ctx.stop };
}

/**
 * Connection failures already reported: reads that share one request (a list) share its failure too, and a person
 * reads its explanation once; the others refer to it.
 */
const reported = new WeakSet<ConnectionError>();

/**
 * The call's result, or null with the error diagnostic `summary` (saying what the provider was doing; the client's
 * message, already redacted, is the detail) when the API failed. An interruption is rethrown so that the server reports
 * it as such; anything else thrown is a bug and stays one.
 */
export async function reportingApiErrors<T>(summary: string, diagnostics: Diagnostics, call: () => Promise<T>): Promise<T | null> {
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof ClickStackError) || error instanceof AbortedError) throw error;
    if (error instanceof ConnectionError && reported.has(error)) diagnostics.error(summary, error.reference);
    else diagnostics.error(summary, error.message);
    if (error instanceof ConnectionError) reported.add(error);
    return null;
  }
}

/** The object, or null when the server says it is gone (Terraform then drops it from state). */
export async function readOrGone<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

/**
 * A refresh: the state `read` makes of the server's object, null when the server says it is gone, or the state as it
 * was, with the error diagnostic `summary`, when the API failed (Terraform keeps it, and the refresh fails).
 */
export async function refreshing(summary: string, ctx: CallContext, state: TfObject, read: () => Promise<TfObject | null>): Promise<TfObject | null> {
  const found = await reportingApiErrors(summary, ctx.diagnostics, async () => ({ state: await readOrGone(read) }));
  return found === null ? state : found.state;
}

/** Deletes; an object already gone counts as deleted. Other failures become the error diagnostic `summary`. */
export async function deleteIfPresent(summary: string, ctx: CallContext, remove: () => Promise<void>): Promise<void> {
  await reportingApiErrors(summary, ctx.diagnostics, () => readOrGone(remove));
}
