import { VirtualClock } from '../../test/support/virtual-clock';
import { CreateLedger, CreateOutcomeUnknownError, mayHaveCreated, type RecoverableCollection } from './create-recovery';
import { AbortedError, ClickStackError, NetworkError, ServerError, UnexpectedResponseError, ValidationError } from './errors';

interface Thing {
  id: string;
  name: string;
}

const serverError = () => new ServerError({ status: 500, serverMessage: 'Something went wrong :(', method: 'POST', path: '/things' });
const reset = () => new NetworkError({ method: 'POST', path: '/things', detail: 'other side closed', code: 'ECONNRESET', mayHaveReachedServer: true });
const refused = () => new ValidationError({ status: 400, serverMessage: 'Body validation failed: name: Required', method: 'POST', path: '/things' });

/** A server of things: `create` stores one (or not) and answers as told, `list` reads them, both counted. */
class ThingServer implements RecoverableCollection<Thing, { name: string }> {
  noun = 'thing';
  stored: Thing[] = [];
  lists = 0;
  sends = 0;
  private nextId = 1;

  identity = (thing: { name: string }) => thing.name;

  async list(): Promise<Thing[]> {
    this.lists++;
    return [...this.stored];
  }

  /** A send that stores the thing when `commit`, then answers with it or fails with `failure`. */
  send(name: string, { commit = true, failure }: { commit?: boolean; failure?: () => Error } = {}): () => Promise<Thing> {
    return async () => {
      this.sends++;
      const thing = { id: `t${this.nextId++}`, name };
      if (commit) this.stored.push(thing);
      if (failure) throw failure();
      return thing;
    };
  }
}

let server: ThingServer;
let clock: VirtualClock;
let logs: string[];
const ledger = (attempts = 3) => new CreateLedger(server, { clock, attempts, log: (_level, message) => logs.push(message) });

beforeEach(() => {
  server = new ThingServer();
  clock = new VirtualClock();
  logs = [];
});

describe('mayHaveCreated', () => {
  it('is true for what may have reached the server: 5xx, a reset or timeout, an unusable 2xx', () => {
    expect(mayHaveCreated(serverError())).toBe(true);
    expect(mayHaveCreated(reset())).toBe(true);
    expect(mayHaveCreated(new UnexpectedResponseError({ method: 'POST', path: '/things', status: 200, problem: 'a body that is not JSON' }))).toBe(true);
  });

  it('is false for refusals and for what never left', () => {
    expect(mayHaveCreated(refused())).toBe(false);
    expect(mayHaveCreated(new NetworkError({ method: 'POST', path: '/things', detail: 'refused', code: 'ECONNREFUSED', mayHaveReachedServer: false }))).toBe(false);
    expect(mayHaveCreated(new AbortedError('stopped'))).toBe(false);
  });
});

