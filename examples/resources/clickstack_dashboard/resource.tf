data "clickstack_source" "logs" {
  name = "Logs"
  kind = "log"
}

data "clickstack_source" "traces" {
  name = "Traces"
  kind = "trace"
}

resource "clickstack_dashboard" "service_health" {
  name = "Service health"
  tags = ["prod"]

  tiles = [
    {
      name = "Errors"
      x    = 0
      y    = 0
      w    = 12
      h    = 4
      config = {
        line = {
          source_id = data.clickstack_source.logs.id
          select    = [{ agg_fn = "count", where = "SeverityText:error" }]
          group_by  = "ServiceName"
        }
      }
    },
    {
      name = "p95 latency"
      x    = 12
      y    = 0
      w    = 6
      h    = 4
      config = {
        number = {
          source_id     = data.clickstack_source.traces.id
          select        = [{ agg_fn = "quantile", level = 0.95, value_expression = "Duration" }]
          number_format = { output = "duration", numeric_unit = "nanoseconds" }
        }
      }
    },
    {
      name = "Busiest services"
      x    = 18
      y    = 0
      w    = 6
      h    = 4
      config = {
        table = {
          source_id = data.clickstack_source.logs.id
          select    = [{ agg_fn = "count" }]
          group_by  = "ServiceName"
          order_by  = "count() DESC"
        }
      }
    },
    {
      name = "Recent errors"
      x    = 0
      y    = 4
      w    = 18
      h    = 6
      config = {
        search = {
          source_id = data.clickstack_source.logs.id
          select    = "Timestamp, ServiceName, Body"
          where     = "SeverityText:error"
        }
      }
    },
    {
      name = "Runbook"
      x    = 18
      y    = 4
      w    = 6
      h    = 6
      config = {
        markdown = { text = "**On errors:** check the deploy log first." }
      }
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
