import { act, screen } from "@testing-library/react-native";

import { completeTask } from "../writes";
import { FakeServer } from "../../test/fakeServer";
import { CHEN_JING, customer, task } from "../../test/fixtures";
import { renderScreen, textsOnScreen } from "../../test/render";
import { makeServices, stopServices, type TestServices } from "../../test/services";
import { MyDayScreen } from "./MyDayScreen";

jest.mock("expo-router", () => require("../../test/router").expoRouterMock());

// 01:30 on 27 November in Shanghai (still the 26th in UTC). Only the clock is fixed; timers run.
const NOW = new Date("2026-11-26T17:30:00Z");
const onlyTheClock = ["hrtime", "nextTick", "performance", "queueMicrotask", "requestAnimationFrame", "cancelAnimationFrame", "requestIdleCallback", "cancelIdleCallback", "setImmediate", "clearImmediate", "setInterval", "clearInterval", "setTimeout", "clearTimeout"] as const;

const jingGong = { __typename: "Customer" as const, id: customer(1).id, name: "苏州精工", phone: "0512-62345678", address: "星湖街 1 号", city: "苏州", district: "工业园区" };
const tasks = [
  task(1, { title: "昨晚的回访", dueAt: "2026-11-26T15:00:00.000Z", isOverdue: true, subject: jingGong }),
  task(2, { title: "一点的电话", dueAt: "2026-11-26T17:00:00.000Z", isOverdue: true }),
  task(3, { title: "早上送样品", dueAt: "2026-11-26T20:00:00.000Z" }),
  task(4, { title: "晚上对账", dueAt: "2026-11-27T15:00:00.000Z" }),
  task(5, { title: "明天拜访", dueAt: "2026-11-27T17:00:00.000Z" }),
  task(6, { title: "整理名片", dueAt: null }),
];

let server: FakeServer;
let phone: TestServices;

beforeEach(async () => {
  jest.useFakeTimers({ now: NOW, doNotFake: [...onlyTheClock] });
  server = new FakeServer();
  server.db.addTasks(CHEN_JING.id, ...tasks);
  phone = await makeServices(server);
  await phone.sync.sync();
});
afterEach(() => {
  stopServices();
  jest.useRealTimers();
});

const headersAndTitles = (keep: string[]) => textsOnScreen(screen.root).filter((text) => keep.some((each) => text.startsWith(each)));

describe("My day", () => {
  it("shows overdue, today and the next days, each with its count and its tasks in due order", async () => {
    renderScreen(<MyDayScreen />, phone);

    expect(await screen.findByText("已逾期 · 2")).toBeOnTheScreen();
    expect(headersAndTitles(["已逾期", "今天", "接下来", "已完成", ...tasks.map((each) => each.title!)])).toEqual([
      "已逾期 · 2",
      "昨晚的回访",
      "一点的电话",
      "今天 · 3",
      "整理名片",
      "早上送样品",
      "晚上对账",
      "接下来 7 天 · 1",
      "明天拜访",
    ]);
    expect(screen.getByText("截止 11/27 04:00")).toBeOnTheScreen();
    expect(screen.getByText("苏州精工")).toBeOnTheScreen();
    expect(screen.queryByText("今天没有待办任务")).toBeNull();
  });

  it("a task completed offline leaves its group for 已完成（待同步）", async () => {
    server.offline = true;
    renderScreen(<MyDayScreen />, phone);
    await act(async () => {
      await completeTask(phone, { id: tasks[2]!.id, label: "早上送样品" }, "样品已签收", true);
      await phone.sync.sync();
    });

    expect(await screen.findByText("已完成（待同步） · 1")).toBeOnTheScreen();
    expect(headersAndTitles(["今天", "已完成", "早上送样品", "样品已签收"])).toEqual(["今天 · 2", "已完成（待同步） · 1", "早上送样品", "样品已签收"]);
  });

  it("in English, the same groups with English titles", async () => {
    renderScreen(<MyDayScreen />, phone, "en");
    expect(await screen.findByText("Overdue · 2")).toBeOnTheScreen();
    expect(screen.getByText("Today · 3")).toBeOnTheScreen();
    expect(screen.getByText("Next 7 days · 1")).toBeOnTheScreen();
    expect(screen.getAllByRole("button", { name: "Complete" })).toHaveLength(6);
    expect(screen.queryByText("已逾期 · 2")).toBeNull();
  });
});
