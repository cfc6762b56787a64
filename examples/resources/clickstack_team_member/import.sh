# A member, or a pending invitation, is imported by email (data "clickstack_team_members" lists them).
terraform import clickstack_team_member.alice alice@example.com
