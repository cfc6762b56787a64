data "clickstack_source" "logs" {
  name = "Logs"
  kind = "log"
}

data "clickstack_webhook" "oncall" {
  name    = "On-call"
  service = "generic"
}

resource "clickstack_dashboard" "errors" {
  name = "Errors"
  line_tiles = [
    {
      name = "Errors"
      x    = 0
      y    = 0
      w    = 12
      h    = 4

      source_id = data.clickstack_source.logs.id
      select    = [{ agg_fn = "count", where = "SeverityText:error" }]
    },
  ]
}

# An alert on a dashboard tile: fires when more than 100 errors are logged in 5 minutes.
resource "clickstack_alert" "error_spike" {
  dashboard_id   = clickstack_dashboard.errors.id
  tile_id        = clickstack_dashboard.errors.tile_ids["Errors"]
  threshold      = 100
  threshold_type = "above"
  interval       = "5m"
  channels       = [{ webhook_id = data.clickstack_webhook.oncall.id }]

  name    = "Error spike"
  message = "More than 100 errors in 5 minutes."
}

resource "clickstack_saved_search" "checkout_errors" {
  name      = "Checkout errors"
  source_id = data.clickstack_source.logs.id
  where     = "ServiceName:checkout SeverityText:error"
}

# An alert on a saved search, one per service, when the error count leaves the usual range for two windows in a row.
resource "clickstack_alert" "checkout_errors" {
  saved_search_id         = clickstack_saved_search.checkout_errors.id
  group_by                = "ServiceName"
  threshold               = 1
  threshold_max           = 50
  threshold_type          = "not_between"
  interval                = "15m"
  num_consecutive_windows = 2
  channels                = [{ webhook_id = data.clickstack_webhook.oncall.id }]
}
