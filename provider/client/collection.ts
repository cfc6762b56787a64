// The plumbing every collection of the API shares: endpoint availability per flavor, envelopes, the shape of what the
// servers answer, pagination, CRUD, creates that find their object when the answer is lost, and reads shared through
// one list.
import { CachedReads, WriteCounter } from './cached-reads';
import { CreateLedger, type CreateRecoveryOptions } from './create-recovery';
import { EndpointUnavailableError, NotFoundError, UnexpectedResponseError } from './errors';
import type { Endpoint, FlavorProfile } from './flavors';
import type { ApiResponse, HttpMethod, Transport } from './http';
import type { Redactor } from './redact';
import { checkShape, list, type Shape, ShapeProblem } from './response-shape';

/** Options of every call. */
export interface CallOptions {
  /** Cancels the call at once, a request on the wire included, and every wait. */
  signal?: AbortSignal;
  /**
   * Once aborted, the call sends no new request (a waiting one gives up with AbortedError); a request on the wire
   * finishes, and so do the reads that find out what a lost create did.
   */
  stop?: AbortSignal;
}

export type CollectionName =
  | 'dashboards'
  | 'alerts'
  | 'webhooks'
  | 'savedSearches'
  | 'sources'
  | 'connections'
  | 'charts'
  | 'roles'
  | 'teamMembers'
  | 'teamInvitations';

export class ApiContext {
  /** Every write of the client; the cached reads of every collection are dropped by each. */
  readonly writes = new WriteCounter();

  constructor(
    readonly flavor: FlavorProfile,
    readonly transport: Transport,
    readonly pageSize: number,
    readonly redactor: Redactor,
    readonly recovery: CreateRecoveryOptions,
  ) {}

  supports(endpoint: Endpoint): boolean {
    return this.flavor.endpoints.has(endpoint);
  }

  /** Refuses locally, without a request, an endpoint the flavor does not have. */
  ensureSupported(endpoint: Endpoint, method: HttpMethod, path: string): void {
    if (this.supports(endpoint)) return;
    throw new EndpointUnavailableError({
      status: 404,
      serverMessage: `${endpoint} is not available on the ${this.flavor.name === 'oss' ? 'OSS' : 'Cloud'} API`,
      method,
      path,
    });
  }

  /** A call whose success body carries one document of `shape` in the envelope; `readOnly` for a POST that changes nothing. */
  async call<T>(endpoint: Endpoint, method: HttpMethod, path: string, shape: Shape, options: CallOptions & { body?: unknown; readOnly?: boolean }): Promise<T> {
    this.ensureSupported(endpoint, method, path);
    const { body, signal, stop, readOnly } = options;
    const response = await this.transport.send({ method, path, body, signal, stop, readOnly });
    return this.conforming(method, path, response, (body) => checked(shape, this.flavor.unwrap(body, endpoint))) as T;
  }

  /** A DELETE: both flavors answer 200 with an envelope that carries nothing. */
  async remove(endpoint: Endpoint, path: string, options: CallOptions): Promise<void> {
    this.ensureSupported(endpoint, 'DELETE', path);
    await this.transport.send({ method: 'DELETE', path, signal: options.signal, stop: options.stop });
  }

  /** A list without paging: the server returns everything. */
  async listAll<T>(endpoint: Endpoint, path: string, shape: Shape, options: CallOptions): Promise<T[]> {
    this.ensureSupported(endpoint, 'GET', path);
    const response = await this.transport.send({ method: 'GET', path, signal: options.signal, stop: options.stop });
    return this.conforming('GET', path, response, (body) => checked(list(shape), this.flavor.unwrapList(body).items)) as T[];
  }

  /**
   * Walks `limit`/`offset` pages (api-behaviour §4). Stops at `meta.total` where the server sends it (OSS), else on a short page;
   * on either flavor also on a page that brings no new id (a server that ignores the paging parameters).
   */
  async listPaged<T extends { id: string }>(endpoint: Endpoint, path: string, shape: Shape, options: CallOptions): Promise<T[]> {
    this.ensureSupported(endpoint, 'GET', path);
    const items: T[] = [];
    const seenIds = new Set<string>();
    for (let offset = 0; ; ) {
      const query = { limit: this.pageSize, offset };
      const response = await this.transport.send({ method: 'GET', path, query, signal: options.signal, stop: options.stop });
      const pagePath = `${path}?limit=${query.limit}&offset=${offset}`;
      const page = this.conforming('GET', pagePath, response, (body) => {
        const unwrapped = this.flavor.unwrapList(body);
        checked(list(shape), unwrapped.items);
        return unwrapped;
      });
      let fresh = 0;
      for (const item of page.items as T[]) {
        if (seenIds.has(item.id)) continue;
        seenIds.add(item.id);
        items.push(item);
        fresh++;
      }
      offset += page.items.length;
      const exhausted = page.total !== undefined ? offset >= page.total : page.items.length < this.pageSize;
      if (page.items.length === 0 || fresh === 0 || exhausted) return items;
    }
  }

