import { checkIn, completeTask, createLead, logFollowUp, postponeTask, updateLead } from "../features/writes";
import type { LeadFieldsFragment } from "../gql/graphql";
import { FakeServer } from "../test/fakeServer";
import { CHEN_JING, customer, lead, LIU_YANG, photoBytes, SERVER_ADDRESS, task, toBase64 } from "../test/fixtures";
import { makeServices, restart, stopServices, type TestServices } from "../test/services";
import { uuid7 } from "./ids";
import { Outbox } from "./outbox";

let server: FakeServer;
const tomorrow = () => new Date(Date.now() + 86_400_000);

/** 陈静 signed in on her phone with her records read, then the network goes (or not). */
async function signedIn(): Promise<TestServices> {
  server = new FakeServer();
  server.db.addTasks(CHEN_JING.id, task(1, { title: "回访华信" }), task(2, { title: "送样品" }));
  server.db.addLeads(CHEN_JING.id, lead(1, { name: "王磊", phone: "13912345678", city: "上海", company: "华信科技", notes: null }));
  server.db.addCustomers(CHEN_JING.id, customer(1, { name: "苏州精工" }));
  const services = await makeServices(server);
  await services.sync.sync();
  return services;
}

/** The rep works with no network; the app's attempts to send (started by each write) all end blocked. */
async function whileOffline<T>(phone: TestServices, work: () => Promise<T>): Promise<T> {
  server.offline = true;
  const result = await work();
  await phone.sync.sync();
  expect(phone.sync.getStatus().blockedBy).toBe("offline");
  server.offline = false;
  return result;
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 1));
}

const leadOnServer = (name: string): LeadFieldsFragment[] => [...server.db.leads.values()].filter((each) => each.name === name);

afterEach(stopServices);

describe("writes made offline", () => {
  it("are kept on the phone, in order, through a crash, and nothing reaches the server", async () => {
    const phone = await signedIn();
    server.offline = true;
    await completeTask(phone, { id: task(1).id, label: "回访华信" }, "客户同意下周看样品", true);
    await postponeTask(phone, { id: task(2).id, label: "送样品" }, tomorrow(), "客户出差");
    await createLead(phone, { name: "赵敏", phone: "13800138000", company: "" });
    const queued = phone.outbox.list();
    await phone.sync.sync();

    const reopened = await Outbox.open(phone.kv);
    expect(reopened.list().map((entry) => [entry.operation, entry.label, entry.state])).toEqual([
      ["completeTask", "回访华信", "pending"],
      ["postponeTask", "送样品", "pending"],
      ["createLead", "赵敏", "pending"],
    ]);
    expect(reopened.list().map((entry) => entry.input)).toEqual(queued.map((entry) => entry.input));
    expect(server.mutations()).toEqual([]);
    expect(server.db.tasks.get(task(1).id)?.status).toBe("OPEN");
    expect(phone.sync.getStatus().blockedBy).toBe("offline");
  });

  it("go at once when a sync is asked for while a failing attempt is still out (立即同步, the network back)", async () => {
    const phone = await signedIn();
    await whileOffline(phone, () => completeTask(phone, { id: task(1).id, label: "回访华信" }, "客户同意下周看样品", true));
    server.offline = true;
    let asked: Promise<void> | null = null;
    server.onUnreached = () => {
      // The rep taps 立即同步 as the network returns, while the failing attempt is still out.
      server.onUnreached = null;
      server.offline = false;
      asked = phone.sync.sync();
    };
    await phone.sync.sync();
    await asked;
    expect(server.db.tasks.get(task(1).id)).toMatchObject({ status: "DONE", outcome: "客户同意下周看样品" });
    expect(phone.outbox.list()).toEqual([]);
    expect(phone.sync.getStatus().blockedBy).toBeNull();
  });

  it("are sent in the order they were made, with exactly the variables queued, once back online", async () => {
    const phone = await signedIn();
    const leadId = await whileOffline(phone, async () => {
      await completeTask(phone, { id: task(1).id, label: "回访华信" }, "客户同意下周看样品", true);
      await postponeTask(phone, { id: task(2).id, label: "送样品" }, tomorrow(), "客户出差");
      return createLead(phone, { name: "赵敏", phone: "138 0013 8000", company: "" });
    });
    const queued = phone.outbox.list().map((entry) => entry.input);

    const after = await restart(server, phone.kv);
    await after.sync.sync();

    expect(server.mutations()).toEqual(["CompleteTask", "PostponeTask", "CreateLead"]);
    expect([...server.inputs("CompleteTask"), ...server.inputs("PostponeTask"), ...server.inputs("CreateLead")]).toEqual(queued);
    expect(server.inputs("CreateLead")[0]).toMatchObject({ name: "赵敏", phone: "138 0013 8000", company: null });
    expect(after.outbox.list()).toEqual([]);
    expect(server.db.tasks.get(task(1).id)).toMatchObject({ status: "DONE", outcome: "客户同意下周看样品" });
    expect(server.db.tasks.get(task(2).id)).toMatchObject({ postponedCount: 1, dueAt: queued[1]!.dueAt });
    expect(server.db.leads.get(leadId)?.name).toBe("赵敏");
    expect(after.records.get<LeadFieldsFragment>("lead", leadId)?.name).toBe("赵敏");
  });

  it("replayed after the server applied one but its answer was lost, creates nothing twice", async () => {
    const phone = await signedIn();
    server.loseAnswer("CreateLead");
    // The write's own attempt reaches the server, the answer is lost, and the app is killed
    // before it tries again.
    const leadId = await createLead(phone, { name: "赵敏", phone: "13800138000" });
    await until(() => !phone.sync.getStatus().syncing && leadOnServer("赵敏").length === 1);
    expect(phone.outbox.list().map((entry) => entry.state)).toEqual(["pending"]);
    expect(leadOnServer("赵敏")).toHaveLength(1);

    const after = await restart(server, phone.kv);
    await after.sync.sync();

    expect(server.inputs("CreateLead")).toHaveLength(2);
    expect(server.inputs("CreateLead")[1]).toEqual(server.inputs("CreateLead")[0]);
    expect(leadOnServer("赵敏").map((each) => each.id)).toEqual([leadId]);
    expect(after.outbox.list()).toEqual([]);
    expect(after.records.get<LeadFieldsFragment>("lead", leadId)?.phone).toBe("13800138000");
  });
});

