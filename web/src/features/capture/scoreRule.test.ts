import { describe, expect, it } from "vitest";

import { fixedValues, operatorsFor, signedPoints, valueCount } from "./scoreRule";

describe("operatorsFor", () => {
  it("offers what the API accepts for each field", () => {
    expect(operatorsFor("SOURCE")).toEqual(["EQUALS", "ONE_OF"]);
    expect(operatorsFor("TAGS")).toEqual(["CONTAINS", "ONE_OF", "IS_SET"]);
    expect(operatorsFor("HAS_PHONE")).toEqual(["IS_SET"]);
    expect(operatorsFor("INDUSTRY")).toEqual(["EQUALS", "ONE_OF", "CONTAINS", "IS_SET"]);
  });
});

describe("valueCount", () => {
  it("one value for EQUALS/CONTAINS, several for ONE_OF, none for IS_SET", () => {
    expect([valueCount("EQUALS"), valueCount("CONTAINS"), valueCount("ONE_OF"), valueCount("IS_SET")]).toEqual(["one", "one", "many", "none"]);
  });
});

describe("fixedValues and signedPoints", () => {
  it("spells sources as stored and signs points", () => {
    expect(fixedValues("SOURCE")?.[0]).toBe("web_form");
    expect(fixedValues("CITY")).toBeNull();
    expect(signedPoints(20)).toBe("+20");
    expect(signedPoints(-5)).toBe("−5");
  });
});
