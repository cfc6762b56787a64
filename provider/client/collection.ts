// The plumbing every collection of the API shares: endpoint availability per flavor, envelopes, pagination, CRUD,
// reads shared through one list.
import { CachedReads, WriteCounter } from './cached-reads';
import { EndpointUnavailableError, NotFoundError } from './errors';
import type { Endpoint, FlavorProfile } from './flavors';
import type { HttpMethod, Transport } from './http';
import type { Redactor } from './redact';

/** Options of every call. */
export interface CallOptions {
  /** Cancels the call, including waits for the rate limiter and between retries. */
  signal?: AbortSignal;
}

export type CollectionName = 'dashboards' | 'alerts' | 'webhooks' | 'savedSearches' | 'sources' | 'connections' | 'charts';

export class ApiContext {
  /** Every write of the client; the cached reads of every collection are dropped by each. */
  readonly writes = new WriteCounter();

  constructor(
    readonly flavor: FlavorProfile,
    readonly transport: Transport,
    readonly pageSize: number,
    readonly redactor: Redactor,
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

  /** A call whose success body carries one object or array in the envelope. */
  async call<T>(endpoint: Endpoint, method: HttpMethod, path: string, options: CallOptions & { body?: unknown }): Promise<T> {
    this.ensureSupported(endpoint, method, path);
    const body = await this.transport.send({ method, path, body: options.body, signal: options.signal });
    return this.flavor.unwrap(body, endpoint) as T;
  }

  /** A DELETE: both flavors answer 200 with an envelope that carries nothing. */
  async remove(endpoint: Endpoint, path: string, options: CallOptions): Promise<void> {
    this.ensureSupported(endpoint, 'DELETE', path);
    await this.transport.send({ method: 'DELETE', path, signal: options.signal });
  }

  /** A list without paging: the server returns everything. */
  async listAll<T>(endpoint: Endpoint, path: string, options: CallOptions): Promise<T[]> {
    this.ensureSupported(endpoint, 'GET', path);
    const body = await this.transport.send({ method: 'GET', path, signal: options.signal });
    return this.flavor.unwrapList(body).items as T[];
  }

  /**
   * Walks `limit`/`offset` pages (api-behaviour §4). Stops at `meta.total` where the server sends it (OSS), else on a short page;
   * on either flavor also on a page that brings no new id (a server that ignores the paging parameters).
   */
  async listPaged<T>(endpoint: Endpoint, path: string, options: CallOptions): Promise<T[]> {
    this.ensureSupported(endpoint, 'GET', path);
    const items: T[] = [];
    const seenIds = new Set<string>();
    for (let offset = 0; ; ) {
      const query = { limit: this.pageSize, offset };
      const page = this.flavor.unwrapList(await this.transport.send({ method: 'GET', path, query, signal: options.signal }));
      let fresh = 0;
      for (const item of page.items) {
        const id = (item as { id?: unknown } | null)?.id;
        if (typeof id === 'string') {
          if (seenIds.has(id)) continue;
          seenIds.add(id);
        }
        items.push(item as T);
        fresh++;
      }
      offset += page.items.length;
      const exhausted = page.total !== undefined ? offset >= page.total : page.items.length < this.pageSize;
      if (page.items.length === 0 || fresh === 0 || exhausted) return items;
    }
  }
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
  ) {
    const source = { list: (options: CallOptions) => this.list(options), get: (id: string, options: CallOptions) => this.get(id, options) };
    this.cached = new CachedReads<T>(source, api.writes, api.supports(`${name}.get` as Endpoint));
  }

  /** Every object, following pages where the API pages. */
  list(options: CallOptions = {}): Promise<T[]> {
    const endpoint = `${this.name}.list` as Endpoint;
    return this.paged ? this.api.listPaged<T>(endpoint, this.collectionPath, options) : this.api.listAll<T>(endpoint, this.collectionPath, options);
  }

  /** Throws NotFoundError when the object does not exist. */
  get(id: string, options: CallOptions = {}): Promise<T> {
    return this.api.call<T>(`${this.name}.get` as Endpoint, 'GET', idPath(this.collectionPath, id), options);
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

/** Full CRUD of one collection. */
export class Collection<T extends { id: string }, CreateInput, UpdateInput = CreateInput> extends ReadableCollection<T> {
  create(input: CreateInput, options: CallOptions = {}): Promise<T> {
    return this.api.writes.around(() => this.api.call<T>(`${this.name}.create` as Endpoint, 'POST', this.collectionPath, { ...options, body: input }));
  }

  /** Every update of both APIs is a PUT; what omitted fields mean differs per collection (see the models). */
  update(id: string, input: UpdateInput, options: CallOptions = {}): Promise<T> {
    return this.api.writes.around(() =>
      this.api.call<T>(`${this.name}.update` as Endpoint, 'PUT', idPath(this.collectionPath, id), { ...options, body: input }),
    );
  }

  delete(id: string, options: CallOptions = {}): Promise<void> {
    return this.api.writes.around(() => this.api.remove(`${this.name}.delete` as Endpoint, idPath(this.collectionPath, id), options));
  }
}