describe("a write the server refuses", () => {
  it("is kept with the server's message; later writes go on, and one about what it would have created waits", async () => {
    const phone = await signedIn();
    await whileOffline(phone, async () => {
      const duplicate = await createLead(phone, { name: "王磊同事", phone: "13912345678" });
      await logFollowUp(phone, { subjectId: duplicate, subjectName: "王磊同事", channel: "PHONE", content: "约了周五" });
      await completeTask(phone, { id: task(1).id, label: "回访华信" }, "已回访", false);
    });
    await phone.sync.sync();

    expect(server.mutations()).toEqual(["CreateLead", "CompleteTask"]);
    expect(phone.outbox.list().map((entry) => [entry.operation, entry.state, entry.error])).toEqual([
      ["createLead", "refused", { code: "LEAD_DUPLICATE", message: "该手机号已有线索：王磊" }],
      ["logCommunication", "pending", undefined],
    ]);
    expect(server.db.tasks.get(task(1).id)?.status).toBe("DONE");
    expect(leadOnServer("王磊同事")).toEqual([]);

    // Another pass changes nothing: the refused write waits for the rep, the visit waits with it.
    await phone.sync.sync();
    expect(server.mutations()).toEqual(["CreateLead", "CompleteTask"]);
  });

  it("a lead created offline and a visit logged on it arrive in that order, the visit about that lead", async () => {
    const phone = await signedIn();
    const leadId = await whileOffline(phone, async () => {
      const id = await createLead(phone, { name: "赵敏", phone: "13800138000" });
      await logFollowUp(phone, { subjectId: id, subjectName: "赵敏", channel: "VISIT", content: "上门拜访，看了样品" });
      return id;
    });
    expect(phone.outbox.list()[1]?.needs).toEqual([leadId]);
    await phone.sync.sync();

    expect(server.mutations()).toEqual(["CreateLead", "LogCommunication"]);
    expect(server.inputs("LogCommunication")[0]?.subjectId).toBe(leadId);
    const visits = [...server.db.visits.values()];
    expect(visits.map((each) => [each.subject, each.content])).toEqual([[{ __typename: "Lead", id: leadId, name: "赵敏" }, "上门拜访，看了样品"]]);
    expect(phone.outbox.list()).toEqual([]);
  });
});

