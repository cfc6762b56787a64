# "Audit" (id 6650000000000000000000a1)
resource "clickstack_source" "audit" {
  name                       = "Audit"
  kind                       = "log"
  connection_id              = clickstack_connection.local_click_house.id
  database                   = "audit"
  table                      = "events"
  timestamp_value_expression = "Timestamp"
  log = {
    default_table_select_expression = "Timestamp, Body"
    service_name_expression         = "ServiceName"
    severity_text_expression        = "SeverityText"
    body_expression                 = "Body"
  }
}

# "Audit" (id 6650000000000000000000a2)
resource "clickstack_source" "audit_2" {
  name                       = "Audit"
  kind                       = "log"
  connection_id              = clickstack_connection.local_click_house.id
  database                   = "audit"
  table                      = "events_v2"
  timestamp_value_expression = "Timestamp"
  log = {
    default_table_select_expression = "Timestamp, Body"
    service_name_expression         = "ServiceName"
    severity_text_expression        = "SeverityText"
    body_expression                 = "Body"
  }
}

# "Logs" (id 64f0000000000000000000a1)
resource "clickstack_source" "logs" {
  name                       = "Logs"
  kind                       = "log"
  connection_id              = clickstack_connection.local_click_house.id
  database                   = "default"
  table                      = "otel_logs"
  timestamp_value_expression = "TimestampTime"
  log = {
    default_table_select_expression      = "Timestamp, ServiceName, SeverityText, Body"
    displayed_timestamp_value_expression = "Timestamp"
    implicit_column_expression           = "Body"
    service_name_expression              = "ServiceName"
    resource_attributes_expression       = "ResourceAttributes"
    event_attributes_expression          = "LogAttributes"
    trace_id_expression                  = "TraceId"
    span_id_expression                   = "SpanId"
    severity_text_expression             = "SeverityText"
    body_expression                      = "Body"
  }
}

# "Metrics" (id 64f0000000000000000000a3)
resource "clickstack_source" "metrics" {
  name                       = "Metrics"
  kind                       = "metric"
  connection_id              = clickstack_connection.local_click_house.id
  database                   = "default"
  timestamp_value_expression = "TimeUnix"
  metric = {
    tables = {
      gauge                 = "otel_metrics_gauge"
      histogram             = "otel_metrics_histogram"
      sum                   = "otel_metrics_sum"
      summary               = "otel_metrics_summary"
      exponential_histogram = "otel_metrics_exponential_histogram"
    }
    resource_attributes_expression = "ResourceAttributes"
    service_name_expression        = "ServiceName"
  }
}

# "Traces" (id 64f0000000000000000000a2)
resource "clickstack_source" "traces" {
  name                       = "Traces"
  kind                       = "trace"
  connection_id              = clickstack_connection.local_click_house.id
  database                   = "default"
  table                      = "otel_traces"
  timestamp_value_expression = "Timestamp"
  trace = {
    default_table_select_expression = "Timestamp, ServiceName, StatusCode, round(Duration / 1e6), SpanName"
    implicit_column_expression      = "SpanName"
    service_name_expression         = "ServiceName"
    resource_attributes_expression  = "ResourceAttributes"
    event_attributes_expression     = "SpanAttributes"
    trace_id_expression             = "TraceId"
    span_id_expression              = "SpanId"
    parent_span_id_expression       = "ParentSpanId"
    span_name_expression            = "SpanName"
    span_kind_expression            = "SpanKind"
    duration_expression             = "Duration"
    duration_precision              = 9
    status_code_expression          = "StatusCode"
    status_message_expression       = "StatusMessage"
  }
}

# "Sessions" (id 64f0000000000000000000a4)
resource "clickstack_source" "sessions" {
  name                       = "Sessions"
  kind                       = "session"
  connection_id              = clickstack_connection.local_click_house.id
  database                   = "default"
  table                      = "hyperdx_sessions"
  timestamp_value_expression = "TimestampTime"
  session = {
    trace_source_id                = clickstack_source.traces.id
    resource_attributes_expression = "ResourceAttributes"
  }
}

# "links of Logs" (id 64f0000000000000000000a1)
resource "clickstack_source_links" "logs" {
  source_id        = clickstack_source.logs.id
  trace_source_id  = clickstack_source.traces.id
  metric_source_id = clickstack_source.metrics.id
}

# "links of Metrics" (id 64f0000000000000000000a3)
resource "clickstack_source_links" "metrics" {
  source_id     = clickstack_source.metrics.id
  log_source_id = clickstack_source.logs.id
}

# "links of Traces" (id 64f0000000000000000000a2)
resource "clickstack_source_links" "traces" {
  source_id         = clickstack_source.traces.id
  log_source_id     = clickstack_source.logs.id
  metric_source_id  = clickstack_source.metrics.id
  session_source_id = clickstack_source.sessions.id
}
