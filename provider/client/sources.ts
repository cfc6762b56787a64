import { EndpointUnavailableError } from './errors';
import { type Source, type SourceInput, sourceShape } from './models/sources';
import { ApiContext, CallOptions, Collection } from './collection';

/** Sources. An update is a full replace. */
export class SourcesApi extends Collection<Source, SourceInput> {
  constructor(api: ApiContext) {
    super(api, 'sources', '/sources', false, sourceShape, {
      noun: 'source',
      // Nothing about a source is unique; its kind, name and table are what one create is told apart by.
      identity: (source) => JSON.stringify([source.kind, source.name, source.connection, source.from?.databaseName, source.from?.tableName ?? '']),
    });
  }

  /** Where the flavor may not route GET /sources/{id}, an unrouted one falls back to the list. */
  override async get(id: string, options: CallOptions = {}): Promise<Source> {
    try {
      return await super.get(id, options);
    } catch (error) {
      if (!(error instanceof EndpointUnavailableError) || !this.api.flavor.sourceGetMayBeUnrouted) throw error;
    }
    return this.getFromList(id, options);
  }
}
