// data "clickstack_role": one role of Managed ClickStack, predefined or custom, by id or by name: how a configuration
// refers to a predefined role, which it cannot manage.
import type { ClickStackClient } from '../client';
import type { Role } from '../client/models/roles';
import type { DataSourceDefinition } from '../runtime/provider';
import type { Attributes, TfObject } from '../runtime/types';
import { fromApiObject } from '../shared/api-mapping';
import { computedString } from '../shared/attributes';
import { availableOn } from '../shared/flavor-only';
import { computedOnly } from '../shared/schema-derivation';
import { descriptionFromApi, permissionAttributes, permissionsFromApi } from '../resources/role';
import { type Lookup, lookUp, lookupAttributes, validateLookup } from './lookup';

/** A role as the data sources report it. */
export const reportedRoleAttributes: Attributes = {
  id: computedString('Id of the role.'),
  name: computedString('Name of the role.'),
  description: computedString('Description of the role; null when it has none.'),
  is_predefined: { type: 'bool', computed: true, description: 'Whether this is a predefined role, which cannot be changed or deleted.' },
  permissions: {
    computed: true,
    description: 'The permissions of the role.',
    nested: { nesting: 'list', attributes: computedOnly(permissionAttributes) },
  },
  created_at: computedString('When the role was created (RFC 3339).'),
  updated_at: computedString('When the role was last updated (RFC 3339).'),
};

export function reportedRoleFromApi(role: Role): TfObject {
  return { ...fromApiObject(reportedRoleAttributes, role, { names: { permissions: null } }), is_predefined: role.isPredefined ?? false, description: descriptionFromApi(role.description, null), permissions: permissionsFromApi(role, null) };
}

const roleLookup: Lookup<Role> = { noun: 'role', narrowing: [] };

export const roleDataSource: DataSourceDefinition<ClickStackClient> = {
  schema: {
    version: 0,
    block: {
      description: 'Looks up a role of Managed ClickStack, predefined or custom, by id or by name. Managed ClickStack (ClickHouse Cloud) only.',
      attributes: { ...reportedRoleAttributes, ...lookupAttributes(roleLookup) },
    },
  },

  validate(config, ctx) {
    validateLookup(roleLookup, config, ctx.diagnostics);
  },

  async read({ config, client }, ctx) {
    if (!availableOn('cloud', 'data.clickstack_role', client, ctx.diagnostics)) return null;
    const found = await lookUp(roleLookup, config, client.roles.cached, ctx);
    return found && reportedRoleFromApi(found);
  },
};
