import type { Api } from "../api/client";
import { ApiError, NetworkError, SignedOutError } from "../api/errors";
import type { Uploader } from "../api/uploads";
import type { FieldConflict } from "./merge";
import { sendEntry } from "./operations";
import type { Outbox, OutboxEntry } from "./outbox";
import type { PhotoStore } from "./photos";
import type { RecordStore } from "./records";

export interface SyncStatus {
  syncing: boolean;
  /** Set when the server cannot be reached or the session ended: why nothing is moving. */
  blockedBy: "offline" | "signedOut" | null;
  lastSyncedAt: string | null;
}

const RETRY_MS = [2_000, 5_000, 15_000, 30_000, 60_000];
// A full read of the rep's book (every lead and customer page) at most this often, unless asked;
// in between, a sync reads only My day and today's visits (what a write changes).
const FULL_REFRESH_MS = 10 * 60_000;

/**
 * Sends the outbox in order whenever the server can be reached, then reads the rep's records
 * again. One pass at a time; a write that cannot be sent (offline) stops the pass so nothing
 * overtakes it; a refused write waits for the rep, and later writes that refer to what it would
 * have created wait with it.
 */
export class SyncEngine {
  private status: SyncStatus = { syncing: false, blockedBy: null, lastSyncedAt: null };
  private readonly listeners = new Set<() => void>();
  private running: Promise<void> | null = null;
  private again = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private lastFullRefresh = 0;
  private fullAsked = false;

  constructor(
    private readonly api: Api,
    private readonly outbox: Outbox,
    private readonly records: RecordStore,
    private readonly photos: PhotoStore,
    private readonly uploader: Uploader,
    private readonly currentUserId: () => string | null,
    private readonly pull: (full: boolean) => Promise<void> = async () => undefined,
  ) {}

  getStatus = (): SyncStatus => this.status;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Queues a write (durably, before anything is sent) and starts sending when online. */
  async enqueue(entry: Omit<Parameters<Outbox["add"]>[0], "userId">): Promise<OutboxEntry> {
    const userId = this.currentUserId();
    if (!userId) throw new Error("nobody is signed in");
    const added = await this.outbox.add({ ...entry, userId });
    void this.sync();
    return added;
  }

  /** What the phone says of its network (NetInfo): going offline shows at once; coming back sends. */
  setOnline(online: boolean): void {
    const offline = this.status.blockedBy === "offline";
    if (online && offline) {
      this.update({ blockedBy: null });
      void this.sync({ full: true });
    } else if (!online && this.status.blockedBy === null) {
      this.update({ blockedBy: "offline" });
    }
  }

