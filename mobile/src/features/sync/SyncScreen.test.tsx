import { fireEvent, screen, waitFor } from "@testing-library/react-native";

import { createLead, updateLead } from "../writes";
import { FakeServer } from "../../test/fakeServer";
import { CHEN_JING, lead } from "../../test/fixtures";
import { renderScreen } from "../../test/render";
import { makeServices, stopServices, type TestServices } from "../../test/services";
import { SyncScreen } from "./SyncScreen";

jest.mock("expo-router", () => require("../../test/router").expoRouterMock());

let server: FakeServer;
let phone: TestServices;
const wang = lead(1, { name: "王磊", phone: "13912345678", city: "上海" });

/** One write the server refused and one that met a change made in the office, then the network goes. */
beforeEach(async () => {
  server = new FakeServer();
  server.db.addLeads(CHEN_JING.id, wang);
  phone = await makeServices(server);
  await phone.sync.sync();
  server.offline = true;
  await createLead(phone, { name: "王磊同事", phone: "13912345678" });
  await updateLead(phone, { id: wang.id, label: "王磊" }, { city: "上海" }, { city: "杭州" });
  await phone.sync.sync();
  server.db.editLead(wang.id, { city: "苏州" });
  server.offline = false;
  await phone.sync.sync();
  server.offline = true;
});
afterEach(async () => {
  await phone.sync.sync();
  stopServices();
});

describe("the sync list", () => {
  it("shows a refused write with the server's reason, and a conflict with both values", () => {
    expect(phone.outbox.list().map((entry) => entry.state)).toEqual(["refused", "conflict"]);
    renderScreen(<SyncScreen />, phone);

    const refused = screen.getByTestId(`outbox-${phone.outbox.list()[0]!.seq}`);
    expect(refused).toHaveTextContent(/新建线索.*王磊同事/);
    expect(screen.getByText("服务器拒绝：该手机号已有线索：王磊")).toBeOnTheScreen();
    expect(screen.getByRole("button", { name: "重试" })).toBeOnTheScreen();

    expect(screen.getByText("记录已在别处修改，请逐项选择")).toBeOnTheScreen();
    expect(screen.getByText("城市")).toBeOnTheScreen(); // the field as the lead form names it
    expect(screen.queryByText("city")).toBeNull();
    expect(screen.getByRole("radio", { name: "我的：杭州" })).toBeOnTheScreen();
    expect(screen.getByRole("radio", { name: "服务器：苏州" })).toBeOnTheScreen();
    expect(screen.getByRole("button", { name: "确认" })).toBeDisabled();
  });

  it("keeping mine queues the rep's value again as pending, with a new key", async () => {
    const conflict = phone.outbox.list()[1]!;
    renderScreen(<SyncScreen />, phone);

    fireEvent.press(screen.getByRole("radio", { name: "我的：杭州" }));
    fireEvent.press(screen.getByRole("button", { name: "确认" }));

    await waitFor(() => expect(phone.outbox.list()[1]?.state).toBe("pending"));
    const kept = phone.outbox.list()[1]!;
    expect(kept.input).toEqual({ id: wang.id, city: "杭州", idempotencyKey: expect.any(String) });
    expect(kept.input.idempotencyKey).not.toBe(conflict.input.idempotencyKey);
    expect(kept.base).toEqual({ city: "苏州" });
    expect(kept.conflicts).toBeUndefined();
    expect(await screen.findByText("待同步")).toBeOnTheScreen();
    expect(screen.queryByText("记录已在别处修改，请逐项选择")).toBeNull();
    expect(phone.outbox.list()[0]?.state).toBe("refused");
  });
});
