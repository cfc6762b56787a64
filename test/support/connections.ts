// Fixtures of the clickstack_connection tests: configurations built from the resource's schema.
import { complete } from './objects';
import { connectionAttributes } from '../../provider/resources/connection';

export const connection = (extra: { [name: string]: unknown } = {}) =>
  complete(connectionAttributes, { name: 'Analytics', host: 'http://clickhouse:8123', username: 'reader', ...extra });
