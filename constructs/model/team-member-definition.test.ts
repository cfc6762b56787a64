import { TeamMemberDefinition } from './team-member-definition';

describe('TeamMemberDefinition', () => {
  it('maps to the configuration, and lets an email that is a token pass', () => {
    expect(new TeamMemberDefinition({ email: 'a@example.com', name: 'A' }, 'oss').toConfig()).toEqual({ email: 'a@example.com', name: 'A' });
    expect(new TeamMemberDefinition({ email: '${TfToken[TOKEN.3]}' }, 'oss').validate()).toEqual([]);
  });

  it('refuses what is not an email address', () => {
    expect(new TeamMemberDefinition({ email: 'a @example.com' }).validate()).toEqual(['`email` is "a @example.com"; expected an email address.']);
  });
});
