import { fireEvent, screen, waitFor } from "@testing-library/react-native";

import { FakeServer } from "../../test/fakeServer";
import { CHEN_JING, lead } from "../../test/fixtures";
import { renderScreen } from "../../test/render";
import { router, setParams } from "../../test/router";
import { makeServices, stopServices, type TestServices } from "../../test/services";
import { EditLeadScreen } from "./EditLeadScreen";

jest.mock("expo-router", () => require("../../test/router").expoRouterMock());

let server: FakeServer;
let phone: TestServices;

beforeEach(async () => {
  jest.clearAllMocks();
  server = new FakeServer();
  server.db.addLeads(CHEN_JING.id, lead(1, { name: "王磊", phone: "139****5678", company: "华信科技", city: "上海", notes: null }));
  phone = await makeServices(server);
  await phone.sync.sync();
  server.offline = true;
  setParams({ id: lead(1).id });
});
afterEach(async () => {
  await phone.sync.sync();
  stopServices();
});

describe("editing a lead", () => {
  it("queues only the changed fields, each with the value the rep saw, and never the masked number", async () => {
    renderScreen(<EditLeadScreen />, phone);
    expect(screen.getByText("手机号: 139****5678")).toBeOnTheScreen();
    fireEvent.changeText(screen.getByLabelText("公司"), "华信科技（苏州）");
    fireEvent.changeText(screen.getByLabelText("备注"), "周五在工厂");

    fireEvent.press(screen.getByRole("button", { name: "保存" }));

    await waitFor(() => expect(router.back).toHaveBeenCalledTimes(1));
    const [entry] = phone.outbox.list();
    expect(phone.outbox.list()).toHaveLength(1);
    expect(entry!.operation).toBe("updateLead");
    expect(entry!.input).toEqual({ id: lead(1).id, company: "华信科技（苏州）", notes: "周五在工厂", idempotencyKey: expect.any(String) });
    expect(entry!.base).toEqual({ company: "华信科技", notes: null });
  });

  it("without a name is refused on the spot and queues nothing", async () => {
    renderScreen(<EditLeadScreen />, phone);
    fireEvent.changeText(screen.getByLabelText("姓名"), "  ");
    fireEvent.press(screen.getByRole("button", { name: "保存" }));
    expect(await screen.findByText("请填写姓名")).toBeOnTheScreen();
    expect(phone.outbox.list()).toEqual([]);
    expect(router.back).not.toHaveBeenCalled();
  });
});
