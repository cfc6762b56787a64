import { backoffDelayMs, defaultRetry, isIdempotent, rateLimitWaitMs } from './retry';

describe('backoffDelayMs', () => {
  const options = { ...defaultRetry(60_000), baseDelayMs: 100, maxDelayMs: 1_000 };

  it('stays within [d/2, d] with d doubling per retry', () => {
    for (const [retry, ceiling] of [[0, 100], [1, 200], [2, 400], [3, 800]] as const) {
      expect(backoffDelayMs(retry, options, () => 0)).toBe(ceiling / 2);
      expect(backoffDelayMs(retry, options, () => 0.999999)).toBeCloseTo(ceiling, 0);
    }
  });

  it('is capped by maxDelayMs', () => {
    expect(backoffDelayMs(10, options, () => 1)).toBe(1_000);
    expect(backoffDelayMs(50, options, () => 0)).toBe(500);
  });

  it('jitters: different random draws give different delays', () => {
    expect(backoffDelayMs(2, options, () => 0.25)).not.toBe(backoffDelayMs(2, options, () => 0.75));
  });
});

describe('isIdempotent', () => {
  it('retries GET, PUT and DELETE only', () => {
    expect(['GET', 'PUT', 'DELETE', 'POST'].map(isIdempotent)).toEqual([true, true, true, false]);
  });
});

describe('rateLimitWaitMs', () => {
  const now = Date.parse('2026-11-26T20:00:00Z');

  it('prefers RateLimit-Reset (seconds to reset) over Retry-After', () => {
    expect(rateLimitWaitMs({ 'ratelimit-reset': '17', 'retry-after': '60' }, now)).toBe(17_000);
  });

  it('reads Retry-After in seconds or as an HTTP date', () => {
    expect(rateLimitWaitMs({ 'retry-after': '60' }, now)).toBe(60_000);
    expect(rateLimitWaitMs({ 'retry-after': 'Thu, 26 Nov 2026 20:00:05 GMT' }, now)).toBe(5_000);
    expect(rateLimitWaitMs({ 'retry-after': 'Thu, 26 Nov 2026 19:00:00 GMT' }, now)).toBe(0);
  });

  it('reads X-RateLimit-Reset as a delta or as epoch seconds', () => {
    expect(rateLimitWaitMs({ 'x-ratelimit-reset': '8' }, now)).toBe(8_000);
    expect(rateLimitWaitMs({ 'x-ratelimit-reset': String(now / 1000 + 3) }, now)).toBe(3_000);
  });

  it('skips malformed values and reports nothing without headers', () => {
    expect(rateLimitWaitMs({ 'ratelimit-reset': 'soon', 'retry-after': '2' }, now)).toBe(2_000);
    expect(rateLimitWaitMs({ 'ratelimit-reset': '-1' }, now)).toBeUndefined();
    expect(rateLimitWaitMs({}, now)).toBeUndefined();
  });

  it('takes the first of repeated header values', () => {
    expect(rateLimitWaitMs({ 'retry-after': ['4', '9'] }, now)).toBe(4_000);
  });
});
