# An alert is imported by its id (see the alert's page in the ClickStack UI, or the alerts API).
terraform import clickstack_alert.error_spike 65f5e4a3b9e77c001a567891
