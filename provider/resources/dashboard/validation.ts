// clickstack_dashboard's cross-attribute rules, which no single-attribute validator can express: the number of tiles
// over all tile lists, unique tile keys, tags and container ids, tiles in containers and tabs that exist, the rules of
// each tile type and of filters, and the attributes Managed ClickStack does not have.
import { pathToString } from '../../runtime/diagnostics';
import type { Diagnostics } from '../../runtime/provider';
import { asObject, type AttributePath, indexedObjects, type TfObject, type TfValue, Unknown } from '../../runtime/types';
import { isKnown } from '../../runtime/validators';
import { containsUnknown } from '../../runtime/plan';
import { DASHBOARD_MAX_TILES, OSS_ONLY_FILTER_ATTRIBUTES, type PlacedTile, tilePath, tilesOf } from './schema';
import { OSS_ONLY_TILE_ATTRIBUTES, type TileType } from './tile-types';
import { checkLuceneQuery } from '../../shared/lucene-query';

function reportDuplicates(items: [string | undefined, AttributePath][], what: string, diagnostics: Diagnostics): void {
  const first = new Map<string, AttributePath>();
  for (const [value, path] of items) {
    if (value === undefined) continue;
    const earlier = first.get(value);
    if (earlier) diagnostics.error(`Duplicate ${what}`, `${JSON.stringify(value)} is already used at ${pathToString(earlier)}.`, path);
    else first.set(value, path);
  }
}

/**
 * Explicit tile keys must be unique over all tile lists (they name tiles in `tile_ids`), and differ from the names of
 * tiles without a key. Tiles without a key may share a name (dashboards made in the UI often have several untitled
 * tiles): they are matched in order, see `planTileList`.
 */
function validateTileKeys(tiles: PlacedTile[], diagnostics: Diagnostics): void {
  const keyed = tiles.filter(({ tile }) => typeof tile.key === 'string');
  reportDuplicates(keyed.map((placed) => [placed.tile.key as string, tilePath(placed, 'key')]), 'tile key', diagnostics);
  const firstUnkeyedByName = new Map<TfValue, PlacedTile>();
  for (const placed of tiles) if (placed.tile.key === null && !firstUnkeyedByName.has(placed.tile.name)) firstUnkeyedByName.set(placed.tile.name, placed);
  for (const placed of keyed) {
    const named = firstUnkeyedByName.get(placed.tile.key);
    if (named !== undefined)
      diagnostics.error('Duplicate tile key', `${JSON.stringify(placed.tile.key)} is already used at ${pathToString(tilePath(named, 'name'))}.`, tilePath(placed, 'key'));
  }
}

/** ClickStack holds at most DASHBOARD_MAX_TILES tiles, of all types together; said at the list of the first one too many. */
function validateTileCount(tiles: PlacedTile[], diagnostics: Diagnostics): void {
  if (tiles.length <= DASHBOARD_MAX_TILES) return;
  diagnostics.error(
    'Too many tiles',
    `A dashboard holds at most ${DASHBOARD_MAX_TILES} tiles, of all types together; these tile lists hold ${tiles.length}.`,
    [tiles[DASHBOARD_MAX_TILES].type.list],
  );
}

export function validateDashboard(config: TfObject, diagnostics: Diagnostics): void {
  checkLuceneQuery(config, [], { query: 'saved_query', language: 'saved_query_language' }, diagnostics);
  const tiles = tilesOf(config);
  validateTileCount(tiles, diagnostics);
  validateTileKeys(tiles, diagnostics);
  const tags = isKnown(config.tags) && Array.isArray(config.tags) ? config.tags : [];
  reportDuplicates(tags.map((tag, i) => [typeof tag === 'string' ? tag : undefined, ['tags', i]]), 'tag', diagnostics);

  const containers = indexedObjects(config.containers);
  reportDuplicates(containers.map(([c, i]) => [typeof c.id === 'string' ? c.id : undefined, ['containers', i, 'id']]), 'container id', diagnostics);
  for (const [container, i] of containers)
    reportDuplicates(
      indexedObjects(container.tabs).map(([tab, j]) => [typeof tab.id === 'string' ? tab.id : undefined, ['containers', i, 'tabs', j, 'id']]),
      'tab id',
      diagnostics,
    );
  const containersKnown = config.containers === null || (isKnown(config.containers) && !containsUnknown(config.containers));

  for (const placed of tiles) {
    const { container_id: containerId, tab_id: tabId } = placed.tile;
    if (tabId !== null && containerId === null)
      diagnostics.error('Invalid tile', '`tab_id` needs `container_id`.', tilePath(placed, 'tab_id'));
    if (typeof containerId === 'string' && containersKnown) {
      const container = containers.find(([c]) => c.id === containerId)?.[0];
      if (!container)
        diagnostics.error('Invalid tile', `No container has the id ${JSON.stringify(containerId)}.`, tilePath(placed, 'container_id'));
      else if (typeof tabId === 'string' && !indexedObjects(container.tabs).some(([tab]) => tab.id === tabId))
        diagnostics.error('Invalid tile', `Container ${JSON.stringify(containerId)} has no tab with the id ${JSON.stringify(tabId)}.`, tilePath(placed, 'tab_id'));
    }
    validateTileOfType(placed.type, placed.tile, tilePath(placed), diagnostics);
  }

  for (const [filter, i] of indexedObjects(config.filters)) {
    const { is_broadcast_enabled: broadcast, is_variable_enabled: variable, variable_name: variableName, applies_to_source_ids: appliesTo } = filter;
    const at = (name: string) => ['filters', i, name];
    if (broadcast === false && variable !== true && !(variable instanceof Unknown))
      diagnostics.error('Invalid filter', 'A filter must broadcast, be a variable, or both: set `is_variable_enabled = true` or drop `is_broadcast_enabled = false`.', at('is_broadcast_enabled'));
    if (variableName !== null && variable !== true && !(variable instanceof Unknown))
      diagnostics.error('Invalid filter', '`variable_name` needs `is_variable_enabled = true`.', at('variable_name'));
    if (broadcast === false && Array.isArray(appliesTo) && appliesTo.length > 0)
      diagnostics.error('Invalid filter', '`applies_to_source_ids` is only for broadcast filters.', at('applies_to_source_ids'));
  }
}

