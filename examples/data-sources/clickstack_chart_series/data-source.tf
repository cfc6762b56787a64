# ClickStack open source only: Managed ClickStack has no chart series endpoint.
data "clickstack_source" "logs" {
  name = "Logs"
  kind = "log"
}

# Log lines and errors per service, in 15-minute buckets over one hour.
data "clickstack_chart_series" "log_volume" {
  series = [
    { source_id = data.clickstack_source.logs.id, agg_fn = "count" },
    { source_id = data.clickstack_source.logs.id, agg_fn = "count", where = "SeverityText:error" },
  ]
  group_by    = ["ServiceName"]
  start_time  = "2026-03-01T12:00:00Z"
  end_time    = "2026-03-01T13:00:00Z"
  granularity = "15m"
}

# Error ratio per service and bucket.
output "error_ratios" {
  value = [
    for point in data.clickstack_chart_series.log_volume.points : {
      at      = point.ts
      service = point.group[0]
      ratio   = point.values[0] == 0 ? 0 : point.values[1] / point.values[0]
    }
  ]
}
