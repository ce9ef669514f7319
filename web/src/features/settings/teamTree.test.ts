import { describe, expect, it } from "vitest";

import { teamChoices, teamTree } from "./teamTree";

const TEAMS = [
  { id: "sales", name: "销售部", parent: null },
  { id: "east", name: "华东销售一组", parent: { id: "sales" } },
  { id: "east-a", name: "杭州小组", parent: { id: "east" } },
  { id: "south", name: "华南销售二组", parent: { id: "sales" } },
  { id: "lonely", name: "市场部", parent: { id: "hidden" } },
];

describe("teamTree", () => {
  it("nests each team under its parent and keeps the order", () => {
    expect(teamTree(TEAMS)).toEqual([
      {
        key: "sales",
        title: "销售部",
        children: [
          { key: "east", title: "华东销售一组", children: [{ key: "east-a", title: "杭州小组", children: [] }] },
          { key: "south", title: "华南销售二组", children: [] },
        ],
      },
      { key: "lonely", title: "市场部", children: [] },
    ]);
  });

  it("gives a TreeSelect the same tree", () => {
    expect(teamChoices(teamTree(TEAMS.slice(0, 2)))).toEqual([
      { value: "sales", title: "销售部", children: [{ value: "east", title: "华东销售一组", children: [] }] },
    ]);
  });

  it("leaves out a team being moved and every team under it", () => {
    expect(teamChoices(teamTree(TEAMS.slice(0, 4)), "east")).toEqual([
      { value: "sales", title: "销售部", children: [{ value: "south", title: "华南销售二组", children: [] }] },
    ]);
  });
});
