import type { CommunicationFieldsFragment, LeadFieldsFragment, TaskFieldsFragment } from "../gql/graphql";
import type { FakeDb } from "./fakeDb";
import type { Rep } from "./fixtures";

export interface UserError {
  field: string[] | null;
  code: string;
  message: string;
}

export interface Context {
  db: FakeDb;
  rep: Rep;
  now: number;
  variables: Record<string, unknown>;
}

/** An operation of the fake API: its `data`, from the operation's variables. */
export type Handlers = Record<string, (context: Context) => unknown>;

const problem = (at: string, code: string, message: string): UserError[] => [{ field: ["input", ...at.split(".")], code, message }];
const day = (at: number | string, timeZone: string) =>
  new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(at));

function page<T>(rows: T[], after: unknown) {
  const start = typeof after === "string" ? Number(after) : 0;
  const nodes = rows.slice(start, start + 100);
  const end = start + nodes.length;
  return { nodes, pageInfo: { hasNextPage: end < rows.length, endCursor: nodes.length > 0 ? String(end) : null } };
}

function subjectOf(db: FakeDb, id: string): CommunicationFieldsFragment["subject"] {
  const lead = db.leads.get(id);
  if (lead) return { __typename: "Lead", id, name: lead.name };
  const customer = db.customers.get(id);
  if (customer) return { __typename: "Customer", id, name: customer.name };
  return null;
}

function openTask(db: FakeDb, rep: Rep, id: unknown): { task: TaskFieldsFragment } | { userErrors: UserError[] } {
  const task = db.tasks.get(String(id));
  if (!task || db.owners.get(task.id) !== rep.id) return { userErrors: problem("id", "NOT_FOUND", "记录不存在或无权查看") };
  if (task.status !== "OPEN") return { userErrors: problem("id", "TASK_NOT_OPEN", "任务已完成或已取消") };
  return { task };
}

