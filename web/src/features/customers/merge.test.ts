import { describe, expect, it } from "vitest";

import { defaultChoices, differingFields, takeFromMerged } from "./merge";

const survivor = { name: "深圳华信科技有限公司", industry: "制造业", phone: "0755-****1234", email: null, city: "深圳市" };
const merged = { name: "深圳华信科技", industry: "电子制造", phone: "0755-****1234", email: "p***@huaxin-tech.cn", city: "深圳市" };

describe("merge choices", () => {
  it("offers a choice only where the two differ", () => {
    expect(differingFields(survivor, merged)).toEqual(["name", "industry", "email"]);
  });

  it("keeps the survivor's values but fills its empty fields from the merged one", () => {
    expect(defaultChoices(survivor, merged)).toEqual({ name: "survivor", industry: "survivor", email: "merged" });
  });

  it("names the fields taken from the merged customer", () => {
    expect(takeFromMerged(survivor, merged, { name: "survivor", industry: "merged", email: "merged", city: "merged" })).toEqual([
      "industry",
      "email",
    ]);
  });
});
