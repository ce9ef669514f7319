/** 9:00 on the day `days` after `now`, in the phone's own time (the rep's): when field work starts. */
export function nineOClock(days: number, now = new Date()): Date {
  const at = new Date(now);
  at.setHours(9, 0, 0, 0);
  at.setDate(at.getDate() + days);
  return at;
}

/** Days from `now` to the next Monday (7 on a Monday). */
export function daysToNextMonday(now = new Date()): number {
  return (8 - now.getDay()) % 7 || 7;
}
