// Server ids in an exported configuration become references, so that the code works in another environment where
// ids differ: sources and webhooks (unless exported) are looked up by name, connections through a source that uses
// them, exported objects are referred to by address. An id stays literal, with a note, when its name is shared
// (the lookup would fail as ambiguous) or when nothing has it.
import type { Source, Webhook } from '../client';
import { TILE_TYPES } from '../resources/dashboard/tile-types';
import { BigDecimal, isTfObject, type TfValue } from '../runtime/types';
import type { Deployment } from './deployment';
import { addressText, type BlockAddress, type ExportedResource, type ExportObject, type ExportValue, Expression, Literal, type Lookup } from './model';
import { assignIdentifiers } from './names';

export const resourceAddress = (type: string, name: string): BlockAddress => ({ mode: 'resource', type, name });

/** A configuration value as the export holds it: numbers as JS numbers. */
export function toExportValue(value: TfValue): ExportValue {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint' || value instanceof BigDecimal) return Number(value.toString());
  if (Array.isArray(value)) return value.map(toExportValue);
  if (isTfObject(value)) return toExportObject(value);
  throw new TypeError('A configuration holds no unknown or dynamic values');
}

export function toExportObject(value: { [name: string]: TfValue }): ExportObject {
  return Object.fromEntries(Object.entries(value).map(([name, element]) => [name, toExportValue(element)]));
}

const attribute = (of: BlockAddress, name: string, key?: string) => new Expression({ kind: 'attribute', of, attribute: name, ...(key === undefined ? {} : { key }) });
/** `value` when it is an object of attributes. */
export const asObject = (value: ExportValue | undefined): ExportObject | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Expression) && !(value instanceof Literal) ? value : undefined;
/** The objects of a list of objects. */
export const objects = (value: ExportValue | undefined): ExportObject[] =>
  Array.isArray(value) ? value.flatMap((element): ExportObject[] => { const object = asObject(element); return object ? [object] : []; }) : [];

/** The tiles of a dashboard's configuration, of every type. */
export const tilesIn = (config: ExportObject): ExportObject[] => TILE_TYPES.flatMap((type) => objects(config[type.list]));

/** One lookup by name and what narrows it (a source's kind, a webhook's service). */
interface Findable {
  id: string;
  name: string;
  narrowing: [attribute: string, value: string];
}

/** Lookups of one kind of object: a data source per object referred to, unless its name and narrowing are shared. */
class LookupTable {
  private readonly byId: Map<string, Findable>;
  private readonly identifiers: Map<string, string>;
  private readonly used = new Map<string, Lookup>();

  constructor(
    private readonly type: string,
    private readonly noun: string,
    items: Findable[],
  ) {
    this.byId = new Map(items.map((item) => [item.id, item]));
    // Identifiers over every object, not only those referred to: a lookup keeps its name whatever the selection.
    this.identifiers = assignIdentifiers(items, noun);
  }

  /** `data.<type>.<name>.<attributeName>`, or the id with a note. */
  reference(id: string, attributeName: string): Expression | Literal {
    const item = this.byId.get(id);
    if (!item) return new Literal(id, `no ${this.noun} has this id`);
    const namesakes = this.namesakes(item);
    if (namesakes > 1) {
      const [narrowedBy, value] = item.narrowing;
      return new Literal(id, `${namesakes} ${this.noun}s are named ${JSON.stringify(item.name)} with ${narrowedBy} ${value}: a lookup by name would be ambiguous`);
    }
    const address: BlockAddress = { mode: 'data', type: this.type, name: this.identifiers.get(id)! };
    if (!this.used.has(id)) this.used.set(id, { address, config: { name: item.name, [item.narrowing[0]]: item.narrowing[1] } });
    return attribute(address, attributeName);
  }

  isUnique(id: string): boolean {
    const item = this.byId.get(id);
    return item !== undefined && this.namesakes(item) === 1;
  }

  lookups(): Lookup[] {
    return [...this.used.values()];
  }

  private namesakes(item: Findable): number {
    return [...this.byId.values()].filter((other) => other.name === item.name && other.narrowing[1] === item.narrowing[1]).length;
  }
}

/** Identifiers of the objects the export writes as resources, by server id. */
export interface Exported {
  connections: Map<string, string>;
  sources: Map<string, string>;
  webhooks: Map<string, string>;
  dashboards: Map<string, string>;
  savedSearches: Map<string, string>;
}

export class References {
  /** Sentences for the export's notes: each id kept literal, where, and why. */
  readonly notes: string[] = [];
  /** Those of tile ids, which only the HCL export keeps (see `Export.tileIdNotes`). */
  readonly tileIdNotes: string[] = [];
  private readonly sources: LookupTable;
  private readonly webhooks: LookupTable;
  private readonly sourceList: Source[];

