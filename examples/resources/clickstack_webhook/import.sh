# A webhook is imported by its id (data "clickstack_webhooks" lists them). Headers and query parameters are
# write-only and cannot be imported: set them in the configuration and change headers_version to send them.
terraform import clickstack_webhook.oncall 65f5e4a3b9e77c001a567892
