import { describe, expect, it } from "vitest";

import { changedFields, createFields } from "./customerInput";

describe("createFields", () => {
  it("sends the filled fields trimmed and leaves blanks out", () => {
    expect(createFields({ name: " 宁波港通 ", kind: "COMPANY", city: "  ", tags: [], phone: "0574-8688 1234", level: null })).toEqual({
      name: "宁波港通",
      kind: "COMPANY",
      phone: "0574-8688 1234",
    });
  });
});

describe("changedFields", () => {
  const initial = { name: "杭州云帆", industry: "物流", city: "杭州市", tags: ["华东"], level: "B", lifecycle: "INTENT" as const };

  it("sends only what changed, a cleared field as null", () => {
    expect(changedFields(initial, { ...initial, industry: "", level: "A" })).toEqual({ industry: null, level: "A" });
  });

  it("sends nothing when nothing changed, and untouched masked personal data is kept", () => {
    expect(changedFields(initial, { ...initial, phone: "", email: undefined })).toEqual({});
  });

  it("sends a typed phone number and a new list of tags", () => {
    expect(changedFields(initial, { ...initial, phone: "13800139001", tags: ["华东", "冷链"] })).toEqual({
      phone: "13800139001",
      tags: ["华东", "冷链"],
    });
    expect(changedFields(initial, { ...initial, tags: [] })).toEqual({ tags: [] });
  });
});
