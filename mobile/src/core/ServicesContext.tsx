import { createContext, type ReactNode, useContext, useSyncExternalStore } from "react";

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

export function useOutbox(): readonly OutboxEntry[] {
  const { outbox } = useServices();
  return useSyncExternalStore(outbox.subscribe, outbox.getSnapshot);
}

export function useSyncStatus(): SyncStatus {
  const { sync } = useServices();
  return useSyncExternalStore(sync.subscribe, sync.getStatus);
}

export function useSignedInUser(): SignedInUser | null {
  const { session } = useServices();
  return useSyncExternalStore(session.subscribe, () => session.user);
}
