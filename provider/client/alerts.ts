import { type Alert, type AlertInput, alertShape } from './models/alerts';
import { ApiContext, Collection } from './collection';

/** Alerts; the list is paged with limit/offset. */
export class AlertsApi extends Collection<Alert, AlertInput> {
  constructor(api: ApiContext) {
    super(api, 'alerts', '/alerts', true, alertShape, {
      noun: 'alert',
      identity: (alert) => {
        // The stored `channel` mirrors the first of `channels` (api-behaviour §7.3).
        const channel = alert.channel ?? alert.channels?.[0];
        const destination = channel?.type === 'email' ? channel.emailRecipients : channel?.webhookId;
        const target = alert.source === 'tile' ? [alert.dashboardId, alert.tileId] : [alert.savedSearchId];
        return JSON.stringify([alert.source, target, alert.threshold, alert.thresholdType, alert.interval, alert.name ?? null, destination ?? null]);
      },
    });
  }
}
