// The signed-in session. The tokens live in localStorage, so a reload (or a new tab) keeps the
// user signed in and on the same page. Refresh tokens rotate (each works once), so
// tabs take turns through a Web Lock and re-read the stored token after waiting: the tab that
// waited uses the token the other tab just got instead of replaying a spent one.

export interface Tokens {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
}

const STORAGE_KEY = "junlite.session";
const REFRESH_LOCK = "junlite.refresh";
// Refresh this long before the access token expires, so no request goes out with a dying one.
const EARLY_REFRESH_MS = 30_000;

const REFRESH_MUTATION = `mutation Refresh($input: RefreshTokenInput!) {
  refreshToken(input: $input) {
    accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt
    userErrors { code message }
  }
}`;

type Listener = (signedIn: boolean) => void;

export class SessionExpiredError extends Error {
  constructor() {
    super("SESSION_EXPIRED");
  }
}

function readStored(): Tokens | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as Tokens) : null;
  } catch {
    return null;
  }
}

async function withRefreshLock<T>(work: () => Promise<T>): Promise<T> {
  if (typeof navigator !== "undefined" && navigator.locks) {
    return navigator.locks.request(REFRESH_LOCK, work);
  }
  return work();
}

export class Session {
  private tokens: Tokens | null = readStored();
  private refreshing: Promise<string> | null = null;
  private listeners = new Set<Listener>();

  constructor(private readonly endpoint: string = "/graphql") {
    if (typeof window !== "undefined") {
      // Another tab signed in, refreshed or signed out.
      window.addEventListener("storage", (event) => {
        if (event.key !== STORAGE_KEY) return;
        const wasSignedIn = this.tokens !== null;
        this.tokens = readStored();
        if (wasSignedIn !== (this.tokens !== null)) this.emit();
      });
    }
  }

  get signedIn(): boolean {
    return this.tokens !== null && Date.parse(this.tokens.refreshTokenExpiresAt) > Date.now();
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(tokens: Tokens): void {
    this.store(tokens);
    this.emit();
  }

  end(): void {
    this.tokens = null;
    localStorage.removeItem(STORAGE_KEY);
    this.emit();
  }

  /** An access token good for the next request: refreshed first when about to expire. */
  async accessToken(): Promise<string | null> {
    if (!this.tokens) return null;
    if (Date.parse(this.tokens.accessTokenExpiresAt) - Date.now() > EARLY_REFRESH_MS) {
      return this.tokens.accessToken;
    }
    return this.refresh();
  }

  /** A new access token; one refresh at a time across the tabs of this browser. */
  refresh(): Promise<string> {
    this.refreshing ??= withRefreshLock(() => this.refreshOnce()).finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async refreshOnce(): Promise<string> {
    const before = this.tokens;
    const stored = readStored();
    if (!stored) {
      this.end();
      throw new SessionExpiredError();
    }
    // Another tab refreshed while this one waited for the lock.
    if (before && stored.refreshToken !== before.refreshToken) {
      this.tokens = stored;
      return stored.accessToken;
    }
    const response = await fetch(this.endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        query: REFRESH_MUTATION,
        variables: { input: { refreshToken: stored.refreshToken } },
      }),
    });
    const body = (await response.json()) as {
      data?: { refreshToken: Partial<Tokens> & { userErrors: { code: string }[] } };
    };
    const payload = body.data?.refreshToken;
    if (!payload?.accessToken || !payload.refreshToken) {
      this.end();
      throw new SessionExpiredError();
    }
    this.store(payload as Tokens);
    return payload.accessToken;
  }

  private store(tokens: Tokens): void {
    const { accessToken, accessTokenExpiresAt, refreshToken, refreshTokenExpiresAt } = tokens;
    this.tokens = { accessToken, accessTokenExpiresAt, refreshToken, refreshTokenExpiresAt };
    localStorage.setItem(STORAGE_KEY, JSON.stringify(this.tokens));
  }

  private emit(): void {
    const signedIn = this.signedIn;
    for (const listener of this.listeners) listener(signedIn);
  }
}

export const session = new Session();
