import { describe, expect, it } from "vitest";

import { roleDescription, roleName } from "./roleNames";

describe("built-in role names", () => {
  it("show in English to an English user while they keep their built-in name", () => {
    expect(roleName({ key: "sales_rep", name: "销售代表" }, "en")).toBe("Sales rep");
    expect(roleDescription({ key: "read_only", name: "只读用户", description: "只能查看，不能修改" }, "en")).toBe("Sees, changes nothing");
  });

  it("keep the name an administrator gave, and stay Chinese for a Chinese user", () => {
    expect(roleName({ key: "sales_rep", name: "一线销售" }, "en")).toBe("一线销售");
    expect(roleName({ key: "sales_rep", name: "销售代表" }, "zh-CN")).toBe("销售代表");
    expect(roleName({ key: "custom_a1b2", name: "渠道经理" }, "en")).toBe("渠道经理");
  });
});
