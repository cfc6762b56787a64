output "dashboard" {
  description = "The dashboard created."
  value = {
    id    = clickstack_dashboard.service_health.id
    name  = clickstack_dashboard.service_health.name
    tiles = clickstack_dashboard.service_health.tile_ids
  }
}

output "alert" {
  description = "The alert on the Errors tile, and where it notifies."
  value = {
    id      = clickstack_alert.error_spike.id
    name    = clickstack_alert.error_spike.name
    tile_id = clickstack_alert.error_spike.tile_id
    webhook = "${data.clickstack_webhook.alerts.name} (${data.clickstack_webhook.alerts.id})"
  }
}
