import { MemoryKeyValueStore } from "../storage/keyValue";
import { CHEN_JING, lead, rowId, task } from "../test/fixtures";
import { globalId } from "./ids";
import { Outbox } from "./outbox";
import { RecordStore } from "./records";
import { localDay, myDay, myLeads } from "./views";

const SHANGHAI = "Asia/Shanghai";
// 01:30 on the 27th in Shanghai, still the 26th in UTC.
const NOW = new Date("2026-11-26T17:30:00Z");

const overdueYesterday = task(1, { title: "昨晚的回访", dueAt: "2026-11-26T15:00:00.000Z", isOverdue: true }); // 26th 23:00
const overdueToday = task(2, { title: "一点的电话", dueAt: "2026-11-26T17:00:00.000Z", isOverdue: true }); // 27th 01:00
const earlyToday = task(3, { title: "早上送样品", dueAt: "2026-11-26T20:00:00.000Z" }); // 27th 04:00
const lateToday = task(4, { title: "晚上对账", dueAt: "2026-11-27T15:00:00.000Z" }); // 27th 23:00 (the 27th in UTC too)
const tomorrow = task(5, { title: "明天拜访", dueAt: "2026-11-27T17:00:00.000Z" }); // 28th 01:00
const anytime = task(6, { title: "整理名片", dueAt: null });
const doneOnServer = task(7, { title: "已完成的", status: "DONE", outcome: "网页端已完成" });

async function setUp() {
  const kv = new MemoryKeyValueStore();
  const records = await RecordStore.open(kv);
  await records.put("task", [tomorrow, lateToday, anytime, earlyToday, overdueToday, doneOnServer, overdueYesterday]);
  const outbox = await Outbox.open(kv);
  return { records, outbox };
}

const titles = (tasks: { title: string | null }[]) => tasks.map((each) => each.title);

describe("myDay in the rep's time zone", () => {
  it("groups by the Shanghai calendar day, across the UTC date line", async () => {
    const { records, outbox } = await setUp();
    expect(localDay(NOW, SHANGHAI)).toBe("2026-11-27");

    const day = myDay(records, outbox.list(), SHANGHAI, NOW);

    expect(titles(day.overdue)).toEqual(["昨晚的回访", "一点的电话"]);
    expect(titles(day.today)).toEqual(["整理名片", "早上送样品", "晚上对账"]);
    expect(titles(day.upcoming)).toEqual(["明天拜访"]);
    expect(day.doneOffline).toEqual([]);
    expect([...day.overdue, ...day.today, ...day.upcoming].every((each) => !each.pendingSync)).toBe(true);
  });

  it("the same tasks seen from UTC fall on other days (the zone is what decides)", async () => {
    const { records, outbox } = await setUp();
    const day = myDay(records, outbox.list(), "UTC", NOW);
    expect(titles(day.today)).toEqual(["整理名片", "早上送样品"]);
    expect(titles(day.upcoming)).toEqual(["晚上对账", "明天拜访"]);
  });

  it("a task completed offline moves to done (pending sync), a postponed one to its new due day", async () => {
    const { records, outbox } = await setUp();
    await outbox.add({ userId: CHEN_JING.id, operation: "completeTask", input: { id: earlyToday.id, outcome: "样品已签收", goalAchieved: true, idempotencyKey: "k1" }, label: "早上送样品" });
    await outbox.add({ userId: CHEN_JING.id, operation: "postponeTask", input: { id: overdueYesterday.id, dueAt: "2026-11-28T01:00:00.000Z", reason: "客户出差", idempotencyKey: "k2" }, label: "昨晚的回访" });

    const day = myDay(records, outbox.list(), SHANGHAI, NOW);

    expect(titles(day.overdue)).toEqual(["一点的电话"]);
    expect(titles(day.today)).toEqual(["整理名片", "晚上对账"]);
    expect(titles(day.upcoming)).toEqual(["明天拜访", "昨晚的回访"]);
    expect(day.upcoming[1]).toMatchObject({ dueAt: "2026-11-28T01:00:00.000Z", isOverdue: false, pendingSync: true, needsAttention: false });
    expect(day.doneOffline).toHaveLength(1);
    expect(day.doneOffline[0]).toMatchObject({ id: earlyToday.id, status: "DONE", outcome: "样品已签收", pendingSync: true });
    // The server's copy is unchanged until the server says so.
    expect(records.get("task", earlyToday.id)).toEqual(earlyToday);
  });
});

describe("myLeads", () => {
  it("lists a lead created offline, pending sync, with the server's open leads", async () => {
    const { records, outbox } = await setUp();
    await records.put("lead", [lead(1, { name: "王磊" }), lead(2, { name: "已转化的", status: "CONVERTED" })]);
    const created = globalId("Lead", rowId(2, 99));
    await outbox.add({
      userId: CHEN_JING.id,
      operation: "createLead",
      input: { id: rowId(2, 99), name: "赵敏", phone: "13800138000", company: null, title: null, city: "杭州", notes: null, priority: "HIGH", idempotencyKey: "k3" },
      creates: created,
      label: "赵敏",
    });

    const leads = myLeads(records, outbox.list());

    expect(leads.map((each) => [each.name, each.pendingSync])).toEqual([
      ["赵敏", true],
      ["王磊", false],
    ]);
    expect(leads[0]).toMatchObject({ id: created, phone: "13800138000", company: null, city: "杭州", priority: "HIGH", status: "NEW", needsAttention: false });
  });

  it("marks a lead whose creation the server refused as needing attention", async () => {
    const { records, outbox } = await setUp();
    const entry = await outbox.add({ userId: CHEN_JING.id, operation: "createLead", input: { id: rowId(2, 98), name: "重复的", phone: "13912345678", idempotencyKey: "k4" }, creates: globalId("Lead", rowId(2, 98)), label: "重复的" });
    await outbox.update({ ...entry, state: "refused", error: { code: "LEAD_DUPLICATE", message: "该手机号已有线索：王磊" } });

    expect(myLeads(records, outbox.list()).map((each) => [each.name, each.pendingSync, each.needsAttention])).toEqual([["重复的", true, true]]);
  });
});
