import { describe, expect, it } from "vitest";

import { actionColumns, fieldRuleInput, rescopedGrant, toggledGrant } from "./permissions";

describe("actionColumns", () => {
  it("lists every action once, read first, unknown ones last", () => {
    expect(
      actionColumns([{ actions: ["update", "read"] }, { actions: ["export", "read", "approve", "create"] }]),
    ).toEqual(["read", "create", "update", "export", "approve"]);
  });
});

describe("toggledGrant", () => {
  const grant = { objectType: "customer", actions: ["read", "update"], rowScope: "TEAM" as const };

  it("adds an action in order and keeps the row scope", () => {
    expect(toggledGrant(grant, "customer", "create", true)).toEqual({
      objectType: "customer",
      actions: ["read", "create", "update"],
      rowScope: "TEAM",
    });
  });

  it("takes an action away", () => {
    expect(toggledGrant(grant, "customer", "update", false).actions).toEqual(["read"]);
  });

  it("starts an object type the role has no grant for at OWN scope", () => {
    expect(toggledGrant(undefined, "lead", "read", true)).toEqual({ objectType: "lead", actions: ["read"], rowScope: "OWN" });
  });

  it("changes the scope without touching the actions", () => {
    expect(rescopedGrant(grant, "customer", "ORG")).toEqual({ objectType: "customer", actions: ["read", "update"], rowScope: "ORG" });
  });
});

describe("fieldRuleInput", () => {
  const grant = { objectType: "customer", actions: ["read", "update"], rowScope: "OWN" as const };

  it("resets a field chosen back to the defaults", () => {
    expect(fieldRuleInput("R1", "customer", "phone", "DEFAULT", "DEFAULT", grant)).toEqual({
      roleId: "R1",
      rules: [],
      reset: [{ objectType: "customer", field: "phone" }],
    });
  });

  it("sends the default access when only the disclosure is chosen", () => {
    expect(fieldRuleInput("R1", "customer", "phone", "DEFAULT", "FULL", grant).rules).toEqual([
      { objectType: "customer", field: "phone", access: "WRITE", disclosure: "FULL" },
    ]);
  });

  it("hides an ordinary field without a disclosure", () => {
    expect(fieldRuleInput("R1", "customer", "notes", "HIDDEN", null, undefined).rules).toEqual([
      { objectType: "customer", field: "notes", access: "HIDDEN", disclosure: null },
    ]);
  });
});
