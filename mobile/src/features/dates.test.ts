import { postponeTarget } from "./tasks/TaskScreen";
import { nextFollowUp } from "./followups/FollowUpScreen";
import { daysToNextMonday, nineOClock } from "./dates";

jest.mock("expo-router", () => require("../test/router").expoRouterMock());

// Local times (the phone's): Friday 27 November 2026, 15:30.
const friday = new Date(2026, 10, 27, 15, 30);
const monday = new Date(2026, 10, 30, 8, 0);

describe("the quick choices of a date", () => {
  it("put a follow-up at 9:00 tomorrow, in 3 days or in a week, across the month's end", () => {
    expect(nextFollowUp("none", friday)).toBeNull();
    expect(nextFollowUp("tomorrow", friday)).toEqual(new Date(2026, 10, 28, 9, 0));
    expect(nextFollowUp("in3", friday)).toEqual(new Date(2026, 10, 30, 9, 0));
    expect(nextFollowUp("week", friday)).toEqual(new Date(2026, 11, 4, 9, 0));
  });

  it("postpone a task by 2 hours, to 9:00 tomorrow, or to 9:00 next Monday (a week on from a Monday)", () => {
    expect(postponeTarget("hours2", friday)).toEqual(new Date(2026, 10, 27, 17, 30));
    expect(postponeTarget("tomorrow", friday)).toEqual(new Date(2026, 10, 28, 9, 0));
    expect(postponeTarget("nextWeek", friday)).toEqual(new Date(2026, 10, 30, 9, 0));
    expect(postponeTarget("nextWeek", monday)).toEqual(new Date(2026, 11, 7, 9, 0));
    expect(daysToNextMonday(monday)).toBe(7);
    expect(nineOClock(0, monday)).toEqual(new Date(2026, 10, 30, 9, 0));
  });
});
