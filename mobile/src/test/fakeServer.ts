import { createHash } from "crypto";
import { readFileSync } from "fs";
import { join } from "path";

import { buildSchema, type DocumentNode, getOperationAST, getVariableValues, type GraphQLSchema, parse, validate } from "graphql";

import { type Handlers, graphqlHandlers, type UserError } from "./fakeApi";
import { FakeDb } from "./fakeDb";
import { CHEN_JING, LIU_YANG, type Rep } from "./fixtures";

/** One request the app made, as the server saw it. */
export interface Recorded {
  method: string;
  path: string;
  /** GraphQL: the operation's name, or its first field's (the session's anonymous login / refresh). */
  operation: string | null;
  /** GraphQL: query or mutation. */
  kind: "query" | "mutation" | "subscription" | null;
  variables: Record<string, unknown>;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** The body's length, for file uploads. */
  bodyBytes: number;
}

export interface GraphQLAnswer {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

type Match = string | ((request: Recorded) => boolean);
const AUTH_OPERATIONS = new Set(["login", "refreshToken", "logout"]);

interface Upload {
  total: number;
  name: string;
  contentType: string;
  chunks: Uint8Array[];
  offset: number;
}

let contract: GraphQLSchema | null = null;
/** The API's committed SDL: a document or a variable the real server would refuse is refused here. */
function schema(): GraphQLSchema {
  contract ??= buildSchema(readFileSync(join(__dirname, "../../../schema.graphql"), "utf8"));
  return contract;
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });
const fileError = (status: number, code: string, message: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  json({ error: { code, message, ...extra } }, status, headers);
const stable = (value: unknown) => JSON.stringify(value, (_, each: unknown) => (each && typeof each === "object" && !Array.isArray(each) ? Object.fromEntries(Object.entries(each).sort(([a], [b]) => (a < b ? -1 : 1))) : each));
const graphqlError = (message: string, code: string, extra: Record<string, unknown> = {}): GraphQLAnswer => ({ errors: [{ message, extensions: { code, ...extra } }] });

/**
 * The JunLite API as a `fetch` function, in memory: GraphQL checked against schema.graphql, the
 * session's tokens, idempotency keys and resumable file uploads as the real server has them, and
 * a network that can drop (`offline`, `loseAnswer`).
 */
export class FakeServer {
  /** Requests that reached the server, in order. */
  readonly requests: Recorded[] = [];
  /** Requests the phone tried while the network was down (they never arrived). */
  readonly unreached: Recorded[] = [];
  readonly db = new FakeDb();
  /** Every request fails as a dead network does (fetch rejects with a TypeError). */
  offline = false;
  /** Called as a request is refused for being offline (the pass that sent it is still running). */
  onUnreached: (() => void) | null = null;
  accessTtlMs = 15 * 60_000;
  /** Bytes of file chunks the server kept, over every upload. */
  receivedBytes = 0;
  readonly reps: Rep[];
  readonly now: () => number;
  private readonly handlers: Handlers = graphqlHandlers;
  private readonly accessTokens = new Map<string, { userId: string; expiresAt: number }>();
  private readonly refreshTokens = new Map<string, { userId: string; expiresAt: number; retired: boolean }>();
  private readonly idempotent = new Map<string, { input: string; answer: GraphQLAnswer }>();
  private readonly uploads = new Map<string, Upload>();
  private lost: Match[] = [];
  private canned: { match: Match; answer: GraphQLAnswer | (() => Response) }[] = [];
  private issued = 0;

  constructor(options: { reps?: Rep[]; now?: () => number } = {}) {
    this.reps = options.reps ?? [CHEN_JING, LIU_YANG];
    this.now = options.now ?? Date.now;
  }

  fetch: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    const method = (init?.method ?? "GET").toUpperCase();
    const headers = Object.fromEntries(Object.entries((init?.headers ?? {}) as Record<string, string>).map(([name, value]) => [name.toLowerCase(), value]));
    let document: DocumentNode | null = null;
    let query = "";
    let variables: Record<string, unknown> = {};
    let operation: string | null = null;
    let kind: Recorded["kind"] = null;
    if (url.pathname === "/graphql") {
      ({ query, variables = {} } = JSON.parse(String(init?.body)) as { query: string; variables?: Record<string, unknown> });
      document = parse(query);
      const definition = getOperationAST(document);
      const first = definition?.selectionSet.selections[0];
      operation = definition?.name?.value ?? (first?.kind === "Field" ? first.name.value : null);
      kind = definition?.operation ?? null;
    }
    const body = init?.body instanceof Uint8Array ? new Uint8Array(init.body) : null;
    const request: Recorded = { method, path: url.pathname, operation, kind, variables, headers, bodyBytes: body?.length ?? 0 };
    if (this.offline) {
      this.unreached.push(request);
      this.onUnreached?.();
      throw new TypeError("Network request failed");
    }
    this.requests.push(request);
    const lose = this.take(this.lost, request);
    const canned = this.take(this.canned, request);
    const response = canned ? (typeof canned.answer === "function" ? canned.answer() : json(canned.answer)) : document ? this.graphql(request, document) : this.file(request, body);
    // The server did its part; the answer never reaches the phone (a tunnel, a dead cell).
    if (lose) throw new TypeError("Network request failed");
    return response;
  };

  /** GraphQL operations sent, in order. */
  operations(): string[] {
    return this.requests.flatMap((request) => (request.operation ? [request.operation] : []));
  }

  /** The app's writes that reached the server (mutations other than signing in and out), in order. */
  mutations(): string[] {
    return this.requests.flatMap((request) => (request.kind === "mutation" && !AUTH_OPERATIONS.has(request.operation!) ? [request.operation!] : []));
  }

  /** The `input` variable of every request of `operation`, in order. */
  inputs(operation: string): Record<string, unknown>[] {
    return this.requests.filter((request) => request.operation === operation).map((request) => request.variables.input as Record<string, unknown>);
  }

  /** The next request matching: the server applies it, then the connection drops before the answer. */
  loseAnswer(match: Match): void {
    this.lost.push(match);
  }

  /** The next request matching gets `answer` (e.g. THROTTLED, or a proxy's own response) and does not run. */
  answerOnce(match: Match, answer: GraphQLAnswer | (() => Response)): void {
    this.canned.push({ match, answer });
  }

  /** Every access token stops working (UNAUTHENTICATED); refresh tokens still do. */
  revokeAccessTokens(): void {
    this.accessTokens.clear();
  }

  /** Every session ends: refresh tokens are unknown (INVALID_REFRESH_TOKEN). */
  endSessions(): void {
    this.accessTokens.clear();
    this.refreshTokens.clear();
  }

  private take<T extends Match | { match: Match }>(list: T[], request: Recorded): T | undefined {
    const index = list.findIndex((each) => {
      const match = typeof each === "object" && "match" in each ? each.match : (each as Match);
      return typeof match === "string" ? match === request.operation : match(request);
    });
    return index < 0 ? undefined : list.splice(index, 1)[0];
  }

  private userOf(request: Recorded): { rep: Rep } | { error: string } {
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? "")?.[1];
    const known = token ? this.accessTokens.get(token) : undefined;
    if (!known) return { error: "UNAUTHENTICATED" };
    if (known.expiresAt <= this.now()) return { error: "TOKEN_EXPIRED" };
    return { rep: this.reps.find((rep) => rep.id === known.userId)! };
  }

  private graphql(request: Recorded, document: DocumentNode): Response {
    const problems = validate(schema(), document);
    if (problems.length > 0) return json({ errors: problems.map((problem) => ({ message: problem.message, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } })) });
    const definition = getOperationAST(document)!;
    const coerced = getVariableValues(schema(), definition.variableDefinitions ?? [], request.variables);
    if (coerced.errors) return json({ errors: coerced.errors.map((problem) => ({ message: problem.message, extensions: { code: "BAD_USER_INPUT" } })) });
    const name = request.operation!;
    if (name === "login" || name === "refreshToken") return json({ data: { [name]: this.auth(name, request.variables.input as Record<string, string>) } });
    const user = this.userOf(request);
    if ("error" in user) return json(graphqlError(user.error === "TOKEN_EXPIRED" ? "登录已过期，请重新登录" : "请先登录", user.error));
    if (name === "logout") return json({ data: { logout: { sessionsEnded: 1 } } });
    const handler = this.handlers[name];
    if (!handler) return json(graphqlError(`the fake server has no ${name}`, "NOT_IMPLEMENTED"));

    const input = request.variables.input as Record<string, unknown> | undefined;
    const key = definition.operation === "mutation" && typeof input?.idempotencyKey === "string" ? `${user.rep.id}\u0000${name}\u0000${input.idempotencyKey}` : null;
    const stored = key ? this.idempotent.get(key) : undefined;
    if (stored) {
      return json(stored.input === stable(input) ? stored.answer : graphqlError("该幂等键已用于另一个不同的请求", "IDEMPOTENCY_KEY_REUSED"));
    }
    const answer: GraphQLAnswer = { data: handler({ db: this.db, rep: user.rep, now: this.now(), variables: request.variables }) };
    if (key) this.idempotent.set(key, { input: stable(input), answer });
    return json(answer);
  }

  private auth(field: "login" | "refreshToken", input: Record<string, string>) {
    const refused = (code: string, message: string, at: string) => ({
      accessToken: null,
      accessTokenExpiresAt: null,
      refreshToken: null,
      refreshTokenExpiresAt: null,
      user: null,
      userErrors: [{ field: ["input", at], code, message }] satisfies UserError[],
    });
    let rep: Rep | undefined;
    if (field === "login") {
      rep = this.reps.find((each) => each.login === input.login && each.password === input.password);
      if (!rep) return refused("INVALID_CREDENTIALS", "账号或密码错误", "login");
    } else {
      const known = this.refreshTokens.get(input.refreshToken ?? "");
      if (!known || known.expiresAt <= this.now()) return refused("INVALID_REFRESH_TOKEN", "登录已失效，请重新登录", "refreshToken");
      if (known.retired) return refused("REFRESH_TOKEN_REUSED", "登录已失效，请重新登录", "refreshToken");
      known.retired = true;
      rep = this.reps.find((each) => each.id === known.userId)!;
    }
    this.issued++;
    const accessToken = `access-${this.issued}`;
    const refreshToken = `refresh-${this.issued}`;
    const accessExpiresAt = this.now() + this.accessTtlMs;
    const refreshExpiresAt = this.now() + 30 * 86_400_000;
    this.accessTokens.set(accessToken, { userId: rep.id, expiresAt: accessExpiresAt });
    this.refreshTokens.set(refreshToken, { userId: rep.id, expiresAt: refreshExpiresAt, retired: false });
    return {
      accessToken,
      accessTokenExpiresAt: new Date(accessExpiresAt).toISOString(),
      refreshToken,
      refreshTokenExpiresAt: new Date(refreshExpiresAt).toISOString(),
      user: { id: rep.id, displayName: rep.displayName, locale: rep.locale, timezone: rep.timezone },
      userErrors: [],
    };
  }

  /** PUT / HEAD /api/files/{id}: resumable uploads under the phone's own id (docs/api.md). */
  private file(request: Recorded, body: Uint8Array | null): Response {
    const id = /^\/api\/files\/([^/]+)$/.exec(request.path)?.[1];
    if (!id) return fileError(404, "NOT_FOUND", "记录不存在或无权查看");
    const user = this.userOf(request);
    if ("error" in user) return fileError(401, user.error, "请先登录");
    const fileId = btoa(`File:${id}`);
    const done = this.db.files.get(fileId);
    const mine = done?.ownerId === user.rep.id ? done : undefined;
    const key = `${user.rep.id}:${id}`;
    const upload = this.uploads.get(key);
    if (request.method === "HEAD") {
      if (mine) return new Response(null, { status: 200, headers: { "Upload-Offset": String(mine.file.size), "Upload-Length": String(mine.file.size), "Upload-Complete": "1" } });
      if (upload) return new Response(null, { status: 200, headers: { "Upload-Offset": String(upload.offset), "Upload-Length": String(upload.total), "Upload-Complete": "0" } });
      return new Response(null, { status: 404, headers: { "Upload-Offset": "0", "Upload-Complete": "0" } });
    }
    if (request.method !== "PUT") return fileError(405, "METHOD_NOT_ALLOWED", request.method);
    // Stored already (a retry whose answer was lost): the file again, nothing stored.
    if (mine) return json(mine.file, 200, { "Upload-Complete": "1" });
    if (done) return fileError(409, "FILE_ID_TAKEN", "该文件编号已被占用");

    const bytes = body ?? new Uint8Array();
    const range = request.headers["content-range"];
    const [start, end, total] = range ? (/^bytes (\d+)-(\d+)\/(\d+)$/.exec(range)?.slice(1).map(Number) ?? [NaN, NaN, NaN]) : [0, bytes.length - 1, bytes.length];
    if (!Number.isInteger(start) || end! < start! || end! - start! + 1 !== bytes.length) return fileError(422, "UPLOAD_RANGE_INVALID", "Content-Range 须为 bytes 起始-结束/总大小，且与请求体的字节数一致");
    if (end! >= total!) return fileError(422, "UPLOAD_EXCEEDS_TOTAL", "超出文件总大小");
    const name = decodeURIComponent(request.headers["x-file-name"] ?? "");
    const contentType = request.headers["content-type"] ?? "";
    if (!/^(image\/(jpeg|png|webp|gif|heic)|application\/pdf)$/.test(contentType)) {
      return fileError(422, "FILE_TYPE_NOT_ALLOWED", `不支持的文件类型：${contentType}（支持 PDF、图片、Word、Excel、PowerPoint、文本、压缩包和录音）`);
    }
    const current = upload ?? { total: total!, name, contentType, chunks: [], offset: 0 };
    if (current.total !== total || current.name !== name || current.contentType !== contentType) return fileError(422, "UPLOAD_CHANGED", "与第一块的文件信息不一致");
    const where = { "Upload-Offset": String(current.offset), "Upload-Length": String(current.total) };
    if (start !== current.offset) {
      return fileError(409, "UPLOAD_OFFSET_MISMATCH", `应从第 ${current.offset} 字节继续`, { offset: current.offset, total: current.total }, where);
    }
    current.chunks.push(bytes);
    current.offset += bytes.length;
    this.receivedBytes += bytes.length;
    this.uploads.set(key, current);
    if (current.offset < current.total) {
      return json({ offset: current.offset, total: current.total }, 308, { "Upload-Offset": String(current.offset), "Upload-Length": String(current.total), "Upload-Complete": "0" });
    }
    const whole = Buffer.concat(current.chunks);
    const stored = { id: fileId, name, contentType, size: whole.length, sha256: createHash("sha256").update(whole).digest("hex") };
    this.db.files.set(fileId, { file: stored, ownerId: user.rep.id, bytes: new Uint8Array(whole) });
    this.uploads.delete(key);
    return json(stored, 201, { "Upload-Complete": "1" });
  }
}
