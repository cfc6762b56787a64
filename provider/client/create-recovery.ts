// Creates whose answer was lost. A POST is never sent blind a second time, but when it fails in a way that may have
// reached the server (a timeout, a reset connection, a 5xx, or a 2xx the client cannot use), the object may exist all
// the same: this finds it before anything is reported, so that Terraform tracks it, and sends the create again only
// once it is certain that nothing was created.
//
// How an object is recognised (api-behaviour §13): no field of these APIs can carry a marker the provider sets (every
// stored field is shown in the UI and modeled), so an object is recognised by what the server keeps as sent (for
// webhooks that includes their unique key, service and name) among the objects that are new: not in the list taken
// before this process's first create of the collection, and not created or claimed by another create of this process.
// Before choosing, the recovery waits for every create of the collection that was under way when it listed, so that
// the object another create made is never taken for its own.
import { anySignal, type Clock } from './clock';
import type { ClientLogger } from './config';
import { AbortedError, ClickStackError, NetworkError, ServerError, UnexpectedResponseError } from './errors';

/** Signals of one create (see CallOptions): reads that find out what the create did heed only `signal`. */
export interface CreateSignals {
  signal?: AbortSignal;
  stop?: AbortSignal;
}

export interface RecoverableCollection<T extends { id: string }, Input> {
  /** The kind of object, for messages: `dashboard`. */
  noun: string;
  /** Every object of the collection, read now. */
  list(signal: AbortSignal | undefined): Promise<T[]>;
  /** What the server keeps of a create body as sent, equal for the body and the object it made. */
  identity(document: Input | T): string;
}

export interface CreateRecoveryOptions {
  clock: Clock;
  /** Creates sent in all, the first included, while each failure is found to have created nothing. */
  attempts: number;
  log?: ClientLogger;
}

/** Whether a failed create may have created its object: the request may have been processed. */
export function mayHaveCreated(error: unknown): boolean {
  return (error instanceof NetworkError && error.mayHaveReachedServer) || error instanceof ServerError || error instanceof UnexpectedResponseError;
}

/**
 * When to look at the list after a failure. A server that answered has finished with the request: one look tells. One
 * that did not answer (a timeout, a reset) may still be working on it: look again a little later before deciding.
 */
export function settleDelaysMs(error: unknown): number[] {
  return error instanceof NetworkError ? [0, 1_000, 4_000] : [0];
}

/**
 * The recovery of a create the server makes idempotent itself (an invitation: inviting a pending email again answers
 * its invitation, api-behaviour §18.2): after a failure that may have created the object, the create is sent again,
 * and the server answers with the object the lost create made, or makes it. A server that did not answer may still be
 * at work on the first request, so the second waits until it has surely finished (the last look of `settleDelaysMs`).
 */
export async function createIdempotent<T>(noun: string, send: () => Promise<T>, signals: CreateSignals, options: CreateRecoveryOptions): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      if (!mayHaveCreated(error) || attempt >= options.attempts) throw error;
      const lost = (error as Error).message;
      if (signals.stop?.aborted) throw new AbortedError(`${lost}; the provider was asked to stop, so the ${noun} was not sent again`);
      options.log?.('warn', `${lost}; sending the ${noun} again (the server answers the one it made, if it made one)`, { attempt });
      await options.clock.sleep(Math.max(...settleDelaysMs(error)), anySignal(signals.signal, signals.stop));
    }
  }
}

/** Finding out failed: the object may or may not exist. */
export class CreateOutcomeUnknownError extends ClickStackError {}

/** The creates of one collection in this process: what existed before them, what they made, what is under way. */
export class CreateLedger<T extends { id: string }, Input> {
  private before: Promise<ReadonlySet<string>> | undefined;
  /** Ids created or recovered by this process's creates: never another create's object. */
  private readonly claimed = new Set<string>();
  /** Creates on the wire, by ticket; each promise settles when its create's outcome is known. */
  private readonly underWay = new Map<number, Promise<void>>();
  private tickets = 0;

