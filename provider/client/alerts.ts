import type { Alert, AlertInput } from './models/alerts';
import { ApiContext, Collection } from './collection';

/** Alerts; the list is paged with limit/offset. */
export class AlertsApi extends Collection<Alert, AlertInput> {
  constructor(api: ApiContext) {
    super(api, 'alerts', '/alerts', true);
  }
}
