import type { CombinedError } from "urql";

export interface UserErrorLike {
  code: string;
  message: string;
  field?: readonly string[] | null;
}

/**
 * What went wrong with a mutation, in the user's language: the payload's userErrors (the API
 * writes them in the user's language), else the GraphQL or network error. Null when it worked.
 */
export function mutationProblem(
  userErrors: readonly UserErrorLike[] | null | undefined,
  error: CombinedError | undefined,
): string | null {
  if (userErrors && userErrors.length > 0) return userErrors.map((e) => e.message).join("；");
  if (error?.graphQLErrors.length) return error.graphQLErrors.map((e) => e.message).join("；");
  if (error?.networkError) return error.networkError.message;
  return null;
}

/** Ant Design Form field errors from userErrors whose path is ["input", name, ...]. */
export function fieldErrors(userErrors: readonly UserErrorLike[]): { name: (string | number)[]; errors: string[] }[] {
  return userErrors
    .filter((e) => e.field && e.field.length > 1)
    .map((e) => ({ name: e.field!.slice(1), errors: [e.message] }));
}
