import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { authenticatedFetch } from "./client";
import { Session, SessionExpiredError, type Tokens } from "./session";

const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();
const aMinuteAgo = () => new Date(Date.now() - 60_000).toISOString();

function tokens(access: string, refresh: string, accessExpires = inAnHour()): Tokens {
  return {
    accessToken: access,
    accessTokenExpiresAt: accessExpires,
    refreshToken: refresh,
    refreshTokenExpiresAt: inAnHour(),
  };
}

function json(body: unknown): Response {
  return new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } });
}

function refreshed(access: string, refresh: string): Response {
  return json({ data: { refreshToken: { ...tokens(access, refresh), userErrors: [] } } });
}

describe("Session", () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => vi.unstubAllGlobals());

  it("uses a fresh access token as it is and refreshes one about to expire, once for many callers", async () => {
    const server = vi.fn(async () => refreshed("A2", "R2"));
    vi.stubGlobal("fetch", server);
    const session = new Session();
    session.start(tokens("A1", "R1"));
    expect(await session.accessToken()).toBe("A1");
    expect(server).not.toHaveBeenCalled();

    session.start(tokens("A1", "R1", aMinuteAgo()));
    const [first, second] = await Promise.all([session.accessToken(), session.accessToken()]);
    expect([first, second]).toEqual(["A2", "A2"]);
    expect(server).toHaveBeenCalledTimes(1);
    const sent = JSON.parse((server.mock.calls[0] as unknown as [string, RequestInit])[1].body as string);
    expect(sent.variables).toEqual({ input: { refreshToken: "R1" } });
    expect(JSON.parse(localStorage.getItem("junlite.session")!).refreshToken).toBe("R2");
  });

  it("takes the token another tab just refreshed instead of spending the old one again", async () => {
    const server = vi.fn(async () => refreshed("never", "never"));
    vi.stubGlobal("fetch", server);
    const session = new Session();
    session.start(tokens("A1", "R1", aMinuteAgo()));
    localStorage.setItem("junlite.session", JSON.stringify(tokens("A2", "R2")));
    expect(await session.refresh()).toBe("A2");
    expect(server).not.toHaveBeenCalled();
  });

  it("ends the session when the refresh token is refused", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => json({ data: { refreshToken: { userErrors: [{ code: "INVALID_REFRESH_TOKEN" }] } } })));
    const session = new Session();
    const changes: boolean[] = [];
    session.subscribe((signedIn) => changes.push(signedIn));
    session.start(tokens("A1", "R1", aMinuteAgo()));
    await expect(session.refresh()).rejects.toBeInstanceOf(SessionExpiredError);
    expect(session.signedIn).toBe(false);
    expect(localStorage.getItem("junlite.session")).toBeNull();
    expect(changes).toEqual([true, false]);
  });
});

describe("authenticatedFetch", () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => vi.unstubAllGlobals());

  it("sends the request again after a refresh when the token had expired on the server", async () => {
    const seen: string[] = [];
    vi.stubGlobal(
      "fetch",
      vi.fn(async (_url: string, init: RequestInit) => {
        const auth = new Headers(init.headers).get("Authorization");
        if (!auth) return refreshed("A2", "R2");
        seen.push(auth);
        return auth === "Bearer A1"
          ? json({ errors: [{ message: "expired", extensions: { code: "TOKEN_EXPIRED" } }] })
          : json({ data: { me: { id: "1" } } });
      }),
    );
    const session = new Session();
    session.start(tokens("A1", "R1"));
    const response = await authenticatedFetch(session)("/graphql", { method: "POST", body: "{}" });
    expect(await response.json()).toEqual({ data: { me: { id: "1" } } });
    expect(seen).toEqual(["Bearer A1", "Bearer A2"]);
  });

  it("sends a request refused as over the budget again after the wait the API names", async () => {
    const throttled = (retryAfterMs: number) => json({ data: null, errors: [{ message: "请求过于频繁", extensions: { code: "THROTTLED", retryAfterMs } }] });
    const answers = [throttled(30), throttled(10), json({ data: { pipelineBoard: { stages: [] } } })];
    const server = vi.fn(async () => answers.shift()!);
    vi.stubGlobal("fetch", server);
    const session = new Session();
    session.start(tokens("A1", "R1"));
    const started = Date.now();
    const response = await authenticatedFetch(session)("/graphql", { method: "POST", body: "{}" });
    expect(await response.json()).toEqual({ data: { pipelineBoard: { stages: [] } } });
    expect(server).toHaveBeenCalledTimes(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(35);
  });

  it("gives the refusal to the page when the wait is long, or after three tries", async () => {
    const throttled = (retryAfterMs: number) => json({ data: null, errors: [{ message: "请求过于频繁", extensions: { code: "THROTTLED", retryAfterMs } }] });
    const session = new Session();
    session.start(tokens("A1", "R1"));

    const long = vi.fn(async () => throttled(60_000));
    vi.stubGlobal("fetch", long);
    const first = await authenticatedFetch(session)("/graphql", { method: "POST", body: "{}" });
    expect(((await first.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe("THROTTLED");
    expect(long).toHaveBeenCalledTimes(1);

    const always = vi.fn(async () => throttled(1));
    vi.stubGlobal("fetch", always);
    await authenticatedFetch(session)("/graphql", { method: "POST", body: "{}" });
    expect(always).toHaveBeenCalledTimes(4);
  });
});
