# By name; the name must be unique. Or by id: `id = "65f5e4a3b9e77c001a567890"`.
data "clickstack_dashboard" "service_health" {
  name = "Service health"
}

# One list per tile type, as the resource has them (empty for a type the dashboard has no tile of).
output "service_health_line_charts" {
  value = [for tile in data.clickstack_dashboard.service_health.line_tiles : tile.name]
}

# Tile ids, for alerts on tiles of a dashboard this configuration does not manage.
output "errors_tile_id" {
  value = data.clickstack_dashboard.service_health.tile_ids["Errors"]
}
