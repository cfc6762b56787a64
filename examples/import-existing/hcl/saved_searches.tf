# "Checkout errors" (id 6650000000000000000000e1)
resource "clickstack_saved_search" "checkout_errors" {
  name      = "Checkout errors"
  source_id = clickstack_source.logs.id
  select    = "Timestamp, ServiceName, Body"
  where     = "ServiceName:checkout SeverityText:error"
  order_by  = "Timestamp DESC"
  tags      = ["team-a"]
  filters = [
    { condition = "ServiceName IN ('checkout', 'cart')" },
    { type = "sql_ast", operator = "!=", left = "SeverityText", right = "'debug'" },
  ]
}

# "Checkout errors" (id 6650000000000000000000f4)
resource "clickstack_alert" "checkout_errors" {
  name            = "Checkout errors"
  saved_search_id = clickstack_saved_search.checkout_errors.id
  group_by        = "ServiceName"
  threshold       = 5
  threshold_type  = "above_exclusive"
  interval        = "5m"
  channels        = [{ webhook_id = clickstack_webhook.on_call.id }]
}

# "Slow spans" (id 6650000000000000000000e2)
resource "clickstack_saved_search" "slow_spans" {
  name           = "Slow spans"
  source_id      = clickstack_source.traces.id
  where          = "Duration > 1000000000"
  where_language = "sql"
}

# "Slow spans" (id 6650000000000000000000f5)
resource "clickstack_alert" "slow_spans" {
  name                    = "Slow spans"
  saved_search_id         = clickstack_saved_search.slow_spans.id
  threshold               = 50
  threshold_type          = "above"
  interval                = "1h"
  schedule_offset_minutes = 15
  channels                = [{ webhook_id = clickstack_webhook.alerts_channel.id }]
}
