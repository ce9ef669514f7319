import { fireEvent, screen, waitFor } from "@testing-library/react-native";
import { Alert, type AlertButton } from "react-native";

import { completeTask } from "../writes";
import { FakeServer } from "../../test/fakeServer";
import { CHEN_JING, customer, lead, task } from "../../test/fixtures";
import { renderScreen } from "../../test/render";
import { router } from "../../test/router";
import { makeServices, stopServices, type TestServices } from "../../test/services";
import { MeScreen } from "./MeScreen";

jest.mock("expo-router", () => require("../../test/router").expoRouterMock());

let server: FakeServer;
let phone: TestServices;

beforeEach(async () => {
  jest.clearAllMocks();
  server = new FakeServer();
  server.db.addTasks(CHEN_JING.id, task(1, { title: "回访华信" }));
  server.db.addLeads(CHEN_JING.id, lead(1, { name: "王磊" }));
  server.db.addCustomers(CHEN_JING.id, customer(1, { name: "苏州精工" }));
  phone = await makeServices(server);
  await phone.sync.sync();
});
afterEach(stopServices);

describe("signing out", () => {
  it("clears the rep's records from the phone and keeps an unsent write for their next sign-in", async () => {
    expect(phone.records.list("lead")).toHaveLength(1);
    server.offline = true;
    await completeTask(phone, { id: task(1).id, label: "回访华信" }, "已回访", false);
    const asked = jest.spyOn(Alert, "alert").mockImplementation((_title, _message, buttons?: AlertButton[]) => buttons?.[1]?.onPress?.());
    renderScreen(<MeScreen />, phone);

    fireEvent.press(screen.getByRole("button", { name: "退出登录" }));

    expect(asked).toHaveBeenCalledWith("退出登录", "还有 1 项未同步，退出后它们会保留在手机上，下次登录同一账号时继续同步。", expect.any(Array));
    await waitFor(() => expect(router.replace).toHaveBeenCalledWith("/login"));
    expect(phone.session.user).toBeNull();
    expect(phone.records.count()).toBe(0);
    expect(phone.outbox.list().map((entry) => [entry.operation, entry.label])).toEqual([["completeTask", "回访华信"]]);
  });
});
