# By name; `kind` narrows the lookup when several sources share a name.
data "clickstack_source" "logs" {
  name = "Logs"
  kind = "log"
}

# By id.
data "clickstack_source" "traces" {
  id = "64f0000000000000000000a2"
}

output "logs_table" {
  value = "${data.clickstack_source.logs.database}.${data.clickstack_source.logs.table}"
}

output "trace_duration_expression" {
  value = data.clickstack_source.traces.duration_expression
}
