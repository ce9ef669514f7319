// Turning the API's answers into what the cards and charts draw. Pure, so they are tested alone.
import dayjs, { type Dayjs } from "dayjs";
import timezone from "dayjs/plugin/timezone";
import utc from "dayjs/plugin/utc";

import type { ChartOption } from "./EChart";

dayjs.extend(utc);
dayjs.extend(timezone);

export const PERIOD_DAYS = 30;
const FUNNEL_ORDER = ["NEW", "CONTACTING", "QUALIFIED", "CONVERTED"] as const;
export type FunnelStatus = (typeof FUNNEL_ORDER)[number];

/**
 * Now in the reader's own time zone (their profile's, which the API's "your calendar" means),
 * not the browser's: a manager in Shanghai reading on a laptop set to UTC still sees their today.
 */
export function nowIn(zone: string | undefined, now: Dayjs = dayjs()): Dayjs {
  if (!zone) return now;
  try {
    return now.tz(zone);
  } catch {
    return now; // an unknown zone name: the browser's is the best guess left
  }
}

/** The last 30 days of the reader's calendar, today included, as leadAnalytics takes them. */
export function analyticsPeriod(today: Dayjs): { from: string; to: string } {
  return {
    from: today.subtract(PERIOD_DAYS - 1, "day").format("YYYY-MM-DD"),
    to: today.format("YYYY-MM-DD"),
  };
}

/** ISO weeks start on Monday, as leadAnalytics groups them (dayjs counts Sunday as 0). */
export function mondayOf(day: Dayjs): Dayjs {
  return day.startOf("day").subtract((day.day() + 6) % 7, "day");
}

/** Start of today and of this week (Monday), as instants for the leads filter. */
export function newLeadWindows(now: Dayjs): { todayFrom: string; weekFrom: string } {
  return { todayFrom: now.startOf("day").toISOString(), weekFrom: mondayOf(now).toISOString() };
}

export interface WeekRow {
  periodStart?: string | null;
  leads: number;
  converted: number;
}

export interface WeeklyTrend {
  weeks: string[];
  created: number[];
  converted: number[];
}

/** Every week of the period in order, weeks without leads as zeros (the API lists only weeks that have some). */
export function weeklyTrend(groups: readonly WeekRow[], from: string, to: string): WeeklyTrend {
  const byWeek = new Map(groups.filter((g) => g.periodStart).map((g) => [g.periodStart as string, g]));
  const trend: WeeklyTrend = { weeks: [], created: [], converted: [] };
  const last = dayjs(to);
  for (let week = mondayOf(dayjs(from)); !week.isAfter(last, "day"); week = week.add(7, "day")) {
    const key = week.format("YYYY-MM-DD");
    const row = byWeek.get(key);
    trend.weeks.push(key);
    trend.created.push(row?.leads ?? 0);
    trend.converted.push(row?.converted ?? 0);
  }
  return trend;
}

export interface FunnelPoint {
  status: FunnelStatus;
  name: string;
  value: number;
}

/** NEW → CONVERTED in the funnel's order, named in the reader's language. */
export function funnelPoints(
  steps: readonly { status: string; count: number }[],
  name: (status: FunnelStatus) => string,
): FunnelPoint[] {
  return FUNNEL_ORDER.map((status) => ({
    status,
    name: name(status),
    value: steps.find((s) => s.status === status)?.count ?? 0,
  }));
}

export function funnelOption(points: FunnelPoint[], formatValue: (n: number) => string): ChartOption {
  return {
    tooltip: { trigger: "item", formatter: (p) => `${(p as { name: string }).name}: ${formatValue((p as { value: number }).value)}` },
    series: [
      {
        type: "funnel",
        sort: "none",
        // Labels beside the steps: inside, the narrow last steps cut them off on a phone.
        left: "5%",
        width: "62%",
        top: 8,
        bottom: 8,
        minSize: "12%",
        label: {
          show: true,
          position: "right",
          formatter: (p) => `${(p as { name: string }).name} ${formatValue((p as { value: number }).value)}`,
        },
        data: points.map(({ name, value }) => ({ name, value })),
      },
    ],
  };
}

export function trendOption(
  trend: WeeklyTrend,
  labels: { created: string; converted: string; week: (monday: string) => string },
): ChartOption {
  return {
    tooltip: { trigger: "axis" },
    legend: { data: [labels.created, labels.converted], bottom: 0 },
    grid: { left: 40, right: 16, top: 16, bottom: 48 },
    xAxis: { type: "category", data: trend.weeks.map(labels.week) },
    yAxis: { type: "value", minInterval: 1 },
    series: [
      { name: labels.created, type: "bar", data: trend.created, barMaxWidth: 32 },
      { name: labels.converted, type: "line", data: trend.converted, smooth: false },
    ],
  };
}
