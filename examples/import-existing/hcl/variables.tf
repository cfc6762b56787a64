variable "webhook_alerts_channel_url" {
  description = "URL of the webhook \"Alerts channel\". Unset, the URL ClickStack has is kept; set it to change the URL."
  type        = string
  sensitive   = true
  default     = null
}

variable "webhook_alerts_channel_headers" {
  description = "HTTP headers of the webhook \"Alerts channel\". ClickStack never returns them, so the export cannot: unset, the stored ones stay; to send new ones, set this and change `headers_version`."
  type        = map(string)
  sensitive   = true
  default     = null
}

variable "webhook_alerts_channel_query_params" {
  description = "Query parameters of the webhook \"Alerts channel\". ClickStack never returns them, so the export cannot: unset, the stored ones stay; to send new ones, set this and change `headers_version`."
  type        = map(string)
  sensitive   = true
  default     = null
}

variable "webhook_on_call_url" {
  description = "URL of the webhook \"On-call\". Unset, the URL ClickStack has is kept; set it to change the URL."
  type        = string
  sensitive   = true
  default     = null
}

variable "webhook_on_call_headers" {
  description = "HTTP headers of the webhook \"On-call\". ClickStack never returns them, so the export cannot: unset, the stored ones stay; to send new ones, set this and change `headers_version`."
  type        = map(string)
  sensitive   = true
  default     = null
}

variable "webhook_on_call_query_params" {
  description = "Query parameters of the webhook \"On-call\". ClickStack never returns them, so the export cannot: unset, the stored ones stay; to send new ones, set this and change `headers_version`."
  type        = map(string)
  sensitive   = true
  default     = null
}

variable "webhook_team_channel_url" {
  description = "URL of the webhook \"Team channel\". Unset, the URL ClickStack has is kept; set it to change the URL."
  type        = string
  sensitive   = true
  default     = null
}

variable "connection_local_click_house_password" {
  description = "Password of the ClickHouse connection \"Local ClickHouse\". ClickStack never returns it, so the export cannot: unset, the stored one stays; to send a new one, set this and set `password_version`."
  type        = string
  sensitive   = true
  default     = null
}
