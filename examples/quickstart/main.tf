# Quickstart: a service-health dashboard on the log and trace sources, found by name, and an alert on its
# error tile sent to a webhook, also found by name.
#
#   npm run demo         # runs this against the local ClickStack emulator
#
# Against your own ClickStack, set CLICKSTACK_ENDPOINT and CLICKSTACK_API_KEY (Open Source), or CLICKHOUSE_ORG_ID,
# CLICKSTACK_SERVICE_ID, CLICKHOUSE_CLOUD_API_KEY and CLICKHOUSE_CLOUD_API_SECRET (Managed ClickStack), and change
# the source and webhook names below to yours.
terraform {
  required_providers {
    clickstack = { source = "clickstack-iac/clickstack" }
  }
}

# Configured from the environment.
provider "clickstack" {}

data "clickstack_source" "logs" {
  name = "Logs"
}

data "clickstack_source" "traces" {
  name = "Traces"
}

data "clickstack_webhook" "alerts" {
  name = "Alerts channel"
}

resource "clickstack_dashboard" "service_health" {
  name = "Service health"
  tags = ["quickstart"]

  # One list per tile type; x, y, w and h place each tile on the 24-column grid.
  line_tiles = [
    {
      name = "Errors"
      x    = 0
      y    = 0
      w    = 12
      h    = 4

      source_id = data.clickstack_source.logs.id
      select    = [{ agg_fn = "count", where = "SeverityText:error", alias = "errors" }]
      group_by  = "ServiceName"
    },
  ]

  number_tiles = [
    {
      name = "Requests"
      x    = 12
      y    = 0
      w    = 6
      h    = 4

      source_id     = data.clickstack_source.traces.id
      select        = [{ agg_fn = "count" }]
      number_format = { output = "number", average = true }
    },
  ]

  markdown_tiles = [
    {
      name = "About"
      x    = 18
      y    = 0
      w    = 6
      h    = 4
      text = "Managed by Terraform: edit `examples/quickstart/main.tf`, not this dashboard."
    },
  ]

  table_tiles = [
    {
      name = "Slowest operations (p95)"
      x    = 0
      y    = 4
      w    = 12
      h    = 6

      source_id = data.clickstack_source.traces.id
      select    = [{ agg_fn = "quantile", level = 0.95, value_expression = "Duration", alias = "p95" }]
      group_by  = "SpanName"
      order_by  = "p95 DESC"
    },
  ]

  heatmap_tiles = [
    {
      name = "Latency distribution"
      x    = 12
      y    = 4
      w    = 12
      h    = 6

      source_id = data.clickstack_source.traces.id
      select    = [{ value_expression = "Duration" }]
    },
  ]

  search_tiles = [
    {
      name = "Recent errors"
      x    = 0
      y    = 10
      w    = 24
      h    = 6

      source_id = data.clickstack_source.logs.id
      select    = "Timestamp, ServiceName, Body"
      where     = "SeverityText:error"
    },
  ]
}

resource "clickstack_alert" "error_spike" {
  name           = "Error spike"
  message        = "More than 100 errors in 5 minutes."
  dashboard_id   = clickstack_dashboard.service_health.id
  tile_id        = clickstack_dashboard.service_health.tile_ids["Errors"]
  threshold      = 100
  threshold_type = "above"
  interval       = "5m"
  channels       = [{ webhook_id = data.clickstack_webhook.alerts.id }]
}
