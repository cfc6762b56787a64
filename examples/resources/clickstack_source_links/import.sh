# The links of a source are imported by the source's id.
terraform import clickstack_source_links.logs 64f0000000000000000000a1
