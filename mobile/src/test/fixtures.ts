import type { CommunicationFieldsFragment, CustomerFieldsFragment, LeadFieldsFragment, TaskFieldsFragment } from "../gql/graphql";
import { globalId } from "../offline/ids";

/** A rep of the fake server's organisation, with what they type to sign in. */
export interface Rep {
  id: string;
  login: string;
  password: string;
  displayName: string;
  locale: string;
  timezone: string;
}

export const CHEN_JING: Rep = {
  id: globalId("User", "0192f0a0-0000-7000-8000-000000000001"),
  login: "chenjing@huaxin.test",
  password: "Xs9-kq2-Lm",
  displayName: "陈静",
  locale: "zh-CN",
  timezone: "Asia/Shanghai",
};

export const LIU_YANG: Rep = {
  id: globalId("User", "0192f0a0-0000-7000-8000-000000000002"),
  login: "liuyang@huaxin.test",
  password: "Pw7-rt4-Zq",
  displayName: "刘洋",
  locale: "zh-CN",
  timezone: "Asia/Shanghai",
};

export const SERVER_ADDRESS = "https://crm.huaxin.test";

const STAMP = "2026-11-20T02:00:00.000Z";

/** A row id like the server's (UUID v7 shape), numbered so tests can tell records apart. */
export function rowId(kind: number, n: number): string {
  return `0192f0a0-${String(kind).padStart(4, "0")}-7000-8000-${String(n).padStart(12, "0")}`;
}

export function task(n: number, fields: Partial<TaskFieldsFragment> = {}): TaskFieldsFragment {
  return {
    id: globalId("Task", rowId(1, n)),
    title: `回访 ${n}`,
    notes: null,
    dueAt: "2026-11-27T06:00:00.000Z",
    priority: "MEDIUM",
    status: "OPEN",
    outcome: "",
    postponedCount: 0,
    isOverdue: false,
    updatedAt: STAMP,
    completedAt: null,
    type: { id: globalId("TaskType", rowId(9, 1)), name: "电话回访" },
    subject: null,
    ...fields,
  };
}

export function lead(n: number, fields: Partial<LeadFieldsFragment> = {}): LeadFieldsFragment {
  return {
    id: globalId("Lead", rowId(2, n)),
    name: `线索 ${n}`,
    phone: `139${String(n).padStart(8, "0")}`,
    email: null,
    wechatId: null,
    company: `公司 ${n}`,
    title: null,
    industry: null,
    province: "上海",
    city: "上海",
    district: null,
    notes: null,
    priority: "MEDIUM",
    status: "NEW",
    score: 40,
    source: "MANUAL",
    tags: [],
    lastFollowedUpAt: null,
    nextFollowUpAt: null,
    createdAt: new Date(Date.parse(STAMP) + n * 1000).toISOString(),
    updatedAt: STAMP,
    ...fields,
  };
}

export function customer(n: number, fields: Partial<CustomerFieldsFragment> = {}): CustomerFieldsFragment {
  return {
    id: globalId("Customer", rowId(3, n)),
    name: `客户 ${n}`,
    kind: "COMPANY",
    industry: "制造业",
    province: "江苏",
    city: "苏州",
    district: "工业园区",
    address: `星湖街 ${n} 号`,
    level: "B",
    lifecycle: "DEAL",
    phone: `0512-6${String(n).padStart(7, "0")}`,
    email: null,
    notes: null,
    tags: ["华东"],
    inPool: false,
    poolDueAt: null,
    lastFollowedUpAt: STAMP,
    createdAt: STAMP,
    updatedAt: STAMP,
    primaryContact: { id: globalId("Contact", rowId(4, n)), name: `联系人 ${n}`, mobile: `1370000${String(n).padStart(4, "0")}`, phone: null },
    contacts: [{ id: globalId("Contact", rowId(4, n)), name: `联系人 ${n}`, mobile: `1370000${String(n).padStart(4, "0")}`, phone: null, title: "采购经理" }],
    ...fields,
  };
}

export function visit(n: number, fields: Partial<CommunicationFieldsFragment> = {}): CommunicationFieldsFragment {
  return {
    id: globalId("Communication", rowId(5, n)),
    channel: "VISIT",
    occurredAt: STAMP,
    content: `拜访 ${n}`,
    result: null,
    resultNote: null,
    nextFollowUpAt: null,
    subject: null,
    checkIn: null,
    ...fields,
  };
}

/** Bytes of a photo of `size` bytes (a repeating pattern, so any misplaced chunk shows). */
export function photoBytes(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let index = 0; index < size; index++) bytes[index] = (index * 31 + Math.floor(index / 251)) % 256;
  return bytes;
}

export function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("base64");
}
