import type { CustomerFieldsFragment, LeadFieldsFragment, TaskFieldsFragment } from "../gql/graphql";
import { MemoryKeyValueStore } from "../storage/keyValue";
import { customer, lead, task } from "../test/fixtures";
import { RecordStore } from "./records";

const range = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

describe("RecordStore", () => {
  it("keeps a rep's whole book (2,500 leads, 500 customers, 1,000 tasks) across a restart, unchanged", async () => {
    const kv = new MemoryKeyValueStore();
    const store = await RecordStore.open(kv);
    const leads = range(2500).map((n) => lead(n, { tags: n % 2 ? ["展会"] : [], notes: n % 7 ? null : `第 ${n} 条备注：“报价”、换行\n第二行` }));
    const customers = range(500).map((n) => customer(n));
    const tasks = range(1000).map((n) => task(n, { subject: { __typename: "Customer", id: customer(n % 500).id, name: `客户 ${n % 500}`, phone: null, address: null, city: "苏州", district: null } }));
    await store.put("lead", leads);
    await store.put("customer", customers);
    await store.put("task", tasks);

    const reopened = await RecordStore.open(kv);

    expect(reopened.count()).toBe(4000);
    expect(reopened.list<LeadFieldsFragment>("lead")).toHaveLength(2500);
    expect(reopened.list<CustomerFieldsFragment>("customer")).toHaveLength(500);
    expect(reopened.list<TaskFieldsFragment>("task")).toHaveLength(1000);
    for (const each of leads) expect(reopened.get("lead", each.id)).toEqual(each);
    for (const each of customers) expect(reopened.get("customer", each.id)).toEqual(each);
    for (const each of tasks) expect(reopened.get("task", each.id)).toEqual(each);
  });

  it("a full refresh (replacing) drops what the server no longer lists, except what pending writes refer to", async () => {
    const kv = new MemoryKeyValueStore();
    const store = await RecordStore.open(kv);
    await store.put("lead", [lead(1), lead(2), lead(3), lead(4)]);
    await store.put("customer", [customer(1)]);
    const referenced = new Set([lead(3).id]);

    await store.put("lead", [lead(1, { name: "王磊" }), lead(5)], { replacing: true, keep: (id) => referenced.has(id) });

    const ids = (each: RecordStore) => each.list<LeadFieldsFragment>("lead").map((row) => row.id).sort();
    const expected = [lead(1).id, lead(3).id, lead(5).id].sort();
    expect(ids(store)).toEqual(expected);
    expect(store.get<LeadFieldsFragment>("lead", lead(1).id)?.name).toBe("王磊");
    expect(store.get("customer", customer(1).id)).toEqual(customer(1)); // other kinds untouched
    const reopened = await RecordStore.open(kv);
    expect(ids(reopened)).toEqual(expected);
    expect(reopened.count()).toBe(4);
  });

  it("without replacing, adds and updates but drops nothing", async () => {
    const store = await RecordStore.open(new MemoryKeyValueStore());
    await store.put("task", [task(1), task(2)]);
    await store.put("task", [task(2, { status: "DONE" })]);
    expect(store.list<TaskFieldsFragment>("task").map((row) => [row.id, row.status])).toEqual([
      [task(1).id, "OPEN"],
      [task(2).id, "DONE"],
    ]);
  });

  it("clear (another rep signs in) leaves nothing, on the phone or after a restart", async () => {
    const kv = new MemoryKeyValueStore();
    const store = await RecordStore.open(kv);
    await store.put("lead", [lead(1)]);
    await store.put("meta", [{ id: "owner", userId: "someone" }]);
    await store.clear();
    expect(store.count()).toBe(0);
    expect((await RecordStore.open(kv)).count()).toBe(0);
  });
});
