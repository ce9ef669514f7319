import { describe, expect, it } from "vitest";

import { activeFilterCount, INITIAL_STATE, listVariables } from "./filters";

describe("listVariables", () => {
  it("sends no filter for an untouched list, newest first", () => {
    expect(listVariables(INITIAL_STATE, null)).toEqual({ first: 20, after: null, filter: null, orderBy: "CREATED_AT", descending: true });
  });

  it("sends each chosen filter, trimmed, and leaves empty ones out", () => {
    const state = { ...INITIAL_STATE, search: " 华信 ", levels: ["A"], lifecycles: [], ownerId: "VXNlcjox", industry: " ", province: "广东省", city: "深圳市" };
    expect(listVariables(state, "c1").filter).toEqual({ search: "华信", levels: ["A"], ownerId: "VXNlcjox", province: "广东省", city: "深圳市" });
    expect(listVariables(state, "c1").after).toBe("c1");
  });
});

describe("activeFilterCount", () => {
  it("counts the filters set, not the search", () => {
    expect(activeFilterCount({ ...INITIAL_STATE, search: "华信" })).toBe(0);
    expect(activeFilterCount({ ...INITIAL_STATE, teamId: "VGVhbTox", lifecycles: ["DEAL"] })).toBe(2);
  });
});
