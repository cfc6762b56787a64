// Fixtures of the clickstack_team_member tests: configurations built from the resource's schema.
import { complete } from './objects';
import { teamMemberAttributes } from '../../provider/resources/team-member';

export const teamMember = (email: string, extra: { [name: string]: unknown } = {}) => complete(teamMemberAttributes, { email, ...extra });
