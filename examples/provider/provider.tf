terraform {
  required_providers {
    clickstack = {
      source = "clickstack-iac/clickstack"
    }
  }
}

# ClickStack open source (HyperDX): the API server and a personal API key (Team Settings → API Keys).
# Both can come from CLICKSTACK_ENDPOINT and CLICKSTACK_API_KEY instead.
provider "clickstack" {
  endpoint = "http://localhost:8000"
  api_key  = var.clickstack_api_key
}

# Managed ClickStack in ClickHouse Cloud: the organization, the service and a ClickHouse Cloud API key.
# These can come from CLICKHOUSE_ORG_ID, CLICKSTACK_SERVICE_ID, CLICKHOUSE_CLOUD_API_KEY and
# CLICKHOUSE_CLOUD_API_SECRET instead. A configuration usually needs one flavor only.
provider "clickstack" {
  alias           = "cloud"
  organization_id = var.organization_id
  service_id      = var.service_id
  api_key_id      = var.api_key_id
  api_key_secret  = var.api_key_secret

  # Optional knobs, for both flavors.
  timeout_seconds = 30
  max_retries     = 5
  rate_limit = {
    requests       = 10
    window_seconds = 10
  }
}

variable "clickstack_api_key" {
  type      = string
  sensitive = true
}

variable "organization_id" {
  type = string
}

variable "service_id" {
  type = string
}

variable "api_key_id" {
  type = string
}

variable "api_key_secret" {
  type      = string
  sensitive = true
}
