# ClickStack OSS only: the members and the pending invitations.
data "clickstack_team_members" "team" {}

output "member_emails" {
  value = data.clickstack_team_members.team.members[*].email
}
