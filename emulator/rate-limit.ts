// Fixed-window rate limiter (express-rate-limit's MemoryStore semantics): one counter per key per window.
export interface RateLimitSettings {
  limit: number;
  windowMs: number;
}

/** The real limits: OSS 100 per 60 s (RULES §1.6), Cloud 10 per 10 s (RULES §12.2). */
export const REAL_LIMITS: Record<'oss' | 'cloud', RateLimitSettings> = {
  oss: { limit: 100, windowMs: 60_000 },
  cloud: { limit: 10, windowMs: 10_000 },
};

export interface RateLimitDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
  windowSeconds: number;
}

export class FixedWindowLimiter {
  private windowStart = Date.now();
  private counts = new Map<string, number>();
  /** Until then every request is refused: a storm (a test fault, RULES §15). */
  private stormUntil = 0;

  constructor(private readonly settings: RateLimitSettings) {}

  hit(key: string): RateLimitDecision {
    const now = this.now();
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    return this.decision(count, now);
  }

  /** The state a forced 429 reports (fault injection), without counting. */
  peek(key: string): RateLimitDecision {
    return { ...this.decision(Math.max(this.counts.get(key) ?? 0, this.settings.limit + 1), this.now()), allowed: false };
  }

  /** Refuses every request until `windows` windows have ended, the one under way counting as the first (RULES §15). */
  storm(windows: number): void {
    this.stormUntil = this.windowStart + windows * this.settings.windowMs;
    this.now();
  }

  /** Whether a storm is under way. */
  storming(): boolean {
    return this.now() < this.stormUntil;
  }

  /** A new window, with no request counted, and no storm. */
  reset(now = Date.now()): void {
    this.windowStart = now;
    this.counts.clear();
    this.stormUntil = 0;
  }

  /** The time, after starting a new window if the one under way has ended. */
  private now(): number {
    const now = Date.now();
    if (now - this.windowStart >= this.settings.windowMs) {
      // Windows follow each other (a storm's end stays on a window boundary), empty ones included.
      this.windowStart += Math.floor((now - this.windowStart) / this.settings.windowMs) * this.settings.windowMs;
      this.counts.clear();
    }
    return now;
  }

  private decision(count: number, now: number): RateLimitDecision {
    return {
      allowed: count <= this.settings.limit,
      limit: this.settings.limit,
      remaining: Math.max(0, this.settings.limit - count),
      resetSeconds: Math.max(0, Math.ceil((this.windowStart + this.settings.windowMs - now) / 1000)),
      windowSeconds: Math.ceil(this.settings.windowMs / 1000),
    };
  }
}
