import { describe, expect, it } from "vitest";

import { mayEditRouting, visibleTabs } from "./access";

const role = (grants: Record<string, string[]>) => (objectType: string, action: string) => grants[objectType]?.includes(action) ?? false;

describe("visibleTabs", () => {
  it("shows a sales manager the routing rules (lead: assign) but lets only admins change them", () => {
    const manager = role({ lead: ["read", "assign"], campaign: ["read"] });
    expect(visibleTabs(manager)).toEqual(["routing", "scoring", "forms", "events", "webhooks", "wechat"]);
    expect(mayEditRouting(manager)).toBe(false);
    const admin = role({ lead: ["read", "assign"], campaign: ["read", "update"], setting: ["read", "update"] });
    expect(mayEditRouting(admin)).toBe(true);
  });

  it("hides routing from a rep", () => {
    expect(visibleTabs(role({ lead: ["read", "create", "update"], campaign: ["read"] }))).toEqual(["scoring", "forms", "events", "webhooks", "wechat"]);
  });
});
