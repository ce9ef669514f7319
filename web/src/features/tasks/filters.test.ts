import { describe, expect, it } from "vitest";

import { activeFilterCount, INITIAL_STATE, listVariables } from "./filters";

const viewer = { id: "VXNlcjox", zone: "Asia/Shanghai" };

describe("task list variables", () => {
  it("starts with my open tasks, soonest first", () => {
    expect(listVariables(INITIAL_STATE, viewer, null)).toEqual({
      first: 20,
      after: null,
      filter: { assigneeId: "VXNlcjox", status: "OPEN" },
      orderBy: "DUE_AT",
      descending: false,
    });
  });

  it("shows the team's tasks, optionally one rep's, with a due range in the user's days", () => {
    const state = { ...INITIAL_STATE, scope: "team" as const, assigneeId: "VXNlcjoy", status: null, due: ["2026-12-01", "2026-12-01"] as [string, string] };
    expect(listVariables(state, viewer, "abc").filter).toEqual({
      assigneeId: "VXNlcjoy",
      dueAfter: "2026-12-01T00:00:00+08:00",
      dueBefore: "2026-12-02T00:00:00+08:00",
    });
  });

  it("asks for overdue tasks instead of a status, and nothing at all when nothing is chosen", () => {
    expect(listVariables({ ...INITIAL_STATE, overdue: true, typeId: "VGFza1R5cGU6MQ==" }, viewer, null).filter).toEqual({
      assigneeId: "VXNlcjox",
      overdue: true,
      typeId: "VGFza1R5cGU6MQ==",
    });
    expect(listVariables({ ...INITIAL_STATE, scope: "team", status: null }, viewer, null).filter).toBeNull();
  });
});

describe("how many filters are on", () => {
  it("counts what differs from my open tasks, not the scope or the order", () => {
    expect(activeFilterCount({ ...INITIAL_STATE, scope: "team", orderBy: "PRIORITY" })).toBe(0);
    expect(activeFilterCount({ ...INITIAL_STATE, status: null, overdue: true, due: ["2026-12-01", "2026-12-07"] })).toBe(3);
  });
});
