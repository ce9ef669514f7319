import { describe, expect, it } from "vitest";

import { sectionOf, visibleSections } from "./sections";

const grants = (list: string[]) => (objectType: string, action: string) => list.includes(`${objectType}:${action}`);

describe("visibleSections", () => {
  it("gives a sales rep only their own preferences, look and teams", () => {
    expect(visibleSections(grants(["user:read", "team:read", "lead:read"]))).toEqual(["profile", "appearance", "teams"]);
  });

  it("gives an administrator every section", () => {
    const admin = grants(["user:create", "user:update", "team:read", "role:read", "audit:read"]);
    expect(visibleSections(admin)).toEqual(["profile", "appearance", "users", "teams", "roles", "audit"]);
  });

  it("shows users to a role that may only assign them", () => {
    expect(visibleSections(grants(["user:assign"]))).toContain("users");
  });
});

describe("sectionOf", () => {
  it("reads the section from the path", () => {
    expect(sectionOf("/settings/roles")).toBe("roles");
    expect(sectionOf("/settings/audit/")).toBe("audit");
    expect(sectionOf("/settings")).toBeNull();
    expect(sectionOf("/settings/nothing")).toBeNull();
  });
});
