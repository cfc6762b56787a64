// clickstack_team_member against the OSS emulator: invitation, acceptance, removal of the invitation or the member,
// an existing member (an error that says to import it; import by email), and removing yourself.
import { IDENTITY } from '../../emulator';
import type { ClickStackClient } from '../client';
import { clickstackHarness, readDataSource } from '../../test/support/clickstack';
import { useEmulator } from '../../test/support/emulator-clients';
import { teamMember } from '../../test/support/team-members';
import { differences, generatedConfig } from '../../test/support/terraform-rules';
import { teamMemberAttributes } from './team-member';

describe('clickstack_team_member against the oss emulator', () => {
  const suite = useEmulator('oss');
  const lifecycle = clickstackHarness(() => suite.client).resource('clickstack_team_member');

  /** What accepting the invitation in the app does: the invitation goes, the member comes. */
  const accept = async (email: string) => {
    const invitation = (await suite.client.team.invitations.list()).find((candidate) => candidate.email === email)!;
    await suite.client.team.deleteInvitation(invitation.id);
    return suite.emulator.storeAsTheApp('members', { email, name: 'Chosen by the member' });
  };

  it('invites, plans no changes while pending, shows the member once joined, and removes the member on destroy', async () => {
    const config = teamMember('Alice@Example.com', { name: 'Alice' });
    const state = await lifecycle.apply(null, config);
    expect(state).toMatchObject({ id: 'alice@example.com', email: 'Alice@Example.com', status: 'pending', member_id: null, invitation_url: expect.stringContaining('token=') });
    expect(differences(state, (await lifecycle.refresh(state))!)).toEqual([]);
    expect(differences(state, (await lifecycle.plan(state, config)).planned!)).toEqual([]);
    // The link carries the invitation's token: no message the client prints shows it.
    expect(suite.client.redact(`failed near ${String(state.invitation_url)}`)).not.toContain('token=');

    const member = await accept('alice@example.com');
    const joined = (await lifecycle.refresh(state))!;
    expect(joined).toMatchObject({ status: 'joined', member_id: member.id, invitation_id: null, invitation_url: null, name: 'Alice' });
    expect(differences(joined, (await lifecycle.plan(joined, config)).planned!)).toEqual([]);

    expect(await lifecycle.destroy(joined)).toEqual([]);
    expect((await suite.client.team.members.list()).map((m) => m.email)).not.toContain('alice@example.com');
  });

  it('removes a pending invitation on destroy, and a member gone behind its back leaves state', async () => {
    const state = await lifecycle.apply(null, teamMember('bob@example.com'));
    expect(await lifecycle.destroy(state)).toEqual([]);
    expect((await suite.client.team.invitations.list()).map((i) => i.email)).not.toContain('bob@example.com');
    expect(await lifecycle.refresh(state)).toBeNull();
    expect(await lifecycle.destroy(state)).toEqual([]);
  });

  it('refuses to invite an existing member, saying how to import it; importing by email plans no changes', async () => {
    const { planned } = await lifecycle.plan(null, teamMember('teammate@example.com'));
    const { state, diagnostics } = await lifecycle.applyPlanned(null, planned!, teamMember('teammate@example.com'));
    expect(state).toBeNull();
    expect(diagnostics).toEqual([
      { severity: 'error', summary: 'Already a team member', detail: expect.stringContaining('terraform import <address> teammate@example.com'), path: ['email'] },
    ]);
    const imported = (await lifecycle.import('teammate@example.com'))!;
    expect(imported).toMatchObject({ id: 'teammate@example.com', status: 'joined', member_id: IDENTITY.teammateId });
    const again = await lifecycle.plan(imported, generatedConfig(teamMemberAttributes, imported));
    expect(again.diagnostics).toEqual([]);
    expect(differences(imported, again.planned!)).toEqual([]);
  });

  it('replaces the member when the email changes, but not when only its case does', async () => {
    const state = await lifecycle.apply(null, teamMember('carol@example.com'));
    expect((await lifecycle.plan(state, teamMember('CAROL@example.com'))).requiresReplace).toEqual([]);
    expect((await lifecycle.plan(state, teamMember('dave@example.com'))).requiresReplace).toEqual([['email']]);
  });

  it('lists the members and pending invitations with data "clickstack_team_members"', async () => {
    await lifecycle.apply(null, teamMember('erin@example.com', { name: 'Erin' }));
    const { state, diagnostics } = await readDataSource(suite.client, 'clickstack_team_members', {});
    expect(diagnostics).toEqual([]);
    expect(state!.members).toEqual(expect.arrayContaining([{ id: IDENTITY.userId, email: IDENTITY.userEmail, name: expect.any(String), is_current_user: true }]));
    expect(state!.invitations).toEqual(expect.arrayContaining([{ id: expect.any(String), email: 'erin@example.com', name: 'Erin', created_at: expect.any(String) }]));
  });

  it('refuses to remove the API key’s own user with a clear error, before any request', async () => {
    const imported = (await lifecycle.import(IDENTITY.userEmail))!;
    const before = suite.emulator.requests.filter((r) => r.method === 'DELETE').length;
    expect(await lifecycle.destroy(imported)).toEqual([
      { severity: 'error', summary: 'Cannot remove yourself', detail: expect.stringContaining('terraform state rm') },
    ]);
    expect(suite.emulator.requests.filter((r) => r.method === 'DELETE').length).toBe(before);
  });
});

describe('clickstack_team_member on Managed ClickStack', () => {
  it('is an error that says why', async () => {
    const onCloud = clickstackHarness(() => ({ flavor: 'cloud' }) as ClickStackClient).resource('clickstack_team_member');
    expect((await onCloud.plan(null, teamMember('a@example.com'))).diagnostics).toEqual([
      { severity: 'error', summary: 'clickstack_team_member is not available on Managed ClickStack (ClickHouse Cloud)', detail: expect.stringContaining('no connections or team') },
    ]);
  });
});
