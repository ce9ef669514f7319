import { describe, expect, it } from "vitest";

import { remindersInput } from "./TaskFormModal";

describe("the reminders a new task sends", () => {
  it("leaves them out (the assignee's defaults) when nothing is chosen", () => {
    expect(remindersInput(undefined)).toBeNull();
    expect(remindersInput([])).toBeNull();
  });

  it("sends none for 不提醒, whatever else is chosen", () => {
    expect(remindersInput(["none"])).toEqual([]);
    expect(remindersInput([15, "none"])).toEqual([]);
  });

  it("sends each chosen preset as minutes before the due time", () => {
    expect(remindersInput([1440, 15])).toEqual([{ minutesBefore: 1440 }, { minutesBefore: 15 }]);
  });
});
