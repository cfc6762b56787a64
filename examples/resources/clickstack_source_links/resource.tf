# A log source and a trace source that link both ways, in one apply: each clickstack_source is made without links,
# and the links of each refer to the other.
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
    default_table_select_expression = "Timestamp, ServiceName, Body"
    trace_id_expression             = "TraceId"
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
    default_table_select_expression = "Timestamp, ServiceName, SpanName"
    duration_expression             = "Duration"
    duration_precision              = 9
    trace_id_expression             = "TraceId"
    span_id_expression              = "SpanId"
    parent_span_id_expression       = "ParentSpanId"
    span_name_expression            = "SpanName"
    span_kind_expression            = "SpanKind"
  }
}

resource "clickstack_source_links" "logs" {
  source_id       = clickstack_source.logs.id
  trace_source_id = clickstack_source.traces.id
}

resource "clickstack_source_links" "traces" {
  source_id     = clickstack_source.traces.id
  log_source_id = clickstack_source.logs.id
}