  /** What `read` makes of the body; a body that is not what the endpoint answers (ShapeProblem) is UnexpectedResponseError. */
  private conforming<U>(method: HttpMethod, path: string, response: ApiResponse, read: (body: unknown) => U): U {
    try {
      return read(response.body);
    } catch (error) {
      if (!(error instanceof ShapeProblem)) throw error;
      const fullPath = this.transport.fullPath(path);
      const problem = `a document the provider cannot use: ${this.redactor.text(error.message)}`;
      throw new UnexpectedResponseError({ method, path: fullPath, status: response.status, problem });
    }
  }
}

/** The value, once checked against `shape` (ShapeProblem otherwise). */
function checked(shape: Shape, value: unknown): unknown {
  checkShape(shape, value);
  return value;
}

export function idPath(collection: string, id: string): string {
  return `${collection}/${encodeURIComponent(id)}`;
}

/** list and get of one collection. */
export class ReadableCollection<T extends { id: string }> {
  /**
   * `get` and `list` for callers that read many objects of the kind: answered from one shared list request for as long
   * as this client makes no write (see CachedReads). `get` and `list` themselves always ask the server.
   */
  readonly cached: CachedReads<T>;

  constructor(
    protected readonly api: ApiContext,
    protected readonly name: CollectionName,
    /** URL segment, e.g. `/saved-searches`. */
    protected readonly collectionPath: string,
    private readonly paged: boolean,
    /** What the provider needs of each document (response-shape.ts). */
    protected readonly shape: Shape,
  ) {
    const source = { list: (options: CallOptions) => this.list(options), get: (id: string, options: CallOptions) => this.get(id, options) };
    this.cached = new CachedReads<T>(source, api.writes, api.supports(`${name}.get` as Endpoint));
  }

  /** Every object, following pages where the API pages. */
  list(options: CallOptions = {}): Promise<T[]> {
    const endpoint = `${this.name}.list` as Endpoint;
    return this.paged
      ? this.api.listPaged<T>(endpoint, this.collectionPath, this.shape, options)
      : this.api.listAll<T>(endpoint, this.collectionPath, this.shape, options);
  }

  /** Throws NotFoundError when the object does not exist. */
  get(id: string, options: CallOptions = {}): Promise<T> {
    return this.api.call<T>(`${this.name}.get` as Endpoint, 'GET', idPath(this.collectionPath, id), this.shape, options);
  }

  /** `get` through the list, where there is no GET by id: NotFoundError when the id is not listed. */
  protected async getFromList(id: string, options: CallOptions): Promise<T> {
    const found = (await this.list(options)).find((item) => item.id === id);
    if (found) return found;
    throw new NotFoundError({
      status: 404,
      serverMessage: `${id} is not in the list of ${this.name}`,
      method: 'GET',
      path: idPath(this.collectionPath, id),
    });
  }
}

/** How a collection's creates are recovered when their answer is lost (create-recovery.ts). */
export interface CreateIdentity<T, CreateInput> {
  /** The kind of object, for messages: `dashboard`. */
  noun: string;
  /** What the server keeps of a create body as sent, equal for the body and the object it made. */
  identity(document: CreateInput | T): string;
}

/** Full CRUD of one collection. */
export class Collection<T extends { id: string }, CreateInput, UpdateInput = CreateInput> extends ReadableCollection<T> {
  private readonly ledger: CreateLedger<T, CreateInput> | undefined;

  constructor(api: ApiContext, name: CollectionName, collectionPath: string, paged: boolean, shape: Shape, recovery?: CreateIdentity<T, CreateInput>) {
    super(api, name, collectionPath, paged, shape);
    this.ledger =
      recovery && new CreateLedger({ ...recovery, list: (signal) => this.list({ signal }) }, api.recovery);
  }

  /**
   * Creates the object. Where the collection knows how to recognise what a create made, a failure that may have created
   * it (a timeout, a reset, a 5xx, an answer the client cannot use) ends with the object found in the list, or, when
   * none was made, with the create sent again (create-recovery.ts).
   */
  create(input: CreateInput, options: CallOptions = {}): Promise<T> {
    const send = () => this.api.call<T>(`${this.name}.create` as Endpoint, 'POST', this.collectionPath, this.shape, { ...options, body: input });
    return this.api.writes.around(() => (this.ledger ? this.ledger.create(input, send, options) : send()));
  }

  /** Every update of both APIs is a PUT; what omitted fields mean differs per collection (see the models). */
  update(id: string, input: UpdateInput, options: CallOptions = {}): Promise<T> {
    return this.api.writes.around(() =>
      this.api.call<T>(`${this.name}.update` as Endpoint, 'PUT', idPath(this.collectionPath, id), this.shape, { ...options, body: input }),
    );
  }

  delete(id: string, options: CallOptions = {}): Promise<void> {
    return this.api.writes.around(() => this.api.remove(`${this.name}.delete` as Endpoint, idPath(this.collectionPath, id), options));
  }
}
