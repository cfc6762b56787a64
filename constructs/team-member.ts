// Members of the ClickStack OSS team, by email: a new one is invited, an existing one adopted with `importFrom`.
import type { Construct } from 'constructs';
import { TeamMember as TeamMemberResource } from './bindings/team-member';
import { ClickStackConstruct, type EnvironmentScopedProps } from './environment';
import { TeamMemberDefinition, type TeamMemberDefinitionProps } from './model/team-member-definition';

/** A team member managed by this app: its definition and its environment. */
export interface TeamMemberProps extends TeamMemberDefinitionProps, EnvironmentScopedProps {}

/**
 * A member of the ClickStack OSS team (the `clickstack_team_member` resource): creating it invites the email,
 * destroying it removes the member or the pending invitation.
 */
export class TeamMember extends ClickStackConstruct {
  /** The `clickstack_team_member` resource: its `status` (`pending`, `joined`), `memberId`, `invitationUrl`... */
  readonly resource: TeamMemberResource;

  constructor(scope: Construct, id: string, props: TeamMemberProps) {
    super(scope, id, props);
    const definition = new TeamMemberDefinition(props, this.environment.flavor);
    this.resource = new TeamMemberResource(this, 'Default', { ...definition.toConfig(), provider: this.environment.provider });
    this.node.addValidation(definition);
  }

  /** Adopts the existing member (or pending invitation) of `email`: the next apply imports it rather than inviting. */
  importFrom(email: string): this {
    this.resource.importFrom(email);
    return this;
  }
}
