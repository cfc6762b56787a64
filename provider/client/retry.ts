// Retry policy: which failures are retried, how long to back off, and what a 429 asks us to wait.

export interface RetryOptions {
  /** Attempts in total, the first included. */
  maxAttempts: number;
  /** Backoff before the first retry; doubles per retry up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** No retry after a 5xx or a network error starts past this much time since the call began (429 waits not counted). */
  maxElapsedMs: number;
  /**
   * How long one request may wait out 429s in all. They count against neither `maxAttempts` nor `maxElapsedMs`: a
   * request refused before processing is waited out as long as the server asks, within this.
   */
  rateLimitBudgetMs: number;
}

/** A request waits out at most this many of the server's rate-limit windows: a storm over several windows is ridden out. */
export const RATE_LIMIT_BUDGET_WINDOWS = 10;

/** The retry policy for a server whose rate-limit window is `windowMs` (OSS 60 s, Cloud 10 s: api-behaviour §3). */
export function defaultRetry(windowMs: number): RetryOptions {
  return { maxAttempts: 6, baseDelayMs: 250, maxDelayMs: 8_000, maxElapsedMs: 120_000, rateLimitBudgetMs: RATE_LIMIT_BUDGET_WINDOWS * windowMs };
}

/** Methods that may be repeated on a 5xx or a network error without creating anything twice. */
export function isIdempotent(method: string): boolean {
  return method === 'GET' || method === 'PUT' || method === 'DELETE';
}

/**
 * Delay before retry number `retryIndex` (0 = first retry): "equal jitter", uniformly in [d/2, d] with
 * d = min(maxDelayMs, baseDelayMs * 2^retryIndex), so clients spread out yet never retry at once.
 */
export function backoffDelayMs(retryIndex: number, options: RetryOptions, random: () => number = Math.random): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** retryIndex);
  return ceiling / 2 + random() * (ceiling / 2);
}

type HeaderValue = string | string[] | undefined;

function header(headers: Record<string, HeaderValue>, name: string): string | undefined {
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

function secondsToMs(text: string): number | undefined {
  const seconds = Number(text.trim());
  return text.trim() !== '' && Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

/** Values this large are absolute epoch seconds, not a delta (GitHub-style X-RateLimit-Reset). */
const EPOCH_SECONDS_THRESHOLD = 1e9;

/**
 * What a 429 asks us to wait, in ms, from the first header present of `RateLimit-Reset` (seconds to the window
 * reset), `Retry-After` (seconds or an HTTP date) and `X-RateLimit-Reset` (seconds, or epoch seconds).
 * Header names must be lower-case (as Node delivers them).
 */
export function rateLimitWaitMs(headers: Record<string, HeaderValue>, nowMs: number): number | undefined {
  const reset = header(headers, 'ratelimit-reset');
  if (reset !== undefined) {
    const ms = secondsToMs(reset);
    if (ms !== undefined) return ms;
  }
  const retryAfter = header(headers, 'retry-after');
  if (retryAfter !== undefined) {
    const ms = secondsToMs(retryAfter);
    if (ms !== undefined) return ms;
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - nowMs);
  }
  const xReset = header(headers, 'x-ratelimit-reset');
  if (xReset !== undefined) {
    const ms = secondsToMs(xReset);
    if (ms !== undefined) return ms >= EPOCH_SECONDS_THRESHOLD * 1000 ? Math.max(0, ms - nowMs) : ms;
  }
  return undefined;
}
