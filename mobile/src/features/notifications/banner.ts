import { useSyncExternalStore } from "react";

import { globalId, typeOfGlobalId } from "../../offline/ids";

export interface ArrivedNotification {
  id: string;
  kind: string;
  title: string;
  body: string;
  data: Record<string, unknown>;
}

let current: ArrivedNotification | null = null;
const listeners = new Set<() => void>();

/** The notification shown at the top of the screen until tapped or dismissed. */
export const banner = {
  show(notification: ArrivedNotification) {
    current = notification;
    for (const listener of listeners) listener();
  },
  dismiss() {
    current = null;
    for (const listener of listeners) listener();
  },
};

export function useBanner(): ArrivedNotification | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}

/** Where tapping a notification leads: the task it is about, when it is about one. */
export function routeOf(data: Record<string, unknown>): string | null {
  const raw = data.taskId;
  if (typeof raw !== "string" || !raw) return null;
  const id = typeOfGlobalId(raw) === "Task" ? raw : globalId("Task", raw);
  return `/task/${encodeURIComponent(id)}`;
}
