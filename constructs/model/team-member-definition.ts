// A member of the ClickStack OSS team as plain data: its props, what ClickStack would refuse, and the configuration of
// the `clickstack_team_member` resource.
import type { Flavor } from './environment-settings';
import { isToken } from './checks';
import { OSS_ONLY } from './connection-definition';

export interface TeamMemberDefinitionProps {
  /** Email of the member: creating the member invites it. */
  readonly email: string;
  /**
   * Name shown in the invitation (sent with it only: a member chooses their own name).
   * @default none
   */
  readonly name?: string;
}

/** The `clickstack_team_member` configuration, in the shape of the bindings' TeamMemberConfig. */
export interface TeamMemberConfigData {
  email: string;
  name?: string;
}

export class TeamMemberDefinition {
  constructor(
    readonly props: TeamMemberDefinitionProps,
    /** The environment's flavor, when known. */
    readonly flavor?: Flavor,
  ) {}

  validate(): string[] {
    const { props, flavor } = this;
    return [
      ...(flavor === 'cloud' ? [OSS_ONLY('A TeamMember')] : []),
      ...(!isToken(props.email) && !/^[^\s@]+@[^\s@]+$/.test(props.email) ? [`\`email\` is ${JSON.stringify(props.email)}; expected an email address.`] : []),
    ];
  }

  toConfig(): TeamMemberConfigData {
    const { email, name } = this.props;
    return { email, name };
  }
}
