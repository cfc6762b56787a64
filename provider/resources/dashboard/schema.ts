// clickstack_dashboard's schema: the dashboard, its tiles (one list per tile type, whose attributes are in
// tile-types.ts), dropdown filters, saved query and containers with tabs. Server defaults are planned as such
// (serverDefault), so that the echo is no change.
import { useStateForUnknown } from '../../runtime/plan-modifiers';
import { type Attribute, type AttributePath, type Attributes, indexedObjects, type TfObject } from '../../runtime/types';
import { eachElement, matches, numberBetween, oneOf, sizeBetween, stringLength, wholeNumber } from '../../runtime/validators';
import { codeList, optionalBool, optionalString, ossOnly, requiredString, serverDefault } from '../../shared/attributes';
import { luceneQueryIn } from '../../shared/lucene-query';
import { METRIC_DATA_TYPES, QUERY_LANGUAGES } from '../../values';
import { TILE_TYPES, type TileType } from './tile-types';

const gridNumber = (description: string, min: number, max?: number): Attribute => ({
  type: 'number',
  required: true,
  description,
  validators: [wholeNumber, numberBetween(min, max)],
});
export const DASHBOARD_MAX_TILES = 500;
const VARIABLE_NAME = /^[a-zA-Z][a-zA-Z0-9_]*$/;
/** Filter attributes the Managed ClickStack API does not have; set on Cloud they are a plan-time error. */
export const OSS_ONLY_FILTER_ATTRIBUTES = ['is_broadcast_enabled', 'is_variable_enabled', 'variable_name'];

/** The attributes every tile has, whatever its type. */
export const commonTileAttributes: Attributes = {
  key: optionalString(
    'Stable key of the tile in this configuration, never sent to ClickStack. It names the tile in `tile_ids` and carries the ' +
      "tile's server id (and so its alerts) across renames within its type's list; unique among the keys and the names of " +
      'tiles without a key, of all types. Defaults to the tile `name`. Tiles of a type without a key that share a name keep ' +
      'their ids in order (the first such tile takes the id of the first tile of that name before) and are left out of ' +
      '`tile_ids`: set keys to refer to them.',
    stringLength(1, 256),
  ),
  id: { type: 'string', computed: true, description: 'Server id of the tile, kept across updates (alerts refer to it).' },
  name: requiredString('Title of the tile (may be empty).', stringLength(0, 1024)),
  x: gridNumber('Column of the left edge on the 24-column grid, 0 to 23.', 0, 23),
  y: gridNumber('Row of the top edge, from 0.', 0),
  w: gridNumber('Width in columns, 1 to 24.', 1, 24),
  h: gridNumber('Height in rows, from 1.', 1),
  container_id: optionalString('Id of the container (see `containers`) the tile sits in.', stringLength(1, 256)),
  tab_id: optionalString('Id of the tab of its container the tile sits in; needs `container_id`.', stringLength(1, 256)),
};

export const filterAttributes: Attributes = {
  id: {
    type: 'string',
    computed: true,
    description: 'Server id of the filter, carried across updates by filter name (filters sharing a name keep their ids in order).',
  },
  type: serverDefault(optionalString('Kind of filter: `QUERY_EXPRESSION`.', oneOf('QUERY_EXPRESSION')), 'QUERY_EXPRESSION'),
  name: requiredString('Label of the dropdown.', stringLength(1)),
  expression: requiredString('Expression whose values the dropdown offers, such as `ServiceName`.', stringLength(1)),
  source_id: requiredString('Id of the source the values come from.'),
  source_metric_type: optionalString(`Metric data type, for metric sources: ${codeList(METRIC_DATA_TYPES)}.`, oneOf(...METRIC_DATA_TYPES)),
  where: optionalString('Condition limiting the values offered.'),
  where_language: optionalString(`Language of \`where\`: ${codeList(QUERY_LANGUAGES, ', ', ' or ')}.`, oneOf(...QUERY_LANGUAGES)),
  applies_to_source_ids: {
    type: ['list', 'string'],
    optional: true,
    description: 'Sources the selected value filters (all when unset); only for broadcast filters.',
  },
  is_broadcast_enabled: optionalBool(`Whether the selected value filters every tile (the server's default when unset).${ossOnly}`),
  is_variable_enabled: optionalBool(`Whether the selected value is available to SQL tiles as a variable.${ossOnly}`),
  variable_name: optionalString(
    `Name of the variable (letters, digits and \`_\`, starting with a letter); only with \`is_variable_enabled\`.${ossOnly}`,
    stringLength(1, 64),
    matches(VARIABLE_NAME, 'a letter followed by letters, digits or `_`'),
  ),
};

const containerAttributes: Attributes = {
  id: requiredString('Id of the container, referred to by `<type>_tiles[*].container_id`; unique within the dashboard.', stringLength(1, 256)),
  title: requiredString('Title shown above the container.', stringLength(1, 256)),
  collapsed: serverDefault(optionalBool('Whether the container starts collapsed.'), false),
  collapsible: optionalBool('Whether users can collapse the container.'),
  bordered: optionalBool('Whether the container has a border.'),
  tabs: {
    optional: true,
    description: 'Tabs of the container (up to 20), referred to by `<type>_tiles[*].tab_id`.',
    validators: [sizeBetween(0, 20)],
    nested: {
      nesting: 'list',
      attributes: {
        id: requiredString('Id of the tab; unique within the container.', stringLength(1, 256)),
        title: requiredString('Title of the tab.', stringLength(1, 256)),
      },
    },
  },
};

