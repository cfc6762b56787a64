# "Newcomer" (id newcomer@example.com)
resource "clickstack_team_member" "newcomer" {
  email = "newcomer@example.com"
}

# "Teammate" (id teammate@example.com)
resource "clickstack_team_member" "teammate" {
  email = "teammate@example.com"
}
