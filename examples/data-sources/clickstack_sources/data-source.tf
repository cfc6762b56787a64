data "clickstack_sources" "all" {}

data "clickstack_sources" "logs" {
  kind = "log"
}

# Source ids by name, for tiles and saved searches.
output "source_ids" {
  value = { for source in data.clickstack_sources.all.sources : source.name => source.id }
}

output "log_tables" {
  value = [for source in data.clickstack_sources.logs.sources : "${source.database}.${source.table}"]
}
