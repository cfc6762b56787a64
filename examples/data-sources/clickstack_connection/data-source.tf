# ClickStack OSS only. By name (or by id); the password is never reported.
data "clickstack_connection" "local" {
  name = "Local ClickHouse"
}

output "clickhouse_host" {
  value = data.clickstack_connection.local.host
}
