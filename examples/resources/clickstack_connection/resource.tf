# ClickStack OSS only: on Managed ClickStack, ClickHouse Cloud owns the service's connection.
resource "clickstack_connection" "clickhouse" {
  name                   = "Production ClickHouse"
  host                   = "https://clickhouse.internal:8443"
  username               = "hyperdx"
  hyperdx_setting_prefix = "hyperdx"

  # Write-only (Terraform 1.11 or later): never stored in state or plan. Change password_version to send a new one.
  password         = var.clickhouse_password
  password_version = "1"
}

# Ephemeral (Terraform 1.10 or later): a saved plan file does not keep its value, as it would keep an ordinary
# variable's. Write-only attributes such as password take ephemeral values.
variable "clickhouse_password" {
  type      = string
  sensitive = true
  ephemeral = true
}
