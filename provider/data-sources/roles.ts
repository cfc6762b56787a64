// data "clickstack_roles": every role of Managed ClickStack, each with the attributes of data "clickstack_role".
import type { ClickStackClient } from '../client';
import type { DataSourceDefinition } from '../runtime/provider';
import { callOptions, reportingApiErrors } from '../shared/api-errors';
import { availableOn } from '../shared/flavor-only';
import { reportedRoleAttributes, reportedRoleFromApi } from './role';

export const rolesDataSource: DataSourceDefinition<ClickStackClient> = {
  schema: {
    version: 0,
    block: {
      description: 'Lists the roles of Managed ClickStack, predefined and custom. Managed ClickStack (ClickHouse Cloud) only.',
      attributes: {
        roles: {
          computed: true,
          description: 'The roles, in the order the API lists them.',
          nested: { nesting: 'list', attributes: reportedRoleAttributes },
        },
      },
    },
  },

  async read({ client }, ctx) {
    if (!availableOn('cloud', 'data.clickstack_roles', client, ctx.diagnostics)) return null;
    const roles = await reportingApiErrors('Could not list the roles', ctx.diagnostics, () => client.roles.cached.list(callOptions(ctx)));
    return roles && { roles: roles.map(reportedRoleFromApi) };
  },
};
