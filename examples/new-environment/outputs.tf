output "sources" {
  description = "Server id of each source, by kind."
  value       = { log = clickstack_source.logs.id, trace = clickstack_source.traces.id, metric = clickstack_source.metrics.id }
}

output "dashboard_id" {
  value = clickstack_dashboard.service_health.id
}
