import { describe, expect, it } from "vitest";

import { INITIAL_STATE } from "./filters";
import { parseSavedFilters, withoutSaved, withSaved } from "./savedFilters";

describe("saved filters", () => {
  it("reads back what was saved", () => {
    const saved = withSaved([], {
      name: " 本周展会 ",
      state: { ...INITIAL_STATE, statuses: ["NEW"], search: "展会", orderBy: "SCORE", descending: true, pageSize: 50 },
      columns: ["name", "score"],
    });
    expect(parseSavedFilters(JSON.stringify(saved))).toEqual([
      { name: "本周展会", state: { ...INITIAL_STATE, statuses: ["NEW"], search: "展会", orderBy: "SCORE", descending: true, pageSize: 50 }, columns: ["name", "score"] },
    ]);
  });

  it("replaces a filter of the same name and keeps them sorted", () => {
    let list = withSaved([], { name: "b", state: INITIAL_STATE, columns: ["name"] });
    list = withSaved(list, { name: "a", state: INITIAL_STATE, columns: ["name"] });
    list = withSaved(list, { name: "b", state: { ...INITIAL_STATE, search: "新" }, columns: ["name"] });
    expect(list.map((f) => [f.name, f.state.search])).toEqual([["a", ""], ["b", "新"]]);
    expect(withoutSaved(list, "a").map((f) => f.name)).toEqual(["b"]);
  });

  it("keeps what it can of an old or damaged entry and drops the unreadable", () => {
    const stored = JSON.stringify([
      { name: "旧的", state: { search: 3, pageSize: 999, owner: "VXNlcjox" }, columns: ["name", "removedColumn"] },
      { name: "", state: {} },
      "junk",
      { name: "无列", state: null, columns: [] },
    ]);
    expect(parseSavedFilters(stored)).toEqual([
      { name: "旧的", state: { ...INITIAL_STATE, owner: "VXNlcjox" }, columns: ["name"] },
      { name: "无列", state: INITIAL_STATE, columns: ["name", "company", "phone", "status", "source", "owner", "score", "createdAt"] },
    ]);
    expect(parseSavedFilters("{not json")).toEqual([]);
  });
});
