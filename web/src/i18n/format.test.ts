import { describe, expect, it } from "vitest";

import { format } from ".";

describe("format", () => {
  it("fills named parameters and leaves unknown ones visible", () => {
    expect(format("{count} 条线索已分配给 {name}", { count: 3, name: "刘洋" })).toBe("3 条线索已分配给 刘洋");
    expect(format("At most {max}", {})).toBe("At most {max}");
    expect(format("plain")).toBe("plain");
  });
});