export const dashboardAttributes: Attributes = {
  id: { type: 'string', computed: true, description: 'Server id of the dashboard.', planModifiers: [useStateForUnknown] },
  name: requiredString('Name of the dashboard.', stringLength(1, 1024)),
  tags: serverDefault(
    {
      type: ['list', 'string'],
      description: 'Tags (up to 50 unique tags of up to 32 characters).',
      validators: [sizeBetween(0, 50), eachElement(stringLength(0, 32))],
    },
    [],
  ),
  ...Object.fromEntries(
    TILE_TYPES.map((type): [string, Attribute] => [
      type.list,
      {
        optional: true,
        description: `${type.title}: one element per tile.`,
        validators: type.validators,
        nested: { nesting: 'list', attributes: { ...commonTileAttributes, ...type.attributes } },
      },
    ]),
  ),
  filters: serverDefault(
    {
      description: 'Dropdown filters shown above the tiles.',
      // A filter's condition has no default language: it is checked when it says Lucene.
      validators: [luceneQueryIn({ query: 'where', language: 'where_language', defaultLanguage: null })],
      nested: { nesting: 'list', attributes: filterAttributes },
    },
    [],
  ),
  saved_query: optionalString('Query applied to every tile when the dashboard opens.'),
  saved_query_language: {
    ...optionalString(
      `Language of \`saved_query\`: ${codeList(QUERY_LANGUAGES, ', ', ' or ')}. Defaults to \`lucene\` when \`saved_query\` is set.`,
      oneOf(...QUERY_LANGUAGES),
    ),
    computed: true,
  },
  saved_filter_values: serverDefault(
    {
      description: 'Filter conditions applied when the dashboard opens.',
      nested: {
        nesting: 'list',
        attributes: {
          type: serverDefault(optionalString('Kind of condition: `sql`.', oneOf('sql')), 'sql'),
          condition: requiredString('SQL condition.', stringLength(0, 10000)),
        },
      },
    },
    [],
  ),
  containers: serverDefault(
    {
      description: 'Groups of tiles (up to 50), optionally with tabs.',
      validators: [sizeBetween(0, 50)],
      nested: { nesting: 'list', attributes: containerAttributes },
    },
    [],
  ),
  tile_ids: {
    type: ['map', 'string'],
    computed: true,
    description:
      'Server tile id by tile key (the tile `key`, else its `name`), for alerts: `clickstack_dashboard.x.tile_ids["Errors"]`. ' +
      'A name shared by several tiles without a key is left out. Ids of existing tiles are known at plan time.',
  },
};

export const dashboardSchema = {
  version: 1,
  block: {
    description:
      'A ClickStack dashboard, fully typed: its tiles in one list per display type (`line_tiles`, `table_tiles`, ' +
      `\`markdown_tiles\`, ... and \`sql_line_tiles\`, ... for raw SQL queries; up to ${DASHBOARD_MAX_TILES} tiles in all), ` +
      'filters, a saved query and containers with tabs. Edits made in the UI or through the API show as differences in ' +
      'the next plan.\n\n' +
      'Where a tile sits on the dashboard is set by its `x`, `y`, `w` and `h`, not by its place in a list. ClickStack also ' +
      'keeps the tiles in a list of its own, in an order users never see and edits elsewhere may change: this resource ' +
      `sends the tiles grouped by type, in the order ${codeList(TILE_TYPES.map((type) => type.list))}, in list order within ` +
      'a type, and reads each type back in the order its list has in the state (tiles new to the state last). So the ' +
      'order the server holds never shows as a difference: a dashboard made in the UI, with its tiles in any order, ' +
      'imports and plans with no changes. A tile that moves to the list of another type is a new tile, with a new id.\n\n' +
      'Earlier versions of this resource had one `tiles` list, each tile naming its type in `config`: state they wrote is ' +
      'upgraded on the next plan (tile ids and keys are kept); in the configuration, move each tile to the list of its ' +
      'type and the attributes of its `config.<type>` up into the tile.',
    attributes: dashboardAttributes,
  },
};

/** Where a tile of a dashboard value is: its type, its place in its type's list, and the tile. */
export interface PlacedTile {
  type: TileType;
  index: number;
  tile: TfObject;
}

/** The tiles of a dashboard value, in the order they are sent and read: by type in schema order, then in list order. */
export function tilesOf(dashboard: TfObject): PlacedTile[] {
  return TILE_TYPES.flatMap((type) => indexedObjects(dashboard[type.list]).map(([tile, index]) => ({ type, index, tile })));
}

/** The path of a tile's attribute (`line_tiles[0].name`). */
export const tilePath = ({ type, index }: PlacedTile, ...steps: AttributePath): AttributePath => [type.list, index, ...steps];
