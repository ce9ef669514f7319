import { describe, expect, it } from "vitest";

import { fieldOf, leadChanges } from "./leadEdit";

const lead = { name: "王芳", phone: "138****8000", email: null, company: "华信", tags: ["展会"], priority: "HIGH" as const };

describe("leadChanges", () => {
  it("sends nothing when nothing changed, so a masked phone is never sent back", () => {
    expect(leadChanges(lead, { ...lead, name: " 王芳 ", tags: ["展会"] })).toEqual({});
  });

  it("sends changed values trimmed, clears emptied ones with null", () => {
    expect(
      leadChanges(lead, { ...lead, phone: "13900139000 ", company: "", email: "w@example.cn", tags: ["展会", "VIP"], priority: null }),
    ).toEqual({ phone: "13900139000", company: null, email: "w@example.cn", tags: ["展会", "VIP"], priority: null });
  });
});

describe("fieldOf", () => {
  it("names the form field of a userError, or none", () => {
    expect(fieldOf(["input", "phone"])).toBe("phone");
    expect(fieldOf(["input", "tags"])).toBe("tags");
    expect(fieldOf(["input", "id"])).toBeNull();
    expect(fieldOf(null)).toBeNull();
  });
});
