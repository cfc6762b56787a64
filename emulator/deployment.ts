// The deployments one emulator serves: one per flavor, each with its own team store, seed and minted ids, as two
// real servers are (RULES §4). `--flavor both` is two deployments on one port, not one deployment with two APIs.
import * as fs from 'node:fs';
import type { Flavor } from './context';
import { loadSeed } from './seed';
import { type CollectionName, type Doc, Store, type StoreData } from './store';

/** What a test reaches of one flavor's deployment (`handle.oss`, `handle.cloud`). */
export interface Deployment {
  readonly flavor: Flavor;
  /**
   * Stores a document the way HyperDX's own app routes (the UI's, not the external API) would, without the external
   * API's checks: for tests of what the UI can make and the API refuses. Fields are the stored document's; an id and
   * timestamps are added when absent. Returns the stored document.
   */
  storeAsTheApp(collection: CollectionName, fields: Record<string, unknown>): Doc;
  /** The documents of a collection as stored (connection passwords and webhook headers included). */
  documents(collection: CollectionName): Doc[];
}

/**
 * The state file holds one deployment's collections when one flavor is served, and `{oss, cloud}` when both are; a
 * file of either shape can be loaded into either (a one-deployment file seeds both deployments alike).
 */
type StateFile = StoreData | Partial<Record<Flavor, StoreData>>;

function stateOf(file: StateFile, flavor: Flavor): StoreData | undefined {
  const perFlavor = 'oss' in file || 'cloud' in file;
  return perFlavor ? (file as Partial<Record<Flavor, StoreData>>)[flavor] : (file as StoreData);
}

/** The deployments of `flavors`, loaded from the state file if it exists, else from the seed. */
export class Deployments {
  readonly stores = new Map<Flavor, Store>();

  constructor(
    readonly flavors: Flavor[],
    private readonly seed: string,
    private readonly statePath?: string,
  ) {
    const saved = statePath && fs.existsSync(statePath) ? (JSON.parse(fs.readFileSync(statePath, 'utf8')) as StateFile) : undefined;
    for (const flavor of flavors) {
      const store = new Store(() => this.write());
      store.load((saved && stateOf(saved, flavor)) || loadSeed(seed));
      this.stores.set(flavor, store);
    }
  }

  store(flavor: Flavor): Store {
    return this.stores.get(flavor)!;
  }

  /** Every deployment back to `seed` (default: the one it started with). */
  reset(seed = this.seed): void {
    for (const store of this.stores.values()) store.load(loadSeed(seed));
    this.write();
  }

  deployment(flavor: Flavor): Deployment {
    const store = this.stores.get(flavor);
    if (!store) throw new Error(`This emulator does not serve the ${flavor} API (started with flavor ${this.flavors.join(', ')})`);
    return {
      flavor,
      storeAsTheApp(collection, fields) {
        const now = new Date().toISOString();
        return store.put(collection, { id: store.mintId(), createdAt: now, updatedAt: now, ...fields } as Doc);
      },
      documents: (collection) => store.list(collection),
    };
  }

  /** Writes the state file (no-op without one); write-then-rename so a crash never leaves a truncated file. */
  private write(): void {
    if (!this.statePath) return;
    const snapshots = Object.fromEntries([...this.stores].map(([flavor, store]) => [flavor, store.snapshot()]));
    const state = this.flavors.length === 1 ? snapshots[this.flavors[0]] : snapshots;
    const temporary = `${this.statePath}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify(state, null, 2));
    fs.renameSync(temporary, this.statePath);
  }
}
