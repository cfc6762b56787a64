// clickstack_dashboard's cross-attribute rules, which no single-attribute validator can express: unique tile keys,
// tags and container ids, tiles in containers and tabs that exist, the rules of each display type and of filters, and
// the attributes Managed ClickStack does not have.
import { pathToString } from '../../runtime/diagnostics';
import type { Diagnostics } from '../../runtime/provider';
import { asObject, type AttributePath, indexedObjects, type TfObject, type TfValue, Unknown } from '../../runtime/types';
import { isKnown } from '../../runtime/validators';
import { containsUnknown } from '../../runtime/plan';
import { OSS_ONLY_FILTER_ATTRIBUTES } from './schema';
import { OSS_ONLY_TILE_ATTRIBUTES, VARIANTS, variantOf } from './tile-config';
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
 * Explicit tile keys must be unique, and differ from the names of tiles without a key. Tiles without a key may share a
 * name (dashboards made in the UI often have several untitled tiles): they are matched in order, see `planTiles`.
 */
function validateTileKeys(tiles: [TfObject, number][], diagnostics: Diagnostics): void {
  const keyed = tiles.filter(([tile]) => typeof tile.key === 'string');
  reportDuplicates(keyed.map(([tile, i]) => [tile.key as string, ['tiles', i, 'key']]), 'tile key', diagnostics);
  const firstUnkeyedByName = new Map<TfValue, number>();
  for (const [tile, i] of tiles) if (tile.key === null && !firstUnkeyedByName.has(tile.name)) firstUnkeyedByName.set(tile.name, i);
  for (const [tile, i] of keyed) {
    const named = firstUnkeyedByName.get(tile.key);
    if (named !== undefined)
      diagnostics.error('Duplicate tile key', `${JSON.stringify(tile.key)} is already used at ${pathToString(['tiles', named, 'name'])}.`, ['tiles', i, 'key']);
  }
}

export function validateDashboard(config: TfObject, diagnostics: Diagnostics): void {
  checkLuceneQuery(config, [], { query: 'saved_query', language: 'saved_query_language' }, diagnostics);
  const tiles = indexedObjects(config.tiles);
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

  for (const [tile, i] of tiles) {
    const { container_id: containerId, tab_id: tabId } = tile;
    if (tabId !== null && containerId === null)
      diagnostics.error('Invalid tile', '`tab_id` needs `container_id`.', ['tiles', i, 'tab_id']);
    if (typeof containerId === 'string' && containersKnown) {
      const container = containers.find(([c]) => c.id === containerId)?.[0];
      if (!container)
        diagnostics.error('Invalid tile', `No container has the id ${JSON.stringify(containerId)}.`, ['tiles', i, 'container_id']);
      else if (typeof tabId === 'string' && !indexedObjects(container.tabs).some(([tab]) => tab.id === tabId))
        diagnostics.error('Invalid tile', `Container ${JSON.stringify(containerId)} has no tab with the id ${JSON.stringify(tabId)}.`, ['tiles', i, 'tab_id']);
    }
    const tileConfig = asObject(tile.config);
    if (tileConfig) validateTileConfig(tileConfig, ['tiles', i, 'config'], diagnostics);
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
  for (const [tile, i] of indexedObjects(config.tiles)) {
    const name = variantOf(tile.config);
    if (name === undefined) continue;
    const variant = (tile.config as TfObject)[name] as TfObject;
    for (const attribute of OSS_ONLY_TILE_ATTRIBUTES)
      if (variant[attribute] !== undefined && variant[attribute] !== null) refuse(['tiles', i, 'config', name, attribute], attribute);
  }
  for (const [filter, i] of indexedObjects(config.filters))
    for (const attribute of OSS_ONLY_FILTER_ATTRIBUTES) if (filter[attribute] !== null) refuse(['filters', i, attribute], attribute);
}

// --- tile configs -------------------------------------------------------------------------------------------

const known = (value: TfValue | undefined): boolean => value !== undefined && isKnown(value);
const count = (value: TfValue | undefined): number | undefined =>
  value !== undefined && isKnown(value) && Array.isArray(value) ? value.length : undefined;

/** Rules of one tile config that no single-attribute validator can express. `path` points at the tile's `config`. */
function validateTileConfig(config: TfObject, path: AttributePath, diagnostics: Diagnostics): void {
  const name = variantOf(config);
  if (name === undefined) return;
  const variant = config[name] as TfObject;
  const at = (...steps: AttributePath) => [...path, name, ...steps];
  const invalid = (detail: string, ...steps: AttributePath) => diagnostics.error('Invalid tile configuration', detail, at(...steps));

  const selectItems = variant.select;
  if (VARIANTS[name].attributes.select?.nested && Array.isArray(selectItems) && name !== 'heatmap') {
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
  const formulaCount = count(variant.formulas);
  if (variant.as_ratio === true && selects !== undefined && selects !== 2)
    invalid(`\`as_ratio\` needs exactly 2 select items, got ${selects}.`, 'as_ratio');
  if (variant.as_ratio === true && formulaCount !== undefined && formulaCount > 0)
    invalid('`formulas` cannot be combined with `as_ratio`.', 'formulas');
  if (name === 'number' && selects !== undefined && variant.formulas !== undefined && !(variant.formulas instanceof Unknown)) {
    if ((formulaCount ?? 0) === 0 && selects !== 1)
      invalid(`A number tile without formulas needs exactly 1 select item, got ${selects}.`, 'select');
    if ((formulaCount ?? 0) > 1) invalid(`A number tile takes at most 1 formula, got ${formulaCount}.`, 'formulas');
  }
  const rules = variant.color_rules;
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
