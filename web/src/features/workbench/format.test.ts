import { CombinedError } from "urql";
import { describe, expect, it } from "vitest";

import { errorMessageKey, formatAmount, formatCount } from "./format";

describe("formatAmount", () => {
  it("shows yuan with thousands separators in both languages", () => {
    expect(formatAmount("1234567.5", "zh-CN")).toBe("¥1,234,567.5");
    expect(formatAmount("1234567.50", "en")).toBe("¥1,234,567.5");
    expect(formatAmount("0", "zh-CN")).toBe("¥0");
    expect(formatAmount(-2500.125, "en")).toBe("-¥2,500.13");
  });

  it("shows a dash for what is not a number", () => {
    expect(formatAmount("abc", "zh-CN")).toBe("—");
  });
});

describe("formatCount", () => {
  it("groups thousands", () => {
    expect(formatCount(12345, "zh-CN")).toBe("12,345");
    expect(formatCount(7, "en")).toBe("7");
  });
});

describe("errorMessageKey", () => {
  it("names the API's error code where it is known", () => {
    const forbidden = new CombinedError({
      graphQLErrors: [{ message: "no", extensions: { code: "FORBIDDEN" } }],
    });
    expect(errorMessageKey(forbidden)).toBe("errorFORBIDDEN");
    const tooLong = new CombinedError({
      graphQLErrors: [{ message: "no", extensions: { code: "ANALYTICS_PERIOD_TOO_LONG" } }],
    });
    expect(errorMessageKey(tooLong)).toBe("errorANALYTICS_PERIOD_TOO_LONG");
  });

  it("falls back to network or unknown", () => {
    expect(errorMessageKey(new CombinedError({ networkError: new Error("offline") }))).toBe("errorNetwork");
    expect(
      errorMessageKey(new CombinedError({ graphQLErrors: [{ message: "x", extensions: { code: "SOMETHING_NEW" } }] })),
    ).toBe("errorUnknown");
  });
});
