import { fireEvent, screen, waitFor } from "@testing-library/react-native";

import { FakeServer } from "../../test/fakeServer";
import { CHEN_JING, lead, LIU_YANG } from "../../test/fixtures";
import { renderScreen } from "../../test/render";
import { router } from "../../test/router";
import { secureStore } from "../../test/secureStore";
import { makeServices, stopServices, type TestServices } from "../../test/services";
import { LoginScreen } from "./LoginScreen";

jest.mock("expo-router", () => require("../../test/router").expoRouterMock());

let server: FakeServer;
let phone: TestServices;

beforeEach(async () => {
  jest.clearAllMocks();
  server = new FakeServer();
  phone = await makeServices(server, { rep: null });
});
afterEach(stopServices);

function fill(fields: { server?: string; login?: string; password?: string }, labels = { server: "服务器地址", login: "邮箱或手机号", password: "密码" }) {
  if (fields.server !== undefined) fireEvent.changeText(screen.getByLabelText(labels.server), fields.server);
  if (fields.login !== undefined) fireEvent.changeText(screen.getByLabelText(labels.login), fields.login);
  if (fields.password !== undefined) fireEvent.changeText(screen.getByLabelText(labels.password), fields.password);
}

describe("signing in", () => {
  it("with a field left empty, asks for all three and sends nothing", async () => {
    renderScreen(<LoginScreen />, phone);
    fill({ server: "crm.huaxin.test", login: CHEN_JING.login });

    fireEvent.press(screen.getByRole("button", { name: "登录" }));

    expect(await screen.findByText("请填写服务器地址、账号和密码")).toBeOnTheScreen();
    expect(server.requests).toEqual([]);
    expect(phone.session.user).toBeNull();
  });

  it("with a wrong password, shows the server's message and stays signed out", async () => {
    renderScreen(<LoginScreen />, phone);
    fill({ server: "crm.huaxin.test", login: CHEN_JING.login, password: "wrong-password" });

    fireEvent.press(screen.getByRole("button", { name: "登录" }));

    expect(await screen.findByText("账号或密码错误")).toBeOnTheScreen();
    expect(server.operations()).toEqual(["login"]);
    expect(phone.session.user).toBeNull();
    expect(secureStore().get("junlite.session")).toBeUndefined();
    expect(router.replace).not.toHaveBeenCalled();
    expect(screen.getByRole("button", { name: "登录" })).toBeEnabled();
  });

  it("with an unreachable server, says the server cannot be reached", async () => {
    server.offline = true;
    renderScreen(<LoginScreen />, phone);
    fill({ server: "crm.huaxin.test", login: CHEN_JING.login, password: CHEN_JING.password });
    fireEvent.press(screen.getByRole("button", { name: "登录" }));
    expect(await screen.findByText("无法连接服务器，请检查地址和网络")).toBeOnTheScreen();
    expect(phone.session.user).toBeNull();
  });

  it("as another rep than the last one, clears the last rep's records and opens My day", async () => {
    await phone.records.put("meta", [{ id: "owner", userId: CHEN_JING.id }]);
    await phone.records.put("lead", [lead(1)]);
    renderScreen(<LoginScreen />, phone);
    fill({ server: "crm.huaxin.test", login: LIU_YANG.login, password: LIU_YANG.password });

    fireEvent.press(screen.getByRole("button", { name: "登录" }));

    await waitFor(() => expect(router.replace).toHaveBeenCalledWith("/"));
    expect(await screen.findByRole("button", { name: "登录" })).toBeEnabled();
    expect(phone.session.user?.displayName).toBe("刘洋");
    expect(phone.records.get("lead", lead(1).id)).toBeUndefined();
    expect(phone.records.get("meta", "owner")).toEqual({ id: "owner", userId: LIU_YANG.id });
    await phone.sync.sync();
  });

  it("in English, labels and the missing-field message are English", async () => {
    renderScreen(<LoginScreen />, phone, "en");
    fill({ login: CHEN_JING.login }, { server: "Server address", login: "Email or mobile number", password: "Password" });

    fireEvent.press(screen.getByRole("button", { name: "Sign in" }));

    expect(await screen.findByText("Enter the server address, your login and your password")).toBeOnTheScreen();
    expect(screen.queryByText("服务器地址")).toBeNull();
    expect(server.requests).toEqual([]);
  });
});
