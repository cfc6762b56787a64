// clickstack_team_member: a member of a ClickStack OSS team, by email, through the invitation flow. Reads top to bottom:
// schema, finding the member, CRUD, import.
//
// Creating one invites the email (api-behaviour §18.2): the member is `pending` until the invitation is accepted, then
// `joined`. A refresh finds the email among the members, else among the invitations; neither is a member that is gone.
// Destroying it removes the member, or the invitation while pending (§18.3). An email that already belongs to a user
// cannot be invited: creating it is an error that says to import it, and importing takes the email. Removing the API
// key's own user is refused by the server, and here before any request. Managed ClickStack has no team API (§5.2).
import { type ClickStackClient, ValidationError } from '../client';
import type { TeamInvitation, TeamMember } from '../client/models/team';
import type { CallContext, ResourceDefinition } from '../runtime/provider';
import type { Attributes, TfObject } from '../runtime/types';
import { requiresReplaceIf, useStateForUnknown } from '../runtime/plan-modifiers';
import { matches } from '../runtime/validators';
import { callOptions, reportingApiErrors } from '../shared/api-errors';
import { computedString, optionalString, requiredString } from '../shared/attributes';
import { availableOn } from '../shared/flavor-only';
import { planWithId } from '../shared/plan';
import { nullObject } from '../shared/schema-derivation';

// --- schema ---------------------------------------------------------------------------------------------------

const sameEmail = (a: unknown, b: unknown) => typeof a === 'string' && typeof b === 'string' && a.toLowerCase() === b.toLowerCase();

const teamMemberAttributes: Attributes = {
  id: {
    ...computedString('The email as the server stores it (lower-cased); `terraform import` takes the email.'),
    planModifiers: [useStateForUnknown],
  },
  email: {
    ...requiredString('Email of the member. The server compares emails without regard to case; changing it to another email replaces the member.', matches(/^[^\s@]+@[^\s@]+$/, 'an email address')),
    planModifiers: [requiresReplaceIf('changing it to another email replaces the member', (prior, planned) => !sameEmail(prior, planned))],
  },
  name: optionalString(
    'Name shown in the invitation. Sent only with the invitation: a member chooses their own name, so it is neither ' +
      'read back nor sent again.',
  ),
  status: computedString('`pending` while the invitation waits to be accepted, `joined` once the email is a member.'),
  member_id: computedString('Id of the member once joined; null while pending.'),
  invitation_id: computedString('Id of the pending invitation; null once joined.'),
  invitation_url: {
    ...computedString('The link that joins the team while the invitation is pending (it carries the invitation token, so it is sensitive).'),
    sensitive: true,
  },
};

export const teamMemberSchema = {
  version: 0,
  block: {
    description:
      'A member of the ClickStack OSS team, by email: creating it invites the email, destroying it removes the member ' +
      'or the pending invitation. Members who exist already are imported by email. ClickStack OSS (HyperDX) only.',
    attributes: teamMemberAttributes,
  },
};

/** What the server computes, unknown in a plan that changes the member. */
const SERVER_OWNED = ['status', 'member_id', 'invitation_id', 'invitation_url'];

// --- finding the member -------------------------------------------------------------------------------------------

/** A member, or the pending invitation of one. */
export type TeamMemberFound = { member: TeamMember; invitation?: undefined } | { invitation: TeamInvitation; member?: undefined };

/** The member with this email, else its pending invitation; null when there is neither. */
async function findByEmail(client: ClickStackClient, email: string, ctx: CallContext): Promise<TeamMemberFound | null> {
  const options = callOptions(ctx);
  const member = (await client.team.members.cached.list(options)).find((candidate) => sameEmail(candidate.email, email));
  if (member) return { member };
  const invitation = (await client.team.invitations.cached.list(options)).find((candidate) => sameEmail(candidate.email, email));
  return invitation ? { invitation } : null;
}

/** The state of what was found; the email keeps the spelling `known` has when it is the same email. */
export function teamMemberState(found: TeamMemberFound, known: TfObject): TfObject {
  const serverEmail = (found.member ?? found.invitation).email;
  return {
    id: serverEmail,
    email: sameEmail(known.email, serverEmail) ? known.email : serverEmail,
    name: known.name ?? null,
    status: found.member ? 'joined' : 'pending',
    member_id: found.member?.id ?? null,
    invitation_id: found.invitation?.id ?? null,
    invitation_url: found.invitation?.url ?? null,
  };
}

const USER_EXISTS = /already exists/i;

// --- the resource -----------------------------------------------------------------------------------------------

export const teamMemberResource: ResourceDefinition<ClickStackClient> = {
  schema: teamMemberSchema,

  plan({ prior, proposed, client }, ctx) {
    availableOn('oss', 'clickstack_team_member', client, ctx.diagnostics);
    return { planned: planWithId(prior, proposed, SERVER_OWNED) };
  },

  async create({ planned, client }, ctx) {
    const email = String(planned.email);
    return reportingApiErrors('Could not invite team member', ctx.diagnostics, async () => {
      try {
        const invited = await client.team.invite({ email, ...(planned.name !== null ? { name: String(planned.name) } : {}) }, callOptions(ctx));
        return teamMemberState({ invitation: { id: invited.invitationId, email: invited.email, url: invited.url } }, planned);
      } catch (error) {
        if (!(error instanceof ValidationError) || !USER_EXISTS.test(error.serverMessage)) throw error;
        ctx.diagnostics.error(
          'Already a team member',
          `${email} is already a member of the team, so it cannot be invited. To manage the member, import it: ` +
            `\`terraform import <address> ${email}\`, or an import block with \`id = "${email}"\`.`,
          ['email'],
        );
        return null;
      }
    });
  },

  async read({ state, client }, ctx) {
    const found = await reportingApiErrors('Could not read team member', ctx.diagnostics, async () => ({ found: await findByEmail(client, String(state.email ?? state.id), ctx) }));
    if (found === null) return state;
    return found.found && teamMemberState(found.found, state);
  },

  async update({ prior, planned }) {
    // Only the email's case or the name can change in place: neither is sent (the server ignores case; the name goes with the invitation only).
    return { ...prior, email: planned.email, name: planned.name };
  },

  async delete({ state, client }, ctx) {
    await reportingApiErrors('Could not remove team member', ctx.diagnostics, async () => {
      const found = await findByEmail(client, String(state.email), ctx);
      if (found?.invitation) return client.team.deleteInvitation(found.invitation.id, callOptions(ctx));
      if (!found) return;
      if (found.member.isCurrentUser) {
        ctx.diagnostics.error(
          'Cannot remove yourself',
          `${found.member.email} is the user of the provider's API key, and ClickStack does not let a user remove themselves ` +
            'from the team. Remove it from state instead (`terraform state rm`, or a `removed` block), or destroy it with ' +
            "another member's API key.",
        );
        return;
      }
      return client.team.deleteMember(found.member.id, callOptions(ctx));
    });
  },

  importState(id) {
    return { ...nullObject(teamMemberAttributes), id, email: id };
  },
};

export { teamMemberAttributes };
