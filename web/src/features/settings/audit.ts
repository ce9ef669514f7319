// The audit screen's filter as the API takes it, and the CSV export handed to the browser.
import type { AuditCategory, AuditEventFilter } from "../../gql/graphql";

export const AUDIT_CATEGORIES: AuditCategory[] = ["LOGIN", "OPERATION", "DATA_CHANGE", "PERMISSION", "REVEAL", "EXPORT", "ANOMALY"];
export const AUDIT_PAGE_SIZE = 20;

export interface AuditFilterState {
  categories: AuditCategory[];
  actorId: string | null;
  objectType: string | null;
  /** What happened, as typed (e.g. login.failed); comma-separated for several. */
  action: string;
  /** ISO times: since inclusive, until exclusive. */
  since: string | null;
  until: string | null;
}

export const EMPTY_AUDIT_FILTER: AuditFilterState = {
  categories: [],
  actorId: null,
  objectType: null,
  action: "",
  since: null,
  until: null,
};

export function auditFilter(state: AuditFilterState): AuditEventFilter {
  const actions = state.action
    .split(/[,，\s]+/)
    .map((a) => a.trim())
    .filter(Boolean);
  return {
    categories: state.categories.length ? state.categories : null,
    actorId: state.actorId,
    objectType: state.objectType,
    actions: actions.length ? actions : null,
    since: state.since,
    until: state.until,
  };
}

/** How many filters are in force (shown on the phone's filter button). */
export function activeFilterCount(state: AuditFilterState): number {
  return [state.categories.length > 0, state.actorId, state.objectType, state.action.trim(), state.since || state.until].filter(
    Boolean,
  ).length;
}

/** A JSON value of an event (changes, details) as readable, indented text. */
export function prettyJson(value: unknown): string {
  if (value === null || value === undefined) return "—";
  return JSON.stringify(value, null, 2);
}
