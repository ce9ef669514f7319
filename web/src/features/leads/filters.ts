// What the list's controls hold, and the `leads` query variables they make. Kept apart from the
// page so the mapping is tested on its own: an empty control must send nothing, not an empty list
// (an empty `statuses: []` would match no lead at all).
import type { LeadFilterInput, LeadListQueryVariables, LeadOrder, LeadSource, LeadStatus } from "../../gql/graphql";

export const UNASSIGNED = "__unassigned__";
export const PAGE_SIZES = [20, 50] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

export interface LeadListState {
  search: string;
  statuses: LeadStatus[];
  sources: LeadSource[];
  /** A user id, UNASSIGNED, or null for everyone's. */
  owner: string | null;
  orderBy: LeadOrder;
  /** Null: the order's natural direction. */
  descending: boolean | null;
  pageSize: PageSize;
}

export const INITIAL_STATE: LeadListState = {
  search: "",
  statuses: [],
  sources: [],
  owner: null,
  orderBy: "CREATED_AT",
  descending: null,
  pageSize: 20,
};

export function filterInput(state: LeadListState): LeadFilterInput | null {
  const filter: LeadFilterInput = {};
  const search = state.search.trim();
  if (search) filter.search = search;
  if (state.statuses.length > 0) filter.statuses = state.statuses;
  if (state.sources.length > 0) filter.sources = state.sources;
  if (state.owner === UNASSIGNED) filter.unassigned = true;
  else if (state.owner) filter.ownerIds = [state.owner];
  return Object.keys(filter).length > 0 ? filter : null;
}

export function listVariables(state: LeadListState, after: string | null): LeadListQueryVariables {
  return {
    first: state.pageSize,
    after,
    filter: filterInput(state),
    orderBy: state.orderBy,
    descending: state.descending,
  };
}

/** How many filters are on (the 筛选 button on a phone shows it). */
export function activeFilterCount(state: LeadListState): number {
  return [state.statuses.length > 0, state.sources.length > 0, state.owner !== null].filter(Boolean).length;
}
