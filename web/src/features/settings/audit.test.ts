import { describe, expect, it } from "vitest";

import { activeFilterCount, auditFilter, EMPTY_AUDIT_FILTER, prettyJson } from "./audit";

describe("auditFilter", () => {
  it("sends nothing for an empty filter", () => {
    expect(auditFilter(EMPTY_AUDIT_FILTER)).toEqual({
      categories: null,
      actorId: null,
      objectType: null,
      actions: null,
      since: null,
      until: null,
    });
  });

  it("splits the typed actions on commas and spaces", () => {
    const filter = auditFilter({ ...EMPTY_AUDIT_FILTER, categories: ["LOGIN"], action: " login.failed，login.refused  user.updated" });
    expect(filter.categories).toEqual(["LOGIN"]);
    expect(filter.actions).toEqual(["login.failed", "login.refused", "user.updated"]);
  });
});

describe("activeFilterCount", () => {
  it("counts a time range once", () => {
    expect(
      activeFilterCount({ ...EMPTY_AUDIT_FILTER, categories: ["REVEAL", "EXPORT"], since: "2026-11-01T00:00:00Z", until: "2026-11-02T00:00:00Z" }),
    ).toBe(2);
  });
});

describe("prettyJson", () => {
  it("indents a change and shows a dash for none", () => {
    expect(prettyJson({ isActive: { before: true, after: false } })).toBe(
      '{\n  "isActive": {\n    "before": true,\n    "after": false\n  }\n}',
    );
    expect(prettyJson(null)).toBe("—");
  });
});
