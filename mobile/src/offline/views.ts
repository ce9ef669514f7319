import type { CommunicationFieldsFragment, CustomerFieldsFragment, LeadFieldsFragment, TaskFieldsFragment } from "../gql/graphql";
import type { OutboxEntry } from "./outbox";
import type { RecordStore } from "./records";

/** A record as the rep should see it now: the server's copy with their unsent writes laid over it. */
export type Shown<T> = T & { pendingSync: boolean; needsAttention: boolean };

function writesAbout(outbox: readonly OutboxEntry[], id: string): OutboxEntry[] {
  return outbox.filter((entry) => entry.input.id === id || entry.creates === id);
}

function shown<T>(record: T, writes: OutboxEntry[]): Shown<T> {
  return {
    ...record,
    pendingSync: writes.length > 0,
    needsAttention: writes.some((entry) => entry.state !== "pending"),
  };
}

/** The calendar day of `iso` in the rep's time zone, as YYYY-MM-DD. */
export function localDay(iso: string | Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(iso));
}

export interface MyDayView {
  overdue: Shown<TaskFieldsFragment>[];
  today: Shown<TaskFieldsFragment>[];
  upcoming: Shown<TaskFieldsFragment>[];
  /** Completed on the phone, not yet on the server. */
  doneOffline: Shown<TaskFieldsFragment>[];
}

export function taskShown(records: RecordStore, outbox: readonly OutboxEntry[], id: string): Shown<TaskFieldsFragment> | undefined {
  const task = records.get<TaskFieldsFragment>("task", id);
  if (!task) return undefined;
  const writes = writesAbout(outbox, id);
  let result: TaskFieldsFragment = task;
  for (const entry of writes) {
    if (entry.operation === "completeTask") result = { ...result, status: "DONE", outcome: String(entry.input.outcome ?? "") };
    if (entry.operation === "postponeTask") result = { ...result, dueAt: String(entry.input.dueAt), isOverdue: false };
  }
  return shown(result, writes);
}

export function myDay(records: RecordStore, outbox: readonly OutboxEntry[], timeZone: string, now = new Date()): MyDayView {
  const today = localDay(now, timeZone);
  const view: MyDayView = { overdue: [], today: [], upcoming: [], doneOffline: [] };
  for (const { id } of records.list<TaskFieldsFragment>("task")) {
    const task = taskShown(records, outbox, id)!;
    if (task.status !== "OPEN") {
      if (task.pendingSync) view.doneOffline.push(task);
      continue;
    }
    if (!task.dueAt || localDay(task.dueAt, timeZone) === today) {
      if (task.dueAt && new Date(task.dueAt) < now) view.overdue.push(task);
      else view.today.push(task);
    } else if (new Date(task.dueAt) < now) view.overdue.push(task);
    else view.upcoming.push(task);
  }
  const byDue = (a: TaskFieldsFragment, b: TaskFieldsFragment) => (a.dueAt ?? "").localeCompare(b.dueAt ?? "");
  view.overdue.sort(byDue);
  view.today.sort(byDue);
  view.upcoming.sort(byDue);
  return view;
}

/** A lead created on the phone, shaped as the server will send it back. */
function leadFromInput(entry: OutboxEntry): LeadFieldsFragment {
  const input = entry.input;
  const text = (key: string) => (typeof input[key] === "string" && input[key] !== "" ? (input[key] as string) : null);
  return {
    id: entry.creates!,
    name: text("name"),
    phone: text("phone"),
    email: text("email"),
    wechatId: null,
    company: text("company"),
    title: text("title"),
    industry: null,
    province: null,
    city: text("city"),
    district: null,
    notes: text("notes"),
    priority: (input.priority as LeadFieldsFragment["priority"]) ?? null,
    status: "NEW",
    score: null,
    source: null,
    tags: null,
    lastFollowedUpAt: null,
    nextFollowUpAt: null,
    createdAt: entry.createdAt,
    updatedAt: entry.createdAt,
  };
}

