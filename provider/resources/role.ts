// clickstack_role: a custom role of Managed ClickStack, a named set of CASL permissions. Reads top to bottom: schema,
// API documents, CRUD, import.
//
// OSS has no roles (api-behaviour §5.4), so a plan on OSS is an error. Predefined roles are listed with the custom
// ones but cannot be changed or deleted (§17.3): importing one is an error that points to data "clickstack_role".
// An update replaces the permissions (§17.2), so the list in the configuration is the role's whole list; it keeps an
// omitted description, so removing one sends `""` (§17.4).
import type { ClickStackClient } from '../client';
import type { Role, RoleInput } from '../client/models/roles';
import type { CallContext, ResourceDefinition } from '../runtime/provider';
import type { Attributes, TfObject, TfValue } from '../runtime/types';
import { stringLength } from '../runtime/validators';
import { type Converter, fromApiObject, type ObjectMapping, toApiObject } from '../shared/api-mapping';
import { callOptions, deleteIfPresent, refreshing, reportingApiErrors } from '../shared/api-errors';
import { idAttribute, optionalBool, optionalString, requiredString, trimmedText } from '../shared/attributes';
import { availableOn } from '../shared/flavor-only';
import { jsonObjectText, jsonTextForState } from '../shared/json-text';
import { planWithId } from '../shared/plan';
import { nullObject } from '../shared/schema-derivation';

// --- schema ---------------------------------------------------------------------------------------------------

export const permissionAttributes: Attributes = {
  action: requiredString('The action granted (or denied), such as `read`, `update` or `manage`.', stringLength(1)),
  subject: requiredString('What the action applies to, such as `Dashboard`, `Alert` or `all`.', stringLength(1)),
  inverted: optionalBool('Whether the rule denies the action instead of granting it.'),
  integration: optionalString('The integration the permission is scoped to, if any.'),
  conditions: optionalString(
    'CASL conditions that narrow the rule to matching objects, as a JSON object (`jsonencode({ ... })`).',
    jsonObjectText,
  ),
};

const roleAttributes: Attributes = {
  id: idAttribute('role'),
  name: requiredString(
    'Name of the role; unique within the team, and not the name of a predefined role.',
    stringLength(1, 1024),
    trimmedText,
  ),
  description: optionalString('Human-readable description of the role. Removing it clears it.'),
  permissions: {
    required: true,
    description: 'The permissions of the role: its whole list, which an update replaces.',
    nested: { nesting: 'list', attributes: permissionAttributes },
  },
};

export const roleSchema = {
  version: 0,
  block: {
    description:
      'A custom role of Managed ClickStack: a named set of permissions. Managed ClickStack (ClickHouse Cloud) only. ' +
      'Predefined roles cannot be managed; look them up with data `clickstack_role`.',
    attributes: roleAttributes,
  },
};

// --- API documents ----------------------------------------------------------------------------------------------

/** `conditions` is a JSON object in the API and JSON text in Terraform. */
const conditionsConverter: Converter = {
  toApi: (value) => JSON.parse(String(value)),
  fromApi: (value) => (value === null || value === undefined ? null : JSON.stringify(value)),
};

const mapping: ObjectMapping = { names: { id: null }, nested: { permissions: { converters: { conditions: conditionsConverter } } } };

/** The create or update body: an update that means "no description" sends `""`, since an omitted one is kept. */
export function roleToApi(planned: TfObject, update: boolean): RoleInput {
  const body = toApiObject(roleAttributes, planned, mapping) as RoleInput;
  if (update && body.description === undefined) body.description = '';
  return body;
}

/** A description as state holds it: `""` is no description, read as the configuration spells it (null or `""`). */
export function descriptionFromApi(description: string | undefined | null, known: TfValue): string | null {
  return description || (known === '' ? '' : null);
}

/** Permissions as state holds them: each condition in the spelling `known` (the plan or prior state) has, when the same. */
export function permissionsFromApi(role: Role, known: TfValue): TfObject[] {
  const knownPermissions = Array.isArray(known) ? (known as TfObject[]) : [];
  return role.permissions.map((permission, i) => {
    const state = fromApiObject(permissionAttributes, permission, mapping.nested!.permissions);
    return { ...state, conditions: jsonTextForState(knownPermissions[i]?.conditions ?? null, state.conditions) };
  });
}

export function roleFromApi(role: Role, known: TfObject): TfObject {
  return { id: role.id, name: role.name, description: descriptionFromApi(role.description, known.description), permissions: permissionsFromApi(role, known.permissions) };
}

/** A predefined role in state (an import) is an error: it cannot be changed or deleted. */
function refusePredefined(role: Role, ctx: CallContext): boolean {
  if (!role.isPredefined) return false;
  ctx.diagnostics.error(
    'Predefined role',
    `${JSON.stringify(role.name)} (id ${role.id}) is a predefined role: ClickStack does not let it be changed or deleted, so ` +
      'it cannot be managed. Refer to it with data "clickstack_role" (by name), and remove it from state with ' +
      '`terraform state rm`.',
  );
  return true;
}

// --- the resource -----------------------------------------------------------------------------------------------

export const roleResource: ResourceDefinition<ClickStackClient> = {
  schema: roleSchema,

  plan({ prior, proposed, client }, ctx) {
    availableOn('cloud', 'clickstack_role', client, ctx.diagnostics);
    return { planned: planWithId(prior, proposed) };
  },

  async create({ planned, client }, ctx) {
    const created = await reportingApiErrors('Could not create role', ctx.diagnostics, () => client.roles.create(roleToApi(planned, false), callOptions(ctx)));
    return created && roleFromApi(created, planned);
  },

  async read({ state, client }, ctx) {
    return refreshing('Could not read role', ctx, state, async () => {
      const role = await client.roles.cached.get(String(state.id), callOptions(ctx));
      return refusePredefined(role, ctx) ? state : roleFromApi(role, state);
    });
  },

  async update({ prior, planned, client }, ctx) {
    const updated = await reportingApiErrors('Could not update role', ctx.diagnostics, () =>
      client.roles.update(String(prior.id), roleToApi(planned, true), callOptions(ctx)),
    );
    return updated ? roleFromApi(updated, planned) : prior;
  },

  async delete({ state, client }, ctx) {
    await deleteIfPresent('Could not delete role', ctx, () => client.roles.delete(String(state.id), callOptions(ctx)));
  },

  importState(id) {
    return { ...nullObject(roleAttributes), id };
  },
};

export { roleAttributes };
