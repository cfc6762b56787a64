// Helpers shared by the route handlers: request parsing with the servers' 400 messages, and pagination.
import type { HandlerInput, Page } from '../context';
import { validationFailed } from '../errors';
import type { Doc } from '../store';
import { isObjectIdLike, parse, type Parser } from '../validation/schema';

/** Parses the body or throws the 400 `Body validation failed: …`. */
export function parseBody<T>(parser: Parser<T>, input: HandlerInput): T {
  const result = parse(parser, input.body);
  if (!result.ok) throw validationFailed('Body', result.issues);
  return result.value;
}

/** The `:id` path parameter, checked like mongoose's ObjectId.isValid. */
export function idParam(input: HandlerInput): string {
  const id = input.params.id;
  if (!isObjectIdLike(id)) throw validationFailed('Params', [{ path: ['id'], message: 'Invalid ObjectId' }]);
  return id;
}

/** `limit` (1–1000, default 1000) and `offset` (≥0) coerced from strings (OSS notes §1 inventory). */
export function paginate(input: HandlerInput, docs: Doc[]): { items: Doc[]; page: Page } {
  const issues: Array<{ path: string[]; message: string }> = [];
  const read = (name: string, min: number, max: number, fallback: number): number => {
    const raw = input.query.get(name);
    if (raw === null) return fallback;
    const value = Number(raw);
    if (raw.trim() === '' || Number.isNaN(value)) issues.push({ path: [name], message: 'Expected number, received nan' });
    else if (!Number.isInteger(value)) issues.push({ path: [name], message: 'Expected integer, received float' });
    else if (value < min) issues.push({ path: [name], message: `Number must be greater than or equal to ${min}` });
    else if (value > max) issues.push({ path: [name], message: `Number must be less than or equal to ${max}` });
    return value;
  };
  const limit = read('limit', 1, 1000, 1000);
  const offset = read('offset', 0, Number.MAX_SAFE_INTEGER, 0);
  if (issues.length) throw validationFailed('Query', issues);
  return { items: docs.slice(offset, offset + limit), page: { total: docs.length, limit, offset } };
}

/** Drops undefined properties so that JSON output and stored documents agree. */
export function compact<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
