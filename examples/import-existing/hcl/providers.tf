terraform {
  # Webhook headers, query parameters and connection passwords are write-only attributes, which need Terraform 1.11.
  required_version = ">= 1.11"
  required_providers {
    clickstack = { source = "clickstack-iac/clickstack" }
  }
}

# The connection comes from the environment: CLICKSTACK_ENDPOINT, CLICKSTACK_API_KEY.
provider "clickstack" {}
