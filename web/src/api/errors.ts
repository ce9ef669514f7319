import type { CombinedError } from "urql";

/** The API's error code of a failed operation (`extensions.code` of its first GraphQL error
 * that has one), or "" for a network failure or an error without a code. */
export function errorCode(error: CombinedError | undefined): string {
  const code = error?.graphQLErrors.map((e) => e.extensions?.code).find((c) => typeof c === "string");
  return typeof code === "string" ? code : "";
}
