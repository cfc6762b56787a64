# A dashboard is imported by its id (the last part of its URL in the ClickStack UI). Its tiles then have no `key`:
# a configuration that gives them none plans no change, and knows each tile by its name.
terraform import clickstack_dashboard.service_health 65f5e4a3b9e77c001a567890

# With `?tile_keys=name`, each tile's `key` is set to its name (a name several tiles share: the first tile of the name
# keeps it, the others get `<name> 2`, `<name> 3`... that no other tile has; an empty name is `Untitled`, a name over
# 256 characters is cut to 256; tiles counted by type, in the order the schema lists the tile lists, then in list
# order), so that a configuration giving the tiles those keys, as clickstack-export writes it, plans no change, and its
# tiles keep their ids and alerts through renames.
terraform import 'clickstack_dashboard.service_health' '65f5e4a3b9e77c001a567890?tile_keys=name'
