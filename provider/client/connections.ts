import { type Connection, type ConnectionInput, connectionShape } from './models/connections';
import { ApiContext, CallOptions, Collection } from './collection';

/**
 * ClickHouse connections (OSS; Cloud has no connections API: EndpointUnavailableError without a request). The password
 * is write-only (api-behaviour §16.1): every password sent is registered with the redactor, so no log line or error
 * message ever carries it.
 */
export class ConnectionsApi extends Collection<Connection, ConnectionInput> {
  constructor(api: ApiContext) {
    super(api, 'connections', '/connections', false, connectionShape, {
      noun: 'connection',
      // Names are not unique: what a create stores as sent (api-behaviour §16.4).
      identity: (connection) => JSON.stringify([connection.name, connection.host, connection.username]),
    });
  }

  override create(input: ConnectionInput, options: CallOptions = {}): Promise<Connection> {
    this.api.redactor.addSecret(input.password);
    return super.create(input, options);
  }

  override update(id: string, input: ConnectionInput, options: CallOptions = {}): Promise<Connection> {
    this.api.redactor.addSecret(input.password);
    return super.update(id, input, options);
  }
}
