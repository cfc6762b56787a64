# Managed ClickStack only. A predefined role (or a custom one) by name.
data "clickstack_role" "read_only" {
  name = "Read Only"
}

output "read_only_role_id" {
  value = data.clickstack_role.read_only.id
}
