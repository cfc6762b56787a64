# Managed ClickStack only: ClickStack OSS has no roles.
resource "clickstack_role" "deploy_bot" {
  name        = "Deploy bot"
  description = "Deploys dashboards and alerts from CI."

  permissions = [
    { action = "manage", subject = "Dashboard" },
    { action = "manage", subject = "Alert" },
    # A denying rule, narrowed by CASL conditions (a JSON object).
    { action = "delete", subject = "Alert", inverted = true, conditions = jsonencode({ name = "Paging" }) },
  ]
}