  constructor(
    private readonly collection: RecoverableCollection<T, Input>,
    private readonly options: CreateRecoveryOptions,
  ) {}

  /** Sends `input` with `send`, and on a failure that may have created the object, finds it (see the header). */
  async create(input: Input, send: () => Promise<T>, signals: CreateSignals): Promise<T> {
    const before = await this.snapshot(signals);
    for (let attempt = 1; ; attempt++) {
      if (signals.stop?.aborted) throw new AbortedError(`The ${this.collection.noun} was not created: the provider was asked to stop`);
      const ticket = ++this.tickets;
      let settle!: () => void;
      this.underWay.set(ticket, new Promise<void>((resolve) => (settle = resolve)));
      let outcome: { created: T } | { error: unknown };
      try {
        outcome = { created: await send() };
        this.claimed.add(outcome.created.id);
      } catch (error) {
        outcome = { error };
      } finally {
        this.underWay.delete(ticket);
        settle();
      }
      if ('created' in outcome) return outcome.created;
      const { error } = outcome;
      if (!mayHaveCreated(error)) throw error;
      const found = await this.find(input, error, before, signals.signal);
      if (found) return found;
      const nothing = `${(error as Error).message}. No ${this.collection.noun} was created (none new with these settings is listed)`;
      if (signals.stop?.aborted) throw new AbortedError(`${nothing}; the provider was asked to stop, so it was not sent again`);
      if (attempt >= this.options.attempts) throw new ClickStackError(nothing, { cause: error });
      this.log('warn', `${nothing}; sending it again`, { attempt });
    }
  }

  /** The ids that existed before this process's first create; taken once, again after a failure to take it. */
  private snapshot(signals: CreateSignals): Promise<ReadonlySet<string>> {
    if (signals.stop?.aborted) throw new AbortedError(`The ${this.collection.noun} was not created: the provider was asked to stop`);
    this.before ??= this.collection.list(anySignal(signals.signal, signals.stop)).then(
      (items) => new Set(items.map((item) => item.id)),
      (error: unknown) => {
        this.before = undefined;
        throw error;
      },
    );
    return this.before;
  }

  /** The object the failed create of `input` made, claimed; undefined when it made none. */
  private async find(input: Input, failure: unknown, before: ReadonlySet<string>, signal: AbortSignal | undefined): Promise<T | undefined> {
    const identity = this.collection.identity(input);
    for (const delayMs of settleDelaysMs(failure)) {
      await this.options.clock.sleep(delayMs, signal);
      let listed: T[];
      try {
        listed = await this.collection.list(signal);
      } catch (error) {
        if (error instanceof AbortedError) throw error;
        throw new CreateOutcomeUnknownError(
          `${(failure as Error).message}. Whether a ${this.collection.noun} was created could not be found out (${(error as Error).message}): ` +
            `look for it in ClickStack and import it, or delete it, before applying again`,
          { cause: failure },
        );
      }
      // Creates that were under way when the list was read may have made objects in it: their outcomes decide first.
      await this.settled([...this.underWay.values()], signal);
      const made = listed.find((item) => !before.has(item.id) && !this.claimed.has(item.id) && this.collection.identity(item) === identity);
      if (made) {
        this.claimed.add(made.id);
        this.log('warn', `${(failure as Error).message}; the ${this.collection.noun} was created all the same: found ${made.id} in the list`, {});
        return made;
      }
    }
    return undefined;
  }

  private async settled(creates: Promise<void>[], signal: AbortSignal | undefined): Promise<void> {
    if (creates.length === 0) return;
    if (!signal) return void (await Promise.all(creates));
    await new Promise<void>((resolve, reject) => {
      const onAbort = () => reject(new AbortedError('The operation was aborted'));
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      void Promise.all(creates).then(() => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      });
    });
  }

  private log(level: 'warn', message: string, fields: Record<string, unknown>): void {
    this.options.log?.(level, message, fields);
  }
}