  constructor(
    deployment: Deployment,
    private readonly exported: Exported,
  ) {
    this.sourceList = [...deployment.sources].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1));
    this.sources = new LookupTable('clickstack_source', 'source', deployment.sources.map((source) => ({ id: source.id, name: source.name, narrowing: ['kind', source.kind] })));
    this.webhooks = new LookupTable('clickstack_webhook', 'webhook', deployment.webhooks.map((webhook: Webhook) => ({ id: webhook.id, name: webhook.name, narrowing: ['service', webhook.service] })));
  }

  lookups(): Lookup[] {
    return [...this.sources.lookups(), ...this.webhooks.lookups()];
  }

  replaceInDashboard({ address, config }: ExportedResource): void {
    for (const tile of tilesIn(config)) {
      const where = `${addressText(address)}, tile ${JSON.stringify(tile.name)}`;
      const sourceId = typeof tile.source_id === 'string' ? tile.source_id : undefined;
      if (sourceId !== undefined) tile.source_id = this.source(sourceId, where);
      if (typeof tile.connection_id === 'string') tile.connection_id = this.connection(tile.connection_id, sourceId, where);
      const onClick = asObject(tile.on_click);
      const target = asObject(onClick?.target);
      if (target && target.mode === 'id' && typeof target.id === 'string')
        target.id = onClick!.type === 'dashboard' ? this.dashboard(target.id, where) : this.source(target.id, where);
    }
    for (const filter of objects(config.filters)) {
      const where = `${addressText(address)}, filter ${JSON.stringify(filter.name)}`;
      if (typeof filter.source_id === 'string') filter.source_id = this.source(filter.source_id, where);
      if (Array.isArray(filter.applies_to_source_ids))
        filter.applies_to_source_ids = filter.applies_to_source_ids.map((id) => (typeof id === 'string' ? this.source(id, where) : id));
    }
  }

  /**
   * A source's connection, by address when the export writes it; else its id stays, said beside it (not in the notes:
   * every source has one). A session source's trace source, and the links of a `clickstack_source_links`, refer to the
   * sources they name.
   */
  replaceInSource({ address, config }: ExportedResource): void {
    const where = addressText(address);
    if (typeof config.connection_id === 'string') {
      const connection = this.exported.connections.get(config.connection_id);
      config.connection_id = connection
        ? attribute(resourceAddress('clickstack_connection', connection), 'id')
        : new Literal(config.connection_id, 'the ClickHouse connection the source queries');
    }
    const session = asObject(config.session);
    if (session && typeof session.trace_source_id === 'string') session.trace_source_id = this.source(session.trace_source_id, where);
    for (const link of ['source_id', 'log_source_id', 'trace_source_id', 'metric_source_id', 'session_source_id'])
      if (typeof config[link] === 'string') config[link] = this.source(config[link] as string, where);
  }

  replaceInSavedSearch({ address, config }: ExportedResource): void {
    if (typeof config.source_id === 'string') config.source_id = this.source(config.source_id, addressText(address));
  }

  /**
   * An alert's target and channels. A tile is referred to through `tile_ids[<key>]` (`tileNames`: the tile ids by key;
   * to import, every tile has a key of its own; to create, each watched tile whose name others share): a tile the
   * dashboard's state lacks keeps its id.
   */
  replaceInAlert({ address, config }: ExportedResource, tileNames: Map<string, string[]>): void {
    const where = addressText(address);
    if (typeof config.saved_search_id === 'string') {
      const name = this.exported.savedSearches.get(config.saved_search_id);
      if (name) config.saved_search_id = attribute(resourceAddress('clickstack_saved_search', name), 'id');
    }
    if (typeof config.dashboard_id === 'string') {
      const name = this.exported.dashboards.get(config.dashboard_id);
      const tileId = config.tile_id;
      if (name) {
        const dashboard = resourceAddress('clickstack_dashboard', name);
        config.dashboard_id = attribute(dashboard, 'id');
        if (typeof tileId === 'string') config.tile_id = this.tile(dashboard, tileId, tileNames, where);
      }
    }
    for (const channel of objects(config.channels))
      if (typeof channel.webhook_id === 'string') channel.webhook_id = this.webhook(channel.webhook_id, where);
  }

  private tile(dashboard: BlockAddress, tileId: string, tileNames: Map<string, string[]>, where: string): ExportValue {
    const key = [...tileNames].find(([, candidates]) => candidates.length === 1 && candidates[0] === tileId)?.[0];
    if (key !== undefined) return attribute(dashboard, 'tile_ids', key);
    const why = 'the dashboard has no such tile';
    this.tileIdNotes.push(`${where}: kept the id ${tileId} (${why}).`);
    return new Literal(tileId, why);
  }

  private source(id: string, where: string): ExportValue {
    const name = this.exported.sources.get(id);
    if (name) return attribute(resourceAddress('clickstack_source', name), 'id');
    return this.literal(where, this.sources.reference(id, 'id'));
  }

  /**
   * No data source reports a connection by name, but a source reports its connection: the tile's own source when it
   * uses this connection, else the first source (by name) that does.
   */
  private connection(id: string, tileSourceId: string | undefined, where: string): ExportValue {
    const candidates = this.sourceList.filter((source) => source.connection === id && (this.exported.sources.has(source.id) || this.sources.isUnique(source.id)));
    const source = candidates.find((candidate) => candidate.id === tileSourceId) ?? candidates[0];
    if (!source) return this.literal(where, new Literal(id, 'no source found by a unique name uses this connection'));
    const exported = this.exported.sources.get(source.id);
    if (exported) return attribute(resourceAddress('clickstack_source', exported), 'connection_id');
    return this.sources.reference(source.id, 'connection');
  }

  private webhook(id: string, where: string): ExportValue {
    const name = this.exported.webhooks.get(id);
    if (name) return attribute(resourceAddress('clickstack_webhook', name), 'id');
    return this.literal(where, this.webhooks.reference(id, 'id'));
  }

  private dashboard(id: string, where: string): ExportValue {
    const name = this.exported.dashboards.get(id);
    if (name) return attribute(resourceAddress('clickstack_dashboard', name), 'id');
    return this.literal(where, new Literal(id, 'the dashboard opened is not part of this export'));
  }

  private literal(where: string, value: Expression | Literal): ExportValue {
    if (value instanceof Literal) this.notes.push(`${where}: kept the id ${value.value} (${value.note}).`);
    return value;
  }
}
