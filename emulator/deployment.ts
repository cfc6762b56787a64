// The deployments one emulator serves: one per flavor, each with its own team store, seed and minted ids, as two
// real servers are (RULES §4). `--flavor both` is two deployments on one port, not one deployment with two APIs.
import * as fs from 'node:fs';
import type { Flavor } from './context';
import { deploymentState, loadSeed, type StateFile } from './seed';
import { type CollectionName, type Doc, Store } from './store';

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
      store.load((saved && deploymentState(saved, flavor)) || loadSeed(seed, flavor));
      this.stores.set(flavor, store);
    }
  }

  store(flavor: Flavor): Store {
    return this.stores.get(flavor)!;
  }

  /** Every deployment back to `seed` (default: the one it started with). */
  reset(seed = this.seed): void {
    this.stores.forEach((store, flavor) => store.load(loadSeed(seed, flavor)));
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

  /**
   * Writes the state file (no-op without one): one deployment's collections, or `{oss, cloud}` when both are served.
   * Write-then-rename so a crash never leaves a truncated file.
   */
  private write(): void {
    if (!this.statePath) return;
    const snapshots = Object.fromEntries([...this.stores].map(([flavor, store]) => [flavor, store.snapshot()]));
    const state = this.flavors.length === 1 ? snapshots[this.flavors[0]] : snapshots;
    const temporary = `${this.statePath}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify(state, null, 2));
    fs.renameSync(temporary, this.statePath);
  }
}
