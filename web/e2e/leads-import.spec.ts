import { readFileSync } from "node:fs";

import { expect, test } from "@playwright/test";

import { DEMO, screenshotsAtEveryWidth, signIn } from "./helpers";

test("a sales director imports a CSV with a bad row: preview, live progress, error report, the leads in the list", async ({ page }) => {
  const suffix = Date.now();
  const tail = String(suffix).slice(-7);
  const company = `导入测试${suffix}有限公司`;
  const rows = [
    [`王导入${tail}`, `1380${tail}`, `wang${suffix}@example.cn`, company],
    [`李导入${tail}`, `1390${tail}`, "", company],
    [`坏导入${tail}`, "12345", "", company],
    [`赵导入${tail}`, `1370${tail}`, "", company],
  ];
  const csv = ["姓名,手机,邮箱,公司", ...rows.map((r) => r.join(","))].join("\r\n") + "\r\n";

  // The 销售主管 role has no lead import grant (API: lead import is for 市场专员, 销售总监 and
  // administrators), so the import is done by 李娜, 销售总监.
  await signIn(page, DEMO.director);
  await page.goto("/leads");
  await page.getByTestId("lead-import").click();
  await expect(page.getByRole("heading", { name: "导入线索" })).toBeVisible();

  await page.locator('input[type="file"]').setInputFiles({ name: `展会线索-${suffix}.csv`, mimeType: "text/csv", buffer: Buffer.from(csv, "utf-8") });
  await expect(page.getByTestId("import-file-info")).toContainText("共 4 行数据");
  // The API's suggestions: 姓名 → 姓名, 手机 → 手机 ...
  await expect(page.getByTestId("map-0")).toContainText("姓名");
  await expect(page.getByTestId("map-1")).toContainText("手机");
  await expect(page.getByTestId("map-2")).toContainText("邮箱");
  await expect(page.getByTestId("map-3")).toContainText("公司");

  await page.getByTestId("import-check").click();
  await expect(page.getByTestId("import-preview-summary")).toHaveText("共 4 行：可导入 3 行，有问题 1 行，重复跳过 0 行");
  const badRow = page.getByTestId("problem-row-4");
  await expect(badRow).toContainText("未导入");
  await expect(badRow).toContainText("手机号格式不正确");
  await expect(page.getByTestId("sample-row-4")).toContainText("未导入");
  await expect(page.getByTestId("sample-row-2")).toContainText("可导入");
  await screenshotsAtEveryWidth(page, "lead-import");

  await page.getByTestId("import-start").click();
  await expect(page.getByTestId("import-result")).toHaveText("导入完成：新建 3 条，更新 0 条，跳过 0 条，失败 1 条", { timeout: 60_000 });
  await expect(page.getByTestId("import-status")).toHaveText("已完成");
  await expect(page.getByTestId("import-processed")).toHaveText("已处理 4 / 4 行");
  await expect(page.getByTestId("import-created")).toContainText("3");
  await expect(page.getByTestId("import-failed")).toContainText("1");

  const downloading = page.waitForEvent("download");
  await page.getByTestId("import-progress").getByTestId("import-report").click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`展会线索-${suffix}-导入问题行.csv`);
  const report = readFileSync(await download.path(), "utf-8");
  const lines = report.replace(/^\uFEFF/, "").split(/\r?\n/).filter(Boolean);
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain("4,未导入,");
  expect(lines[1]).toContain("手机号格式不正确");
  expect(lines[1]).toContain(`坏导入${tail}`);

  // The history lists it.
  await expect(page.getByTestId("import-history")).toContainText(`展会线索-${suffix}.csv`);

  await page.getByRole("button", { name: "查看线索列表" }).click();
  const search = page.getByPlaceholder("搜索姓名、公司、手机号或邮箱");
  await search.fill(company);
  await search.press("Enter");
  await expect(page.getByTestId("lead-pager")).toContainText("共 3 条");
  for (const name of [rows[0][0], rows[1][0], rows[3][0]]) await expect(page.getByTestId(`lead-row-${name}`)).toBeVisible();
  await expect(page.getByTestId(`lead-row-${rows[2][0]}`)).toHaveCount(0);
});
