import type { KeyValueStore } from "../storage/keyValue";

/** The kinds of record the phone keeps; each is the API's shape (src/api/documents.ts). */
export type RecordKind = "task" | "lead" | "customer" | "poolCustomer" | "timeline" | "visit" | "meta";

export interface Identified {
  id: string;
}

const PREFIX = "rec:";
const keyOf = (kind: RecordKind, id: string) => `${PREFIX}${kind}:${id}`;

/**
 * The rep's records as last read from the server, in memory for the screens and written through
 * to the device store, so the app opens with them in a basement. Pending local writes are not
 * here: they live in the outbox and are laid over these records when shown (src/offline/views.ts).
 */
export class RecordStore {
  private readonly byKind = new Map<RecordKind, Map<string, unknown>>();
  private readonly listeners = new Set<() => void>();
  private version = 0;

  private constructor(private readonly kv: KeyValueStore) {}

  static async open(kv: KeyValueStore): Promise<RecordStore> {
    const store = new RecordStore(kv);
    for (const [key, value] of await kv.entries(PREFIX)) {
      const rest = key.slice(PREFIX.length);
      const colon = rest.indexOf(":");
      store.bucket(rest.slice(0, colon) as RecordKind).set(rest.slice(colon + 1), JSON.parse(value));
    }
    return store;
  }

  get<T>(kind: RecordKind, id: string): T | undefined {
    return this.byKind.get(kind)?.get(id) as T | undefined;
  }

  list<T>(kind: RecordKind): T[] {
    return [...(this.byKind.get(kind)?.values() ?? [])] as T[];
  }

  count(): number {
    let total = 0;
    for (const bucket of this.byKind.values()) total += bucket.size;
    return total;
  }

  /**
   * Stores `records` of `kind`; with `replacing`, records of that kind not among them are dropped
   * (a full refresh: what was reassigned or deleted on the server leaves the phone too).
   */
  async put<T extends Identified>(kind: RecordKind, records: T[], options: { replacing?: boolean; keep?: (id: string) => boolean } = {}): Promise<void> {
    const bucket = this.bucket(kind);
    const remove: string[] = [];
    if (options.replacing) {
      const fresh = new Set(records.map((record) => record.id));
      for (const id of bucket.keys()) {
        if (!fresh.has(id) && !options.keep?.(id)) remove.push(id);
      }
    }
    await this.kv.write({
      set: records.map((record) => [keyOf(kind, record.id), JSON.stringify(record)]),
      remove: remove.map((id) => keyOf(kind, id)),
    });
    for (const id of remove) bucket.delete(id);
    for (const record of records) bucket.set(record.id, record);
    this.changed();
  }

  async remove(kind: RecordKind, id: string): Promise<void> {
    await this.kv.write({ remove: [keyOf(kind, id)] });
    this.byKind.get(kind)?.delete(id);
    this.changed();
  }

  /** Everything, e.g. when another rep signs in on this phone. */
  async clear(): Promise<void> {
    const keys = (await this.kv.entries(PREFIX)).map(([key]) => key);
    await this.kv.write({ remove: keys });
    this.byKind.clear();
    this.changed();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  private bucket(kind: RecordKind): Map<string, unknown> {
    let bucket = this.byKind.get(kind);
    if (!bucket) {
      bucket = new Map();
      this.byKind.set(kind, bucket);
    }
    return bucket;
  }

  private changed(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }
}
