import { FakeServer } from "./fakeServer";
import { CHEN_JING, SERVER_ADDRESS, task } from "./fixtures";

// The fake must refuse what the real API refuses, or the tests built on it prove nothing.

async function post(server: FakeServer, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await server.fetch(`${SERVER_ADDRESS}/graphql`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, Record<string, unknown>>; errors?: { message: string; extensions: { code: string } }[] };
}

async function signedIn(server: FakeServer): Promise<string> {
  const { data } = await post(server, "mutation($input: LoginInput!) { login(input: $input) { accessToken userErrors { code } } }", { input: { login: CHEN_JING.login, password: CHEN_JING.password } });
  return data!.login!.accessToken as string;
}

const COMPLETE = "mutation CompleteTask($input: CompleteTaskInput!) { completeTask(input: $input) { task { status outcome } userErrors { code } } }";

describe("the fake API", () => {
  it("refuses a field the schema does not have, and an input field the schema does not take", async () => {
    const server = new FakeServer();
    const token = await signedIn(server);
    expect((await post(server, "query Nope { myDay { tasks { id } } }", {}, token)).errors?.[0]?.extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect((await post(server, COMPLETE, { input: { id: task(1).id, outcom: "typo" } }, token)).errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
  });

  it("answers a replayed idempotency key with the first answer, and refuses it with another input", async () => {
    const server = new FakeServer();
    server.db.addTasks(CHEN_JING.id, task(1));
    const token = await signedIn(server);
    const input = { id: task(1).id, outcome: "已回访", idempotencyKey: "k-1" };

    const first = await post(server, COMPLETE, { input }, token);
    const replay = await post(server, COMPLETE, { input }, token);
    const other = await post(server, COMPLETE, { input: { ...input, outcome: "改了" } }, token);

    expect(first.data).toEqual({ completeTask: { task: expect.objectContaining({ status: "DONE", outcome: "已回访" }), userErrors: [] } });
    expect(replay).toEqual(first);
    expect(other.errors?.[0]?.extensions.code).toBe("IDEMPOTENCY_KEY_REUSED");
    expect(server.db.tasks.get(task(1).id)?.outcome).toBe("已回访");
  });

  it("without a valid token answers UNAUTHENTICATED; offline, fetch rejects like a dead network", async () => {
    const server = new FakeServer();
    expect((await post(server, "query MyDay { myDay { date } }", {}, "forged")).errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
    server.offline = true;
    await expect(post(server, "query MyDay { myDay { date } }")).rejects.toBeInstanceOf(TypeError);
    expect(server.unreached.map((request) => request.operation)).toEqual(["MyDay"]);
  });
});
