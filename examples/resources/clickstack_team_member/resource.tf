# ClickStack OSS only. Creating it invites the email; status turns from "pending" to "joined" once accepted.
resource "clickstack_team_member" "alice" {
  email = "alice@example.com"
  name  = "Alice"
}

# The link that joins the team, while the invitation is pending (sensitive: it carries the invitation token).
output "alice_invitation" {
  value     = clickstack_team_member.alice.invitation_url
  sensitive = true
}
