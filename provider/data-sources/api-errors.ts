// Failures of the ClickStack API as diagnostics with a summary saying what the data source was doing; the client's
// message (already redacted) is the detail. An interruption is rethrown so that the server reports it as such.
import { AbortedError, ClickStackError } from '../client';
import type { Diagnostics } from '../runtime/provider';

/** The call's result, or null with an error diagnostic `summary` when the API failed. */
export async function reportingApiErrors<T>(summary: string, diagnostics: Diagnostics, call: () => Promise<T>): Promise<T | null> {
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof ClickStackError) || error instanceof AbortedError) throw error;
    diagnostics.error(summary, error.message);
    return null;
  }
}
