import { fireEvent, screen, waitFor } from "@testing-library/react-native";

import { FakeServer } from "../../test/fakeServer";
import { CHEN_JING, customer } from "../../test/fixtures";
import { renderScreen } from "../../test/render";
import { router, setParams } from "../../test/router";
import { makeServices, stopServices, type TestServices } from "../../test/services";
import { EditCustomerScreen } from "./EditCustomerScreen";

jest.mock("expo-router", () => require("../../test/router").expoRouterMock());

let server: FakeServer;
let phone: TestServices;

beforeEach(async () => {
  jest.clearAllMocks();
  server = new FakeServer();
  server.db.addCustomers(CHEN_JING.id, customer(1, { name: "苏州精工", address: "工业园区星湖街 328 号", notes: null }));
  phone = await makeServices(server);
  await phone.sync.sync();
  setParams({ id: customer(1).id });
});
afterEach(stopServices);

describe("editing a customer", () => {
  it("sends only the changed fields, and the customer shows them", async () => {
    renderScreen(<EditCustomerScreen />, phone);
    fireEvent.changeText(screen.getByLabelText("地址"), "工业园区星湖街 330 号 2 号门");
    fireEvent.changeText(screen.getByLabelText("备注"), "门卫处登记后进");

    fireEvent.press(screen.getByRole("button", { name: "保存" }));

    await waitFor(() => expect(router.back).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(phone.outbox.list()).toEqual([]));
    expect(server.inputs("UpdateCustomer")).toEqual([{ id: customer(1).id, address: "工业园区星湖街 330 号 2 号门", notes: "门卫处登记后进", idempotencyKey: expect.any(String) }]);
    expect(server.db.customers.get(customer(1).id)).toMatchObject({ name: "苏州精工", address: "工业园区星湖街 330 号 2 号门", notes: "门卫处登记后进" });
  });

  it("without a name is refused on the spot and sends nothing", async () => {
    renderScreen(<EditCustomerScreen />, phone);
    fireEvent.changeText(screen.getByLabelText("客户名称"), " ");
    fireEvent.press(screen.getByRole("button", { name: "保存" }));
    expect(await screen.findByText("请填写客户名称")).toBeOnTheScreen();
    expect(phone.outbox.list()).toEqual([]);
    expect(server.inputs("UpdateCustomer")).toEqual([]);
  });
});
