import { CurrentCustomerQuery, CurrentLeadQuery } from "../api/documents";
import type { Api } from "../api/client";
import {
  ClaimCustomersMutation,
  CompleteTaskMutation,
  CreateLeadMutation,
  LogCommunicationMutation,
  PostponeTaskMutation,
  UpdateCustomerMutation,
  UpdateLeadMutation,
} from "../api/mutations";
import type { FieldConflict } from "./merge";
import { mergeFields } from "./merge";
import type { OperationName, OutboxEntry } from "./outbox";
import type { RecordKind } from "./records";

interface UserError {
  field?: string[] | null;
  code: string;
  message: string;
}

/** A record the server sent back, to keep in the store. */
type Answered = { kind: RecordKind; record: { id: string } };

/** What the server did with one queued write. */
export type Outcome =
  | { kind: "done"; records: Answered[] }
  | { kind: "refused"; error: { code: string; message: string } }
  | { kind: "conflict"; conflicts: FieldConflict[]; input: Record<string, unknown>; records: Answered[]; error?: { code: string; message: string } };

// The task was finished or cancelled elsewhere (by the rep on the web, or by a manager): not an
// error in what the rep entered, so it is shown as a conflict with their outcome kept.
const CLOSED_ELSEWHERE = new Set(["TASK_NOT_OPEN"]);

function answered(entry: OutboxEntry, errors: UserError[], records: { kind: RecordKind; record: { id: string } | null | undefined }[]): Outcome {
  const first = errors[0];
  if (first) {
    // What the rep entered stays on the entry, to be seen (and copied) in the sync list.
    if (CLOSED_ELSEWHERE.has(first.code)) return { kind: "conflict", conflicts: [], input: entry.input, records: [], error: { code: first.code, message: first.message } };
    return { kind: "refused", error: { code: first.code, message: first.message } };
  }
  return { kind: "done", records: records.filter((each): each is Answered => !!each.record) };
}

type Send = (api: Api, entry: OutboxEntry) => Promise<Outcome>;

/**
 * An update made offline: the fields the server did not change meanwhile are sent; the ones it
 * changed differently come back as conflicts (the rest still goes through).
 */
async function mergedUpdate(
  entry: OutboxEntry,
  current: () => Promise<Record<string, unknown> | null>,
  update: (input: Record<string, unknown>) => Promise<Outcome>,
): Promise<Outcome> {
  const { id, idempotencyKey, ...mine } = entry.input;
  const theirs = await current();
  if (!theirs) return { kind: "refused", error: { code: "NOT_FOUND", message: "" } };
  const { send, conflicts } = mergeFields(entry.base ?? {}, mine, theirs);
  let sent: Outcome = { kind: "done", records: [{ kind: entry.operation === "updateLead" ? "lead" : "customer", record: theirs as { id: string } }] };
  if (Object.keys(send).length > 0) sent = await update({ id, idempotencyKey, ...send });
  if (sent.kind !== "done" || conflicts.length === 0) return sent;
  const left = Object.fromEntries(conflicts.map((conflict) => [conflict.field, conflict.mine]));
  return { kind: "conflict", conflicts, input: { id, ...left }, records: sent.records };
}

const senders: Record<OperationName, Send> = {
  async completeTask(api, entry) {
    const { completeTask } = await api.request(CompleteTaskMutation, { input: entry.input as never });
    return answered(entry, completeTask.userErrors, [{ kind: "task", record: completeTask.task }]);
  },
  async postponeTask(api, entry) {
    const { postponeTask } = await api.request(PostponeTaskMutation, { input: entry.input as never });
    return answered(entry, postponeTask.userErrors, [{ kind: "task", record: postponeTask.task }]);
  },
  async logCommunication(api, entry) {
    const { logCommunication } = await api.request(LogCommunicationMutation, { input: entry.input as never });
    const communication = logCommunication.communication;
    return answered(entry, logCommunication.userErrors, [{ kind: "visit", record: communication?.checkIn ? communication : null }]);
  },
  async createLead(api, entry) {
    const { createLead } = await api.request(CreateLeadMutation, { input: entry.input as never });
    return answered(entry, createLead.userErrors, [{ kind: "lead", record: createLead.lead }]);
  },
  async claimCustomers(api, entry) {
    const { claimCustomers } = await api.request(ClaimCustomersMutation, { input: entry.input as never });
    return answered(
      entry,
      claimCustomers.userErrors,
      claimCustomers.customers.map((record) => ({ kind: "customer" as const, record })),
    );
  },
  updateLead(api, entry) {
    return mergedUpdate(
      entry,
      async () => {
        const { node } = await api.request(CurrentLeadQuery, { id: String(entry.input.id) });
        return node && "status" in node ? (node as Record<string, unknown>) : null;
      },
      async (input) => {
        const { updateLead } = await api.request(UpdateLeadMutation, { input: input as never });
        return answered(entry, updateLead.userErrors, [{ kind: "lead", record: updateLead.lead }]);
      },
    );
  },
  updateCustomer(api, entry) {
    return mergedUpdate(
      entry,
      async () => {
        const { node } = await api.request(CurrentCustomerQuery, { id: String(entry.input.id) });
        return node && "inPool" in node ? (node as Record<string, unknown>) : null;
      },
      async (input) => {
        const { updateCustomer } = await api.request(UpdateCustomerMutation, { input: input as never });
        return answered(entry, updateCustomer.userErrors, [{ kind: "customer", record: updateCustomer.customer }]);
      },
    );
  },
};

export function sendEntry(api: Api, entry: OutboxEntry): Promise<Outcome> {
  return senders[entry.operation](api, entry);
}
