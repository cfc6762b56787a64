import { EndpointUnavailableError, NotFoundError } from './errors';
import type { Source, SourceInput } from './models/sources';
import { ApiContext, CallOptions, Collection, idPath } from './resource';

/** Sources. An update is a full replace. */
export class SourcesApi extends Collection<Source, SourceInput> {
  constructor(api: ApiContext) {
    super(api, 'sources', '/sources', false);
  }

  /** Older Cloud deployments route no GET /sources/{id}; there the source is looked up in the list. */
  override async get(id: string, options: CallOptions = {}): Promise<Source> {
    try {
      return await super.get(id, options);
    } catch (error) {
      if (!(error instanceof EndpointUnavailableError) || this.api.flavor.name !== 'cloud') throw error;
    }
    const found = (await this.list(options)).find((source) => source.id === id);
    if (found) return found;
    throw new NotFoundError({
      status: 404,
      serverMessage: `Source ${id} is not in the list of sources`,
      method: 'GET',
      path: idPath(this.collectionPath, id),
    });
  }
}
