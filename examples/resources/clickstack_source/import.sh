# A source is imported by its id (data "clickstack_sources" lists them). Its links to other sources are imported
# with clickstack_source_links, by the same id.
terraform import clickstack_source.logs 64f0000000000000000000a1
