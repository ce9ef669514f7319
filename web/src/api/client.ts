import { createClient as createWsClient } from "graphql-ws";
import { cacheExchange, Client, fetchExchange, subscriptionExchange } from "urql";

import { Session, SessionExpiredError, session as defaultSession } from "./session";

const AUTH_CODES = new Set(["TOKEN_EXPIRED", "UNAUTHENTICATED"]);

interface GraphQLBody {
  errors?: { extensions?: { code?: string } }[];
}

function refusedForAuth(body: GraphQLBody): boolean {
  return (body.errors ?? []).some((error) => AUTH_CODES.has(error.extensions?.code ?? ""));
}

/**
 * fetch with the session's access token; a request refused because the token expired (the
 * laptop slept, the clock drifted) is sent once more after a refresh, so the page never loses
 * what the user was doing.
 */
export function authenticatedFetch(session: Session): typeof fetch {
  return async (input, init) => {
    const send = (token: string | null): Promise<Response> => {
      const headers = new Headers(init?.headers);
      if (token) headers.set("Authorization", `Bearer ${token}`);
      return fetch(input, { ...init, headers });
    };
    const token = await session.accessToken().catch(() => null);
    const response = await send(token);
    if (!token || !response.headers.get("content-type")?.includes("json")) return response;
    const body = (await response.clone().json()) as GraphQLBody;
    if (!refusedForAuth(body)) return response;
    try {
      return await send(await session.refresh());
    } catch (error) {
      if (error instanceof SessionExpiredError) return response;
      throw error;
    }
  };
}

function websocketUrl(path: string): string {
  const { protocol, host } = window.location;
  return `${protocol === "https:" ? "wss:" : "ws:"}//${host}${path}`;
}

export function createApiClient(session: Session = defaultSession, endpoint = "/graphql"): Client {
  const ws = createWsClient({
    url: websocketUrl(endpoint),
    lazy: true,
    retryAttempts: Infinity,
    // Back off up to 10 s: a laptop that was asleep reconnects within seconds of waking.
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(10_000, 500 * 2 ** retries))),
    shouldRetry: () => true,
    connectionParams: async () => {
      const token = await session.accessToken().catch(() => null);
      return token ? { authorization: `Bearer ${token}` } : {};
    },
  });
  return new Client({
    url: endpoint,
    preferGetMethod: false,
    fetch: authenticatedFetch(session),
    requestPolicy: "cache-and-network",
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const query = request.query ?? "";
          return {
            subscribe(sink) {
              const dispose = ws.subscribe({ ...request, query }, sink);
              return { unsubscribe: dispose };
            },
          };
        },
      }),
    ],
  });
}
