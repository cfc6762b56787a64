# The first apply adopts these existing objects into the state instead of creating them. Afterwards
# the blocks do nothing and can be removed.

import {
  to = clickstack_connection.local_click_house
  id = "64f0000000000000000000c1"
}

import {
  to = clickstack_team_member.newcomer
  id = "newcomer@example.com"
}

import {
  to = clickstack_team_member.teammate
  id = "teammate@example.com"
}

import {
  to = clickstack_source.audit
  id = "6650000000000000000000a1"
}

import {
  to = clickstack_source.audit_2
  id = "6650000000000000000000a2"
}

import {
  to = clickstack_source.logs
  id = "64f0000000000000000000a1"
}

import {
  to = clickstack_source.metrics
  id = "64f0000000000000000000a3"
}

import {
  to = clickstack_source.traces
  id = "64f0000000000000000000a2"
}

import {
  to = clickstack_source.sessions
  id = "64f0000000000000000000a4"
}

import {
  to = clickstack_source_links.logs
  id = "64f0000000000000000000a1"
}

import {
  to = clickstack_source_links.metrics
  id = "64f0000000000000000000a3"
}

import {
  to = clickstack_source_links.traces
  id = "64f0000000000000000000a2"
}

import {
  to = clickstack_webhook.alerts_channel
  id = "64f0000000000000000000b1"
}

import {
  to = clickstack_webhook.on_call
  id = "6650000000000000000000b1"
}

import {
  to = clickstack_webhook.team_channel
  id = "6650000000000000000000b2"
}

import {
  to = clickstack_saved_search.checkout_errors
  id = "6650000000000000000000e1"
}

import {
  to = clickstack_saved_search.slow_spans
  id = "6650000000000000000000e2"
}

import {
  to = clickstack_dashboard.database_raw_sql
  id = "6650000000000000000000d2?tile_keys=name"
}

import {
  to = clickstack_dashboard.service_overview
  id = "6650000000000000000000d1?tile_keys=name"
}

import {
  to = clickstack_alert.checkout_errors
  id = "6650000000000000000000f4"
}

import {
  to = clickstack_alert.slow_spans
  id = "6650000000000000000000f5"
}

import {
  to = clickstack_alert.query_storm
  id = "6650000000000000000000f3"
}

import {
  to = clickstack_alert.traffic_drop
  id = "6650000000000000000000f1"
}

import {
  to = clickstack_alert.errors_alert
  id = "6650000000000000000000f2"
}
