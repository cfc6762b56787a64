import { synth, synthError } from '../test/support/cdktf';
import { ClickStackEnvironment } from './environment';
import { Role } from './role';

describe('Role', () => {
  it('synthesizes a clickstack_role with its permissions, conditions as JSON text', () => {
    const json = synth((stack) => {
      new ClickStackEnvironment(stack, 'clickstack', { flavor: 'cloud' });
      new Role(stack, 'deploy_bot', {
        name: 'Deploy bot',
        description: 'Deploys from CI',
        permissions: [
          { action: 'manage', subject: 'Dashboard' },
          { action: 'delete', subject: 'Alert', inverted: true, conditions: { name: 'Paging' } },
        ],
      });
    });
    expect(json.resource).toMatchSnapshot();
    expect(json.resource.clickstack_role.deploy_bot.permissions[1].conditions).toBe('{"name":"Paging"}');
    expect(json.resource.clickstack_role.deploy_bot.description).toBe('Deploys from CI');
  });

  it('fails synth with every problem of its props, and on ClickStack OSS', () => {
    const error = synthError((stack) => {
      new ClickStackEnvironment(stack, 'clickstack', { flavor: 'oss' });
      new Role(stack, 'bot', { name: ' Bot', permissions: [{ action: '', subject: 'all' }] });
    });
    expect(error).toContain('[stack/bot] A Role exists on Managed ClickStack only: ClickStack OSS has no roles.');
    expect(error).toContain('[stack/bot] `name` has leading or trailing spaces, which ClickStack trims.');
    expect(error).toContain('[stack/bot] `permissions[0].action` must not be empty.');
  });
});

describe('Role.fromName', () => {
  it('looks a predefined role up by name', () => {
    const json = synth((stack) => {
      new ClickStackEnvironment(stack, 'clickstack', { flavor: 'cloud' });
      Role.fromName(stack, 'read_only', { name: 'Read Only' });
    });
    expect(json.data.clickstack_role.read_only).toMatchObject({ name: 'Read Only' });
  });

  it('fails synth on ClickStack OSS', () => {
    const error = synthError((stack) => {
      new ClickStackEnvironment(stack, 'clickstack', { flavor: 'oss' });
      Role.fromName(stack, 'read_only', { name: 'Read Only' });
    });
    expect(error).toContain('[stack/read_only] Role.fromName exists on Managed ClickStack only');
  });
});
