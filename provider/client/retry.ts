// Retry policy: which failures are retried, how long to back off, and what a 429 asks us to wait.

export interface RetryOptions {
  /** Attempts in total, the first included. */
  maxAttempts: number;
  /** Backoff before the first retry; doubles per retry up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** No retry starts (and no 429 wait is taken) past this much time since the call began. */
  maxElapsedMs: number;
}

export const DEFAULT_RETRY: RetryOptions = {
  maxAttempts: 6,
  baseDelayMs: 250,
  maxDelayMs: 8_000,
  // Long enough to sit out one full OSS rate-limit window (60 s).
  maxElapsedMs: 120_000,
};

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
