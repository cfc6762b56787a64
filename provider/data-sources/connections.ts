// data "clickstack_connections": every ClickHouse connection (ClickStack OSS), each with the attributes of data
// "clickstack_connection".
import type { ClickStackClient } from '../client';
import type { DataSourceDefinition } from '../runtime/provider';
import { callOptions, reportingApiErrors } from '../shared/api-errors';
import { availableOn } from '../shared/flavor-only';
import { reportedConnectionAttributes, reportedConnectionFromApi } from './connection';

export const connectionsDataSource: DataSourceDefinition<ClickStackClient> = {
  schema: {
    version: 0,
    block: {
      description: 'Lists the ClickHouse connections of ClickStack OSS. ClickStack OSS (HyperDX) only.',
      attributes: {
        connections: {
          computed: true,
          description: 'The connections, in the order the API lists them.',
          nested: { nesting: 'list', attributes: reportedConnectionAttributes },
        },
      },
    },
  },

  async read({ client }, ctx) {
    if (!availableOn('oss', 'data.clickstack_connections', client, ctx.diagnostics)) return null;
    const connections = await reportingApiErrors('Could not list the connections', ctx.diagnostics, () => client.connections.cached.list(callOptions(ctx)));
    return connections && { connections: connections.map(reportedConnectionFromApi) };
  },
};
