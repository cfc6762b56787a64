// A custom role of Managed ClickStack as plain data: its props, what ClickStack would refuse, and the configuration of
// the `clickstack_role` resource.
import type { Flavor } from './environment-settings';
import { eachOf, lengthBetween, nonEmpty } from './checks';

/** One CASL rule of a role: `action` on `subject`, denied instead of granted when `inverted`. */
export interface RolePermission {
  /** The action granted (or denied), such as `read`, `update` or `manage`. */
  readonly action: string;
  /** What the action applies to, such as `Dashboard`, `Alert` or `all`. */
  readonly subject: string;
  /**
   * Whether the rule denies the action instead of granting it.
   * @default false
   */
  readonly inverted?: boolean;
  /**
   * The integration the permission is scoped to.
   * @default none
   */
  readonly integration?: string;
  /**
   * CASL conditions that narrow the rule to matching objects, such as `{ name: 'Paging' }`.
   * @default none: every object of `subject`
   */
  readonly conditions?: Record<string, unknown>;
}

export interface RoleDefinitionProps {
  /** Name of the role; unique within the team, and not the name of a predefined role. */
  readonly name: string;
  /**
   * Human-readable description of the role.
   * @default none
   */
  readonly description?: string;
  /** The permissions of the role: its whole list. */
  readonly permissions: readonly RolePermission[];
}

/** A permission in the shape of the bindings' RolePermissions (conditions as JSON text). */
export interface RolePermissionConfigData {
  action: string;
  subject: string;
  inverted?: boolean;
  integration?: string;
  conditions?: string;
}

/** The `clickstack_role` configuration, in the shape of the bindings' RoleConfig. */
export interface RoleConfigData {
  name: string;
  description?: string;
  permissions: RolePermissionConfigData[];
}

export class RoleDefinition {
  constructor(
    readonly props: RoleDefinitionProps,
    /** The environment's flavor, when known. */
    readonly flavor?: Flavor,
  ) {}

  validate(): string[] {
    const { props, flavor } = this;
    return [
      ...(flavor === 'oss' ? ['A Role exists on Managed ClickStack only: ClickStack OSS has no roles.'] : []),
      ...lengthBetween('name', props.name, 1, 1024),
      ...(props.name.trim() !== props.name ? ['`name` has leading or trailing spaces, which ClickStack trims.'] : []),
      ...eachOf('permissions', props.permissions, (prop, permission) => [...nonEmpty(`${prop}.action`, permission.action), ...nonEmpty(`${prop}.subject`, permission.subject)]),
    ];
  }

  toConfig(): RoleConfigData {
    const { name, description, permissions } = this.props;
    return {
      name,
      description,
      permissions: permissions.map(({ action, subject, inverted, integration, conditions }) => ({
        action,
        subject,
        inverted,
        integration,
        conditions: conditions === undefined ? undefined : JSON.stringify(conditions),
      })),
    };
  }
}
