import type { CommunicationFieldsFragment, CustomerFieldsFragment, LeadFieldsFragment, TaskFieldsFragment } from "../gql/graphql";
import type { OutboxEntry } from "./outbox";
import type { RecordStore } from "./records";

/** A record as the rep should see it now: the server's copy with their unsent writes laid over it. */
export type Shown<T> = T & { pendingSync: boolean; needsAttention: boolean };

/**
 * The unsent writes per record they are about (what they update, what they create, the customers
 * a claim takes), built once per view: a list of thousands of records does not scan the outbox
 * for each.
 */
function writesById(outbox: readonly OutboxEntry[]): Map<string, OutboxEntry[]> {
  const byId = new Map<string, OutboxEntry[]>();
  const add = (id: unknown, entry: OutboxEntry) => {
    if (typeof id !== "string") return;
    const list = byId.get(id);
    if (list) list.push(entry);
    else byId.set(id, [entry]);
  };
  for (const entry of outbox) {
    add(entry.input.id, entry);
    if (entry.creates !== entry.input.id) add(entry.creates, entry);
    if (entry.operation === "claimCustomers") for (const id of entry.input.ids as string[]) add(id, entry);
  }
  return byId;
}

/** The fields an update sets (its input without the id and the key). */
function changesOf(entry: OutboxEntry): Record<string, unknown> {
  const { id: _id, idempotencyKey: _key, ...changes } = entry.input;
  return changes;
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
  return overlaidTask(records, writesById(outbox), id);
}

function overlaidTask(records: RecordStore, byId: Map<string, OutboxEntry[]>, id: string): Shown<TaskFieldsFragment> | undefined {
  const task = records.get<TaskFieldsFragment>("task", id);
  if (!task) return undefined;
  const writes = byId.get(id) ?? [];
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
  const byId = writesById(outbox);
  for (const { id } of records.list<TaskFieldsFragment>("task")) {
    const task = overlaidTask(records, byId, id)!;
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
  return overlaidLead(records, writesById(outbox), id);
}

function overlaidLead(records: RecordStore, byId: Map<string, OutboxEntry[]>, id: string): Shown<LeadFieldsFragment> | undefined {
  const writes = byId.get(id) ?? [];
  const created = writes.find((entry) => entry.operation === "createLead");
  let lead = records.get<LeadFieldsFragment>("lead", id) ?? (created ? leadFromInput(created) : undefined);
  if (!lead) return undefined;
  for (const entry of writes) {
    if (entry.operation === "updateLead") lead = { ...lead, ...(changesOf(entry) as Partial<LeadFieldsFragment>) };
  }
  return shown(lead, writes);
}

export function myLeads(records: RecordStore, outbox: readonly OutboxEntry[]): Shown<LeadFieldsFragment>[] {
  const ids = new Set(records.list<LeadFieldsFragment>("lead").map((lead) => lead.id));
  for (const entry of outbox) if (entry.operation === "createLead" && entry.creates) ids.add(entry.creates);
  const byId = writesById(outbox);
  return [...ids]
    .map((id) => overlaidLead(records, byId, id)!)
    .filter((lead) => lead.status !== "CONVERTED" && lead.status !== "CLOSED")
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export function customerShown(records: RecordStore, outbox: readonly OutboxEntry[], id: string): Shown<CustomerFieldsFragment> | undefined {
  return overlaidCustomer(records, writesById(outbox), id);
}

function overlaidCustomer(records: RecordStore, byId: Map<string, OutboxEntry[]>, id: string): Shown<CustomerFieldsFragment> | undefined {
  let customer = records.get<CustomerFieldsFragment>("customer", id) ?? records.get<CustomerFieldsFragment>("poolCustomer", id);
  if (!customer) return undefined;
  const writes = byId.get(id) ?? [];
  for (const entry of writes) {
    if (entry.operation === "claimCustomers" && entry.state === "pending") customer = { ...customer, inPool: false };
    if (entry.operation === "updateCustomer") customer = { ...customer, ...(changesOf(entry) as Partial<CustomerFieldsFragment>) };
  }
  return shown(customer, writes);
}

export function myCustomers(records: RecordStore, outbox: readonly OutboxEntry[]): Shown<CustomerFieldsFragment>[] {
  const ids = new Set(records.list<CustomerFieldsFragment>("customer").map((customer) => customer.id));
  for (const entry of outbox) if (entry.operation === "claimCustomers" && entry.state === "pending") for (const id of entry.input.ids as string[]) ids.add(id);
  const byId = writesById(outbox);
  return [...ids]
    .map((id) => overlaidCustomer(records, byId, id))
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
