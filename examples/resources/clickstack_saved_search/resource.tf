data "clickstack_source" "logs" {
  name = "Logs"
  kind = "log"
}

resource "clickstack_saved_search" "checkout_errors" {
  name           = "Checkout errors"
  source_id      = data.clickstack_source.logs.id
  select         = "Timestamp, ServiceName, SeverityText, Body"
  where          = "ServiceName:checkout SeverityText:error"
  where_language = "lucene"
  order_by       = "Timestamp DESC"
  tags           = ["checkout"]
}
