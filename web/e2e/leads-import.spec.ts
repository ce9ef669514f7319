import { readFileSync } from "node:fs";

import { expect, test } from "@playwright/test";

import { DEMO, screenshotsAtEveryWidth, signIn } from "./helpers";

// Each test walks a whole flow (an import job, a conversion) on a machine shared with other runs.
test.describe.configure({ timeout: 240_000 });

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
  const [good1, good2, bad, good3] = rows.map((r) => r[0]!);
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
  for (const name of [good1!, good2!, good3!]) await expect(page.getByTestId(`lead-row-${name}`)).toBeVisible();
  await expect(page.getByTestId(`lead-row-${bad}`)).toHaveCount(0);

  // Export what the list shows (the search applies), as CSV.
  const exporting = page.waitForEvent("download");
  await page.getByTestId("lead-export").click();
  await page.getByRole("menuitem", { name: "导出 CSV" }).click();
  const exported = readFileSync(await (await exporting).path(), "utf-8").replace(/^\uFEFF/, "").split(/\r?\n/).filter(Boolean);
  expect(exported).toHaveLength(4);
  expect(exported[0]).toMatch(/^姓名,手机,邮箱/);
  for (const name of [good1!, good2!, good3!]) expect(exported.some((line) => line.startsWith(`${name},`))).toBe(true);
  await expect(page.getByText("已导出 3 条线索")).toBeVisible();

  // Save the search as a filter, clear it, pick it again.
  await page.getByTestId("saved-filters").click();
  await page.getByRole("menuitem", { name: "保存当前筛选" }).click();
  await page.getByRole("dialog").getByLabel("名称").fill(`导入${tail}`);
  await page.getByRole("dialog").getByRole("button", { name: /确\s*定/ }).click();
  await expect(page.getByText(`已保存筛选「导入${tail}」`)).toBeVisible();
  await search.fill("");
  await search.press("Enter");
  await expect(page.getByTestId("lead-pager")).not.toContainText("共 3 条");
  await page.getByTestId("saved-filters").click();
  await page.getByRole("menuitem", { name: `导入${tail}` }).click();
  await expect(page.getByTestId("lead-pager")).toContainText("共 3 条");
  await expect(search).toHaveValue(company);
});

test("a manager edits a lead, works through the checklist and converts it into a customer, a contact and a deal", async ({ page }) => {
  const suffix = Date.now();
  const leadName = `转化线索-${suffix}`;
  const company = `转化测试${suffix}科技有限公司`;
  const phone = `136${String(suffix).slice(-8)}`;

  await signIn(page, DEMO.manager);
  await page.goto("/leads");
  await page.getByTestId("create-lead").click();
  const create = page.getByRole("dialog");
  await create.getByLabel("姓名").fill(leadName);
  await create.getByLabel("手机号").fill(phone);
  await create.getByLabel("负责人", { exact: true }).click();
  await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: "张伟" }).first().click();
  await create.getByRole("button", { name: /确\s*定/ }).click();
  await expect(page.getByText("线索已创建")).toBeVisible();
  const search = page.getByPlaceholder("搜索姓名、公司、手机号或邮箱");
  await search.fill(leadName);
  await search.press("Enter");
  await page.getByTestId(`lead-row-${leadName}`).getByRole("link", { name: leadName }).click();
  await expect(page.getByTestId("lead-detail-name")).toHaveText(leadName);

  // Edit: the API's field error lands under the field; then the fix is saved.
  await page.getByTestId("edit-lead").click();
  const edit = page.getByRole("dialog");
  await edit.getByLabel("公司").fill(company);
  await edit.getByLabel("手机号").fill("12345");
  await edit.getByRole("button", { name: /确\s*定/ }).click();
  await expect(edit.locator(".ant-form-item-explain-error")).toHaveText("手机号格式不正确");
  await edit.getByLabel("手机号").fill(phone);
  await edit.getByRole("button", { name: /确\s*定/ }).click();
  await expect(page.getByText("线索已保存")).toBeVisible();
  await expect(page.getByTestId("lead-detail")).toContainText(company);

  // The checklist: 需求确认 moves the new lead to 意向明确; undo and redo a step.
  const checklist = page.getByTestId("conversion-checklist");
  await checklist.getByTestId("step-VERIFY").getByRole("button", { name: /^完\s*成$/ }).click();
  await expect(checklist.getByTestId("step-VERIFY")).toContainText("张伟");
  await checklist.getByTestId("step-CONFIRM_NEED").getByRole("button", { name: /^完\s*成$/ }).click();
  await expect(page.getByTestId("lead-status")).toHaveText("意向明确");
  await checklist.getByTestId("step-VERIFY").getByRole("button", { name: /^撤\s*销$/ }).click();
  await expect(checklist.getByTestId("step-VERIFY").getByRole("button", { name: /^完\s*成$/ })).toBeVisible();
  await checklist.getByTestId("step-VERIFY").getByRole("button", { name: /^完\s*成$/ }).click();
  await expect(checklist.getByTestId("step-VERIFY")).toContainText("张伟");

  await page.getByTestId("convert-lead").click();
  const convert = page.getByRole("dialog");
  await convert.getByTestId("convert-with-opportunity").check();
  await convert.getByLabel("金额（元）").fill("50000");
  await convert.getByLabel("转化原因").fill("需求匹配");
  await screenshotsAtEveryWidth(page, "lead-convert");
  await convert.getByRole("button", { name: /确\s*定/ }).click();
  const result = page.getByTestId("convert-result");
  await expect(result).toContainText("线索已转化");
  await expect(result.getByRole("link", { name: `客户：${company}` })).toHaveAttribute("href", /^\/customers\//);
  await expect(result.getByRole("link", { name: `联系人：${leadName}` })).toBeVisible();
  await expect(result.getByRole("link", { name: `商机：${company}` })).toBeVisible();
  await page.getByRole("dialog").getByRole("button", { name: /关\s*闭/ }).first().click();
  await expect(page.getByTestId("lead-status")).toHaveText("已转化");
  await expect(page.getByTestId("converted-links")).toContainText(`客户：${company}`);
  await expect(checklist.getByTestId("step-CONVERT")).toContainText("张伟");
});
