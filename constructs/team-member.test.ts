import { synth, synthError } from '../test/support/cdktf';
import { ClickStackEnvironment } from './environment';
import { TeamMember } from './team-member';

describe('TeamMember', () => {
  it('synthesizes a clickstack_team_member, and adopts an existing member by email with importFrom', () => {
    const json = synth((stack) => {
      new ClickStackEnvironment(stack, 'clickstack', { flavor: 'oss' });
      new TeamMember(stack, 'alice', { email: 'alice@example.com', name: 'Alice' });
      new TeamMember(stack, 'bob', { email: 'bob@example.com' }).importFrom('bob@example.com');
    });
    expect(json.resource).toMatchSnapshot();
    expect(json.import).toEqual([{ id: 'bob@example.com', to: 'clickstack_team_member.bob' }]);
  });

  it('fails synth for an address that is not an email, and on Managed ClickStack', () => {
    const error = synthError((stack) => {
      new ClickStackEnvironment(stack, 'clickstack', { flavor: 'cloud' });
      new TeamMember(stack, 'alice', { email: 'alice' });
    });
    expect(error).toContain('[stack/alice] A TeamMember exists on ClickStack OSS only');
    expect(error).toContain('[stack/alice] `email` is "alice"; expected an email address.');
  });
});
