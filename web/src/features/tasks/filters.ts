// What the task list's controls hold, and the `tasks` query variables they make. An empty control
// sends nothing. "mine" is the signed-in user's tasks; "team" is every task the role's row scope
// shows (a manager's team, a director's team and sub-teams), optionally one rep's.
import type { TaskFilterInput, TaskListQueryVariables, TaskOrderField, TaskStatus } from "../../gql/graphql";
import { dayRangeFilter } from "./time";

export const PAGE_SIZES = [20, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export type Scope = "mine" | "team";

export interface TaskListState {
  scope: Scope;
  status: TaskStatus | null;
  typeId: string | null;
  assigneeId: string | null;
  /** Local dates "YYYY-MM-DD", both ends included. */
  due: [string, string] | null;
  overdue: boolean;
  orderBy: TaskOrderField;
  descending: boolean;
  pageSize: PageSize;
}

export const INITIAL_STATE: TaskListState = {
  scope: "mine",
  status: "OPEN",
  typeId: null,
  assigneeId: null,
  due: null,
  overdue: false,
  orderBy: "DUE_AT",
  descending: false,
  pageSize: 20,
};

export interface Viewer {
  id: string;
  zone: string;
}

export function filterInput(state: TaskListState, viewer: Viewer): TaskFilterInput | null {
  const filter: TaskFilterInput = {};
  if (state.scope === "mine") filter.assigneeId = viewer.id;
  else if (state.assigneeId) filter.assigneeId = state.assigneeId;
  if (state.overdue) filter.overdue = true;
  else if (state.status) filter.status = state.status;
  if (state.typeId) filter.typeId = state.typeId;
  if (state.due) Object.assign(filter, dayRangeFilter(state.due[0], state.due[1], viewer.zone));
  return Object.keys(filter).length > 0 ? filter : null;
}

export function listVariables(state: TaskListState, viewer: Viewer, after: string | null): TaskListQueryVariables {
  return {
    first: state.pageSize,
    after,
    filter: filterInput(state, viewer),
    orderBy: state.orderBy,
    descending: state.descending,
  };
}

/** How many filters differ from the list's defaults (the 筛选 button on a phone shows it). */
export function activeFilterCount(state: TaskListState): number {
  return [
    state.status !== INITIAL_STATE.status,
    state.typeId !== null,
    state.assigneeId !== null,
    state.due !== null,
    state.overdue,
  ].filter(Boolean).length;
}
