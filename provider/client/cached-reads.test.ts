// CachedReads over a scripted source that counts its calls: when a read is a single GET, when one list answers, and
// when that list is dropped.
import { CachedReads, type ReadSource, WriteCounter } from './cached-reads';
import { NotFoundError, UnexpectedResponseError } from './errors';

interface Item {
  id: string;
  name: string;
}

/** A source over `items` (changed by tests as a server would change), recording each call. */
class CountingSource implements ReadSource<Item> {
  calls: string[] = [];
  failNextList: Error | undefined;
  /** Lists resolve when the test says so, so that tests can hold one in flight. */
  holdLists = false;
  private held: Array<() => void> = [];

  constructor(public items: Item[]) {}

  async list(): Promise<Item[]> {
    this.calls.push('list');
    if (this.holdLists) await new Promise<void>((resolve) => this.held.push(resolve));
    const failure = this.failNextList;
    this.failNextList = undefined;
    if (failure) throw failure;
    return this.items.map((item) => ({ ...item }));
  }

  async get(id: string): Promise<Item> {
    this.calls.push(`get ${id}`);
    const found = this.items.find((item) => item.id === id);
    if (!found) throw new NotFoundError({ status: 404, serverMessage: 'not found', method: 'GET', path: `/items/${id}` });
    return { ...found };
  }

  releaseLists(): void {
    this.holdLists = false;
    this.held.splice(0).forEach((release) => release());
  }
}

const items = (...ids: string[]): Item[] => ids.map((id) => ({ id, name: `item ${id}` }));

let source: CountingSource;
let writes: WriteCounter;
let reads: CachedReads<Item>;

beforeEach(() => {
  source = new CountingSource(items('a', 'b', 'c', 'd'));
  writes = new WriteCounter();
  reads = new CachedReads(source, writes, true);
});

describe('where the API has GET by id', () => {
  it('reads a lone object with a single GET', async () => {
    expect(await reads.get('b')).toEqual({ id: 'b', name: 'item b' });
    expect(source.calls).toEqual(['get b']);
  });

  it('answers every further read from one list', async () => {
    await reads.get('a');
    expect(await Promise.all(['b', 'c', 'd', 'a'].map((id) => reads.get(id)))).toEqual(items('b', 'c', 'd', 'a'));
    expect(await reads.get('c')).toEqual({ id: 'c', name: 'item c' });
    expect(source.calls).toEqual(['get a', 'list']);
  });

  it('shares one list request among concurrent reads', async () => {
    await reads.get('a');
    source.holdLists = true;
    const pending = Promise.all(['b', 'c', 'd'].map((id) => reads.get(id)));
    await new Promise((resolve) => setImmediate(resolve));
    expect(source.calls).toEqual(['get a', 'list']);
    source.releaseLists();
    expect((await pending).map((item) => item.id)).toEqual(['b', 'c', 'd']);
    expect(source.calls).toEqual(['get a', 'list']);
  });

  it('confirms an id the list lacks with a single read: present there, it is returned; absent, NotFoundError', async () => {
    await reads.list();
    source.items.push({ id: 'e', name: 'made after the list' });
    expect(await reads.get('e')).toEqual({ id: 'e', name: 'made after the list' });
    await expect(reads.get('gone')).rejects.toBeInstanceOf(NotFoundError);
    expect(source.calls).toEqual(['list', 'get e', 'get gone']);
  });
});

describe('where the API has no GET by id (webhooks)', () => {
  beforeEach(() => {
    reads = new CachedReads(source, writes, false);
  });

  it('reads even a lone object from the list, and every later one from the same list', async () => {
    expect(await reads.get('b')).toEqual({ id: 'b', name: 'item b' });
    expect(await reads.get('c')).toEqual({ id: 'c', name: 'item c' });
    expect(source.calls).toEqual(['list']);
  });
});

describe('list', () => {
  it('answers every object in the order of the server, from the list that reads share', async () => {
    expect(await reads.list()).toEqual(items('a', 'b', 'c', 'd'));
    await reads.get('c');
    expect(await reads.list()).toEqual(items('a', 'b', 'c', 'd'));
    expect(source.calls).toEqual(['list']);
  });
});

describe('writes', () => {
  it('drop the list: the first read after a write is a single GET, and the next one lists again', async () => {
    await reads.list();
    await writes.around(async () => {
      source.items[1] = { id: 'b', name: 'renamed' };
    });
    expect(await reads.get('b')).toEqual({ id: 'b', name: 'renamed' });
    expect(await reads.get('c')).toEqual({ id: 'c', name: 'item c' });
    expect(await reads.list()).toEqual([items('a')[0], { id: 'b', name: 'renamed' }, ...items('c', 'd')]);
    expect(source.calls).toEqual(['list', 'get b', 'list']);
  });

  it('drop the list even when they fail', async () => {
    await reads.list();
    await expect(writes.around(() => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    await reads.list();
    expect(source.calls).toEqual(['list', 'list']);
  });

  it('make a list requested while they were under way useless to later reads', async () => {
    let finishWrite!: () => void;
    const write = writes.around(() => new Promise<void>((resolve) => (finishWrite = resolve)));
    await reads.list();
    finishWrite();
    await write;
    await reads.list();
    expect(source.calls).toEqual(['list', 'list']);
  });
});

describe('failures', () => {
  it('of a list the client cannot use send each read to its own GET, and that list is not asked for again', async () => {
    await reads.get('a');
    source.failNextList = new UnexpectedResponseError({ method: 'GET', path: '/items', status: 200, problem: 'a document the provider cannot use' });
    expect(await Promise.all(['b', 'c'].map((id) => reads.get(id)))).toEqual(items('b', 'c'));
    expect(await reads.get('d')).toEqual(items('d')[0]);
    expect(source.calls).toEqual(['get a', 'list', 'get b', 'get c', 'get d']);
    await expect(reads.list()).rejects.toBeInstanceOf(UnexpectedResponseError);
  });

  it('are not kept: the read after a failed list asks again', async () => {
    source.failNextList = new Error('HTTP 500');
    await expect(reads.list()).rejects.toThrow('HTTP 500');
    expect(await reads.list()).toEqual(items('a', 'b', 'c', 'd'));
    expect(source.calls).toEqual(['list', 'list']);
  });
});
