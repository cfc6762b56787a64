# By name; `service` narrows the lookup when webhooks of several services share a name.
data "clickstack_webhook" "oncall" {
  name    = "On-call"
  service = "generic"
}

# By id.
data "clickstack_webhook" "team_channel" {
  id = "64f0000000000000000000b1"
}

output "oncall_webhook_id" {
  value = data.clickstack_webhook.oncall.id
}
