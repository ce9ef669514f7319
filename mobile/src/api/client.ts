import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";

import type { Session } from "../session/session";
import { ApiError, NetworkError, SignedOutError } from "./errors";

const AUTH_CODES = new Set(["TOKEN_EXPIRED", "UNAUTHENTICATED"]);
const THROTTLE_RETRIES = 3;
const LONGEST_THROTTLE_WAIT_MS = 5_000;
const REQUEST_TIMEOUT_MS = 20_000;

interface GraphQLResponse<TData> {
  data?: TData | null;
  errors?: { message: string; extensions?: { code?: string; retryAfterMs?: number } }[];
}

export interface Api {
  request<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
  ): Promise<TData>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * GraphQL over HTTP with the session's token. An expired token is refreshed and the request sent
 * once more; a THROTTLED answer is retried after the wait the API names; no answer at all (or a
 * 5xx from a proxy) is a NetworkError, which the sync engine treats as "offline, try later".
 */
export function createApi(session: Session, send: typeof fetch = (input, init) => fetch(input, init)): Api {
  async function post<TData>(query: string, variables: unknown, token: string): Promise<GraphQLResponse<TData>> {
    const server = session.serverAddress;
    if (!server) throw new SignedOutError();
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
    let response: Response;
    try {
      response = await send(`${server}/graphql`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json", Authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
        signal: controller.signal,
      });
    } catch {
      throw new NetworkError();
    } finally {
      clearTimeout(timer);
    }
    if (response.status >= 500 || !response.headers.get("content-type")?.includes("json")) {
      throw new NetworkError(`server answered ${response.status}`);
    }
    return (await response.json()) as GraphQLResponse<TData>;
  }

  return {
    async request(document, variables) {
      const query = print(document);
      let body = await post<never>(query, variables, await session.accessToken());
      if (body.errors?.some((error) => AUTH_CODES.has(error.extensions?.code ?? ""))) {
        body = await post(query, variables, await session.refresh());
      }
      for (let attempt = 0; attempt < THROTTLE_RETRIES; attempt++) {
        const throttled = body.errors?.find((error) => error.extensions?.code === "THROTTLED");
        const wait = throttled?.extensions?.retryAfterMs ?? 0;
        if (!throttled || wait > LONGEST_THROTTLE_WAIT_MS) break;
        await sleep(wait);
        body = await post(query, variables, await session.accessToken());
      }
      const error = body.errors?.[0];
      if (error || !body.data) throw new ApiError(error?.message ?? "no data", error?.extensions?.code ?? null);
      return body.data;
    },
  };
}
