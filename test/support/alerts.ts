// Fixtures of the clickstack_alert tests: configurations built from the resource's schema.
import { SEED_IDS } from '../../emulator';
import { alertAttributes } from '../../provider/resources/alert';
import { complete } from './objects';

export const alert = (partial: { [name: string]: unknown }) => complete(alertAttributes, partial);
export const channel = (partial: { [name: string]: unknown }) => complete(alertAttributes.channels.nested!.attributes, partial);
export const toWebhook = (id: string = SEED_IDS.webhook) => [channel({ webhook_id: id })];
export const onSearch = (extra: { [name: string]: unknown } = {}) =>
  alert({ saved_search_id: 's1', threshold: 5, threshold_type: 'above', interval: '5m', channels: toWebhook(), ...extra });
