data "clickstack_webhooks" "all" {}

data "clickstack_webhooks" "slack" {
  service = "slack"
}

# Webhook ids by name, for alert channels.
output "slack_webhook_ids" {
  value = { for webhook in data.clickstack_webhooks.slack.webhooks : webhook.name => webhook.id }
}

output "webhook_count" {
  value = length(data.clickstack_webhooks.all.webhooks)
}
