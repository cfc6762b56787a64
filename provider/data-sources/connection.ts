// data "clickstack_connection": one ClickHouse connection (ClickStack OSS) by id, or by name. Its password is write-only
// in the API and so cannot be reported.
import type { ClickStackClient } from '../client';
import type { Connection } from '../client/models/connections';
import type { DataSourceDefinition } from '../runtime/provider';
import type { Attributes, TfObject } from '../runtime/types';
import { fromApiObject } from '../shared/api-mapping';
import { computedString } from '../shared/attributes';
import { availableOn } from '../shared/flavor-only';
import { type Lookup, lookUp, lookupAttributes, validateLookup } from './lookup';

/** A connection as the data sources report it. */
export const reportedConnectionAttributes: Attributes = {
  id: computedString('Id of the connection.'),
  name: computedString('Name of the connection.'),
  host: computedString('URL of the ClickHouse HTTP interface.'),
  username: computedString('ClickHouse user the queries run as.'),
  hyperdx_setting_prefix: computedString('Prefix of the ClickHouse settings HyperDX sets on its queries, if any.'),
  is_prometheus_endpoint: { type: 'bool', computed: true, description: 'Whether the host is a Prometheus-compatible endpoint.' },
  created_at: computedString('When the connection was created (RFC 3339).'),
  updated_at: computedString('When the connection was last updated (RFC 3339).'),
};

export function reportedConnectionFromApi(connection: Connection): TfObject {
  return { ...fromApiObject(reportedConnectionAttributes, connection), hyperdx_setting_prefix: connection.hyperdxSettingPrefix || null, is_prometheus_endpoint: connection.isPrometheusEndpoint ?? false };
}

const connectionLookup: Lookup<Connection> = { noun: 'connection', narrowing: [] };

export const connectionDataSource: DataSourceDefinition<ClickStackClient> = {
  schema: {
    version: 0,
    block: {
      description: 'Looks up a ClickHouse connection of ClickStack OSS by id or by name. ClickStack OSS (HyperDX) only.',
      attributes: { ...reportedConnectionAttributes, ...lookupAttributes(connectionLookup) },
    },
  },

  validate(config, ctx) {
    validateLookup(connectionLookup, config, ctx.diagnostics);
  },

  async read({ config, client }, ctx) {
    if (!availableOn('oss', 'data.clickstack_connection', client, ctx.diagnostics)) return null;
    const found = await lookUp(connectionLookup, config, client.connections.cached, ctx);
    return found && reportedConnectionFromApi(found);
  },
};
