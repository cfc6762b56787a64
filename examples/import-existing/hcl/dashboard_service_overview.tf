# "Service overview" (id 6650000000000000000000d1)
resource "clickstack_dashboard" "service_overview" {
  name = "Service overview"
  tags = ["prod", "team-a"]
  line_tiles = [
    {
      key           = "Request rate"
      name          = "Request rate"
      x             = 0
      y             = 0
      w             = 12
      h             = 4
      source_id     = clickstack_source.traces.id
      select        = [{ agg_fn = "count", alias = "requests" }]
      group_by      = "ServiceName"
      number_format = { output = "number", mantissa = 1, average = true }
    },
    {
      key       = "Errors"
      name      = "Errors"
      x         = 12
      y         = 0
      w         = 12
      h         = 4
      source_id = clickstack_source.logs.id
      select = [
        {
          agg_fn         = "count"
          alias          = "errors"
          where          = "SeverityText = 'error'"
          where_language = "sql"
        },
      ]
      group_by                   = "ServiceName"
      compare_to_previous_period = true
    },
  ]
  stacked_bar_tiles = [
    {
      key           = "Latency p95"
      name          = "Latency p95"
      x             = 6
      y             = 4
      w             = 10
      h             = 3
      source_id     = clickstack_source.traces.id
      select        = [{ agg_fn = "quantile", value_expression = "Duration", alias = "p95", level = 0.95 }]
      group_by      = "SpanName"
      number_format = { output = "duration", factor = 1e-9 }
    },
  ]
  table_tiles = [
    {
      key       = "Top endpoints"
      name      = "Top endpoints"
      x         = 16
      y         = 4
      w         = 8
      h         = 7
      source_id = clickstack_source.traces.id
      select = [
        { agg_fn = "count", alias = "calls" },
        { agg_fn = "avg", value_expression = "Duration", alias = "avg" },
      ]
      group_by                 = "SpanName"
      order_by                 = "calls DESC"
      group_by_columns_on_left = true
      on_click = {
        type    = "dashboard"
        target  = { mode = "id", id = clickstack_dashboard.database_raw_sql.id }
        filters = [{ expression = "ServiceName", template = "{{ServiceName}}" }]
      }
      formulas            = [{ expression = "B / A", alias = "avg per call" }]
      show_operand_series = true
    },
  ]
  number_tiles = [
    {
      key       = "Errors 2"
      name      = "Errors"
      x         = 0
      y         = 4
      w         = 6
      h         = 3
      source_id = clickstack_source.logs.id
      select    = [{ agg_fn = "count", where = "SeverityText:error" }]
      color     = "chart-red"
      color_rules = [
        { operator = "gt", value = 100, color = "chart-error", label = "high" },
        { operator = "between", value = 10, value_max = 100, color = "chart-warning" },
      ]
      background_chart = { type = "area" }
    },
  ]
  pie_tiles = [
    {
      key       = "By service"
      name      = "By service"
      x         = 0
      y         = 7
      w         = 8
      h         = 4
      source_id = clickstack_source.logs.id
      select    = [{ agg_fn = "count" }]
      group_by  = "ServiceName"
      limit     = 8
    },
  ]
  bar_tiles = [
    {
      key       = "By severity"
      name      = "By severity"
      x         = 8
      y         = 7
      w         = 8
      h         = 4
      source_id = clickstack_source.logs.id
      select    = [{ agg_fn = "count" }]
      group_by  = "SeverityText"
      order_by  = "count() DESC"
    },
  ]
  heatmap_tiles = [
    {
      key       = "Span durations"
      name      = "Span durations"
      x         = 0
      y         = 11
      w         = 12
      h         = 5
      source_id = clickstack_source.traces.id
      select    = [{ value_expression = "Duration", heatmap_scale_type = "log" }]
    },
  ]
  search_tiles = [
    {
      key       = "Recent errors"
      name      = "Recent errors"
      x         = 12
      y         = 11
      w         = 12
      h         = 5
      source_id = clickstack_source.logs.id
      select    = "Timestamp, ServiceName, Body"
      where     = "SeverityText:error"
    },
    {
      key       = "Audit trail"
      name      = "Audit trail"
      x         = 0
      y         = 21
      w         = 24
      h         = 4
      source_id = clickstack_source.audit.id
      select    = "Timestamp, Body"
    },
  ]
  event_patterns_tiles = [
    {
      key       = "Log patterns"
      name      = "Log patterns"
      x         = 0
      y         = 16
      w         = 12
      h         = 5
      source_id = clickstack_source.logs.id
      select    = "Body"
      where     = "ServiceName:checkout"
    },
  ]
  markdown_tiles = [
    {
      key  = "Read me"
      name = "Read me"
      x    = 12
      y    = 16
      w    = 12
      h    = 5
      text = chomp(<<EOT
## On call

Check **Errors** first; `$${env}` is not a template here.
EOT
      )
    },
  ]
  filters = [
    { name = "Service", expression = "ServiceName", source_id = clickstack_source.logs.id },
    {
      name                 = "Environment"
      expression           = "ResourceAttributes['deployment.environment']"
      source_id            = clickstack_source.traces.id
      is_broadcast_enabled = true
      is_variable_enabled  = true
      variable_name        = "env"
    },
  ]
  saved_query          = "ServiceName:checkout"
  saved_query_language = "lucene"
  saved_filter_values  = [{ condition = "SeverityText != 'debug'" }]
}

# "Traffic drop" (id 6650000000000000000000f1)
resource "clickstack_alert" "traffic_drop" {
  name           = "Traffic drop"
  dashboard_id   = clickstack_dashboard.service_overview.id
  tile_id        = clickstack_dashboard.service_overview.tile_ids["Request rate"]
  threshold      = 10
  threshold_type = "below"
  interval       = "5m"
  channels = [
    { webhook_id = clickstack_webhook.on_call.id },
    { webhook_id = clickstack_webhook.team_channel.id },
    { webhook_id = clickstack_webhook.alerts_channel.id },
  ]
  message = "Requests fell below 10 per 5 minutes."
}

# "unnamed alert on tile \"Errors\"" (id 6650000000000000000000f2)
resource "clickstack_alert" "errors_alert" {
  dashboard_id            = clickstack_dashboard.service_overview.id
  tile_id                 = clickstack_dashboard.service_overview.tile_ids["Errors 2"]
  threshold               = 100
  threshold_type          = "above"
  interval                = "15m"
  channels                = [{ webhook_id = clickstack_webhook.on_call.id }]
  num_consecutive_windows = 2
}
