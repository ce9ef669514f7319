import { describe, expect, it } from "vitest";

import { activeFilterCount, filterInput, INITIAL_STATE, listVariables, UNASSIGNED } from "./filters";

describe("the list's filters as query variables", () => {
  it("sends no filter when nothing is chosen", () => {
    expect(listVariables(INITIAL_STATE, null)).toEqual({
      first: 20,
      after: null,
      filter: null,
      orderBy: "CREATED_AT",
      descending: null,
    });
  });

  it("maps every control that holds something, trimming the search", () => {
    const state = {
      ...INITIAL_STATE,
      search: "  华信 ",
      statuses: ["NEW" as const, "CONTACTING" as const],
      sources: ["WEB_FORM" as const],
      owner: "VXNlcjox",
      orderBy: "SCORE" as const,
      descending: false,
      pageSize: 50 as const,
    };
    expect(listVariables(state, "cursor-2")).toEqual({
      first: 50,
      after: "cursor-2",
      filter: { search: "华信", statuses: ["NEW", "CONTACTING"], sources: ["WEB_FORM"], ownerIds: ["VXNlcjox"] },
      orderBy: "SCORE",
      descending: false,
    });
  });

  it("asks for leads without an owner when 未分配 is chosen", () => {
    expect(filterInput({ ...INITIAL_STATE, owner: UNASSIGNED })).toEqual({ unassigned: true });
  });

  it("ignores a search of spaces only", () => {
    expect(filterInput({ ...INITIAL_STATE, search: "   " })).toBeNull();
  });
});

describe("how many filters are on", () => {
  it("counts each control that holds something, not the search or the order", () => {
    expect(activeFilterCount({ ...INITIAL_STATE, search: "华信", orderBy: "SCORE" })).toBe(0);
    expect(activeFilterCount({ ...INITIAL_STATE, statuses: ["NEW", "QUALIFIED"], owner: UNASSIGNED })).toBe(2);
  });
});
