# "Alerts channel" (id 64f0000000000000000000b1)
resource "clickstack_webhook" "alerts_channel" {
  name         = "Alerts channel"
  service      = "generic"
  url          = var.webhook_alerts_channel_url
  description  = "Seeded generic webhook"
  body         = "{\"text\":\"{{title}}\"}"
  headers      = var.webhook_alerts_channel_headers
  query_params = var.webhook_alerts_channel_query_params
}

# "On-call" (id 6650000000000000000000b1)
resource "clickstack_webhook" "on_call" {
  name         = "On-call"
  service      = "generic"
  url          = var.webhook_on_call_url
  description  = "Pages the on-call engineer"
  body         = "{\"link\":\"{{link}}\",\"summary\":\"{{title}}\"}"
  headers      = var.webhook_on_call_headers
  query_params = var.webhook_on_call_query_params
}

# "Team channel" (id 6650000000000000000000b2)
resource "clickstack_webhook" "team_channel" {
  name    = "Team channel"
  service = "slack"
  url     = var.webhook_team_channel_url
}