export const graphqlHandlers: Handlers = {
  MyDay({ db, rep, now }) {
    const today = day(now, rep.timezone);
    const open = db.ownedBy(db.tasks, rep.id).filter((task) => task.status === "OPEN");
    const due = (task: TaskFieldsFragment) => (task.dueAt ? Date.parse(task.dueAt) : Infinity);
    return {
      myDay: {
        date: today,
        timeZone: rep.timezone,
        overdue: open.filter((task) => due(task) < now),
        dueToday: open.filter((task) => due(task) >= now && (!task.dueAt || day(task.dueAt, rep.timezone) === today)),
        upcoming: open.filter((task) => due(task) >= now && task.dueAt && day(task.dueAt, rep.timezone) !== today),
      },
    };
  },
  MyLeads({ db, variables }) {
    const owners = (variables.ownerIds as string[] | null) ?? [];
    const rows = [...db.leads.values()]
      .filter((lead) => owners.includes(db.owners.get(lead.id) ?? "") && ["NEW", "CONTACTING", "QUALIFIED"].includes(lead.status ?? ""))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    return { leads: page(rows, variables.after) };
  },
  MyCustomers({ db, variables }) {
    const rows = db.ownedBy(db.customers, String(variables.ownerId)).filter((customer) => !customer.inPool);
    return { customers: page(rows, variables.after) };
  },
  MyVisits({ db, rep }) {
    const visits = db.ownedBy(db.visits, rep.id);
    return { visits: visits.length ? [{ count: visits.length, checkedIn: visits.filter((each) => each.checkIn).length, visits }] : [] };
  },
  CurrentLead({ db, variables }) {
    const lead = db.leads.get(String(variables.id));
    return { node: lead ? { __typename: "Lead", ...lead } : null };
  },
  CurrentCustomer({ db, variables }) {
    const customer = db.customers.get(String(variables.id));
    return { node: customer ? { __typename: "Customer", ...customer } : null };
  },

  CompleteTask({ db, rep, now, variables }) {
    const input = variables.input as { id: string; outcome?: string | null };
    const found = openTask(db, rep, input.id);
    if ("userErrors" in found) return { completeTask: { task: null, userErrors: found.userErrors } };
    db.editTask(found.task.id, { status: "DONE", outcome: input.outcome ?? "", completedAt: new Date(now).toISOString(), isOverdue: false });
    return { completeTask: { task: db.tasks.get(found.task.id), userErrors: [] } };
  },
  PostponeTask({ db, rep, now, variables }) {
    const input = variables.input as { id: string; dueAt: string; reason: string };
    const found = openTask(db, rep, input.id);
    if ("userErrors" in found) return { postponeTask: { task: null, userErrors: found.userErrors } };
    if (!input.reason.trim()) return { postponeTask: { task: null, userErrors: problem("reason", "REASON_REQUIRED", "请填写延期原因") } };
    if (Date.parse(input.dueAt) <= now) return { postponeTask: { task: null, userErrors: problem("dueAt", "DUE_NOT_IN_FUTURE", "延期时间须晚于现在") } };
    db.editTask(found.task.id, { dueAt: input.dueAt, isOverdue: false, postponedCount: found.task.postponedCount + 1 });
    return { postponeTask: { task: db.tasks.get(found.task.id), userErrors: [] } };
  },
  CreateLead({ db, rep, now, variables }) {
    const input = variables.input as Record<string, string | null> & { id?: string; name: string };
    const id = btoa(`Lead:${input.id ?? `server-${db.leads.size + 1}`}`);
    const refuse = (userErrors: UserError[]) => ({ createLead: { lead: null, userErrors } });
    if (!input.name.trim()) return refuse(problem("name", "NAME_REQUIRED", "请填写姓名"));
    if (db.leads.has(id)) return refuse(problem("id", "ID_TAKEN", "该编号已被使用"));
    const same = input.phone ? [...db.leads.values()].find((lead) => lead.phone === input.phone) : undefined;
    if (same) return refuse(problem("phone", "LEAD_DUPLICATE", `该手机号已有线索：${same.name}`));
    const at = new Date(now).toISOString();
    const created: LeadFieldsFragment = {
      id,
      name: input.name,
      phone: input.phone ?? null,
      email: null,
      wechatId: null,
      company: input.company ?? null,
      title: input.title ?? null,
      industry: null,
      province: null,
      city: input.city ?? null,
      district: null,
      notes: input.notes ?? null,
      priority: (input.priority as LeadFieldsFragment["priority"]) ?? null,
      status: "NEW",
      score: 0,
      source: "MANUAL",
      tags: [],
      lastFollowedUpAt: null,
      nextFollowUpAt: null,
      createdAt: at,
      updatedAt: at,
    };
    db.addLeads(rep.id, created);
    return { createLead: { lead: created, userErrors: [] } };
  },
  UpdateLead({ db, rep, now, variables }) {
    const { id, idempotencyKey: _key, ...fields } = variables.input as Record<string, unknown> & { id: string };
    const lead = db.leads.get(id);
    if (!lead || db.owners.get(id) !== rep.id) return { updateLead: { lead: null, userErrors: problem("id", "NOT_FOUND", "记录不存在或无权查看") } };
    db.editLead(id, { ...(fields as Partial<LeadFieldsFragment>), updatedAt: new Date(now).toISOString() });
    return { updateLead: { lead: db.leads.get(id), userErrors: [] } };
  },
  LogCommunication({ db, rep, now, variables }) {
    const input = variables.input as Record<string, unknown> & { id: string; subjectId: string; checkIn?: Record<string, unknown> | null };
    const refuse = (userErrors: UserError[]) => ({ logCommunication: { communication: null, userErrors } });
    const subject = subjectOf(db, input.subjectId);
    if (!subject || db.owners.get(input.subjectId) !== rep.id) return refuse(problem("subjectId", "NOT_FOUND", "记录不存在或无权查看"));
    const photoIds = (input.checkIn?.photoIds as string[] | null | undefined) ?? [];
    const missing = photoIds.findIndex((fileId) => db.files.get(fileId)?.ownerId !== rep.id);
    if (missing >= 0) return refuse(problem(`checkIn.photoIds.${missing}`, "NOT_FOUND", "记录不存在或无权查看"));
    const checkIn = input.checkIn
      ? {
          latitude: input.checkIn.latitude as number,
          longitude: input.checkIn.longitude as number,
          accuracyMeters: (input.checkIn.accuracyMeters as number | null) ?? null,
          address: null,
          takenAt: input.checkIn.takenAt as string,
          photos: photoIds.map((fileId) => ({ id: fileId, name: db.files.get(fileId)!.file.name })),
        }
      : null;
    const communication: CommunicationFieldsFragment = {
      id: btoa(`Communication:${input.id}`),
      channel: input.channel as CommunicationFieldsFragment["channel"],
      occurredAt: (input.occurredAt as string | null) ?? new Date(now).toISOString(),
      content: input.content as string,
      result: (input.result as CommunicationFieldsFragment["result"]) ?? null,
      resultNote: null,
      nextFollowUpAt: (input.nextFollowUpAt as string | null) ?? null,
      subject,
      checkIn,
    };
    db.visits.set(communication.id, communication);
    db.owners.set(communication.id, rep.id);
    return { logCommunication: { communication, userErrors: [] } };
  },
  UpdateCustomer({ db, rep, variables }) {
    const { id, idempotencyKey: _key, ...fields } = variables.input as Record<string, unknown> & { id: string };
    const found = db.customers.get(id);
    if (!found || db.owners.get(id) !== rep.id) return { updateCustomer: { customer: null, userErrors: problem("id", "NOT_FOUND", "记录不存在或无权查看") } };
    db.customers.set(id, { ...found, ...fields });
    return { updateCustomer: { customer: db.customers.get(id), userErrors: [] } };
  },
  ClaimCustomers({ db, rep, variables }) {
    const ids = (variables.input as { ids: string[] }).ids;
    const claimable = ids.every((id) => db.customers.get(id)?.inPool);
    if (!claimable) return { claimCustomers: { customers: [], userErrors: problem("ids", "NOT_IN_POOL", "客户不在公海中") } };
    for (const id of ids) db.addCustomers(rep.id, { ...db.customers.get(id)!, inPool: false });
    return { claimCustomers: { customers: ids.map((id) => db.customers.get(id)), userErrors: [] } };
  },
};
