// In-memory documents of one deployment's team, with ObjectId minting; its owner is told of every change (to write
// the state file). Documents are kept in their stored shape (webhook headers, connection passwords included); each
// resource's serializer decides what a response shows.
import * as crypto from 'node:crypto';

export const COLLECTIONS = ['connections', 'sources', 'webhooks', 'dashboards', 'alerts', 'savedSearches', 'roles', 'invitations', 'members'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];
export type Doc = Record<string, any> & { id: string }; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON documents
export type StoreData = Partial<Record<CollectionName, Doc[]>>;

/** Mongo's ObjectId layout: 4-byte seconds, 5 random bytes fixed per process, 3-byte counter. */
export class ObjectIdMinter {
  private readonly processBytes = crypto.randomBytes(5).toString('hex');
  private counter = crypto.randomBytes(3).readUIntBE(0, 3);

  mint(): string {
    this.counter = (this.counter + 1) % 0xffffff;
    const seconds = Math.floor(Date.now() / 1000).toString(16).padStart(8, '0');
    return seconds + this.processBytes + this.counter.toString(16).padStart(6, '0');
  }
}

export class Store {
  private collections = new Map<CollectionName, Map<string, Doc>>();
  private readonly minter = new ObjectIdMinter();

  /** `changed` runs after every write. */
  constructor(private readonly changed: () => void = () => {}) {
    this.load({});
  }

  mintId(): string {
    return this.minter.mint();
  }

  /** Replaces every collection with `data` (deep-copied). */
  load(data: StoreData): void {
    this.collections = new Map(
      COLLECTIONS.map((name) => [name, new Map((data[name] ?? []).map((doc) => [doc.id, structuredClone(doc)]))]),
    );
  }

  snapshot(): StoreData {
    return Object.fromEntries(COLLECTIONS.map((name) => [name, this.list(name)]));
  }

  /** Documents in insertion order (ObjectId order for minted ids), as copies. */
  list(name: CollectionName): Doc[] {
    return [...this.collection(name).values()].map((doc) => structuredClone(doc));
  }

  get(name: CollectionName, id: string): Doc | undefined {
    const doc = this.collection(name).get(id);
    return doc && structuredClone(doc);
  }

  /** Inserts or replaces a document, keeping the position of a replaced one. */
  put(name: CollectionName, doc: Doc): Doc {
    this.collection(name).set(doc.id, structuredClone(doc));
    this.changed();
    return structuredClone(doc);
  }

  remove(name: CollectionName, id: string): boolean {
    const removed = this.collection(name).delete(id);
    if (removed) this.changed();
    return removed;
  }

  /** Removes every document matching `predicate`; returns how many. */
  removeWhere(name: CollectionName, predicate: (doc: Doc) => boolean): number {
    const ids = [...this.collection(name).values()].filter(predicate).map((doc) => doc.id);
    ids.forEach((id) => this.collection(name).delete(id));
    if (ids.length) this.changed();
    return ids.length;
  }

  private collection(name: CollectionName): Map<string, Doc> {
    return this.collections.get(name)!;
  }
}