/** Attributes of the OSS API only: set on Managed ClickStack they would be dropped silently, so they are refused. */
export function refuseOssOnlyAttributes(config: TfObject, diagnostics: Diagnostics): void {
  const refuse = (path: AttributePath, attribute: string) =>
    diagnostics.error('Not available on Managed ClickStack', `\`${attribute}\` exists only on ClickStack OSS (HyperDX); remove it for Managed ClickStack.`, path);
  for (const placed of tilesOf(config))
    for (const attribute of OSS_ONLY_TILE_ATTRIBUTES)
      if (placed.tile[attribute] !== undefined && placed.tile[attribute] !== null) refuse(tilePath(placed, attribute), attribute);
  for (const [filter, i] of indexedObjects(config.filters))
    for (const attribute of OSS_ONLY_FILTER_ATTRIBUTES) if (filter[attribute] !== null) refuse(['filters', i, attribute], attribute);
}

// --- tiles by type ------------------------------------------------------------------------------------------

const known = (value: TfValue | undefined): boolean => value !== undefined && isKnown(value);
const count = (value: TfValue | undefined): number | undefined =>
  value !== undefined && isKnown(value) && Array.isArray(value) ? value.length : undefined;

/** Rules of a tile of `type` that no single-attribute validator can express. `path` points at the tile. */
function validateTileOfType(type: TileType, tile: TfObject, path: AttributePath, diagnostics: Diagnostics): void {
  const invalid = (detail: string, ...steps: AttributePath) => diagnostics.error('Invalid tile configuration', detail, [...path, ...steps]);

  const selectItems = tile.select;
  if (type.attributes.select?.nested && Array.isArray(selectItems) && type.name !== 'heatmap') {
    selectItems.map(asObject).forEach((item, i) => {
      if (!item) return;
      const { agg_fn: aggFn, value_expression: valueExpression, level } = item;
      if (aggFn instanceof Unknown) return;
      if (aggFn === 'count' && known(valueExpression))
        invalid('`value_expression` must not be set when `agg_fn` is "count".', 'select', i, 'value_expression');
      if (aggFn !== 'count' && (valueExpression === null || valueExpression === ''))
        invalid(`\`value_expression\` is required when \`agg_fn\` is ${JSON.stringify(aggFn)}.`, 'select', i, 'value_expression');
      if (aggFn !== 'quantile' && known(level)) invalid('`level` can only be set when `agg_fn` is "quantile".', 'select', i, 'level');
      if (aggFn === 'quantile' && level === null) invalid('`level` is required when `agg_fn` is "quantile".', 'select', i, 'level');
    });
  }

  const selects = count(selectItems);
  const formulaCount = count(tile.formulas);
  if (tile.as_ratio === true && selects !== undefined && selects !== 2)
    invalid(`\`as_ratio\` needs exactly 2 select items, got ${selects}.`, 'as_ratio');
  if (tile.as_ratio === true && formulaCount !== undefined && formulaCount > 0)
    invalid('`formulas` cannot be combined with `as_ratio`.', 'formulas');
  if (type.name === 'number' && selects !== undefined && tile.formulas !== undefined && !(tile.formulas instanceof Unknown)) {
    if ((formulaCount ?? 0) === 0 && selects !== 1)
      invalid(`A number tile without formulas needs exactly 1 select item, got ${selects}.`, 'select');
    if ((formulaCount ?? 0) > 1) invalid(`A number tile takes at most 1 formula, got ${formulaCount}.`, 'formulas');
  }
  const rules = tile.color_rules;
  if (Array.isArray(rules))
    rules.map(asObject).forEach((rule, i) => {
      if (!rule) return;
      const { operator, value, value_max: valueMax, value_text: valueText } = rule;
      if (operator instanceof Unknown) return;
      if (operator === 'between' && (value === null || valueMax === null))
        invalid('A "between" rule needs both `value` and `value_max`.', 'color_rules', i);
      if (operator !== 'between' && valueMax !== null) invalid('`value_max` is only for the "between" operator.', 'color_rules', i, 'value_max');
      if (valueText !== null && operator !== 'eq' && operator !== 'neq')
        invalid('`value_text` is only for the "eq" and "neq" operators.', 'color_rules', i, 'value_text');
      if (operator !== 'between' && value === null && valueText === null)
        invalid('Set `value` (or `value_text` for "eq" and "neq").', 'color_rules', i);
      if (value !== null && valueText !== null) invalid('Set only one of `value` and `value_text`.', 'color_rules', i);
    });
}
