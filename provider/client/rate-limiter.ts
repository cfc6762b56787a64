// Client-side limiter: at most `limit` requests in any `windowMs`, per API key, shared by every client in the
// process that uses the same key (the servers count per key, not per client), and through a ledger with the provider
// processes that come before and after this one (Terraform starts one per command step: a plan's requests count
// against the apply that follows it).
import { createHash } from 'node:crypto';
import { Clock, realClock, throwIfAborted } from './clock';
import { AbortedError } from './errors';
import { ledgerFile, type RequestLedger } from './rate-limit-ledger';

export interface RateLimit {
  limit: number;
  windowMs: number;
}

/** A slot taken for one request: `answered` is called when the server's answer (or a failure) has come back. */
export interface Slot {
  answered(): void;
}

/**
 * A server counts a request when it arrives, somewhere between its sending and its answer. So a request holds its slot
 * from the moment it is sent, and counts as made at its answer: the request `limit` places later then leaves only once
 * the earlier one has certainly been counted a whole window ago, and no fixed or sliding window of the server ever sees
 * more than `limit`, whatever the network's delays.
 */
export class RateLimiter {
  /** When each recent request counts as made, by its key (this process's requests and, through the ledger, others'). */
  private readonly madeAt = new Map<string, number>();
  private readonly processKey = `${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
  private sent = 0;
  private pausedUntil = 0;
  /** Waiters are served in order; each link settles when its waiter got a slot or gave up. */
  private queueTail: Promise<void> = Promise.resolve();

  constructor(
    readonly rate: RateLimit,
    private readonly clock: Clock = realClock,
    /** Requests of other processes with the same key (times in epoch milliseconds, so only with the real clock). */
    private readonly ledger?: RequestLedger,
  ) {
    if (!(rate.limit >= 1) || !(rate.windowMs > 0)) {
      throw new RangeError(`rate limit needs limit >= 1 and windowMs > 0, got ${rate.limit}/${rate.windowMs}ms`);
    }
  }

  /** Waits for a free slot and takes it; call `answered` on the slot when the request is over. */
  async acquire(signal?: AbortSignal): Promise<Slot> {
    throwIfAborted(signal);
    const turn = raceAbort(this.queueTail, signal).then(() => this.takeSlot(signal));
    this.queueTail = turn.then(
      () => undefined,
      () => undefined,
    );
    return turn;
  }

  /** Holds every caller until `untilMs`: the server said the window is spent (a 429). */
  pauseUntil(untilMs: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, untilMs);
  }

  /** How long a caller arriving now would wait; 0 when a slot is free. */
  waitMs(): number {
    const now = this.clock.now();
    this.mergeLedger(now);
    for (const [key, at] of this.madeAt) if (at + this.rate.windowMs <= now) this.madeAt.delete(key);
    let windowWait = 0;
    if (this.madeAt.size >= this.rate.limit) {
      // The slot that frees first is the one of the request made `limit` requests before the next one.
      const times = [...this.madeAt.values()].sort((a, b) => a - b);
      windowWait = times[times.length - this.rate.limit] + this.rate.windowMs - now;
    }
    return Math.max(windowWait, this.pausedUntil - now, 0);
  }

  private async takeSlot(signal?: AbortSignal): Promise<Slot> {
    for (let wait = this.waitMs(); wait > 0; wait = this.waitMs()) await this.clock.sleep(wait, signal);
    const key = `${this.processKey}-${++this.sent}`;
    const made = (): void => {
      const at = this.clock.now();
      this.madeAt.set(key, at);
      this.ledger?.record(key, at);
    };
    made();
    return { answered: made };
  }

  /** Adds the requests other processes recorded since the last look (this process's own are known already). */
  private mergeLedger(now: number): void {
    if (!this.ledger) return;
    for (const [key, at] of this.ledger.read(now)) {
      if (!key.startsWith(`${this.processKey}-`)) this.madeAt.set(key, Math.max(at, this.madeAt.get(key) ?? at));
    }
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

/**
 * The limiter of one server, credential and rate; the credential is kept only as a hash. With the real clock, its
 * requests are shared with other processes through a ledger named by that hash (none where the temp dir is unsafe).
 */
export function sharedRateLimiter(server: string, credential: string, rate: RateLimit, clock: Clock = realClock): RateLimiter {
  const fingerprint = createHash('sha256').update(`${server}\n${credential}`).digest('hex');
  const key = `${fingerprint}-${rate.limit}-${rate.windowMs}`;
  let limiters = sharedLimiters.get(clock);
  if (!limiters) {
    limiters = new Map();
    sharedLimiters.set(clock, limiters);
  }
  let limiter = limiters.get(key);
  if (!limiter) {
    limiter = new RateLimiter(rate, clock, clock === realClock ? ledgerFile(key, rate.windowMs) : undefined);
    limiters.set(key, limiter);
  }
  return limiter;
}
