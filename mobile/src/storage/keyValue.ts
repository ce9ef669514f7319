/**
 * Where the app keeps what must survive a restart: the rep's records, the write queue, photos
 * waiting to upload. One interface, a store per platform (SQLite on the phone, IndexedDB in a
 * browser) and one in memory for tests.
 */
export interface KeyValueStore {
  get(key: string): Promise<string | null>;
  /** Every entry whose key starts with `prefix`, in key order. */
  entries(prefix: string): Promise<[string, string][]>;
  /** Writes and deletes land together or not at all (a crash mid-way leaves the old state). */
  write(changes: { set?: [string, string][]; remove?: string[] }): Promise<void>;
}

export class MemoryKeyValueStore implements KeyValueStore {
  readonly data = new Map<string, string>();

  async get(key: string): Promise<string | null> {
    return this.data.get(key) ?? null;
  }

  async entries(prefix: string): Promise<[string, string][]> {
    return [...this.data.entries()].filter(([key]) => key.startsWith(prefix)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }

  async write(changes: { set?: [string, string][]; remove?: string[] }): Promise<void> {
    for (const key of changes.remove ?? []) this.data.delete(key);
    for (const [key, value] of changes.set ?? []) this.data.set(key, value);
  }
}
