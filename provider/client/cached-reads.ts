// Reads of one kind of object answered from one list request, for callers that read many objects in a row (a
// Terraform refresh reads every object in state, one call each). The cache lives as long as its client and is
// dropped by every write the client makes, so a list is never older than the client nor than the client's last write.
import type { CallOptions } from './collection';
import { UnexpectedResponseError } from './errors';

/** What the cache reads through: the collection's own list and single read. */
export interface ReadSource<T> {
  list(options: CallOptions): Promise<T[]>;
  get(id: string, options: CallOptions): Promise<T>;
}

/**
 * Counts the writes of one client. Each write moves it on twice, when it starts and when it ends, so a list fetched
 * while a write was under way is not reused either.
 */
export class WriteCounter {
  private count = 0;

  get current(): number {
    return this.count;
  }

  async around<T>(write: () => Promise<T>): Promise<T> {
    this.count++;
    try {
      return await write();
    } finally {
      this.count++;
    }
  }
}

interface Listing<T> {
  /** The write count when the list was requested: the listing serves reads while it is still current. */
  writes: number;
  byId: Promise<Map<string, T>>;
  /** The list came with a document the client cannot use: reads of single objects go by their own GET meanwhile. */
  unusable?: boolean;
}

/**
 * `get` and `list` of one kind, shared by every caller of one client:
 * - a lone read is a single GET where the API has one (`singleGet`): the first read of a kind, and the first one
 *   after a write;
 * - any further read, and every `list`, is answered from one list request (all its pages), which concurrent callers
 *   share, until the client writes anything (a write of one kind can change another: api-behaviour §7.5);
 * - an id the list lacks is confirmed by the collection's own read, so that a list that missed an object (a page
 *   shifted by a concurrent delete) never reports it gone;
 * - a list that holds a document the client cannot use (UnexpectedResponseError) is not used: each read then goes by
 *   its own GET, so that one bad object fails only its own read.
 * Each list answers an object as its GET does (api-behaviour §4.3).
 */
export class CachedReads<T extends { id: string }> {
  private listing: Listing<T> | undefined;
  /** The write count at the last single GET: one lone read per write count goes by GET. */
  private singleReadAt: number | undefined;

  constructor(
    private readonly source: ReadSource<T>,
    private readonly writes: WriteCounter,
    /** Whether the API has GET by id for the kind (webhooks have none, api-behaviour §5.1). */
    private readonly singleGet: boolean,
  ) {}

  /** Throws NotFoundError when the object does not exist. */
  async get(id: string, options: CallOptions = {}): Promise<T> {
    const current = this.currentListing();
    if (current?.unusable || (!current && this.singleGet && this.singleReadAt !== this.writes.current)) {
      this.singleReadAt = this.writes.current;
      return this.source.get(id, options);
    }
    let listed: Map<string, T>;
    try {
      listed = await (current ?? this.fetch(options)).byId;
    } catch (error) {
      if (!(error instanceof UnexpectedResponseError) || !this.singleGet) throw error;
      return this.source.get(id, options);
    }
    return listed.get(id) ?? this.source.get(id, options);
  }

  /** Every object of the kind, in the server's order. */
  async list(options: CallOptions = {}): Promise<T[]> {
    return [...(await (this.currentListing() ?? this.fetch(options)).byId).values()];
  }

  private currentListing(): Listing<T> | undefined {
    return this.listing?.writes === this.writes.current ? this.listing : undefined;
  }

  private fetch(options: CallOptions): Listing<T> {
    const listing: Listing<T> = {
      writes: this.writes.current,
      byId: this.source.list(options).then((items) => new Map(items.map((item) => [item.id, item]))),
    };
    // A list that failed (aborted, rate limited, refused) is not kept: the next read asks again. One the client cannot
    // use is kept, marked, so that reads go by their own GETs instead of asking for it again and again.
    listing.byId.catch((error: unknown) => {
      if (error instanceof UnexpectedResponseError) listing.unusable = true;
      else if (this.listing === listing) this.listing = undefined;
    });
    this.listing = listing;
    return listing;
  }
}
