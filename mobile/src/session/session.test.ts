import { SignedOutError } from "../api/errors";
import { FakeServer } from "../test/fakeServer";
import { CHEN_JING, SERVER_ADDRESS } from "../test/fixtures";
import { secureStore } from "../test/secureStore";
import { LoginRefusedError, normaliseServerAddress, Session } from "./session";

describe("normaliseServerAddress", () => {
  it.each([
    ["crm.huaxin.test", "https://crm.huaxin.test"],
    ["  crm.huaxin.test  ", "https://crm.huaxin.test"],
    ["crm.huaxin.test:8443", "https://crm.huaxin.test:8443"],
    ["HTTPS://CRM.Huaxin.test/", "https://crm.huaxin.test"],
    ["http://10.0.0.5:8000/", "http://10.0.0.5:8000"],
    ["https://huaxin.test/crm//", "https://huaxin.test/crm"],
    ["https://crm.huaxin.test/graphql", "https://crm.huaxin.test"],
    ["crm.huaxin.test/crm/GraphQL/", "https://crm.huaxin.test/crm"],
  ])("%j is %j", (typed, address) => {
    expect(normaliseServerAddress(typed)).toBe(address);
  });

  it.each(["", "   ", "http://", "crm huaxin.test", "ftp://files.huaxin.test"])("%j is not an address", (typed) => {
    expect(normaliseServerAddress(typed)).toBeNull();
  });
});

describe("Session", () => {
  const START = Date.parse("2026-11-27T01:00:00Z");
  let now: number;
  let server: FakeServer;
  let session: Session;
  const refreshes = () => server.requests.filter((request) => request.operation === "refreshToken");
  const savedSession = () => JSON.parse(secureStore().get("junlite.session") ?? "null") as Record<string, unknown> | null;

  beforeEach(async () => {
    secureStore().clear();
    now = START;
    server = new FakeServer({ now: () => now });
    session = new Session(server.fetch, () => now);
    await session.load();
  });

  async function signedIn(): Promise<number> {
    await session.signIn(` ${SERVER_ADDRESS.replace("https://", "")}/ `, ` ${CHEN_JING.login} `, CHEN_JING.password);
    return START + server.accessTtlMs; // when the first access token expires
  }

  it("signIn keeps the server address and the tokens in the keychain, and a restart finds them", async () => {
    const user = await session.signIn("crm.huaxin.test", ` ${CHEN_JING.login} `, CHEN_JING.password);

    expect(user).toEqual({ id: CHEN_JING.id, displayName: "陈静", locale: "zh-CN", timezone: "Asia/Shanghai" });
    expect(server.requests.map((request) => [request.operation, request.variables])).toEqual([["login", { input: { login: CHEN_JING.login, password: CHEN_JING.password } }]]);
    expect(secureStore().get("junlite.server")).toBe("https://crm.huaxin.test");
    expect(savedSession()).toEqual({
      accessToken: "access-1",
      accessTokenExpiresAt: "2026-11-27T01:15:00.000Z",
      refreshToken: "refresh-1",
      refreshTokenExpiresAt: "2026-12-27T01:00:00.000Z",
      user,
    });
    const restarted = new Session(server.fetch, () => now);
    await restarted.load();
    expect([restarted.serverAddress, restarted.user, await restarted.accessToken()]).toEqual(["https://crm.huaxin.test", user, "access-1"]);
  });

  it("a wrong password is refused with the server's message, and nothing is kept", async () => {
    const refused = await session.signIn(SERVER_ADDRESS, CHEN_JING.login, "wrong").catch((error: unknown) => error);

    expect(refused).toBeInstanceOf(LoginRefusedError);
    expect(refused).toMatchObject({ message: "账号或密码错误", code: "INVALID_CREDENTIALS" });
    expect(session.user).toBeNull();
    expect([...secureStore().keys()]).toEqual([]);
  });

  it("an address that is not one is refused before anything is sent", async () => {
    await expect(session.signIn("crm huaxin", CHEN_JING.login, CHEN_JING.password)).rejects.toMatchObject({ code: "SERVER_ADDRESS_INVALID" });
    expect(server.requests).toEqual([]);
  });

  it("accessToken refreshes only once the token is within 60 s of its expiry", async () => {
    const expiry = await signedIn();

    now = expiry - 61_000;
    expect(await session.accessToken()).toBe("access-1");
    expect(refreshes()).toEqual([]);

    now = expiry - 59_000;
    expect(await session.accessToken()).toBe("access-2");
    expect(refreshes().map((request) => request.variables)).toEqual([{ input: { refreshToken: "refresh-1" } }]);
    expect(savedSession()).toMatchObject({ accessToken: "access-2", refreshToken: "refresh-2" });
    expect(await session.accessToken()).toBe("access-2");
    expect(refreshes()).toHaveLength(1);
  });

  it("callers at the same moment share one refresh (the old refresh token works only once)", async () => {
    const expiry = await signedIn();
    now = expiry - 10_000;

    const tokens = await Promise.all([session.accessToken(), session.accessToken(), session.refresh(), session.accessToken()]);

    expect(tokens).toEqual(["access-2", "access-2", "access-2", "access-2"]);
    expect(refreshes()).toHaveLength(1);
    expect(session.user?.id).toBe(CHEN_JING.id);
  });

  it("a refused refresh signs the rep out and raises SignedOutError; the server address stays", async () => {
    const expiry = await signedIn();
    const seen: (string | null)[] = [];
    session.subscribe(() => seen.push(session.user?.displayName ?? null));
    server.endSessions();
    now = expiry - 10_000;

    await expect(session.accessToken()).rejects.toBeInstanceOf(SignedOutError);

    expect(refreshes()).toHaveLength(1);
    expect(session.user).toBeNull();
    expect(seen).toEqual([null]);
    expect(savedSession()).toBeNull();
    expect(secureStore().get("junlite.server")).toBe(SERVER_ADDRESS);
    await expect(session.accessToken()).rejects.toBeInstanceOf(SignedOutError);
    expect(refreshes()).toHaveLength(1);
  });

  it("a refresh token past its expiry signs out without asking the server", async () => {
    await signedIn();
    now = START + 31 * 86_400_000;
    await expect(session.accessToken()).rejects.toBeInstanceOf(SignedOutError);
    expect(refreshes()).toEqual([]);
    expect(session.user).toBeNull();
  });
});
