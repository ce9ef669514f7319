import { fireEvent, screen, waitFor } from "@testing-library/react-native";

import { globalId } from "../../offline/ids";
import { myLeads } from "../../offline/views";
import { FakeServer } from "../../test/fakeServer";
import { renderScreen } from "../../test/render";
import { router } from "../../test/router";
import { makeServices, stopServices, type TestServices } from "../../test/services";
import { NewLeadScreen } from "./NewLeadScreen";

jest.mock("expo-router", () => require("../../test/router").expoRouterMock());

let server: FakeServer;
let phone: TestServices;

beforeEach(async () => {
  jest.clearAllMocks();
  server = new FakeServer();
  phone = await makeServices(server);
  server.offline = true;
});
afterEach(async () => {
  await phone.sync.sync();
  stopServices();
});

const type = (label: string, text: string) => fireEvent.changeText(screen.getByLabelText(label), text);
const save = () => fireEvent.press(screen.getByRole("button", { name: "保存线索" }));

describe("a new lead", () => {
  it("without a name is refused on the spot: the message shows and nothing is queued", async () => {
    renderScreen(<NewLeadScreen />, phone);
    type("手机号", "13800138000");

    save();

    expect(await screen.findByText("请填写姓名")).toBeOnTheScreen();
    expect(screen.getAllByRole("alert").map((alert) => alert.props.children)).toEqual(["请填写姓名"]);
    expect(phone.outbox.list()).toEqual([]);
    expect(router.replace).not.toHaveBeenCalled();
  });

  it("with a phone number that is not a mobile number is refused, nothing queued", async () => {
    renderScreen(<NewLeadScreen />, phone);
    type("姓名", "赵敏");
    type("手机号", "1380013800");

    save();

    expect(await screen.findByText("手机号应为 11 位数字")).toBeOnTheScreen();
    expect(phone.outbox.list()).toEqual([]);
    expect(router.replace).not.toHaveBeenCalled();
  });

  it("with neither a phone nor a company asks for one of them", async () => {
    renderScreen(<NewLeadScreen />, phone);
    type("姓名", "赵敏");
    save();
    expect(await screen.findByText("请至少填写手机号或公司")).toBeOnTheScreen();
    expect(phone.outbox.list()).toEqual([]);
  });

  it("valid, is saved as a pending createLead under an id made on the phone, and its page opens", async () => {
    renderScreen(<NewLeadScreen />, phone);
    type("姓名", " 赵敏 ");
    type("手机号", "138 0013 8000");
    type("公司", "杭州云帆");
    type("城市", "杭州");
    fireEvent.press(screen.getByRole("radio", { name: "高" }));

    save();

    await waitFor(() => expect(router.replace).toHaveBeenCalledTimes(1));
    const [entry, ...others] = phone.outbox.list();
    expect(others).toEqual([]);
    expect(entry).toMatchObject({
      operation: "createLead",
      state: "pending",
      label: "赵敏",
      input: { name: "赵敏", phone: "138 0013 8000", company: "杭州云帆", title: null, city: "杭州", notes: null, priority: "HIGH" },
    });
    const rowId = String(entry!.input.id);
    expect(rowId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(entry!.creates).toBe(globalId("Lead", rowId));
    expect(router.replace).toHaveBeenCalledWith({ pathname: "/lead/[id]", params: { id: globalId("Lead", rowId) } });
    expect(myLeads(phone.records, phone.outbox.list()).map((lead) => [lead.name, lead.pendingSync])).toEqual([["赵敏", true]]);
  });
});
