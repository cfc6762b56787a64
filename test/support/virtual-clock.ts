// A clock for client tests: waits cost nothing, and how long the client would have waited is exact.
import { type Clock, throwIfAborted } from '../../provider/client/clock';

/** Time moves only when someone sleeps (or a test sets `time`). */
export class VirtualClock implements Clock {
  time = 0;

  now(): number {
    return this.time;
  }

  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    throwIfAborted(signal);
    this.time += Math.max(0, ms);
  }
}
