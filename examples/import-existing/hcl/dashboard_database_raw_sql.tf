# "Database (raw SQL)" (id 6650000000000000000000d2)
resource "clickstack_dashboard" "database_raw_sql" {
  name = "Database (raw SQL)"
  tags = ["team-b"]
  markdown_tiles = [
    {
      key  = "Notes"
      name = "Notes"
      x    = 0
      y    = 0
      w    = 24
      h    = 2
      text = "Queries of the ClickHouse behind the sources."
    },
  ]
  sql_line_tiles = [
    {
      key           = "Queries"
      name          = "Queries"
      x             = 0
      y             = 0
      w             = 12
      h             = 4
      container_id  = "a3s0v7c4j1fz8m5d2x9hk6"
      tab_id        = "d5z2k9g6b3xq0w7e4n1sv8"
      connection_id = clickstack_source.audit.connection_id
      sql_template = chomp(<<EOT
SELECT toStartOfInterval(event_time, INTERVAL {intervalSeconds:Int64} second) AS ts, count() AS queries
FROM system.query_log
WHERE event_time >= fromUnixTimestamp64Milli({startDateMilliseconds:Int64})
  AND event_time < fromUnixTimestamp64Milli({endDateMilliseconds:Int64})
GROUP BY ts ORDER BY ts
EOT
      )
      fill_nulls = false
    },
  ]
  sql_stacked_bar_tiles = [
    {
      key           = "Query kinds"
      name          = "Query kinds"
      x             = 12
      y             = 0
      w             = 12
      h             = 4
      container_id  = "a3s0v7c4j1fz8m5d2x9hk6"
      tab_id        = "d5z2k9g6b3xq0w7e4n1sv8"
      connection_id = clickstack_source.audit.connection_id
      sql_template = chomp(<<EOT
SELECT $__timeInterval(event_time) AS ts, query_kind, count()
FROM system.query_log
WHERE $__timeFilter(event_time)
GROUP BY ts, query_kind
EOT
      )
    },
  ]
  sql_table_tiles = [
    {
      key           = "Slowest queries"
      name          = "Slowest queries"
      x             = 0
      y             = 0
      w             = 16
      h             = 5
      container_id  = "a3s0v7c4j1fz8m5d2x9hk6"
      tab_id        = "v2n9y6s3f0jr7t4b1k8hc5"
      connection_id = clickstack_source.logs.connection_id
      sql_template = chomp(<<EOT
SELECT query, query_duration_ms FROM system.query_log
WHERE $__timeFilter(event_time)
ORDER BY query_duration_ms DESC LIMIT 20
EOT
      )
      source_id = clickstack_source.logs.id
    },
  ]
  sql_number_tiles = [
    {
      key           = "Failed queries"
      name          = "Failed queries"
      x             = 16
      y             = 0
      w             = 8
      h             = 5
      container_id  = "a3s0v7c4j1fz8m5d2x9hk6"
      tab_id        = "v2n9y6s3f0jr7t4b1k8hc5"
      connection_id = clickstack_source.audit.connection_id
      sql_template  = "SELECT $__timeInterval(event_time) AS ts, count() FROM system.query_log WHERE type = 'ExceptionWhileProcessing' AND $__timeFilter(event_time) GROUP BY ts"
      color         = "chart-red"
    },
  ]
  sql_pie_tiles = [
    {
      key           = "Rows by table"
      name          = "Rows by table"
      x             = 0
      y             = 0
      w             = 12
      h             = 5
      container_id  = "t8b5x2r9e6gw3n0y7q4mu1"
      tab_id        = "l4g1t8q5d2mc9x6f3z0wb7"
      connection_id = clickstack_source.audit.connection_id
      sql_template  = "SELECT table, sum(rows) FROM system.parts GROUP BY table"
    },
  ]
  sql_bar_tiles = [
    {
      key           = "Parts by table"
      name          = "Parts by table"
      x             = 12
      y             = 0
      w             = 12
      h             = 5
      container_id  = "t8b5x2r9e6gw3n0y7q4mu1"
      tab_id        = "l4g1t8q5d2mc9x6f3z0wb7"
      connection_id = clickstack_source.audit.connection_id
      sql_template  = "SELECT table, count() FROM system.parts GROUP BY table"
    },
  ]
  containers = [
    {
      id    = "a3s0v7c4j1fz8m5d2x9hk6"
      title = "Queries"
      tabs = [
        { id = "d5z2k9g6b3xq0w7e4n1sv8", title = "Volume" },
        { id = "v2n9y6s3f0jr7t4b1k8hc5", title = "Latency" },
      ]
    },
    {
      id        = "t8b5x2r9e6gw3n0y7q4mu1"
      title     = "Storage"
      collapsed = true
      tabs      = [{ id = "l4g1t8q5d2mc9x6f3z0wb7", title = "Storage" }]
    },
  ]
}

# "Query storm" (id 6650000000000000000000f3)
resource "clickstack_alert" "query_storm" {
  name           = "Query storm"
  dashboard_id   = clickstack_dashboard.database_raw_sql.id
  tile_id        = clickstack_dashboard.database_raw_sql.tile_ids["Queries"]
  threshold      = 10
  threshold_type = "not_between"
  threshold_max  = 5000
  interval       = "1h"
  channels       = [{ webhook_id = clickstack_webhook.team_channel.id }]
  note           = "See the *Queries* tab."
}
