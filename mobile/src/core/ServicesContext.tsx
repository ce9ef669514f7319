import { createContext, type DependencyList, type ReactNode, useContext, useMemo, useSyncExternalStore } from "react";

import type { OutboxEntry } from "../offline/outbox";
import type { RecordStore } from "../offline/records";
import type { SyncStatus } from "../offline/sync";
import type { SignedInUser } from "../session/session";
import type { Services } from "./services";

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("useServices outside ServicesProvider");
  return services;
}

/** Re-renders when the record store changes; the store itself is read directly. */
export function useRecords(): RecordStore {
  const { records } = useServices();
  useSyncExternalStore(records.subscribe, records.getVersion);
  return records;
}

/**
 * A value computed from the records and the unsent writes, again when either changes (the store
 * changes in place: its version says when) or when `deps` do.
 */
export function useRecordsView<T>(compute: (records: RecordStore, outbox: readonly OutboxEntry[]) => T, deps: DependencyList = []): T {
  const records = useRecords();
  const outbox = useOutbox();
  const version = records.getVersion();
  return useMemo(() => compute(records, outbox), [records, outbox, version, ...deps]);
}

export function useOutbox(): readonly OutboxEntry[] {
  const { outbox } = useServices();
  return useSyncExternalStore(outbox.subscribe, outbox.getSnapshot);
}

/** The signed-in rep's unsent writes (another rep's, on a shared phone, wait for their author). */
export function useMyUnsentWrites(): readonly OutboxEntry[] {
  const outbox = useOutbox();
  const user = useSignedInUser();
  return useMemo(() => outbox.filter((entry) => entry.userId === user?.id), [outbox, user]);
}

export function useSyncStatus(): SyncStatus {
  const { sync } = useServices();
  return useSyncExternalStore(sync.subscribe, sync.getStatus);
}

export function useSignedInUser(): SignedInUser | null {
  const { session } = useServices();
  return useSyncExternalStore(session.subscribe, () => session.user);
}
