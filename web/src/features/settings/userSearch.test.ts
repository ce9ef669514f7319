import { describe, expect, it } from "vitest";

import { matchesUser } from "./userSearch";

const LIU = { displayName: "刘洋", email: "rep1@demo.junlite.cn", phone: "+8613800138001" };

describe("matchesUser", () => {
  it("finds by part of the name or the email, ignoring case", () => {
    expect(matchesUser(LIU, "刘")).toBe(true);
    expect(matchesUser(LIU, "REP1@")).toBe(true);
    expect(matchesUser(LIU, "陈")).toBe(false);
  });

  it("finds by the digits of the mobile number, not by one or two digits", () => {
    expect(matchesUser(LIU, "138 0013")).toBe(true);
    expect(matchesUser({ ...LIU, email: null }, "13")).toBe(false);
  });

  it("keeps everyone for an empty search", () => {
    expect(matchesUser(LIU, "  ")).toBe(true);
  });
});
