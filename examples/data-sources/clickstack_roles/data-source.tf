# Managed ClickStack only: every role, predefined and custom.
data "clickstack_roles" "all" {}

output "custom_roles" {
  value = [for role in data.clickstack_roles.all.roles : role.name if !role.is_predefined]
}
