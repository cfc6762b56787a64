import { AbortedError } from './errors';
import { RateLimiter, sharedRateLimiter } from './rate-limiter';
import { VirtualClock } from '../../test/support/virtual-clock';

describe('RateLimiter', () => {
  it('lets `limit` requests through at once, then waits for the oldest to leave the window', async () => {
    const clock = new VirtualClock();
    const limiter = new RateLimiter({ limit: 3, windowMs: 1_000 }, clock);
    const sendTimes: number[] = [];
    for (let i = 0; i < 7; i++) {
      await limiter.acquire();
      sendTimes.push(clock.now());
    }
    expect(sendTimes).toEqual([0, 0, 0, 1_000, 1_000, 1_000, 2_000]);
  });

  it('never allows more than `limit` in any window (sliding)', async () => {
    const clock = new VirtualClock();
    const limiter = new RateLimiter({ limit: 2, windowMs: 100 }, clock);
    const sendTimes: number[] = [];
    for (let i = 0; i < 10; i++) {
      clock.time += 30;
      await limiter.acquire();
      sendTimes.push(clock.now());
    }
    for (const start of sendTimes) {
      expect(sendTimes.filter((t) => t >= start && t < start + 100).length).toBeLessThanOrEqual(2);
    }
  });

  it('holds everyone after a 429 until the pause ends', async () => {
    const clock = new VirtualClock();
    const limiter = new RateLimiter({ limit: 100, windowMs: 1_000 }, clock);
    limiter.pauseUntil(5_000);
    expect(limiter.waitMs()).toBe(5_000);
    await limiter.acquire();
    expect(clock.now()).toBe(5_000);
  });

  it('serves concurrent waiters in order', async () => {
    const clock = new VirtualClock();
    const limiter = new RateLimiter({ limit: 1, windowMs: 10 }, clock);
    const order: number[] = [];
    await Promise.all([0, 1, 2, 3].map((n) => limiter.acquire().then(() => order.push(n))));
    expect(order).toEqual([0, 1, 2, 3]);
    expect(clock.now()).toBe(30);
  });

  it('gives up a wait when the signal fires, and the abandoned wait takes no slot', async () => {
    const limiter = new RateLimiter({ limit: 2, windowMs: 60_000 });
    await limiter.acquire();
    await limiter.acquire();
    const controller = new AbortController();
    const blocked = limiter.acquire(controller.signal);
    const queuedBehind = limiter.acquire(controller.signal);
    controller.abort();
    await expect(blocked).rejects.toBeInstanceOf(AbortedError);
    await expect(queuedBehind).rejects.toBeInstanceOf(AbortedError);
    await expect(limiter.acquire(AbortSignal.abort())).rejects.toBeInstanceOf(AbortedError);
    // Still only the two real sends in the window.
    expect(limiter.waitMs()).toBeGreaterThan(59_000);
  });

  it('rejects a nonsensical rate', () => {
    expect(() => new RateLimiter({ limit: 0, windowMs: 1_000 })).toThrow(RangeError);
  });
});

describe('sharedRateLimiter', () => {
  it('shares one limiter per credential and rate', () => {
    const rate = { limit: 5, windowMs: 1_000 };
    expect(sharedRateLimiter('key-a', rate)).toBe(sharedRateLimiter('key-a', rate));
    expect(sharedRateLimiter('key-a', rate)).not.toBe(sharedRateLimiter('key-b', rate));
    expect(sharedRateLimiter('key-a', rate)).not.toBe(sharedRateLimiter('key-a', { limit: 6, windowMs: 1_000 }));
  });

  it('never shares a limiter between clocks', async () => {
    const rate = { limit: 1, windowMs: 1_000 };
    const clock = new VirtualClock();
    const virtual = sharedRateLimiter('key-c', rate, clock);
    expect(virtual).toBe(sharedRateLimiter('key-c', rate, clock));
    expect(virtual).not.toBe(sharedRateLimiter('key-c', rate));
    await virtual.acquire();
    await virtual.acquire();
    expect(clock.now()).toBe(1_000);
  });
});
