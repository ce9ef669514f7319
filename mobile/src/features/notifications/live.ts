import { print } from "graphql";
import { createClient } from "graphql-ws";
import { useEffect } from "react";

import { useServices } from "../../core/ServicesContext";
import { graphql } from "../../gql";
import { banner } from "./banner";

export const LiveNotificationsSubscription = graphql(`
  subscription LiveNotifications($after: ID) {
    notifications(after: $after) {
      id
      kind
      title
      body
      data
    }
  }
`);

/**
 * While the app is open, notifications arrive over the API's subscription: shown as a banner,
 * and a task reminder or assignment refreshes My day at once. After a reconnect the stream resumes
 * after the last one received (the API replays what was missed; ids already shown are skipped).
 */
export function useLiveNotifications(enabled: boolean): void {
  const { session, sync } = useServices();
  useEffect(() => {
    const server = session.serverAddress;
    if (!enabled || !server) return;
    const seen = new Set<string>();
    let after: string | null = null;
    const client = createClient({
      url: `${server.replace(/^http/, "ws")}/graphql`,
      retryAttempts: Infinity,
      shouldRetry: () => true,
      retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 1_000 * 2 ** retries))),
      connectionParams: async () => ({ authorization: `Bearer ${await session.accessToken()}` }),
    });
    let stop: (() => void) | null = null;
    const subscribe = () => {
      stop = client.subscribe<{ notifications: { id: string; kind: string; title: string; body: string; data: unknown } }>(
        { query: print(LiveNotificationsSubscription), variables: { after } },
        {
          next: ({ data }) => {
            const item = data?.notifications;
            if (!item || seen.has(item.id)) return;
            seen.add(item.id);
            after = item.id;
            banner.show({ ...item, data: (item.data ?? {}) as Record<string, unknown> });
            if (item.kind.startsWith("task.")) void sync.sync();
          },
          error: () => undefined,
          complete: () => undefined,
        },
      );
    };
    subscribe();
    return () => {
      stop?.();
      void client.dispose();
    };
  }, [enabled, session, sync]);
}
