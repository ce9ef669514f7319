import { describe, expect, it } from "vitest";

import { duration, formatMoney, lineTotal, sumMoney } from "./money";

describe("money", () => {
  it("formats Decimal strings with the currency's symbol", () => {
    expect(formatMoney("33362.5", "CNY", "zh-CN")).toBe("¥33,362.50");
    expect(formatMoney("1200", "USD", "en")).toBe("$1,200.00");
    expect(formatMoney(null, "CNY", "zh-CN")).toBe("—");
  });

  it("computes a line as the server does, half up to the cent", () => {
    expect(lineTotal("3", "2500", "12.5")).toBe("6562.50");
    expect(lineTotal("1", "0.005", "0")).toBe("0.01");
    expect(lineTotal("2", "29800", "10")).toBe("53640.00");
  });

  it("adds amounts to the cent and names a span in its largest unit", () => {
    expect(sumMoney(["20000.00", "13362.50", null])).toBe("33362.50");
    expect(duration(3 * 86_400 + 5)).toEqual({ unit: "days", count: 3 });
    expect(duration(7_200)).toEqual({ unit: "hours", count: 2 });
    expect(duration(59)).toEqual({ unit: "minutes", count: 0 });
  });
});
