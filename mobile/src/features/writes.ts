import type { Services } from "../core/services";
import type { CommunicationChannel, CommunicationResult, LeadPriority } from "../gql/graphql";
import { globalId, uuid7 } from "../offline/ids";
import type { OutboxEntry } from "../offline/outbox";

/**
 * Every change the rep makes goes through the outbox, online or not: one path, so what works in a
 * basement is what runs every day. Each write carries a fresh idempotency key; records it creates
 * get their id on the phone, so later writes can refer to them before either reaches the server.
 */

export function completeTask(services: Services, task: { id: string; label: string }, outcome: string, goalAchieved: boolean): Promise<OutboxEntry> {
  return services.sync.enqueue({
    operation: "completeTask",
    input: { id: task.id, outcome: outcome.trim() || null, goalAchieved, idempotencyKey: uuid7() },
    label: task.label,
  });
}

export function postponeTask(services: Services, task: { id: string; label: string }, dueAt: Date, reason: string): Promise<OutboxEntry> {
  return services.sync.enqueue({
    operation: "postponeTask",
    input: { id: task.id, dueAt: dueAt.toISOString(), reason: reason.trim(), idempotencyKey: uuid7() },
    label: task.label,
  });
}

export interface FollowUpDraft {
  subjectId: string;
  subjectName: string;
  channel: CommunicationChannel;
  contactId?: string | null;
  content: string;
  result?: CommunicationResult | null;
  nextFollowUpAt?: Date | null;
  occurredAt?: Date;
}

/** Records created on the phone and not yet sent: a write about one of them waits for it. */
function needs(services: Services, ...ids: (string | null | undefined)[]): string[] {
  const created = new Set(services.outbox.list().flatMap((entry) => (entry.creates ? [entry.creates] : [])));
  return ids.filter((id): id is string => !!id && created.has(id));
}

/** A communication made on the phone, under its own id (a later write may be about it). */
function logCommunication(services: Services, subject: { subjectId: string; subjectName: string }, fields: Record<string, unknown>, photoIds?: string[]): Promise<OutboxEntry> {
  const rowId = uuid7();
  return services.sync.enqueue({
    operation: "logCommunication",
    input: { id: rowId, subjectId: subject.subjectId, ...fields, idempotencyKey: uuid7() },
    photoIds,
    creates: globalId("Communication", rowId),
    needs: needs(services, subject.subjectId),
    label: subject.subjectName,
  });
}

export function logFollowUp(services: Services, draft: FollowUpDraft): Promise<OutboxEntry> {
  return logCommunication(services, draft, {
    channel: draft.channel,
    content: draft.content.trim(),
    contactId: draft.contactId ?? null,
    result: draft.result ?? null,
    occurredAt: (draft.occurredAt ?? new Date()).toISOString(),
    nextFollowUpAt: draft.nextFollowUpAt?.toISOString() ?? null,
  });
}

export interface CheckInDraft {
  subjectId: string;
  subjectName: string;
  content: string;
  latitude: number;
  longitude: number;
  accuracyMeters: number | null;
  takenAt: Date;
  photoIds: string[];
}

export function checkIn(services: Services, draft: CheckInDraft): Promise<OutboxEntry> {
  return logCommunication(
    services,
    draft,
    {
      channel: "VISIT",
      content: draft.content.trim(),
      occurredAt: draft.takenAt.toISOString(),
      checkIn: {
        latitude: draft.latitude,
        longitude: draft.longitude,
        accuracyMeters: draft.accuracyMeters === null ? null : Math.min(10_000, Math.round(draft.accuracyMeters)),
        takenAt: draft.takenAt.toISOString(),
      },
    },
    draft.photoIds,
  );
}

export interface LeadDraft {
  name: string;
  phone?: string;
  company?: string;
  title?: string;
  city?: string;
  notes?: string;
  priority?: LeadPriority | null;
}

export async function createLead(services: Services, draft: LeadDraft): Promise<string> {
  const rowId = uuid7();
  const id = globalId("Lead", rowId);
  const text = (value: string | undefined) => (value?.trim() ? value.trim() : null);
  await services.sync.enqueue({
    operation: "createLead",
    input: {
      id: rowId,
      name: draft.name.trim(),
      phone: text(draft.phone),
      company: text(draft.company),
      title: text(draft.title),
      city: text(draft.city),
      notes: text(draft.notes),
      priority: draft.priority ?? null,
      idempotencyKey: uuid7(),
    },
    creates: id,
    label: draft.name.trim(),
  });
  return id;
}

export function claimCustomer(services: Services, customer: { id: string; name: string }): Promise<OutboxEntry> {
  return services.sync.enqueue({
    operation: "claimCustomers",
    input: { ids: [customer.id], idempotencyKey: uuid7() },
    label: customer.name,
  });
}

/** Only the fields the rep changed travel, each with the value it had before (for the merge). */
function updateFields(
  services: Services,
  operation: "updateLead" | "updateCustomer",
  record: { id: string; label: string },
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Promise<OutboxEntry> | null {
  const changed = Object.keys(after).filter((field) => JSON.stringify(after[field] ?? null) !== JSON.stringify(before[field] ?? null));
  if (changed.length === 0) return null;
  return services.sync.enqueue({
    operation,
    input: { id: record.id, ...Object.fromEntries(changed.map((field) => [field, after[field]])), idempotencyKey: uuid7() },
    base: Object.fromEntries(changed.map((field) => [field, before[field] ?? null])),
    needs: needs(services, record.id),
    label: record.label,
  });
}

export function updateLead(services: Services, lead: { id: string; label: string }, before: Record<string, unknown>, after: Record<string, unknown>): Promise<OutboxEntry> | null {
  return updateFields(services, "updateLead", lead, before, after);
}

export function updateCustomer(services: Services, customer: { id: string; label: string }, before: Record<string, unknown>, after: Record<string, unknown>): Promise<OutboxEntry> | null {
  return updateFields(services, "updateCustomer", customer, before, after);
}
