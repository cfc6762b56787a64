// Request bodies as the OSS server's app-level parsers read them (RULES §1.3), before any route, rate limiter
// or auth: JSON, plain text and form bodies by their media type, `{}` for anything else or nothing.
import * as querystring from 'node:querystring';
import { ApiError } from './errors';

export const MAX_BODY_BYTES = 32 * 1024 * 1024;

/** Parse failures: not the server's own errors, so only a JSON syntax error gets a message of its own. */
const INVALID_JSON = new ApiError(400, 'Invalid JSON payload');
const TOO_LARGE = new ApiError(413, 'Something went wrong :(');

type ParsedBody = { body: unknown } | { error: ApiError };

/** `bytes` is undefined when the body went over the size limit. */
export function parseBody(contentType: string | undefined, bytes: Buffer | undefined): ParsedBody {
  if (bytes === undefined) return { error: TOO_LARGE };
  const mediaType = (contentType ?? '').split(';')[0].trim().toLowerCase();
  const text = bytes.toString('utf8');
  switch (mediaType) {
    case 'application/json':
      if (!bytes.length) return { body: {} };
      // Strict mode: only an object or an array is a JSON body.
      if (!/^[ \t\n\r]*[[{]/.test(text)) return { error: INVALID_JSON };
      try {
        return { body: JSON.parse(text) };
      } catch {
        return { error: INVALID_JSON };
      }
    case 'text/plain':
      return { body: text };
    case 'application/x-www-form-urlencoded':
      return { body: { ...querystring.parse(text) } };
    default:
      return { body: {} };
  }
}
