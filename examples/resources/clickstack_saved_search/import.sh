# A saved search is imported by its id (the last part of its URL in the ClickStack UI).
terraform import clickstack_saved_search.checkout_errors 65f5e4a3b9e77c001a567893