  /**
   * Sends what is queued, then refreshes the records (all of them with `full`, as at start, on
   * foreground, when the network returns or on pull-to-refresh); concurrent calls share the pass.
   */
  sync(options: { pull?: boolean; full?: boolean } = {}): Promise<void> {
    if (options.full) this.fullAsked = true;
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.pass(options.pull ?? true);
        } while (this.again);
      } finally {
        this.running = null;
        this.update({ syncing: false });
      }
    })();
    return this.running;
  }

  async discard(seq: number): Promise<void> {
    await this.outbox.remove(seq);
  }

  /** Sends a refused write again, under a new key (the old one holds the refusal). */
  async retry(seq: number, newKey: string): Promise<void> {
    const entry = this.outbox.get(seq);
    if (!entry) return;
    await this.outbox.update({ ...entry, input: { ...entry.input, idempotencyKey: newKey }, state: "pending", error: undefined, conflicts: undefined });
    void this.sync();
  }

  /**
   * Settles a conflict: for each field, the rep's value (sent over what the server holds now) or
   * the server's (the rep's is dropped). A write closed elsewhere with nothing left to choose is
   * simply removed.
   */
  async resolve(seq: number, keepMine: Record<string, boolean>, newKey: string): Promise<void> {
    const entry = this.outbox.get(seq);
    if (!entry) return;
    const kept = (entry.conflicts ?? []).filter((conflict: FieldConflict) => keepMine[conflict.field]);
    if (kept.length === 0) {
      await this.outbox.remove(seq);
      return;
    }
    await this.outbox.update({
      ...entry,
      input: { id: entry.input.id, idempotencyKey: newKey, ...Object.fromEntries(kept.map((conflict) => [conflict.field, conflict.mine])) },
      base: Object.fromEntries(kept.map((conflict) => [conflict.field, conflict.theirs])),
      state: "pending",
      conflicts: undefined,
      error: undefined,
    });
    void this.sync();
  }

  private async pass(pull: boolean): Promise<void> {
    this.update({ syncing: true });
    try {
      await this.sendQueued();
      if (pull) {
        const full = this.fullAsked || Date.now() - this.lastFullRefresh > FULL_REFRESH_MS;
        try {
          await this.pull(full);
          if (full) {
            this.lastFullRefresh = Date.now();
            this.fullAsked = false;
          }
        } catch (error) {
          // A query the role may not run (or one the schema refuses) leaves the records as they
          // were; the writes above went through all the same.
          if (!(error instanceof ApiError)) throw error;
        }
      }
      this.failures = 0;
      this.update({ blockedBy: null, lastSyncedAt: new Date().toISOString() });
    } catch (error) {
      if (error instanceof NetworkError) {
        this.update({ blockedBy: "offline" });
        this.scheduleRetry();
      } else if (error instanceof SignedOutError) {
        this.update({ blockedBy: "signedOut" });
      } else {
        throw error;
      }
    }
  }

  private async sendQueued(): Promise<void> {
    const held = new Set<string>();
    const me = this.currentUserId();
    for (const entry of [...this.outbox.list()]) {
      if (entry.userId !== me) continue;
      if (entry.state !== "pending" || (entry.needs ?? []).some((id) => held.has(id))) {
        if (entry.creates) held.add(entry.creates);
        continue;
      }
      let sending = { ...entry, attempts: entry.attempts + 1 };
      let outcome;
      try {
        sending = { ...sending, input: await this.withUploadedPhotos(entry) };
        outcome = await sendEntry(this.api, sending);
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        // A GraphQL error (bad id, a field the schema no longer has): the rep sees it and decides.
        outcome = { kind: "refused" as const, error: { code: error.code ?? "ERROR", message: error.message } };
      }
      if (outcome.kind === "done") {
        for (const { kind, record } of outcome.records) await this.records.put(kind, [record]);
        await this.outbox.remove(entry.seq);
        for (const photoId of entry.photoIds ?? []) await this.photos.discardData(photoId);
      } else if (outcome.kind === "refused") {
        await this.outbox.update({ ...sending, state: "refused", error: outcome.error });
        if (entry.creates) held.add(entry.creates);
      } else {
        for (const { kind, record } of outcome.records) await this.records.put(kind, [record]);
        await this.outbox.update({ ...sending, input: { ...outcome.input, idempotencyKey: entry.input.idempotencyKey }, state: "conflict", conflicts: outcome.conflicts, error: outcome.error });
      }
    }
  }

  /** Uploads the entry's photos (resuming where an earlier try stopped) and puts their ids in the input. */
  private async withUploadedPhotos(entry: OutboxEntry): Promise<Record<string, unknown>> {
    if (!entry.photoIds?.length) return entry.input;
    const fileIds: string[] = [];
    for (const photoId of entry.photoIds) {
      const photo = await this.photos.get(photoId);
      if (photo) fileIds.push(await this.uploader.upload(photo));
    }
    const checkIn = entry.input.checkIn as Record<string, unknown> | undefined;
    return checkIn ? { ...entry.input, checkIn: { ...checkIn, photoIds: fileIds } } : { ...entry.input, attachmentIds: fileIds };
  }

  private scheduleRetry(): void {
    if (this.retryTimer) return;
    const wait = RETRY_MS[Math.min(this.failures, RETRY_MS.length - 1)] ?? 60_000;
    this.failures++;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.sync();
    }, wait);
  }

  stop(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private update(change: Partial<SyncStatus>): void {
    this.status = { ...this.status, ...change };
    for (const listener of this.listeners) listener();
  }
}
