import { RoleDefinition } from './role-definition';

describe('RoleDefinition', () => {
  it('writes conditions as JSON text and leaves unset fields out', () => {
    const definition = new RoleDefinition({ name: 'Bot', permissions: [{ action: 'read', subject: 'all' }, { action: 'delete', subject: 'Alert', inverted: true, conditions: { name: 'x' } }] }, 'cloud');
    expect(definition.validate()).toEqual([]);
    expect(definition.toConfig()).toEqual({
      name: 'Bot',
      permissions: [
        { action: 'read', subject: 'all', inverted: undefined, integration: undefined, conditions: undefined },
        { action: 'delete', subject: 'Alert', inverted: true, integration: undefined, conditions: '{"name":"x"}' },
      ],
    });
  });

  it('names each problem: an empty or too long name, an empty subject', () => {
    expect(new RoleDefinition({ name: 'x'.repeat(1025), permissions: [{ action: 'read', subject: '' }] }).validate()).toEqual([
      '`name` is 1025 characters long; at most 1024 are allowed.',
      '`permissions[0].subject` must not be empty.',
    ]);
  });
});
