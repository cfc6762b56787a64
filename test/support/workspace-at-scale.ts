// A workspace of many objects, for the request-count tests and the benchmarks: dashboards of one line tile, one tile
// alert per dashboard (sending to the webhooks in turn), webhooks and saved searches, on the seeded `Logs` source found
// by name. Resources use `count`, so the configuration stays a few lines whatever the scale.
import type { FlavorName } from '../../provider/client';

export interface Scale {
  dashboards: number;
  /** One per dashboard, so at most `dashboards`; they need at least one webhook. */
  tileAlerts: number;
  webhooks: number;
  savedSearches: number;
}

/** The workspace of issue 12: what a refresh must read in at most 10 requests. */
export const REFRESH_SCALE: Scale = { dashboards: 200, tileAlerts: 200, webhooks: 20, savedSearches: 20 };

export const objectCount = (scale: Scale): number => scale.dashboards + scale.tileAlerts + scale.webhooks + scale.savedSearches;

/**
 * main.tf for `scale`. Names carry `prefix` (the flavor, say): both flavors share the emulator's one team, where webhook
 * names must be unique.
 */
export function configurationAtScale(prefix: FlavorName | string, scale: Scale): string {
  if (scale.tileAlerts > scale.dashboards) throw new Error('one tile alert per dashboard at most');
  if (scale.tileAlerts > 0 && scale.webhooks === 0) throw new Error('tile alerts need a webhook to send to');
  return `
data "clickstack_source" "logs" {
  name = "Logs"
}

resource "clickstack_webhook" "hook" {
  count   = ${scale.webhooks}
  name    = "${prefix} hook \${count.index}"
  service = "generic"
  url     = "https://hooks.example.com/${prefix}/\${count.index}"
}

resource "clickstack_saved_search" "search" {
  count     = ${scale.savedSearches}
  name      = "${prefix} search \${count.index}"
  source_id = data.clickstack_source.logs.id
  where     = "ServiceName:svc-\${count.index}"
}

resource "clickstack_dashboard" "board" {
  count = ${scale.dashboards}
  name  = "${prefix} board \${count.index}"
  tiles = [{
    key  = "errors"
    name = "Errors"
    x = 0, y = 0, w = 12, h = 4
    config = {
      line = {
        source_id = data.clickstack_source.logs.id
        select    = [{ agg_fn = "count", where = "SeverityText:error" }]
      }
    }
  }]
}

resource "clickstack_alert" "tile" {
  count          = ${scale.tileAlerts}
  dashboard_id   = clickstack_dashboard.board[count.index].id
  tile_id        = clickstack_dashboard.board[count.index].tile_ids["errors"]
  threshold      = 10
  threshold_type = "above"
  interval       = "5m"
  channels       = [{ webhook_id = clickstack_webhook.hook[count.index % ${Math.max(scale.webhooks, 1)}].id }]
}
`;
}
