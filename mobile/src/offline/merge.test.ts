import { mergeFields, sameValue } from "./merge";

// base: the field as the rep saw it before editing offline; mine: what they typed; theirs: the server's now.

describe("mergeFields", () => {
  it("sends a field the server did not touch meanwhile", () => {
    expect(mergeFields({ city: "上海" }, { city: "杭州" }, { city: "上海", company: "华信科技" })).toEqual({ send: { city: "杭州" }, conflicts: [] });
  });

  it("drops a field the server already holds as the rep wants it", () => {
    expect(mergeFields({ city: "上海" }, { city: "杭州" }, { city: "杭州" })).toEqual({ send: {}, conflicts: [] });
  });

  it("keeps a field both changed differently as a conflict, with all three values", () => {
    expect(mergeFields({ city: "上海" }, { city: "杭州" }, { city: "苏州" })).toEqual({
      send: {},
      conflicts: [{ field: "city", base: "上海", mine: "杭州", theirs: "苏州" }],
    });
  });

  it("settles each field on its own in one edit", () => {
    const base = { city: "上海", notes: null, priority: "LOW", phone: "13912345678" };
    const mine = { city: "杭州", notes: "周三下午再去", priority: "HIGH", phone: "13900000000" };
    const theirs = { city: "苏州", notes: null, priority: "HIGH", phone: "13912345678", company: "华信集团" };
    expect(mergeFields(base, mine, theirs)).toEqual({
      send: { notes: "周三下午再去", phone: "13900000000" },
      conflicts: [{ field: "city", base: "上海", mine: "杭州", theirs: "苏州" }],
    });
  });

  it("takes an empty string, null and a missing value as the same empty field", () => {
    expect(mergeFields({ notes: null }, { notes: "带样品" }, { notes: "" })).toEqual({ send: { notes: "带样品" }, conflicts: [] });
    expect(mergeFields({ notes: "旧" }, { notes: "" }, {})).toEqual({ send: {}, conflicts: [] });
    expect(mergeFields({}, { title: "采购经理" }, { title: null })).toEqual({ send: { title: "采购经理" }, conflicts: [] });
  });

  it("compares lists by their values", () => {
    const base = { tags: ["华东"] };
    const mine = { tags: ["华东", "重点"] };
    expect(mergeFields(base, mine, { tags: ["华东"] })).toEqual({ send: { tags: ["华东", "重点"] }, conflicts: [] });
    expect(mergeFields(base, mine, { tags: ["华东", "重点"] })).toEqual({ send: {}, conflicts: [] });
    expect(mergeFields(base, mine, { tags: ["华南"] }).conflicts).toEqual([{ field: "tags", base: ["华东"], mine: ["华东", "重点"], theirs: ["华南"] }]);
  });
});

describe("sameValue", () => {
  it("tells different values apart, whatever their type", () => {
    expect(sameValue("0", 0)).toBe(false);
    expect(sameValue(null, 0)).toBe(false);
    expect(sameValue(["a", "b"], ["b", "a"])).toBe(false);
    expect(sameValue(undefined, "")).toBe(true);
  });
});
