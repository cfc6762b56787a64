# "Local ClickHouse" (id 64f0000000000000000000c1)
resource "clickstack_connection" "local_click_house" {
  name     = "Local ClickHouse"
  host     = "http://localhost:8123"
  username = "default"
  password = var.connection_local_click_house_password
}
