// The fixture's "remote API": objects kept in a JSON file that tests read and edit behind Terraform's back.
import { randomBytes } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';

/** One object as stored; numbers beyond doubles are kept as decimal text so the file stays plain JSON. */
export interface StoredThing {
  id: string;
  name: string;
  tags: string[] | null;
  labels: string[] | null;
  settings: { color: string | null; size: number | null } | null;
  metadata: { [key: string]: string } | null;
  big_number: string | null;
  secret: string | null;
  extra: { type: unknown; value: unknown } | null;
}

interface StoreFile {
  things: { [id: string]: StoredThing };
}

export class ThingStore {
  /** Serialises read-modify-write cycles: Terraform applies several resources concurrently in one process. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly path: string) {}

  async get(id: string): Promise<StoredThing | undefined> {
    return (await this.load()).things[id];
  }

  async findByName(name: string): Promise<StoredThing | undefined> {
    return Object.values((await this.load()).things).find((thing) => thing.name === name);
  }

  newId(): string {
    return `thing-${randomBytes(4).toString('hex')}`;
  }

  put(thing: StoredThing): Promise<void> {
    return this.modify((file) => {
      file.things[thing.id] = thing;
    });
  }

  remove(id: string): Promise<void> {
    return this.modify((file) => {
      delete file.things[id];
    });
  }

  private modify(change: (file: StoreFile) => void): Promise<void> {
    const next = this.queue.then(async () => {
      const file = await this.load();
      change(file);
      const partial = `${this.path}.${process.pid}.tmp`;
      await writeFile(partial, JSON.stringify(file, null, 2) + '\n');
      await rename(partial, this.path);
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async load(): Promise<StoreFile> {
    try {
      return JSON.parse(await readFile(this.path, 'utf8')) as StoreFile;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { things: {} };
      throw error;
    }
  }
}
