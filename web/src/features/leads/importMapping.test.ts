import { describe, expect, it } from "vitest";

import { isFinished, mappingInput, mappingProblems, markRows } from "./importMapping";

describe("mappingInput", () => {
  it("leaves ignored columns out and keeps the file's positions", () => {
    expect(
      mappingInput([
        { column: 0, header: "姓名", target: "NAME" },
        { column: 1, header: "状态", target: "IGNORE" },
        { column: 2, header: "手机", target: "PHONE" },
        { column: 3, header: "报名渠道", target: "EXTRA" },
      ]),
    ).toEqual([
      { column: 0, target: "NAME" },
      { column: 2, target: "PHONE" },
      { column: 3, target: "EXTRA" },
    ]);
  });
});

describe("mappingProblems", () => {
  it("asks for a name and a way to reach the person", () => {
    expect(mappingProblems([{ column: 0, header: "公司", target: "COMPANY" }]).map((p) => p.code)).toEqual([
      "IMPORT_NAME_NOT_MAPPED",
      "IMPORT_CONTACT_NOT_MAPPED",
    ]);
  });

  it("names a field mapped twice once, but lets several columns be extra or ignored", () => {
    expect(
      mappingProblems([
        { column: 0, header: "姓名", target: "NAME" },
        { column: 1, header: "手机", target: "PHONE" },
        { column: 2, header: "电话", target: "PHONE" },
        { column: 3, header: "座机", target: "PHONE" },
        { column: 4, header: "a", target: "EXTRA" },
        { column: 5, header: "b", target: "EXTRA" },
        { column: 6, header: "c", target: "IGNORE" },
        { column: 7, header: "d", target: "IGNORE" },
      ]),
    ).toEqual([{ code: "IMPORT_FIELD_MAPPED_TWICE", target: "PHONE" }]);
  });
});

describe("markRows", () => {
  it("marks each sample row good, refused with its reasons, or skipped as a duplicate", () => {
    const marked = markRows(
      [
        { rowNumber: 2, cells: ["王芳", "13800138000"] },
        { rowNumber: 3, cells: ["李雷", "12345"] },
        { rowNumber: 4, cells: ["韩梅", "13900139000"] },
      ],
      [
        { rowNumber: 3, outcome: "failed", reasons: [{ message: "手机：手机号格式不正确" }, { message: "邮箱：邮箱格式不正确" }] },
        { rowNumber: 4, outcome: "skipped", reasons: [{ message: "与已有线索重复" }] },
      ],
    );
    expect(marked.map((r) => [r.rowNumber, r.outcome, r.reasons])).toEqual([
      [2, "ok", ""],
      [3, "failed", "手机：手机号格式不正确；邮箱：邮箱格式不正确"],
      [4, "skipped", "与已有线索重复"],
    ]);
  });
});

describe("isFinished", () => {
  it("is true only for the ends of an import", () => {
    expect(["QUEUED", "RUNNING", "DONE", "FAILED", "CANCELLED"].map((s) => isFinished(s as never))).toEqual([false, false, true, true, true]);
  });
});
