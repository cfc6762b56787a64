# A new environment from nothing, in one apply: the ClickHouse connection, log, trace and metric sources linked both
# ways, a webhook, a dashboard on the sources and an alert on one of its tiles. The same files make dev, staging or
# production: only the provider's environment variables and the password differ.
#
# Against ClickStack OSS (Managed ClickStack has no connections: ClickHouse Cloud owns the service's own):
#
#   export CLICKSTACK_ENDPOINT=https://hyperdx.example.com CLICKSTACK_API_KEY=...
#   export TF_VAR_clickhouse_password=...
#   terraform init && terraform apply
terraform {
  # The connection's password is a write-only attribute and the variable is ephemeral: Terraform 1.11 or later.
  required_version = ">= 1.11"
  required_providers {
    clickstack = { source = "clickstack-iac/clickstack" }
  }
}

# Configured from the environment: CLICKSTACK_ENDPOINT, CLICKSTACK_API_KEY.
provider "clickstack" {}

locals {
  # The OpenTelemetry collector's default tables.
  database = "default"
}

resource "clickstack_connection" "clickhouse" {
  name     = "ClickHouse"
  host     = "http://clickhouse:8123"
  username = "hyperdx"

  # Write-only: never in state or plan. Change password_version to send a new one.
  password         = var.clickhouse_password
  password_version = "1"
}

# --- Sources: each made without links, then linked both ways by clickstack_source_links ---------------------------

resource "clickstack_source" "logs" {
  name                       = "Logs"
  kind                       = "log"
  connection_id              = clickstack_connection.clickhouse.id
  database                   = local.database
  table                      = "otel_logs"
  timestamp_value_expression = "TimestampTime"

  log = {
    default_table_select_expression = "Timestamp, ServiceName, SeverityText, Body"
    service_name_expression         = "ServiceName"
    severity_text_expression        = "SeverityText"
    body_expression                 = "Body"
    trace_id_expression             = "TraceId"
    span_id_expression              = "SpanId"
  }
}

resource "clickstack_source" "traces" {
  name                       = "Traces"
  kind                       = "trace"
  connection_id              = clickstack_connection.clickhouse.id
  database                   = local.database
  table                      = "otel_traces"
  timestamp_value_expression = "Timestamp"

  trace = {
    default_table_select_expression = "Timestamp, ServiceName, SpanName, Duration"
    duration_expression             = "Duration"
    duration_precision              = 9
    trace_id_expression             = "TraceId"
    span_id_expression              = "SpanId"
    parent_span_id_expression       = "ParentSpanId"
    span_name_expression            = "SpanName"
    span_kind_expression            = "SpanKind"
    service_name_expression         = "ServiceName"
    status_code_expression          = "StatusCode"
  }
}

resource "clickstack_source" "metrics" {
  name                       = "Metrics"
  kind                       = "metric"
  connection_id              = clickstack_connection.clickhouse.id
  database                   = local.database
  timestamp_value_expression = "TimeUnix"

  metric = {
    tables = {
      gauge     = "otel_metrics_gauge"
      sum       = "otel_metrics_sum"
      histogram = "otel_metrics_histogram"
    }
    resource_attributes_expression = "ResourceAttributes"
  }
}

resource "clickstack_source_links" "logs" {
  source_id        = clickstack_source.logs.id
  trace_source_id  = clickstack_source.traces.id
  metric_source_id = clickstack_source.metrics.id
}

resource "clickstack_source_links" "traces" {
  source_id        = clickstack_source.traces.id
  log_source_id    = clickstack_source.logs.id
  metric_source_id = clickstack_source.metrics.id
}

resource "clickstack_source_links" "metrics" {
  source_id     = clickstack_source.metrics.id
  log_source_id = clickstack_source.logs.id
}

# --- What the team looks at: a webhook, a dashboard and an alert --------------------------------------------------

resource "clickstack_webhook" "on_call" {
  name    = "On-call"
  service = "generic"
  url     = "https://hooks.example.com/clickstack"
  body    = jsonencode({ text = "{{title}}: {{body}}" })
}

resource "clickstack_dashboard" "service_health" {
  name = "Service health"
  tags = ["new-environment"]

  line_tiles = [
    {
      name      = "Errors"
      x         = 0
      y         = 0
      w         = 12
      h         = 4
      source_id = clickstack_source.logs.id
      select    = [{ agg_fn = "count", where = "SeverityText:error", alias = "errors" }]
      group_by  = "ServiceName"
    },
  ]

  number_tiles = [
    {
      name      = "Requests"
      x         = 12
      y         = 0
      w         = 12
      h         = 4
      source_id = clickstack_source.traces.id
      select    = [{ agg_fn = "count" }]
    },
  ]

  table_tiles = [
    {
      name      = "Slowest operations (p95)"
      x         = 0
      y         = 4
      w         = 24
      h         = 5
      source_id = clickstack_source.traces.id
      select    = [{ agg_fn = "quantile", level = 0.95, value_expression = "Duration", alias = "p95" }]
      group_by  = "SpanName"
    },
  ]
}

resource "clickstack_alert" "error_spike" {
  name           = "Error spike"
  dashboard_id   = clickstack_dashboard.service_health.id
  tile_id        = clickstack_dashboard.service_health.tile_ids["Errors"]
  threshold      = 100
  threshold_type = "above"
  interval       = "5m"
  channels       = [{ webhook_id = clickstack_webhook.on_call.id }]
}
