import type { Api } from "../api/client";
import { MyCustomersQuery, MyDayQuery, MyLeadsQuery, VisitsQuery } from "../api/documents";
import type { Outbox } from "./outbox";
import type { RecordStore } from "./records";

// Enough for a rep's whole book (the store is tested with several thousand records); beyond it
// the oldest are read on demand when searched for online.
const MAX_PAGES = 20;

async function allPages<T>(fetchPage: (after: string | null) => Promise<{ nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } }>): Promise<T[]> {
  const all: T[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { nodes, pageInfo } = await fetchPage(after);
    all.push(...nodes);
    if (!pageInfo.hasNextPage || !pageInfo.endCursor) break;
    after = pageInfo.endCursor;
  }
  return all;
}

/**
 * Reads the rep's working set from the server into the store: today's tasks, their open leads,
 * their customers and today's visits. Records that pending writes refer to are kept even when
 * the server no longer lists them, so a queued write never loses what it is about.
 */
export function makeRefresh(api: Api, records: RecordStore, outbox: Outbox, userId: () => string | null): (full: boolean) => Promise<void> {
  return async (full) => {
    const me = userId();
    if (!me) return;
    const referenced = new Set(outbox.list().flatMap((entry) => [String(entry.input.id ?? ""), String(entry.input.subjectId ?? "")]));
    const keep = (id: string) => referenced.has(id);

    const { myDay } = await api.request(MyDayQuery, {});
    await records.put("task", [...myDay.overdue, ...myDay.dueToday, ...myDay.upcoming], { replacing: true, keep });
    await records.put("meta", [{ id: "myDay", date: myDay.date, timeZone: myDay.timeZone }]);

    const { visits } = await api.request(VisitsQuery, { repId: me });
    await records.put(
      "visit",
      visits.flatMap((rep) => rep.visits),
      { replacing: true, keep },
    );
    if (!full) return;

    const leads = await allPages(async (after) => (await api.request(MyLeadsQuery, { ownerIds: [me], after })).leads);
    await records.put("lead", leads, { replacing: true, keep });

    const customers = await allPages(async (after) => (await api.request(MyCustomersQuery, { ownerId: me, after })).customers);
    await records.put("customer", customers, { replacing: true, keep });
  };
}
