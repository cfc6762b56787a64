data "clickstack_source" "logs" {
  name = "Logs"
  kind = "log"
}

data "clickstack_source" "traces" {
  name = "Traces"
  kind = "trace"
}

# Tiles are listed by type (line_tiles, number_tiles, table_tiles, ...); x, y, w and h place each on the 24-column grid.
resource "clickstack_dashboard" "service_health" {
  name = "Service health"
  tags = ["prod"]

  line_tiles = [
    {
      name = "Errors"
      x    = 0
      y    = 0
      w    = 12
      h    = 4

      source_id = data.clickstack_source.logs.id
      select    = [{ agg_fn = "count", where = "SeverityText:error" }]
      group_by  = "ServiceName"
    },
  ]

  number_tiles = [
    {
      name = "p95 latency"
      x    = 12
      y    = 0
      w    = 6
      h    = 4

      source_id = data.clickstack_source.traces.id
      select    = [{ agg_fn = "quantile", level = 0.95, value_expression = "Duration" }]
      # Span durations are in nanoseconds: a duration's input unit is its factor to seconds.
      number_format = { output = "duration", factor = 0.000000001 }
    },
  ]

  table_tiles = [
    {
      name = "Busiest services"
      x    = 18
      y    = 0
      w    = 6
      h    = 4

      source_id = data.clickstack_source.logs.id
      select    = [{ agg_fn = "count" }]
      group_by  = "ServiceName"
      order_by  = "count() DESC"
    },
  ]

  search_tiles = [
    {
      name = "Recent errors"
      x    = 0
      y    = 4
      w    = 18
      h    = 6

      source_id = data.clickstack_source.logs.id
      select    = "Timestamp, ServiceName, Body"
      where     = "SeverityText:error"
    },
  ]

  markdown_tiles = [
    {
      name = "Runbook"
      x    = 18
      y    = 4
      w    = 6
      h    = 6
      text = "**On errors:** check the deploy log first."
    },
  ]

  filters = [
    { name = "Service", expression = "ServiceName", source_id = data.clickstack_source.logs.id },
  ]
}

# Alerts refer to tiles by the server id the dashboard reports for each tile key (its name here).
output "errors_tile_id" {
  value = clickstack_dashboard.service_health.tile_ids["Errors"]
}
