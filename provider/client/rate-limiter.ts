// Client-side limiter: at most `limit` requests in any `windowMs`, per API key, shared by every client in the
// process that uses the same key (the servers count per key, not per client).
import { createHash } from 'node:crypto';
import { Clock, realClock, throwIfAborted } from './clock';
import { AbortedError } from './errors';

export interface RateLimit {
  limit: number;
  windowMs: number;
}

export class RateLimiter {
  /** Send times of the most recent requests, oldest first; never longer than `limit`. */
  private readonly sendTimes: number[] = [];
  private pausedUntil = 0;
  /** Waiters are served in order; each link settles when its waiter got a slot or gave up. */
  private queueTail: Promise<void> = Promise.resolve();

  constructor(readonly rate: RateLimit, private readonly clock: Clock = realClock) {
    if (!(rate.limit >= 1) || !(rate.windowMs > 0)) {
      throw new RangeError(`rate limit needs limit >= 1 and windowMs > 0, got ${rate.limit}/${rate.windowMs}ms`);
    }
  }

  /** Waits for a free slot and takes it. */
  async acquire(signal?: AbortSignal): Promise<void> {
    throwIfAborted(signal);
    const turn = raceAbort(this.queueTail, signal).then(() => this.takeSlot(signal));
    this.queueTail = turn.catch(() => undefined);
    return turn;
  }

  /** Holds every caller until `untilMs`: the server said the window is spent (a 429). */
  pauseUntil(untilMs: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, untilMs);
  }

  /** How long a caller arriving now would wait; 0 when a slot is free. */
  waitMs(): number {
    const now = this.clock.now();
    while (this.sendTimes.length > 0 && this.sendTimes[0] + this.rate.windowMs <= now) this.sendTimes.shift();
    const windowWait = this.sendTimes.length >= this.rate.limit ? this.sendTimes[0] + this.rate.windowMs - now : 0;
    return Math.max(windowWait, this.pausedUntil - now, 0);
  }

  private async takeSlot(signal?: AbortSignal): Promise<void> {
    for (let wait = this.waitMs(); wait > 0; wait = this.waitMs()) await this.clock.sleep(wait, signal);
    this.sendTimes.push(this.clock.now());
    if (this.sendTimes.length > this.rate.limit) this.sendTimes.shift();
  }
}

function raceAbort(promise: Promise<void>, signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return promise;
  return new Promise<void>((resolve, reject) => {
    const onAbort = (): void => reject(new AbortedError('The operation was aborted'));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Per clock: send times on one clock mean nothing on another (a test's virtual clock gets limiters of its own). */
const sharedLimiters = new WeakMap<Clock, Map<string, RateLimiter>>();

/** The limiter of one credential and rate; the credential is kept only as a hash. */
export function sharedRateLimiter(credential: string, rate: RateLimit, clock: Clock = realClock): RateLimiter {
  const fingerprint = createHash('sha256').update(credential).digest('hex');
  const key = `${fingerprint}|${rate.limit}/${rate.windowMs}`;
  let limiters = sharedLimiters.get(clock);
  if (!limiters) {
    limiters = new Map();
    sharedLimiters.set(clock, limiters);
  }
  let limiter = limiters.get(key);
  if (!limiter) {
    limiter = new RateLimiter(rate, clock);
    limiters.set(key, limiter);
  }
  return limiter;
}
