# The connection a source queries: a clickstack_connection on OSS; on Managed ClickStack the service's own, whose id
# any existing source reports.
data "clickstack_source" "existing" {
  name = "Logs"
  kind = "log"
}

resource "clickstack_source" "logs" {
  name                       = "App logs"
  kind                       = "log"
  connection_id              = data.clickstack_source.existing.connection
  database                   = "default"
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
  name                       = "App traces"
  kind                       = "trace"
  connection_id              = data.clickstack_source.existing.connection
  database                   = "default"
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
    status_code_expression          = "StatusCode"
  }
}

resource "clickstack_source" "metrics" {
  name                       = "App metrics"
  kind                       = "metric"
  connection_id              = data.clickstack_source.existing.connection
  database                   = "default"
  timestamp_value_expression = "TimeUnix"

  metric = {
    tables = {
      gauge                 = "otel_metrics_gauge"
      sum                   = "otel_metrics_sum"
      histogram             = "otel_metrics_histogram"
      exponential_histogram = "otel_metrics_exponential_histogram"
    }
    resource_attributes_expression = "ResourceAttributes"
  }
}

# Links between sources (the log source's trace source, and back) are set with clickstack_source_links.
