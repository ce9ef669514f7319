import dayjs from "dayjs";
import { describe, expect, it } from "vitest";

import { analyticsPeriod, funnelOption, funnelPoints, mondayOf, newLeadWindows, nowIn, trendOption, weeklyTrend } from "./series";

describe("analyticsPeriod", () => {
  it("is the last 30 days, today included", () => {
    expect(analyticsPeriod(dayjs("2026-11-26"))).toEqual({ from: "2026-10-28", to: "2026-11-26" });
  });
});

describe("mondayOf", () => {
  it("starts ISO weeks on Monday, Sunday belonging to the week before", () => {
    expect(mondayOf(dayjs("2026-11-26")).format("YYYY-MM-DD")).toBe("2026-11-23"); // Thursday
    expect(mondayOf(dayjs("2026-11-29")).format("YYYY-MM-DD")).toBe("2026-11-23"); // Sunday
    expect(mondayOf(dayjs("2026-11-23")).format("YYYY-MM-DD")).toBe("2026-11-23"); // Monday
  });
});

describe("weeklyTrend", () => {
  it("lists every week of the period in order, weeks without leads as zeros", () => {
    const trend = weeklyTrend(
      [
        { periodStart: "2026-11-23", leads: 40, converted: 2 },
        { periodStart: "2026-11-02", leads: 5, converted: 1 },
      ],
      "2026-10-28",
      "2026-11-26",
    );
    expect(trend).toEqual({
      weeks: ["2026-10-26", "2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23"],
      created: [0, 5, 0, 0, 40],
      converted: [0, 1, 0, 0, 2],
    });
  });

  it("turns into a bar of leads created and a line of those converted", () => {
    const option = trendOption(weeklyTrend([], "2026-11-23", "2026-11-26"), {
      created: "新增线索",
      converted: "已转化",
      week: (monday) => `${monday} 当周`,
    });
    expect(option.xAxis).toEqual({ type: "category", data: ["2026-11-23 当周"] });
    expect(option.series).toEqual([
      expect.objectContaining({ name: "新增线索", type: "bar", data: [0] }),
      expect.objectContaining({ name: "已转化", type: "line", data: [0] }),
    ]);
  });
});

describe("funnelPoints", () => {
  it("keeps the funnel's order, names each step, and counts a missing step as zero", () => {
    const points = funnelPoints(
      [
        { status: "CONVERTED", count: 4 },
        { status: "NEW", count: 10 },
        { status: "CONTACTING", count: 8 },
      ],
      (status) => ({ NEW: "新线索", CONTACTING: "联系中", QUALIFIED: "意向明确", CONVERTED: "已转化" })[status],
    );
    expect(points).toEqual([
      { status: "NEW", name: "新线索", value: 10 },
      { status: "CONTACTING", name: "联系中", value: 8 },
      { status: "QUALIFIED", name: "意向明确", value: 0 },
      { status: "CONVERTED", name: "已转化", value: 4 },
    ]);
    const option = funnelOption(points, String);
    expect(option.series).toEqual([
      expect.objectContaining({
        type: "funnel",
        sort: "none",
        data: [
          { name: "新线索", value: 10 },
          { name: "联系中", value: 8 },
          { name: "意向明确", value: 0 },
          { name: "已转化", value: 4 },
        ],
      }),
    ]);
  });
});

describe("nowIn", () => {
  it("reads today and this week in the reader's zone, not the browser's", () => {
    // 17:30 UTC on Sunday the 29th is already Monday the 30th in Shanghai.
    const now = dayjs("2026-11-29T17:30:00Z");
    const shanghai = nowIn("Asia/Shanghai", now);
    expect(shanghai.format("YYYY-MM-DD")).toBe("2026-11-30");
    expect(analyticsPeriod(shanghai)).toEqual({ from: "2026-11-01", to: "2026-11-30" });
    expect(newLeadWindows(shanghai)).toEqual({
      todayFrom: "2026-11-29T16:00:00.000Z",
      weekFrom: "2026-11-29T16:00:00.000Z",
    });
    expect(nowIn(undefined, now)).toBe(now);
  });
});
