// What the customer list's controls hold, and the `customers` query variables they make. An empty
// control sends nothing (an empty `levels: []` would match no customer at all).
import type { CustomerFilter, CustomerLifecycle, CustomerListQueryVariables, CustomerOrderField } from "../../gql/graphql";

export const PAGE_SIZES = [20, 50] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

export interface CustomerListState {
  search: string;
  levels: string[];
  lifecycles: CustomerLifecycle[];
  ownerId: string | null;
  teamId: string | null;
  industry: string;
  province: string | null;
  city: string;
  orderBy: CustomerOrderField;
  descending: boolean;
  pageSize: PageSize;
}

export const INITIAL_STATE: CustomerListState = {
  search: "",
  levels: [],
  lifecycles: [],
  ownerId: null,
  teamId: null,
  industry: "",
  province: null,
  city: "",
  orderBy: "CREATED_AT",
  descending: true,
  pageSize: 20,
};

export function filterInput(state: CustomerListState): CustomerFilter | null {
  const filter: CustomerFilter = {};
  const search = state.search.trim();
  if (search) filter.search = search;
  if (state.levels.length > 0) filter.levels = state.levels;
  if (state.lifecycles.length > 0) filter.lifecycles = state.lifecycles;
  if (state.ownerId) filter.ownerId = state.ownerId;
  if (state.teamId) filter.teamId = state.teamId;
  if (state.industry.trim()) filter.industry = state.industry.trim();
  if (state.province) filter.province = state.province;
  if (state.city.trim()) filter.city = state.city.trim();
  return Object.keys(filter).length > 0 ? filter : null;
}

export function listVariables(state: CustomerListState, after: string | null): CustomerListQueryVariables {
  return { first: state.pageSize, after, filter: filterInput(state), orderBy: state.orderBy, descending: state.descending };
}

/** How many filters (search aside) are set: shown on the phone's filter button. */
export function activeFilterCount(state: CustomerListState): number {
  const filter = filterInput({ ...state, search: "" });
  return filter ? Object.keys(filter).length : 0;
}

/** The 34 provincial-level divisions as the API stores them (GB/T 2260 names). */
export const PROVINCES = [
  "北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省", "吉林省", "黑龙江省", "上海市", "江苏省",
  "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "广西壮族自治区",
  "海南省", "重庆市", "四川省", "贵州省", "云南省", "西藏自治区", "陕西省", "甘肃省", "青海省", "宁夏回族自治区",
  "新疆维吾尔自治区", "台湾省", "香港特别行政区", "澳门特别行政区",
] as const;