export function leadShown(records: RecordStore, outbox: readonly OutboxEntry[], id: string): Shown<LeadFieldsFragment> | undefined {
  const writes = writesAbout(outbox, id);
  const created = writes.find((entry) => entry.operation === "createLead");
  let lead = records.get<LeadFieldsFragment>("lead", id) ?? (created ? leadFromInput(created) : undefined);
  if (!lead) return undefined;
  for (const entry of writes) {
    if (entry.operation === "updateLead") {
      const { id: _id, idempotencyKey: _key, ...changes } = entry.input;
      lead = { ...lead, ...(changes as Partial<LeadFieldsFragment>) };
    }
  }
  return shown(lead, records.get("lead", id) ? writes : writes);
}

export function myLeads(records: RecordStore, outbox: readonly OutboxEntry[]): Shown<LeadFieldsFragment>[] {
  const ids = new Set(records.list<LeadFieldsFragment>("lead").map((lead) => lead.id));
  for (const entry of outbox) if (entry.operation === "createLead" && entry.creates) ids.add(entry.creates);
  return [...ids]
    .map((id) => leadShown(records, outbox, id)!)
    .filter((lead) => lead.status !== "CONVERTED" && lead.status !== "CLOSED")
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export function customerShown(records: RecordStore, outbox: readonly OutboxEntry[], id: string): Shown<CustomerFieldsFragment> | undefined {
  let customer = records.get<CustomerFieldsFragment>("customer", id) ?? records.get<CustomerFieldsFragment>("poolCustomer", id);
  if (!customer) return undefined;
  const writes = outbox.filter((entry) => entry.input.id === id || (entry.operation === "claimCustomers" && (entry.input.ids as string[]).includes(id)));
  for (const entry of writes) {
    if (entry.operation === "claimCustomers" && entry.state === "pending") customer = { ...customer, inPool: false };
    if (entry.operation === "updateCustomer") {
      const { id: _id, idempotencyKey: _key, ...changes } = entry.input;
      customer = { ...customer, ...(changes as Partial<CustomerFieldsFragment>) };
    }
  }
  return shown(customer, writes);
}

export function myCustomers(records: RecordStore, outbox: readonly OutboxEntry[]): Shown<CustomerFieldsFragment>[] {
  const ids = new Set(records.list<CustomerFieldsFragment>("customer").map((customer) => customer.id));
  for (const entry of outbox) if (entry.operation === "claimCustomers" && entry.state === "pending") for (const id of entry.input.ids as string[]) ids.add(id);
  return [...ids]
    .map((id) => customerShown(records, outbox, id))
    .filter((customer): customer is Shown<CustomerFieldsFragment> => !!customer && !customer.inPool)
    .sort((a, b) => (a.name ?? "").localeCompare(b.name ?? "", "zh-CN"));
}

/** Today's visits: the server's, then the ones logged on the phone and not yet sent. */
export function todaysVisits(records: RecordStore, outbox: readonly OutboxEntry[]): Shown<Partial<CommunicationFieldsFragment> & { id: string; subjectName: string | null; occurredAt: string; photoCount: number }>[] {
  const sent = records.list<CommunicationFieldsFragment>("visit").map((visit) => ({
    ...visit,
    subjectName: visit.subject && "name" in visit.subject ? (visit.subject.name ?? null) : null,
    photoCount: visit.checkIn?.photos.length ?? 0,
    pendingSync: false,
    needsAttention: false,
  }));
  const queued = outbox
    .filter((entry) => entry.operation === "logCommunication" && entry.input.channel === "VISIT")
    .map((entry) => ({
      id: entry.creates ?? `queued-${entry.seq}`,
      content: String(entry.input.content ?? ""),
      occurredAt: String(entry.input.occurredAt ?? entry.createdAt),
      subjectName: entry.label,
      photoCount: entry.photoIds?.length ?? 0,
      checkIn: null,
      pendingSync: true,
      needsAttention: entry.state !== "pending",
    }));
  return [...sent, ...queued].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
}
