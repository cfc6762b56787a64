import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AbortedError } from './errors';
import { ledgerFile } from './rate-limit-ledger';
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

  it('counts a request as made when its answer came: the one `limit` places later waits a whole window from there', async () => {
    const clock = new VirtualClock();
    const limiter = new RateLimiter({ limit: 2, windowMs: 1_000 }, clock);
    const first = await limiter.acquire();
    clock.time = 300; // the first request's answer takes 300 ms: the server counted it somewhere in between
    first.answered();
    const second = await limiter.acquire();
    second.answered();
    await limiter.acquire();
    expect(clock.now()).toBe(1_300);
  });

  it('frees first the slot of the request answered first, whatever the order they were sent in', async () => {
    const clock = new VirtualClock();
    const limiter = new RateLimiter({ limit: 2, windowMs: 1_000 }, clock);
    const slow = await limiter.acquire();
    const fast = await limiter.acquire();
    clock.time = 10;
    fast.answered();
    clock.time = 500;
    slow.answered();
    await limiter.acquire();
    expect(clock.now()).toBe(1_010);
    await limiter.acquire();
    expect(clock.now()).toBe(1_500);
  });

  describe('with a ledger', () => {
    let directory: string;
    beforeEach(() => {
      directory = mkdtempSync(join(tmpdir(), 'limiter-'));
      chmodSync(directory, 0o700);
    });
    afterEach(() => rmSync(directory, { recursive: true, force: true }));

    it("counts the requests of the process before it (a plan's, for the apply after it)", async () => {
      const clock = new VirtualClock();
      clock.time = 1_000_000;
      const rate = { limit: 3, windowMs: 10_000 };
      const planStep = new RateLimiter(rate, clock, ledgerFile('server-key', rate.windowMs, directory));
      for (let i = 0; i < 3; i++) (await planStep.acquire()).answered();
      clock.time += 4_000;
      const applyStep = new RateLimiter(rate, clock, ledgerFile('server-key', rate.windowMs, directory));
      await applyStep.acquire();
      expect(clock.now()).toBe(1_010_000);
    });
  });

  it('rejects a nonsensical rate', () => {
    expect(() => new RateLimiter({ limit: 0, windowMs: 1_000 })).toThrow(RangeError);
  });
});

describe('sharedRateLimiter', () => {
  const server = 'http://127.0.0.1:1/api/v2';

  it('shares one limiter per server, credential and rate', () => {
    const rate = { limit: 5, windowMs: 1_000 };
    const clock = new VirtualClock();
    expect(sharedRateLimiter(server, 'key-a', rate, clock)).toBe(sharedRateLimiter(server, 'key-a', rate, clock));
    expect(sharedRateLimiter(server, 'key-a', rate, clock)).not.toBe(sharedRateLimiter(server, 'key-b', rate, clock));
    expect(sharedRateLimiter(server, 'key-a', rate, clock)).not.toBe(sharedRateLimiter('http://127.0.0.1:2/api/v2', 'key-a', rate, clock));
    expect(sharedRateLimiter(server, 'key-a', rate, clock)).not.toBe(sharedRateLimiter(server, 'key-a', { limit: 6, windowMs: 1_000 }, clock));
  });

  it('never shares a limiter between clocks', async () => {
    const rate = { limit: 1, windowMs: 1_000 };
    const clock = new VirtualClock();
    const virtual = sharedRateLimiter(server, 'key-c', rate, clock);
    expect(virtual).toBe(sharedRateLimiter(server, 'key-c', rate, clock));
    expect(virtual).not.toBe(sharedRateLimiter(server, 'key-c', rate));
    await virtual.acquire();
    await virtual.acquire();
    expect(clock.now()).toBe(1_000);
  });
});
