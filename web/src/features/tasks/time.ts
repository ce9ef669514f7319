// Times as the user reads them: in their profile's time zone (Asia/Shanghai by default), not the
// browser's. The API takes times with their offset and answers in UTC. Pure, tested alone.
import dayjs, { type Dayjs } from "dayjs";
import timezone from "dayjs/plugin/timezone";
import utc from "dayjs/plugin/utc";

dayjs.extend(utc);
dayjs.extend(timezone);

export const DEFAULT_ZONE = "Asia/Shanghai";

/** An instant seen in the zone (the zone's wall clock). */
export function inZone(value: string | Dayjs, zone: string = DEFAULT_ZONE): Dayjs {
  try {
    return dayjs(value).tz(zone);
  } catch {
    return dayjs(value);
  }
}

/** "2026-12-01 09:30" in the user's zone; "—" for nothing. */
export function formatDue(value: string | null | undefined, zone?: string): string {
  return value ? inZone(value, zone).format("YYYY-MM-DD HH:mm") : "—";
}

/**
 * A picker's wall-clock value (what the user chose on the screen) as that moment in the user's
 * zone, with its offset, as the API wants it: 2026-12-01 09:30 → "2026-12-01T09:30:00+08:00".
 */
export function wallClockToIso(value: Dayjs, zone: string = DEFAULT_ZONE): string {
  const wall = value.format("YYYY-MM-DDTHH:mm:ss");
  try {
    return dayjs.tz(wall, zone).format();
  } catch {
    return value.format();
  }
}

/** The reverse: an API instant as a dayjs whose wall clock is the user's (for a picker). */
export function isoToWallClock(value: string, zone: string = DEFAULT_ZONE): Dayjs {
  return dayjs(inZone(value, zone).format("YYYY-MM-DDTHH:mm:ss"));
}

/** The local day of an instant: "2026-12-01". */
export function dayKey(value: string, zone?: string): string {
  return inZone(value, zone).format("YYYY-MM-DD");
}

/** A range of local dates [from, to] (inclusive) as the filter's dueAfter/dueBefore instants. */
export function dayRangeFilter(from: string, to: string, zone: string = DEFAULT_ZONE): { dueAfter: string; dueBefore: string } {
  return {
    dueAfter: dayjs.tz(`${from}T00:00:00`, zone).format(),
    dueBefore: dayjs.tz(`${to}T00:00:00`, zone).add(1, "day").format(),
  };
}

/** The seven dates (Monday first) of the week holding `date` ("YYYY-MM-DD"). */
export function weekDays(date: string): string[] {
  const day = dayjs(date);
  const monday = day.subtract((day.day() + 6) % 7, "day");
  return Array.from({ length: 7 }, (_, i) => monday.add(i, "day").format("YYYY-MM-DD"));
}

/** The dates a month view shows: the 6 weeks antd's Calendar draws, Monday first in zh-CN. */
export function monthGrid(date: string, weekStartsOnMonday = true): { from: string; to: string } {
  const first = dayjs(date).startOf("month");
  const offset = weekStartsOnMonday ? (first.day() + 6) % 7 : first.day();
  const start = first.subtract(offset, "day");
  return { from: start.format("YYYY-MM-DD"), to: start.add(41, "day").format("YYYY-MM-DD") };
}

/** Tasks grouped by their local due date, each day's in due order. */
export function groupByDay<T extends { dueAt?: string | null }>(tasks: T[], zone?: string): Map<string, T[]> {
  const days = new Map<string, T[]>();
  const sorted = [...tasks].filter((t) => t.dueAt).sort((a, b) => dayjs(a.dueAt!).valueOf() - dayjs(b.dueAt!).valueOf());
  for (const task of sorted) {
    const key = dayKey(task.dueAt!, zone);
    days.set(key, [...(days.get(key) ?? []), task]);
  }
  return days;
}
