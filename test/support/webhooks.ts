// Fixtures of the clickstack_webhook tests: configurations built from the resource's schema.
import { complete } from './objects';
import { webhookAttributes } from '../../provider/resources/webhook';

export const webhook = (partial: { [name: string]: unknown }) => complete(webhookAttributes, partial);
export const generic = (extra: { [name: string]: unknown } = {}) =>
  webhook({ name: 'Ops hook', service: 'generic', url: 'https://example.com/hook', body: '{"text":"{{title}}"}', ...extra });
