// What the route handlers share: request validation with the servers' 400 messages, and pagination.
import type { HandlerInput, Page } from '../context';
import { ApiError } from '../errors';
import type { Doc } from '../store';
import { coercedNumber, formatIssues, num, obj, objectId, parse, type Issue, type Schema } from '../validation/schema';

type Part = 'Body' | 'Params' | 'Query';

/** 400 naming every part that failed, body first (RULES §2.2). */
function failure(failures: Array<[Part, Issue[]]>): ApiError {
  return new ApiError(400, failures.map(([part, issues]) => `${part} validation failed: ${formatIssues(issues)}`).join('; '));
}

const idParams = obj<{ id: string }>({ id: objectId() });

/**
 * Validates the parts a route declares, all of them, and throws one 400 listing every failure; else the parsed
 * body (unknown keys dropped, defaults applied), the `:id` and the query.
 */
export function validateRequest<B = unknown, Q = unknown>(
  input: HandlerInput,
  parts: { body?: Schema<B>; id?: boolean; query?: Schema<Q> },
): { body: B; id: string; query: Q } {
  const failures: Array<[Part, Issue[]]> = [];
  const run = <T>(part: Part, schema: Schema<T> | undefined, value: unknown): T | undefined => {
    if (!schema) return undefined;
    const result = parse(schema, value);
    if (result.ok) return result.value;
    failures.push([part, result.issues]);
    return undefined;
  };
  const body = run('Body', parts.body, input.body);
  const params = run('Params', parts.id ? idParams : undefined, input.params);
  const query = run('Query', parts.query, Object.fromEntries(input.query));
  if (failures.length) throw failure(failures);
  return { body: body as B, id: params?.id ?? '', query: query as Q };
}

/** `limit` 1–1000 (default 1000) and `offset` ≥ 0 (default 0), coerced from the query string. */
export const paginationQuery = obj<{ limit: number; offset: number }>({
  limit: coercedNumber(num().int().min(1).max(1000)).default(1000),
  offset: coercedNumber(num().int().min(0)).default(0),
});

/** One page of `docs` (stored order is `_id` order). */
export function paginate(docs: Doc[], { limit, offset }: { limit: number; offset: number }): { items: Doc[]; page: Page } {
  return { items: docs.slice(offset, offset + limit), page: { total: docs.length, limit, offset } };
}

