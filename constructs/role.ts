// Roles of Managed ClickStack: `new Role(...)` manages a custom one; `Role.fromName(...)` refers to a predefined or
// custom role made elsewhere, resolved by name in each environment.
import type { Construct } from 'constructs';
import { DataClickstackRole } from './bindings/data-clickstack-role';
import { Role as RoleResource } from './bindings/role';
import { ClickStackConstruct, type EnvironmentScopedProps, type IEnvironmentScoped } from './environment';
import { nonEmpty } from './model/checks';
import { RoleDefinition, type RoleDefinitionProps } from './model/role-definition';

/** A role in one environment. */
export interface IRole extends IEnvironmentScoped {
  /** The role's id (known once Terraform has created or looked it up). */
  readonly roleId: string;
}

/** A custom role managed by this app: its definition and its environment. */
export interface RoleProps extends RoleDefinitionProps, EnvironmentScopedProps {}

/** Which role a lookup finds. */
export interface RoleLookupProps extends EnvironmentScopedProps {
  /** Name of the role, predefined (`Admin`, `Member`, `Read Only`...) or custom; exactly one role must have it. */
  readonly name: string;
}

const CLOUD_ONLY = (construct: string) => `${construct} exists on Managed ClickStack only: ClickStack OSS has no roles.`;

/** A custom role managed by this app (the `clickstack_role` resource; Managed ClickStack only). */
export class Role extends ClickStackConstruct implements IRole {
  /** Refers to an existing role, predefined or custom, by name (the `clickstack_role` data source, in `scope`'s environment). */
  static fromName(scope: Construct, id: string, props: RoleLookupProps): IRole {
    return new ExistingRole(scope, id, props);
  }

  readonly roleId: string;
  /** The `clickstack_role` resource, for what the props do not cover (`addOverride`, lifecycle...). */
  readonly resource: RoleResource;

  constructor(scope: Construct, id: string, props: RoleProps) {
    super(scope, id, props);
    const definition = new RoleDefinition(props, this.environment.flavor);
    this.resource = new RoleResource(this, 'Default', { ...definition.toConfig(), provider: this.environment.provider });
    this.roleId = this.resource.id;
    this.node.addValidation(definition);
  }

  /** Adopts the custom role `id` of ClickStack: the next apply imports it (cdktf's `importFrom`) rather than creating one. */
  importFrom(id: string): this {
    this.resource.importFrom(id);
    return this;
  }
}

class ExistingRole extends ClickStackConstruct implements IRole {
  readonly roleId: string;

  constructor(scope: Construct, id: string, props: RoleLookupProps) {
    super(scope, id, props);
    const lookup = new DataClickstackRole(this, 'Default', { name: props.name, provider: this.environment.provider });
    this.roleId = lookup.id;
    this.node.addValidation({
      validate: () => [...(this.environment.flavor === 'oss' ? [CLOUD_ONLY('Role.fromName')] : []), ...nonEmpty('name', props.name)],
    });
  }
}
