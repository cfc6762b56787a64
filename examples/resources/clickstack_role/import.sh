# A custom role is imported by its id (data "clickstack_roles" lists them). Predefined roles cannot be managed:
# refer to them with data "clickstack_role".
terraform import clickstack_role.deploy_bot 65f5e4a3b9e77c001a5678a1
