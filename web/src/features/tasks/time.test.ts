import dayjs from "dayjs";
import { describe, expect, it } from "vitest";

import { dayRangeFilter, formatDue, groupByDay, isoToWallClock, monthGrid, wallClockToIso, weekDays } from "./time";

describe("task times", () => {
  it("shows a UTC instant on the user's clock", () => {
    expect(formatDue("2026-12-01T01:30:00+00:00", "Asia/Shanghai")).toBe("2026-12-01 09:30");
    expect(formatDue("2026-12-01T01:30:00+00:00", "UTC")).toBe("2026-12-01 01:30");
    expect(formatDue(null)).toBe("—");
  });

  it("sends the chosen wall-clock time with the user's offset, whatever the browser's zone", () => {
    expect(wallClockToIso(dayjs("2026-12-01T09:30:00"), "Asia/Shanghai")).toBe("2026-12-01T09:30:00+08:00");
    expect(wallClockToIso(dayjs("2026-12-01T09:30:00"), "UTC")).toBe("2026-12-01T09:30:00Z");
    expect(isoToWallClock("2026-12-01T01:30:00Z", "Asia/Shanghai").format("YYYY-MM-DD HH:mm")).toBe("2026-12-01 09:30");
  });

  it("turns a range of local days into the due filter, the last day whole", () => {
    expect(dayRangeFilter("2026-12-01", "2026-12-07", "Asia/Shanghai")).toEqual({
      dueAfter: "2026-12-01T00:00:00+08:00",
      dueBefore: "2026-12-08T00:00:00+08:00",
    });
  });

  it("gives the week from Monday and the six weeks of a month view", () => {
    expect(weekDays("2026-11-26")).toEqual([
      "2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29",
    ]);
    expect(weekDays("2026-11-29")[0]).toBe("2026-11-23");
    expect(monthGrid("2026-11-15")).toEqual({ from: "2026-10-26", to: "2026-12-06" });
  });

  it("puts a task due 00:30 Shanghai time on that Shanghai day, not the UTC one", () => {
    const days = groupByDay(
      [
        { id: "b", dueAt: "2026-11-30T16:30:00Z" },
        { id: "a", dueAt: "2026-11-30T01:00:00Z" },
        { id: "c", dueAt: null },
      ],
      "Asia/Shanghai",
    );
    expect([...days.keys()]).toEqual(["2026-11-30", "2026-12-01"]);
    expect(days.get("2026-12-01")!.map((t) => t.id)).toEqual(["b"]);
  });
});
