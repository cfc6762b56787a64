import { type Role, type RoleInput, roleShape } from './models/roles';
import { ApiContext, Collection } from './collection';

/**
 * Roles (Managed ClickStack only; OSS has none: EndpointUnavailableError without a request). The list holds the
 * predefined roles too, which the server refuses to change or delete (api-behaviour §17.3).
 */
export class RolesApi extends Collection<Role, RoleInput> {
  constructor(api: ApiContext) {
    super(api, 'roles', '/roles', false, roleShape, {
      noun: 'role',
      // Role names are unique within the team (api-behaviour §17.1).
      identity: (role) => JSON.stringify(role.name.trim()),
    });
  }
}
