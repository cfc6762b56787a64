# ClickStack OSS only: every connection, by name.
data "clickstack_connections" "all" {}

output "connection_ids" {
  value = { for connection in data.clickstack_connections.all.connections : connection.name => connection.id }
}