describe('CreateLedger', () => {
  it('lists once before the first create, and returns what a create answers', async () => {
    const creates = ledger();
    expect(await creates.create({ name: 'a' }, server.send('a'), {})).toEqual({ id: 't1', name: 'a' });
    expect(await creates.create({ name: 'b' }, server.send('b'), {})).toEqual({ id: 't2', name: 'b' });
    expect([server.lists, server.sends]).toEqual([1, 2]);
  });

  it('finds the object a create made although its answer was a 5xx, without sending it again', async () => {
    const created = await ledger().create({ name: 'a' }, server.send('a', { failure: serverError }), {});
    expect(created).toEqual({ id: 't1', name: 'a' });
    expect([server.lists, server.sends, server.stored.length]).toEqual([2, 1, 1]);
    expect(logs).toEqual([
      'POST /things failed with HTTP 500: Something went wrong :(; the thing was created all the same: found t1 in the list',
    ]);
  });

  it('sends the create again once the list shows that nothing was created', async () => {
    const creates = ledger();
    let first = true;
    const send = async () => {
      const attempt = first ? server.send('a', { commit: false, failure: serverError }) : server.send('a');
      first = false;
      return attempt();
    };
    expect(await creates.create({ name: 'a' }, send, {})).toEqual({ id: 't2', name: 'a' });
    expect(server.stored).toEqual([{ id: 't2', name: 'a' }]);
    expect(logs).toEqual([
      'POST /things failed with HTTP 500: Something went wrong :(. No thing was created (none new with these settings is listed); sending it again',
    ]);
  });

  it('never takes an object that existed before for the one a create made', async () => {
    server.stored.push({ id: 'old', name: 'a' });
    const failure = await ledger(1)
      .create({ name: 'a' }, server.send('a', { commit: false, failure: serverError }), {})
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ClickStackError);
    expect((failure as Error).message).toBe(
      'POST /things failed with HTTP 500: Something went wrong :(. No thing was created (none new with these settings is listed)',
    );
  });

  it('looks again a little later when the server did not answer, as it may still be creating', async () => {
    const failure = await ledger(1)
      .create({ name: 'a' }, server.send('a', { commit: false, failure: reset }), {})
      .catch((error: unknown) => error);
    expect((failure as Error).message).toMatch(/No thing was created/);
    // The list before the create, then three looks: at once, after 1 s and after 4 s more.
    expect([server.lists, clock.now()]).toEqual([4, 5_000]);
  });

  it('never takes the object another create of the same settings made: it waits for that create first', async () => {
    const creates = ledger();
    let answerSlowCreate!: () => void;
    const slowAnswer = new Promise<void>((resolve) => (answerSlowCreate = resolve));
    // The slow create commits at once but answers only later; the lost one commits and fails.
    const slow = creates.create(
      { name: 'a' },
      async () => {
        const thing = await server.send('a')();
        await slowAnswer;
        return thing;
      },
      {},
    );
    await new Promise((resolve) => setImmediate(resolve));
    const lost = creates.create({ name: 'a' }, server.send('a', { failure: serverError }), {});
    await new Promise((resolve) => setImmediate(resolve));
    answerSlowCreate();
    expect([(await slow).id, (await lost).id]).toEqual(['t1', 't2']);
  });

  it('pairs lost creates of the same settings with the objects they made, one each', async () => {
    const creates = ledger(1);
    const results = await Promise.allSettled([
      creates.create({ name: 'a' }, server.send('a', { failure: serverError }), {}),
      creates.create({ name: 'a' }, server.send('a', { commit: false, failure: serverError }), {}),
    ]);
    const found = results.filter((result) => result.status === 'fulfilled').map((result) => (result as PromiseFulfilledResult<Thing>).value.id);
    expect(found).toEqual(['t1']);
    expect(results.filter((result) => result.status === 'rejected')).toHaveLength(1);
  });

  it('after a stop, still finds what a create on the wire made, but sends nothing again', async () => {
    const creates = ledger();
    await creates.create({ name: 'warm-up' }, server.send('warm-up'), {});
    // The stop comes while each create is on the wire.
    const stoppedDuring = (send: () => Promise<Thing>) => {
      const controller = new AbortController();
      const sendAndStop = () => {
        controller.abort();
        return send();
      };
      return creates.create({ name: 'x' }, sendAndStop, { stop: controller.signal });
    };
    expect((await stoppedDuring(server.send('x', { failure: serverError }))).id).toBe('t2');
    const failure = await stoppedDuring(server.send('x', { commit: false, failure: serverError })).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AbortedError);
    expect((failure as Error).message).toBe(
      'POST /things failed with HTTP 500: Something went wrong :(. No thing was created (none new with these settings is listed); ' +
        'the provider was asked to stop, so it was not sent again',
    );
    expect(server.sends).toBe(3);
    await expect(creates.create({ name: 'c' }, server.send('c'), { stop: AbortSignal.abort() })).rejects.toThrow(
      new AbortedError('The thing was not created: the provider was asked to stop'),
    );
    expect(server.sends).toBe(3);
  });

  it('says that it cannot tell when the list cannot be read after a lost answer', async () => {
    const creates = ledger();
    await creates.create({ name: 'warm-up' }, server.send('warm-up'), {});
    server.list = async () => {
      throw new ServerError({ status: 503, serverMessage: 'busy', method: 'GET', path: '/things' });
    };
    const failure = await creates.create({ name: 'a' }, server.send('a', { failure: serverError }), {}).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CreateOutcomeUnknownError);
    expect((failure as Error).message).toBe(
      'POST /things failed with HTTP 500: Something went wrong :(. Whether a thing was created could not be found out ' +
        '(GET /things failed with HTTP 503: busy): look for it in ClickStack and import it, or delete it, before applying again',
    );
  });

  it('passes a refusal through without looking', async () => {
    await expect(ledger().create({ name: 'a' }, server.send('a', { commit: false, failure: refused }), {})).rejects.toBeInstanceOf(ValidationError);
    expect(server.lists).toBe(1);
  });

  it('takes the list again when the one before the first create failed', async () => {
    const creates = ledger();
    const list = server.list.bind(server);
    server.list = async () => {
      throw new ServerError({ status: 503, serverMessage: 'busy', method: 'GET', path: '/things' });
    };
    await expect(creates.create({ name: 'a' }, server.send('a'), {})).rejects.toBeInstanceOf(ServerError);
    expect(server.sends).toBe(0);
    server.list = list;
    expect((await creates.create({ name: 'a' }, server.send('a'), {})).name).toBe('a');
  });
});
