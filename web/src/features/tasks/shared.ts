// Small pieces every task screen uses: the reader's zone, a subject's name, the problems of a
// mutation (a refused request or the payload's userErrors) in the user's words.
import type { CombinedError } from "urql";

import { errorCode } from "../../api/errors";
import { useAuth } from "../../auth/AuthProvider";
import type { TaskStatus } from "../../gql/graphql";
import { errorText, type TaskMessageKey } from "./messages";
import { DEFAULT_ZONE } from "./time";

export function useZone(): string {
  return useAuth().me?.timezone ?? DEFAULT_ZONE;
}

export interface SubjectLike {
  __typename?: string;
  name?: string | null;
  company?: string | null;
}

/** "王芳 · 深圳华信" for a lead with a company, else the name; null when hidden from the reader. */
export function subjectLabel(subject: SubjectLike | null | undefined): string | null {
  if (!subject?.name) return null;
  return subject.company ? `${subject.name} · ${subject.company}` : subject.name;
}

export interface UserErrorLike {
  field?: string[] | null;
  code: string;
  message: string;
}

/** Every problem of a mutation as text, empty when it went through. */
export function problems(
  t: (key: TaskMessageKey) => string,
  error: CombinedError | undefined,
  userErrors: UserErrorLike[] | undefined,
): string[] {
  if (error) return [errorText(t, errorCode(error), error.graphQLErrors[0]?.message ?? error.message)];
  return (userErrors ?? []).map((e) => errorText(t, e.code, e.message));
}

export const STATUS_COLORS: Record<TaskStatus, string> = { OPEN: "processing", DONE: "success", CANCELLED: "default" };
export const PRIORITY_COLORS = { HIGH: "red", MEDIUM: "orange", LOW: "blue" } as const;
