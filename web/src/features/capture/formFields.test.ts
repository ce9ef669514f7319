import { describe, expect, it } from "vitest";

import { type BuilderField, checkFields, nextKey, starterFields, targetsFor, toFieldInputs } from "./formFields";

const starter = starterFields({ name: "姓名", phone: "手机号", company: "公司" });

describe("checkFields", () => {
  it("accepts the starter fields", () => {
    expect(checkFields(starter)).toEqual([]);
  });

  it("asks for a name field and a contact field", () => {
    const onlyCompany = starter.slice(2);
    expect(checkFields(onlyCompany).map((p) => p.code)).toEqual(["NAME_FIELD_REQUIRED", "CONTACT_FIELD_REQUIRED"]);
    expect(checkFields([]).map((p) => p.code)).toEqual(["FIELDS_REQUIRED"]);
  });

  it("names the field at fault", () => {
    const fields: BuilderField[] = [
      ...starter,
      { key: "website", label: "网址", type: "TEXT", required: false, options: [], mapsTo: null },
      { key: "interest", label: "产品", type: "MULTISELECT", required: false, options: [" "], mapsTo: "title" },
      { key: "name", label: " ", type: "CHECKBOX", required: false, options: [], mapsTo: "name" },
    ];
    expect(checkFields(fields)).toEqual([
      { code: "KEY_INVALID", index: 3 },
      { code: "OPTIONS_REQUIRED", index: 4 },
      { code: "TYPE_MISMATCH", index: 4 },
      { code: "KEY_TAKEN", index: 5 },
      { code: "LABEL_REQUIRED", index: 5 },
      { code: "TARGET_TAKEN", index: 5 },
    ]);
  });
});

describe("targetsFor", () => {
  it("lets a phone field fill only the phone, a checkbox nothing", () => {
    expect(targetsFor("PHONE")).toEqual(["phone"]);
    expect(targetsFor("CHECKBOX")).toEqual([]);
    expect(targetsFor("MULTISELECT")).toEqual(["productInterests", "serviceNeeds", "tags"]);
  });
});

describe("nextKey", () => {
  it("uses the lead field when free, else the next fieldN", () => {
    expect(nextKey(["name"], "email")).toBe("email");
    expect(nextKey(["email", "field1"], "email")).toBe("field2");
    expect(nextKey([], null)).toBe("field1");
  });
});

describe("toFieldInputs", () => {
  it("trims and keeps options only for choices", () => {
    expect(
      toFieldInputs([
        { key: " budget ", label: " 预算 ", type: "SELECT", required: false, options: [" 10万以下 ", ""], mapsTo: "" },
        { key: "memo", label: "留言", type: "TEXTAREA", required: false, options: ["x"], mapsTo: null },
      ]),
    ).toEqual([
      { key: "budget", label: "预算", type: "SELECT", required: false, options: ["10万以下"], mapsTo: null },
      { key: "memo", label: "留言", type: "TEXTAREA", required: false, options: null, mapsTo: null },
    ]);
  });
});
