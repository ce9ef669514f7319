import { describe, expect, it } from "vitest";

import { blankRow, parsePasted, rowsToSend } from "./eventRows";

describe("parsePasted", () => {
  it("reads spreadsheet lines (tabs) and comma lines in the column order", () => {
    expect(parsePasted("王芳\t13800138000\t华信科技\n\n李雷，13900139000，,采购经理\r\n")).toEqual([
      { name: "王芳", phone: "13800138000", company: "华信科技", title: "", email: "" },
      { name: "李雷", phone: "13900139000", company: "", title: "采购经理", email: "" },
    ]);
  });
});

describe("rowsToSend", () => {
  it("drops blank rows and remembers each row's line", () => {
    const rows = [blankRow(), { ...blankRow(), name: " 王芳 ", phone: "13800138000" }, blankRow(), { ...blankRow(), phone: "12345" }];
    expect(rowsToSend(rows)).toEqual([
      { line: 1, row: { name: "王芳", phone: "13800138000" } },
      { line: 3, row: { phone: "12345" } },
    ]);
  });
});
