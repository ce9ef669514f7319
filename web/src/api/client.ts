import { createClient as createWsClient } from "graphql-ws";
import { cacheExchange, Client, fetchExchange, subscriptionExchange } from "urql";

import { Session, SessionExpiredError, session as defaultSession } from "./session";

const AUTH_CODES = new Set(["TOKEN_EXPIRED", "UNAUTHENTICATED"]);

interface GraphQLBody {
  errors?: { extensions?: { code?: string; retryAfterMs?: number } }[];
}

function refusedForAuth(body: GraphQLBody): boolean {
  return (body.errors ?? []).some((error) => AUTH_CODES.has(error.extensions?.code ?? ""));
}

// The API refuses a request over the user's query-cost budget before running any of it
// (THROTTLED, with the wait). A user who clicks quickly should not see "load failed": the request
// goes again after that wait, a few times, while the wait is short.
const THROTTLE_RETRIES = 3;
const LONGEST_THROTTLE_WAIT_MS = 5_000;

function throttledFor(body: GraphQLBody): number | null {
  const throttled = (body.errors ?? []).find((error) => error.extensions?.code === "THROTTLED");
  return throttled ? Math.max(0, throttled.extensions?.retryAfterMs ?? 0) : null;
}

async function readBody(response: Response): Promise<GraphQLBody | null> {
  if (!response.headers.get("content-type")?.includes("json")) return null;
  return (await response.clone().json()) as GraphQLBody;
}

/**
 * fetch with the session's access token; a request refused because the token expired (the
 * laptop slept, the clock drifted) is sent once more after a refresh, and one refused as over the
 * budget is sent again after the wait the API names, so the page never loses what the user was
 * doing.
 */
export function authenticatedFetch(session: Session): typeof fetch {
  return async (input, init) => {
    const send = (token: string | null): Promise<Response> => {
      const headers = new Headers(init?.headers);
      if (token) headers.set("Authorization", `Bearer ${token}`);
      return fetch(input, { ...init, headers });
    };
    const sendSignedIn = async (): Promise<{ response: Response; body: GraphQLBody | null }> => {
      const token = await session.accessToken().catch(() => null);
      const response = await send(token);
      const body = await readBody(response);
      if (!token || !body || !refusedForAuth(body)) return { response, body };
      try {
        const again = await send(await session.refresh());
        return { response: again, body: await readBody(again) };
      } catch (error) {
        if (error instanceof SessionExpiredError) return { response, body };
        throw error;
      }
    };
    let sent = await sendSignedIn();
    for (let attempt = 0; attempt < THROTTLE_RETRIES; attempt++) {
      const wait = sent.body ? throttledFor(sent.body) : null;
      if (wait === null || wait > LONGEST_THROTTLE_WAIT_MS) break;
      await new Promise((resolve) => setTimeout(resolve, wait));
      sent = await sendSignedIn();
    }
    return sent.response;
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
