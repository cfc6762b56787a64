# The only input besides the provider's environment variables. Ephemeral: a saved plan file does not keep it.
variable "clickhouse_password" {
  description = "Password of the ClickHouse user the connection logs in as."
  type        = string
  sensitive   = true
  ephemeral   = true
}
