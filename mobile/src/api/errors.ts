/** The server could not be reached (no network, DNS, timeout): what was being sent stays queued. */
export class NetworkError extends Error {
  constructor(message = "network unavailable") {
    super(message);
    this.name = "NetworkError";
  }
}

/** The server answered with a GraphQL error (not a mutation's userErrors). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** The session can no longer be refreshed: the rep must sign in again (queued writes are kept). */
export class SignedOutError extends Error {
  constructor() {
    super("signed out");
    this.name = "SignedOutError";
  }
}
