// The tasks due in a range of the user's days, for the calendar views: mine or the team's.
import { useMemo } from "react";
import { useQuery } from "urql";

import { useAuth } from "../../auth/AuthProvider";
import type { Scope } from "./filters";
import { TASKS } from "./queries";
import { useZone } from "./shared";
import { dayRangeFilter, groupByDay } from "./time";

export const CALENDAR_LIMIT = 100;

export function useCalendarTasks(from: string, to: string, scope: Scope) {
  const zone = useZone();
  const { me } = useAuth();
  const variables = useMemo(
    () => ({
      first: CALENDAR_LIMIT,
      filter: { ...dayRangeFilter(from, to, zone), ...(scope === "mine" && me ? { assigneeId: me.id } : {}) },
      orderBy: "DUE_AT" as const,
      descending: false,
    }),
    [from, to, zone, scope, me],
  );
  const [{ data, fetching, error }, refetch] = useQuery({ query: TASKS, variables, pause: !me });
  const tasks = data?.tasks.nodes;
  const byDay = useMemo(() => groupByDay(tasks ?? [], zone), [tasks, zone]);
  return {
    byDay,
    fetching,
    error,
    truncated: Boolean(data?.tasks.pageInfo.hasNextPage),
    refresh: () => refetch({ requestPolicy: "network-only" }),
  };
}
