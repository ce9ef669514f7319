import { MyDayQuery } from "./documents";
import { FakeServer } from "../test/fakeServer";
import { CHEN_JING, task } from "../test/fixtures";
import { makeServices, stopServices, type TestServices } from "../test/services";
import { ApiError, NetworkError } from "./errors";

let server: FakeServer;
let phone: TestServices;

beforeEach(async () => {
  server = new FakeServer();
  server.db.addTasks(CHEN_JING.id, task(1, { title: "回访华信", dueAt: null }));
  phone = await makeServices(server);
  server.requests.length = 0;
});
afterEach(stopServices);

const myDay = () => phone.api.request(MyDayQuery, {});
const throttled = (retryAfterMs: number) => ({ errors: [{ message: `请求过于频繁，请 ${retryAfterMs} 毫秒后重试`, extensions: { code: "THROTTLED", retryAfterMs } }] });

describe("the API client", () => {
  it("answered UNAUTHENTICATED, refreshes the session and sends the request once more", async () => {
    server.revokeAccessTokens();

    const { myDay: day } = await myDay();

    expect(day.dueToday.map((each) => each.title)).toEqual(["回访华信"]);
    expect(server.requests.map((request) => [request.operation, request.headers.authorization ?? null])).toEqual([
      ["MyDay", "Bearer access-1"],
      ["refreshToken", null],
      ["MyDay", "Bearer access-2"],
    ]);
  });

  it("refused again after the refresh, gives up with the server's error (one retry only)", async () => {
    const unauthenticated = { errors: [{ message: "请先登录", extensions: { code: "UNAUTHENTICATED" } }] };
    server.answerOnce("MyDay", unauthenticated);
    server.answerOnce("MyDay", unauthenticated);

    await expect(myDay()).rejects.toMatchObject({ name: "ApiError", code: "UNAUTHENTICATED", message: "请先登录" });
    expect(server.operations()).toEqual(["MyDay", "refreshToken", "MyDay"]);
  });

  it("answered THROTTLED, waits the retryAfterMs the server names and sends again", async () => {
    server.answerOnce("MyDay", throttled(60));
    const started = Date.now();

    const { myDay: day } = await myDay();

    expect(Date.now() - started).toBeGreaterThanOrEqual(59);
    expect(day.dueToday.map((each) => each.title)).toEqual(["回访华信"]);
    expect(server.operations()).toEqual(["MyDay", "MyDay"]);
  });

  it("does not wait out a THROTTLED longer than 5 s: the error goes to the caller", async () => {
    server.answerOnce("MyDay", throttled(30_000));

    const refused = await myDay().catch((error: unknown) => error);

    expect(refused).toBeInstanceOf(ApiError);
    expect(refused).toMatchObject({ code: "THROTTLED", message: "请求过于频繁，请 30000 毫秒后重试" });
    expect(server.operations()).toEqual(["MyDay"]);
  });

  it("with no network, or a proxy's 502, fails with NetworkError (the queue keeps the write)", async () => {
    server.offline = true;
    await expect(myDay()).rejects.toBeInstanceOf(NetworkError);
    server.offline = false;
    server.answerOnce("MyDay", () => new Response("<html>Bad Gateway</html>", { status: 502, headers: { "content-type": "text/html" } }));
    await expect(myDay()).rejects.toBeInstanceOf(NetworkError);
  });
});
