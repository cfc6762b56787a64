import { type Connection, connectionShape } from './models/connections';
import { ApiContext, ReadableCollection } from './collection';

/** Connections, read only (OSS; Cloud has no connections API: EndpointUnavailableError without a request). */
export class ConnectionsApi extends ReadableCollection<Connection> {
  constructor(api: ApiContext) {
    super(api, 'connections', '/connections', false, connectionShape);
  }
}
