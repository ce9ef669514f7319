import { fireEvent, screen, waitFor } from "@testing-library/react-native";

import { FakeServer } from "../../test/fakeServer";
import { CHEN_JING, customer, task } from "../../test/fixtures";
import { renderScreen } from "../../test/render";
import { router, setParams } from "../../test/router";
import { makeServices, stopServices, type TestServices } from "../../test/services";
import { TaskScreen } from "./TaskScreen";

jest.mock("expo-router", () => require("../../test/router").expoRouterMock());

const NOW = new Date("2026-11-27T02:00:00Z"); // 10:00 in Shanghai
const visitTask = task(1, {
  title: "回访华信",
  dueAt: "2026-11-27T06:00:00.000Z",
  subject: { __typename: "Customer", id: customer(1).id, name: "苏州精工", phone: "0512-62345678", address: "星湖街 1 号", city: "苏州", district: "工业园区" },
});

let server: FakeServer;
let phone: TestServices;

beforeEach(async () => {
  jest.useFakeTimers({ now: NOW, doNotFake: ["nextTick", "queueMicrotask", "setImmediate", "clearImmediate", "setInterval", "clearInterval", "setTimeout", "clearTimeout"] });
  jest.clearAllMocks();
  server = new FakeServer();
  server.db.addTasks(CHEN_JING.id, visitTask);
  phone = await makeServices(server);
  await phone.sync.sync();
  // In a basement: what the rep does is queued on the phone.
  server.offline = true;
  setParams({ id: visitTask.id });
});
afterEach(async () => {
  await phone.sync.sync();
  stopServices();
  jest.useRealTimers();
});

describe("a task", () => {
  it("completed with an outcome, queues exactly one completeTask with that outcome and goes back", async () => {
    renderScreen(<TaskScreen />, phone);
    expect(screen.getByText("回访华信")).toBeOnTheScreen();
    expect(screen.getByText("截止 11/27 14:00")).toBeOnTheScreen();

    fireEvent.changeText(screen.getByLabelText("结果"), "客户同意下周看样品");
    fireEvent(screen.getByRole("switch", { name: "已达成目标" }), "valueChange", true);
    fireEvent.press(screen.getByRole("button", { name: "完成任务" }));

    await waitFor(() => expect(router.back).toHaveBeenCalledTimes(1));
    expect(phone.outbox.list()).toEqual([
      expect.objectContaining({
        userId: CHEN_JING.id,
        operation: "completeTask",
        label: "回访华信 · 苏州精工",
        state: "pending",
        input: { id: visitTask.id, outcome: "客户同意下周看样品", goalAchieved: true, idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/) },
      }),
    ]);
    expect(server.mutations()).toEqual([]);
  });

  it("postponed without a reason says 请填写延期原因 and queues nothing", async () => {
    renderScreen(<TaskScreen />, phone);

    fireEvent.press(screen.getByRole("button", { name: "延期" }));

    expect(await screen.findByText("请填写延期原因")).toBeOnTheScreen();
    expect(phone.outbox.list()).toEqual([]);
    expect(router.back).not.toHaveBeenCalled();
  });

  it("postponed two hours with a reason, queues the new due time and the reason", async () => {
    renderScreen(<TaskScreen />, phone);

    fireEvent.press(screen.getByRole("radio", { name: "2 小时后" }));
    fireEvent.changeText(screen.getByLabelText("延期原因"), "客户临时开会");
    fireEvent.press(screen.getByRole("button", { name: "延期" }));

    await waitFor(() => expect(router.back).toHaveBeenCalledTimes(1));
    expect(phone.outbox.list().map((entry) => [entry.operation, entry.input])).toEqual([
      ["postponeTask", { id: visitTask.id, dueAt: "2026-11-27T04:00:00.000Z", reason: "客户临时开会", idempotencyKey: expect.any(String) }],
    ]);
    expect(screen.queryByText("请填写延期原因")).toBeNull();
  });

  it("opened to complete (mode=complete), shows only the completion form", () => {
    setParams({ id: visitTask.id, mode: "complete" });
    renderScreen(<TaskScreen />, phone);
    expect(screen.getByTestId("complete-form")).toBeOnTheScreen();
    expect(screen.queryByTestId("postpone-form")).toBeNull();
  });
});
