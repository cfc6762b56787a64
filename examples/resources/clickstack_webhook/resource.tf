resource "clickstack_webhook" "oncall" {
  name        = "On-call"
  service     = "generic"
  url         = "https://hooks.example.com/clickstack"
  description = "Pages whoever is on call."
  body        = jsonencode({ text = "{{title}}: {{body}}" })

  # Write-only (Terraform 1.11 or later): never stored in state. Change headers_version to send new values.
  headers = {
    Authorization = "Bearer ${var.oncall_token}"
  }
  headers_version = "1"
}

resource "clickstack_webhook" "team_channel" {
  name    = "Team channel"
  service = "slack"
  url     = var.slack_webhook_url
}

# Ephemeral (Terraform 1.10 or later): a saved plan file does not keep its value, as it would keep an ordinary
# variable's. Write-only attributes such as headers take ephemeral values.
variable "oncall_token" {
  type      = string
  sensitive = true
  ephemeral = true
}

variable "slack_webhook_url" {
  type      = string
  sensitive = true
}
