data "clickstack_source" "logs" {
  name = "Logs"
  kind = "log"
}

data "clickstack_source" "traces" {
  name = "Traces"
  kind = "trace"
}
