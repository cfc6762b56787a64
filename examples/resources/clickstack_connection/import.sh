# A connection is imported by its id (data "clickstack_connections" lists them). The password is write-only and
# cannot be imported: the server keeps the stored one until a configuration sets password and a new password_version.
terraform import clickstack_connection.clickhouse 64f0000000000000000000c1
