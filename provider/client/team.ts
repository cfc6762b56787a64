import { type InvitationCreated, invitationCreatedShape, type InvitationInput, type TeamInvitation, teamInvitationShape, type TeamMember, teamMemberShape } from './models/team';
import { ApiContext, CallOptions, idPath, ReadableCollection } from './collection';
import { createIdempotent } from './create-recovery';

/** A list of the team with no GET by id: a single object is found in the list. */
class TeamList<T extends { id: string }> extends ReadableCollection<T> {
  override get(id: string, options: CallOptions = {}): Promise<T> {
    return this.getFromList(id, options);
  }
}

/**
 * The team of an OSS deployment (Cloud has no team API): members, and invitations by email, which become members when
 * accepted (api-behaviour §18). Invitation links carry a token: every one read is registered with the redactor.
 */
export class TeamApi {
  readonly members: TeamList<TeamMember>;
  readonly invitations: TeamList<TeamInvitation>;

  constructor(private readonly api: ApiContext) {
    this.members = new TeamList<TeamMember>(api, 'teamMembers', '/team/members', false, teamMemberShape);
    this.invitations = new (class extends TeamList<TeamInvitation> {
      override async list(options: CallOptions = {}): Promise<TeamInvitation[]> {
        const invitations = await super.list(options);
        for (const invitation of invitations) api.redactor.addSecret(invitation.url);
        return invitations;
      }
    })(api, 'teamInvitations', '/team/invitations', false, teamInvitationShape);
  }

  /**
   * Invites `email` (idempotent per email: inviting again answers the pending invitation). An email of a member is
   * refused (ValidationError, api-behaviour §18.2). The server lower-cases the email. An invitation whose answer was
   * lost is sent again, which answers the invitation it made, if it made one (create-recovery.ts).
   */
  async invite(input: InvitationInput, options: CallOptions = {}): Promise<InvitationCreated> {
    const send = () => this.api.call<InvitationCreated>('team.invite', 'POST', '/team/invitation', invitationCreatedShape, { ...options, body: input });
    const created = await this.api.writes.around(() => createIdempotent('invitation', send, options, this.api.recovery));
    this.api.redactor.addSecret(created.url);
    return created;
  }

  deleteInvitation(id: string, options: CallOptions = {}): Promise<void> {
    return this.api.writes.around(() => this.api.remove('teamInvitations.delete', idPath('/team/invitation', id), options));
  }

  /** Removing the key's own user is refused (ValidationError, api-behaviour §18.3). */
  deleteMember(id: string, options: CallOptions = {}): Promise<void> {
    return this.api.writes.around(() => this.api.remove('teamMembers.delete', idPath('/team/member', id), options));
  }
}