describe("photos of a check-in", () => {
  const SIZE = 600_000; // more than two chunks of CHUNK_BYTES (256 KiB)

  async function visitWithPhoto() {
    const phone = await signedIn();
    const bytes = photoBytes(SIZE);
    const photoId = uuid7();
    await whileOffline(phone, async () => {
      await phone.photos.add({ id: photoId, name: "门头.jpg", contentType: "image/jpeg", base64: toBase64(bytes) });
      await checkIn(phone, { subjectId: customer(1).id, subjectName: "苏州精工", content: "拜访采购部", latitude: 31.29834, longitude: 120.58319, accuracyMeters: 12.4, takenAt: new Date("2026-11-27T02:15:00Z"), photoIds: [photoId] });
    });
    return { phone, bytes, photoId, fileId: btoa(`File:${photoId}`) };
  }

  /** The uploads and the visit as the server saw them: "HEAD", "PUT <range>", "LogCommunication". */
  const steps = () =>
    server.requests.filter((request) => request.path.startsWith("/api/files/") || request.operation === "LogCommunication").map((request) => request.operation ?? `${request.method} ${request.headers["content-range"] ?? ""}`.trim());

  it("are uploaded in chunks before the visit, which names the uploaded files", async () => {
    const { phone, bytes, photoId, fileId } = await visitWithPhoto();
    await phone.sync.sync();

    expect(steps()).toEqual(["HEAD", "PUT bytes 0-262143/600000", "PUT bytes 262144-524287/600000", "PUT bytes 524288-599999/600000", "LogCommunication"]);
    expect(server.inputs("LogCommunication")[0]?.checkIn).toEqual({ latitude: 31.29834, longitude: 120.58319, accuracyMeters: 12, takenAt: "2026-11-27T02:15:00.000Z", photoIds: [fileId] });
    expect(server.db.files.get(fileId)?.file).toMatchObject({ name: "门头.jpg", contentType: "image/jpeg", size: SIZE });
    expect(Buffer.from(server.db.files.get(fileId)!.bytes).equals(Buffer.from(bytes))).toBe(true);
    expect([...server.db.visits.values()].map((each) => each.checkIn?.photos)).toEqual([[{ id: fileId, name: "门头.jpg" }]]);
    expect(phone.outbox.list()).toEqual([]);
    // Once the server has it, the photo's bytes leave the phone.
    expect(await phone.kv.get(`photoData:${photoId}`)).toBeNull();
  });

  it("cut off after the first chunk, resume from the server's offset without sending a byte twice", async () => {
    const { phone, photoId, fileId } = await visitWithPhoto();
    server.loseAnswer((request) => request.method === "PUT");
    await phone.sync.sync();
    expect(phone.outbox.list().map((entry) => entry.state)).toEqual(["pending"]);
    expect((await phone.photos.get(photoId))?.uploaded).toBe(0); // the phone never heard of that chunk

    await phone.sync.sync();

    expect(steps()).toEqual(["HEAD", "PUT bytes 0-262143/600000", "HEAD", "PUT bytes 262144-524287/600000", "PUT bytes 524288-599999/600000", "LogCommunication"]);
    expect(server.receivedBytes).toBe(SIZE);
    expect(server.inputs("LogCommunication").map((input) => (input.checkIn as { photoIds: string[] }).photoIds)).toEqual([[fileId]]);
    expect(server.db.files.size).toBe(1);
    expect(phone.outbox.list()).toEqual([]);
  });
});

