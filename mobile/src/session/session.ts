import { ApiError, NetworkError, SignedOutError } from "../api/errors";
import { secrets } from "../storage/secrets";

export interface SignedInUser {
  id: string;
  displayName: string;
  locale: string;
  timezone: string;
}

export interface Tokens {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
}

interface SavedSession extends Tokens {
  user: SignedInUser;
}

const SERVER_KEY = "junlite.server";
const SESSION_KEY = "junlite.session";
// A token this close to expiry is refreshed before it is used: a request sent with it could arrive late.
const EXPIRY_MARGIN_MS = 60_000;

const AUTH_FIELDS = `accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt
  user { id displayName locale timezone } userErrors { field code message }`;

interface AuthAnswer extends Partial<Tokens> {
  user?: SignedInUser | null;
  userErrors: { field: string | null; code: string; message: string }[];
}

export class LoginRefusedError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** A plain http(s) address without a trailing slash; a bare host gets https:// (what a rep types). */
export function normaliseServerAddress(raw: string): string | null {
  let text = raw.trim();
  if (!text) return null;
  if (!/^https?:\/\//i.test(text)) {
    // Another scheme (ftp://, ws://) is not a server the app can talk to; a bare host gets https.
    if (/^[a-z][a-z\d+.-]*:\/\//i.test(text)) return null;
    text = `https://${text}`;
  }
  try {
    const url = new URL(text);
    if (!url.hostname) return null;
    // The address of the GraphQL endpoint itself (what an integrator would copy) is the server's too.
    return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, "").replace(/\/graphql$/i, "")}`;
  } catch {
    return null;
  }
}

/**
 * The signed-in rep: server address (remembered across sign-outs), tokens in secure storage, and
 * a silent refresh shared by every caller (one refresh at a time: the old refresh token retires).
 */
export class Session {
  private saved: SavedSession | null = null;
  private server: string | null = null;
  private refreshing: Promise<string> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly send: typeof fetch = (input, init) => fetch(input, init),
    private readonly now: () => number = Date.now,
  ) {}

  async load(): Promise<void> {
    this.server = await secrets.get(SERVER_KEY);
    const raw = await secrets.get(SESSION_KEY);
    this.saved = raw ? (JSON.parse(raw) as SavedSession) : null;
    this.emit();
  }

  get serverAddress(): string | null {
    return this.server;
  }

  get user(): SignedInUser | null {
    return this.saved?.user ?? null;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  async signIn(server: string, login: string, password: string): Promise<SignedInUser> {
    const address = normaliseServerAddress(server);
    if (!address) throw new LoginRefusedError("server", "SERVER_ADDRESS_INVALID");
    const answer = await this.authCall(address, "login", { login: login.trim(), password });
    const refused = answer.userErrors[0];
    if (refused || !answer.user) throw new LoginRefusedError(refused?.message ?? "refused", refused?.code ?? "LOGIN_FAILED");
    this.server = address;
    await secrets.set(SERVER_KEY, address);
    await this.keep(answer);
    return answer.user;
  }

  async signOut(): Promise<void> {
    const saved = this.saved;
    this.saved = null;
    await secrets.remove(SESSION_KEY);
    this.emit();
    if (saved && this.server) {
      // Best effort: the server forgets the refresh token; offline, it simply expires.
      await this.post(this.server, "mutation { logout { sessionsEnded } }", {}, saved.accessToken).catch(() => undefined);
    }
  }

  /** A valid access token, refreshed first when it is about to expire. */
  async accessToken(): Promise<string> {
    if (!this.saved) throw new SignedOutError();
    if (Date.parse(this.saved.accessTokenExpiresAt) - EXPIRY_MARGIN_MS > this.now()) return this.saved.accessToken;
    return this.refresh();
  }

  /** New tokens from the refresh token; concurrent callers share one request. */
  refresh(): Promise<string> {
    this.refreshing ??= this.refreshOnce().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async refreshOnce(): Promise<string> {
    const saved = this.saved;
    if (!saved || !this.server) throw new SignedOutError();
    if (Date.parse(saved.refreshTokenExpiresAt) <= this.now()) {
      await this.forget();
      throw new SignedOutError();
    }
    const answer = await this.authCall(this.server, "refreshToken", { refreshToken: saved.refreshToken });
    if (answer.userErrors.length > 0 || !answer.accessToken) {
      await this.forget();
      throw new SignedOutError();
    }
    await this.keep({ ...answer, user: answer.user ?? saved.user });
    return answer.accessToken;
  }

  private async forget(): Promise<void> {
    this.saved = null;
    await secrets.remove(SESSION_KEY);
    this.emit();
  }

  private async keep(answer: AuthAnswer): Promise<void> {
    const saved: SavedSession = {
      accessToken: answer.accessToken!,
      accessTokenExpiresAt: answer.accessTokenExpiresAt!,
      refreshToken: answer.refreshToken!,
      refreshTokenExpiresAt: answer.refreshTokenExpiresAt!,
      user: answer.user!,
    };
    this.saved = saved;
    await secrets.set(SESSION_KEY, JSON.stringify(saved));
    this.emit();
  }

  private async authCall(server: string, field: "login" | "refreshToken", input: Record<string, string>): Promise<AuthAnswer> {
    const inputType = field === "login" ? "LoginInput!" : "RefreshTokenInput!";
    const body = await this.post(server, `mutation($input: ${inputType}) { ${field}(input: $input) { ${AUTH_FIELDS} } }`, { input });
    const answer = (body.data as Record<string, AuthAnswer> | undefined)?.[field];
    if (!answer) throw new ApiError(body.errors?.[0]?.message ?? "no answer", body.errors?.[0]?.extensions?.code ?? null);
    return answer;
  }

  private async post(server: string, query: string, variables: Record<string, unknown>, token?: string) {
    let response: Response;
    const headers: Record<string, string> = { "Content-Type": "application/json", Accept: "application/json" };
    if (token) headers.Authorization = `Bearer ${token}`;
    try {
      response = await this.send(`${server}/graphql`, {
        method: "POST",
        headers,
        body: JSON.stringify({ query, variables }),
      });
    } catch {
      throw new NetworkError();
    }
    if (response.status >= 500) throw new NetworkError(`server answered ${response.status}`);
    return (await response.json()) as {
      data?: unknown;
      errors?: { message: string; extensions?: { code?: string } }[];
    };
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
