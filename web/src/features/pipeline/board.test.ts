import { describe, expect, it } from "vitest";

import { dropAction, firstProblem, withPendingMoves } from "./board";

const columns = [
  { stage: { id: "s1", kind: "OPEN" as const, name: "初步接洽" }, opportunities: [{ id: "a" }, { id: "b" }] },
  { stage: { id: "s2", kind: "OPEN" as const, name: "需求确认" }, opportunities: [{ id: "c" }] },
  { stage: { id: "won", kind: "WON" as const, name: "赢单" }, opportunities: [] },
];

describe("dropAction", () => {
  it("asks for a reason when a card lands on the won or the lost stage", () => {
    expect(dropAction("s1", { id: "s2", kind: "OPEN" })).toBe("move");
    expect(dropAction("s1", { id: "won", kind: "WON" })).toBe("win");
    expect(dropAction("s1", { id: "lost", kind: "LOST" })).toBe("lose");
    expect(dropAction("s1", { id: "s1", kind: "OPEN" })).toBeNull();
  });
});

describe("withPendingMoves", () => {
  it("shows a moving card at the top of its target column and nowhere else", () => {
    const moved = withPendingMoves(columns, new Map([["b", "s2"]]));
    expect(moved.map((c) => c.opportunities.map((o) => o.id))).toEqual([["a"], ["b", "c"], []]);
  });

  it("puts the card back where the API has it once the move is dropped", () => {
    expect(withPendingMoves(columns, new Map())).toBe(columns);
    expect(withPendingMoves(columns, new Map([["a", "s1"]])).map((c) => c.opportunities.length)).toEqual([2, 1, 0]);
  });
});

describe("firstProblem", () => {
  it("joins the API's own messages, else the request error without its prefix", () => {
    expect(firstProblem({ userErrors: [{ message: "输单须选择原因" }] })).toBe("输单须选择原因");
    expect(firstProblem({ userErrors: [{ message: "一" }, { message: "二" }] })).toBe("一；二");
    expect(firstProblem(null, { message: "[GraphQL] 没有权限执行此操作" })).toBe("没有权限执行此操作");
    expect(firstProblem({ userErrors: [] })).toBeNull();
  });
});