describe("another rep on the same phone", () => {
  it("does not send the first rep's writes; the first rep's next session does", async () => {
    const phone = await signedIn();
    await whileOffline(phone, () => completeTask(phone, { id: task(1).id, label: "回访华信" }, "已回访", true));
    await phone.session.signOut();
    await phone.session.signIn(SERVER_ADDRESS, LIU_YANG.login, LIU_YANG.password);
    await phone.sync.sync();

    expect(server.mutations()).toEqual([]);
    expect(phone.outbox.list().map((entry) => [entry.userId, entry.state])).toEqual([[CHEN_JING.id, "pending"]]);
    expect(server.db.tasks.get(task(1).id)?.status).toBe("OPEN");

    await phone.session.signOut();
    await phone.session.signIn(SERVER_ADDRESS, CHEN_JING.login, CHEN_JING.password);
    await phone.sync.sync();
    expect(server.mutations()).toEqual(["CompleteTask"]);
    expect(server.db.tasks.get(task(1).id)).toMatchObject({ status: "DONE", outcome: "已回访" });
    expect(phone.outbox.list()).toEqual([]);
  });
});

describe("conflicts at replay", () => {
  async function editedOffline() {
    const phone = await signedIn();
    const wang = lead(1);
    await whileOffline(phone, () => updateLead(phone, { id: wang.id, label: "王磊" }, { city: "上海", notes: null }, { city: "杭州", notes: "周三下午再去" })!);
    const key = phone.outbox.list()[0]!.input.idempotencyKey;
    // Meanwhile, in the office: the same field changed differently, and one the rep did not touch.
    server.db.editLead(wang.id, { city: "苏州", company: "华信集团" });
    await phone.sync.sync();
    return { phone, id: wang.id, key };
  }

  it("sends the field nobody else changed and keeps the one changed on both sides as a conflict", async () => {
    const { phone, id, key } = await editedOffline();

    expect(server.inputs("UpdateLead")).toEqual([{ id, notes: "周三下午再去", idempotencyKey: key }]);
    expect(server.db.leads.get(id)).toMatchObject({ city: "苏州", company: "华信集团", notes: "周三下午再去" });
    const [entry, ...rest] = phone.outbox.list();
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ state: "conflict", input: { id, city: "杭州", idempotencyKey: key } });
    expect(entry?.conflicts).toEqual([{ field: "city", base: "上海", mine: "杭州", theirs: "苏州" }]);
  });

  it("keep mine sends the rep's value over the server's, with a new key", async () => {
    const { phone, id, key } = await editedOffline();
    const newKey = uuid7();
    await phone.sync.resolve(phone.outbox.list()[0]!.seq, { city: true }, newKey);
    await phone.sync.sync();

    expect(server.inputs("UpdateLead")).toEqual([
      { id, notes: "周三下午再去", idempotencyKey: key },
      { id, city: "杭州", idempotencyKey: newKey },
    ]);
    expect(server.db.leads.get(id)).toMatchObject({ city: "杭州", company: "华信集团", notes: "周三下午再去" });
    expect(phone.outbox.list()).toEqual([]);
  });

  it("take theirs drops the rep's value and sends nothing more", async () => {
    const { phone, id } = await editedOffline();
    await phone.sync.resolve(phone.outbox.list()[0]!.seq, { city: false }, uuid7());
    await phone.sync.sync();

    expect(server.inputs("UpdateLead")).toHaveLength(1);
    expect(server.db.leads.get(id)?.city).toBe("苏州");
    expect(phone.outbox.list()).toEqual([]);
  });

  it("a task completed elsewhere meanwhile becomes a conflict that keeps the rep's outcome", async () => {
    const phone = await signedIn();
    await whileOffline(phone, () => completeTask(phone, { id: task(1).id, label: "回访华信" }, "客户已签合同", true));
    server.db.editTask(task(1).id, { status: "DONE", outcome: "网页端已完成" });
    await phone.sync.sync();

    const [entry] = phone.outbox.list();
    expect(entry).toMatchObject({ operation: "completeTask", state: "conflict", conflicts: [], error: { code: "TASK_NOT_OPEN", message: "任务已完成或已取消" } });
    expect(entry?.input).toMatchObject({ id: task(1).id, outcome: "客户已签合同", goalAchieved: true });
    expect(server.db.tasks.get(task(1).id)?.outcome).toBe("网页端已完成");
  });
});
