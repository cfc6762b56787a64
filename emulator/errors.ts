// Errors raised by the flavor-independent route handlers. Each flavor's envelope turns them into its own wire
// shape: OSS `{message}` (or the plain-text bodies some OSS routers send), Cloud `{status, error, requestId}`.
import { formatIssues, type Issue } from './validation/schema';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** OSS routers that answer with `res.sendStatus` send this text instead of JSON (dashboards, connections, team). */
    readonly ossText?: string,
    /** OSS /charts/series and a few others put the message under `error` instead of `message`. */
    readonly ossKey: 'message' | 'error' = 'message',
    /** An OSS body other than `{[ossKey]: message}` (the /team routes' validation array). */
    readonly ossBody?: unknown,
  ) {
    super(message);
  }
}

export const badRequest = (message: string): ApiError => new ApiError(400, message);

/** 400 with the zod-style message the real servers send for body, params or query validation. */
export function validationFailed(part: 'Body' | 'Params' | 'Query', issues: Issue[]): ApiError {
  return new ApiError(400, `${part} validation failed: ${formatIssues(issues)}`);
}

/** 404; `plainText` marks the OSS routers whose 404 is the text `Not Found`. */
export function notFound(message: string, plainText = false): ApiError {
  return new ApiError(404, message, plainText ? 'Not Found' : undefined);
}
