import type { KeyValueStore } from "../storage/keyValue";
import type { FieldConflict } from "./merge";

export type OperationName =
  | "completeTask"
  | "postponeTask"
  | "logCommunication"
  | "createLead"
  | "updateLead"
  | "updateCustomer"
  | "claimCustomers";

/**
 * pending: waiting to be sent (or being sent). refused: the server said no (the reason is shown;
 * the rep edits or discards it). conflict: someone changed the record meanwhile and some of the
 * rep's values could not be merged (the rep picks, field by field).
 */
export type EntryState = "pending" | "refused" | "conflict";

export interface OutboxEntry {
  seq: number;
  /** Who made it: only their session sends it (another rep signing in on this phone does not). */
  userId: string;
  operation: OperationName;
  /** The mutation's input as it will be sent, idempotencyKey included. */
  input: Record<string, unknown>;
  /** Updates: each changed field as the rep saw it before editing (for the three-way merge). */
  base?: Record<string, unknown>;
  /** Photos taken with this write, uploaded before it is sent (src/offline/photos.ts). */
  photoIds?: string[];
  /** The global id of the record this write creates, so later writes can refer to it. */
  creates?: string;
  /** Global ids of records created by earlier writes that this one refers to. */
  needs?: string[];
  /** What the rep sees in the sync list, e.g. "完成任务 · 回访华信". */
  label: string;
  createdAt: string;
  state: EntryState;
  attempts: number;
  error?: { code: string; message: string };
  conflicts?: FieldConflict[];
}

const PREFIX = "out:";
const keyOf = (seq: number) => `${PREFIX}${String(seq).padStart(12, "0")}`;

/**
 * Writes made on the phone, in the order they were made, kept in the device store before the
 * screen says "saved": a crash, a reboot or a dead battery loses none of them.
 */
export class Outbox {
  private entries: OutboxEntry[] = [];
  private readonly listeners = new Set<() => void>();
  private snapshot: readonly OutboxEntry[] = [];

  private constructor(private readonly kv: KeyValueStore) {}

  static async open(kv: KeyValueStore): Promise<Outbox> {
    const outbox = new Outbox(kv);
    outbox.entries = (await kv.entries(PREFIX)).map(([, value]) => JSON.parse(value) as OutboxEntry);
    outbox.snapshot = [...outbox.entries];
    return outbox;
  }

  list(): readonly OutboxEntry[] {
    return this.snapshot;
  }

  get(seq: number): OutboxEntry | undefined {
    return this.entries.find((entry) => entry.seq === seq);
  }

  async add(entry: Omit<OutboxEntry, "seq" | "createdAt" | "state" | "attempts">): Promise<OutboxEntry> {
    const seq = (this.entries.at(-1)?.seq ?? 0) + 1;
    const full: OutboxEntry = { ...entry, seq, createdAt: new Date().toISOString(), state: "pending", attempts: 0 };
    await this.kv.write({ set: [[keyOf(seq), JSON.stringify(full)]] });
    this.entries.push(full);
    this.changed();
    return full;
  }

  async update(entry: OutboxEntry): Promise<void> {
    await this.kv.write({ set: [[keyOf(entry.seq), JSON.stringify(entry)]] });
    this.entries = this.entries.map((each) => (each.seq === entry.seq ? entry : each));
    this.changed();
  }

  async remove(seq: number): Promise<void> {
    await this.kv.write({ remove: [keyOf(seq)] });
    this.entries = this.entries.filter((entry) => entry.seq !== seq);
    this.changed();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): readonly OutboxEntry[] => this.snapshot;

  private changed(): void {
    this.snapshot = [...this.entries];
    for (const listener of this.listeners) listener();
  }
}
