// Fixtures of the clickstack_role tests: configurations built from the resource's schema.
import { complete } from './objects';
import { roleAttributes } from '../../provider/resources/role';

export const role = (extra: { [name: string]: unknown } = {}) =>
  complete(roleAttributes, {
    name: 'Deploy bot',
    permissions: [
      { action: 'manage', subject: 'Dashboard' },
      { action: 'delete', subject: 'Alert', inverted: true, conditions: '{"name":"Paging","teamId":"t1"}' },
    ],
    ...extra,
  });
