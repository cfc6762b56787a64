// data "clickstack_team_members": the members of the ClickStack OSS team and its pending invitations.
import type { ClickStackClient } from '../client';
import type { DataSourceDefinition } from '../runtime/provider';
import { callOptions, reportingApiErrors } from '../shared/api-errors';
import { computedString } from '../shared/attributes';
import { availableOn } from '../shared/flavor-only';

export const teamMembersDataSource: DataSourceDefinition<ClickStackClient> = {
  schema: {
    version: 0,
    block: {
      description: 'Lists the members of the ClickStack OSS team and its pending invitations. ClickStack OSS (HyperDX) only.',
      attributes: {
        members: {
          computed: true,
          description: 'The members, in the order the API lists them.',
          nested: {
            nesting: 'list',
            attributes: {
              id: computedString('Id of the member.'),
              email: computedString('Email of the member.'),
              name: computedString('Name of the member.'),
              is_current_user: { type: 'bool', computed: true, description: "Whether this is the user of the provider's API key." },
            },
          },
        },
        invitations: {
          computed: true,
          description: 'The pending invitations, in the order the API lists them (their links carry tokens and are left out).',
          nested: {
            nesting: 'list',
            attributes: {
              id: computedString('Id of the invitation.'),
              email: computedString('Email invited.'),
              name: computedString('Name given with the invitation, if any.'),
              created_at: computedString('When the invitation was made (RFC 3339).'),
            },
          },
        },
      },
    },
  },

  async read({ client }, ctx) {
    if (!availableOn('oss', 'data.clickstack_team_members', client, ctx.diagnostics)) return null;
    return reportingApiErrors('Could not list the team', ctx.diagnostics, async () => {
      const [members, invitations] = await Promise.all([client.team.members.cached.list(callOptions(ctx)), client.team.invitations.cached.list(callOptions(ctx))]);
      return {
        members: members.map((member) => ({ id: member.id, email: member.email, name: member.name ?? null, is_current_user: member.isCurrentUser ?? false })),
        invitations: invitations.map((invitation) => ({ id: invitation.id, email: invitation.email, name: invitation.name ?? null, created_at: invitation.createdAt ?? null })),
      };
    });
  },
};
