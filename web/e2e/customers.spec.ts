import { expect, type Page, test } from "@playwright/test";

import { DEMO, screenshotsAtEveryWidth, signIn } from "./helpers";

const OK = /确\s*定/;

// Each test signs in, creates its own customers and walks several screens: on a shared, busy
// machine that takes longer than the default 90 s.
test.describe.configure({ timeout: 300_000 });

async function createCustomer(page: Page, name: string, phone: string): Promise<void> {
  await page.goto("/customers");
  await page.getByTestId("create-customer").click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("客户名称").fill(name);
  await dialog.getByLabel("电话").fill(phone);
  await dialog.getByLabel("行业").fill("物流");
  await dialog.getByRole("button", { name: OK }).click();
}

async function searchList(page: Page, text: string): Promise<void> {
  const search = page.getByTestId("customer-search").getByRole("searchbox");
  await search.fill(text);
  await search.press("Enter");
}

test("a manager creates a customer, adds a contact, finds it by search and sees its timeline", async ({ page }) => {
  const suffix = Date.now();
  const name = `E2E客户${suffix}有限公司`;
  const phone = `137${String(suffix).slice(-8)}`;
  await signIn(page, DEMO.manager);

  // The form's own checks, then the API's: a malformed mobile lands on the phone field.
  await page.goto("/customers");
  await page.getByTestId("create-customer").click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: OK }).click();
  await expect(dialog.getByText("此项必填")).toBeVisible();
  await dialog.getByLabel("客户名称").fill(name);
  await dialog.getByLabel("电话").fill("12345");
  await dialog.getByRole("button", { name: OK }).click();
  await expect(dialog.getByText("手机号格式不正确")).toBeVisible();
  await dialog.getByLabel("电话").fill(phone);
  await dialog.getByRole("button", { name: OK }).click();
  await expect(page.getByText("客户已创建")).toBeVisible();
  await expect(page.getByTestId("customer-detail-name")).toHaveText(name);
  await expect(page.getByTestId("customer-owner")).toHaveText("张伟");
  await expect(page.getByTestId("customer-phone")).toHaveText(`137****${phone.slice(-4)}`);

  await page.getByTestId("add-contact").click();
  const contactDialog = page.getByRole("dialog");
  await contactDialog.getByLabel("姓名").fill("王采购");
  await contactDialog.getByLabel("职务").fill("采购经理");
  await contactDialog.getByLabel("手机").fill(`139${String(suffix).slice(-8)}`);
  await contactDialog.getByRole("button", { name: OK }).click();
  await expect(page.getByText("联系人已保存")).toBeVisible();
  const contact = page.getByTestId("contact-王采购");
  await expect(contact).toContainText("主联系人");
  await expect(contact).toContainText("采购经理");
  await expect(page.getByTestId("contact-mobile-王采购")).toHaveText(`139****${String(suffix).slice(-4)}`);

  // Back in the list, the customer is found by its whole phone number.
  await page.goto("/customers");
  await searchList(page, phone);
  const row = page.getByTestId(`customer-row-${name}`);
  await expect(row).toBeVisible();
  await expect(page.getByTestId("customer-pager")).toContainText("共 1 条");
  await expect(row).toContainText("张伟");
  await screenshotsAtEveryWidth(page, "customers-list");

  await row.getByRole("link", { name }).click();
  await expect(page.getByTestId("customer-detail-name")).toHaveText(name);
  await expect(page.getByTestId("customer-timeline").getByTestId("timeline-entry").first()).toContainText("创建客户");
  await expect(page.getByTestId("customer-contacts")).toContainText("王采购");
  await screenshotsAtEveryWidth(page, "customer-detail");
});

test("a rep claims a customer from the public pool and finds it in their list; a refused claim names the customer", async ({ page, browser }) => {
  const suffix = Date.now();
  const name = `E2E公海${suffix}贸易有限公司`;
  const phone = `136${String(suffix).slice(-8)}`;

  // 张伟 creates a customer and releases it to the pool from the list.
  await signIn(page, DEMO.manager);
  await createCustomer(page, name, phone);
  await expect(page.getByTestId("customer-detail-name")).toHaveText(name);
  await page.goto("/customers");
  await searchList(page, name);
  const row = page.getByTestId(`customer-row-${name}`);
  await row.getByRole("checkbox").check();
  await page.getByTestId("batch-release").click();
  await expect(page.getByTestId("release-confirm")).toHaveText("将 1 个客户退回公海？");
  await page.getByRole("dialog").getByLabel("退回原因").fill("暂无需求");
  await page.getByRole("dialog").getByRole("button", { name: OK }).click();
  await expect(page.getByText("已退回公海：1 个客户")).toBeVisible();

  // 刘洋 may not take back 成都天府 (his until the recycling job took it): all or nothing.
  const rep = await browser.newContext();
  const repPage = await rep.newPage();
  await signIn(repPage, DEMO.rep1);
  await repPage.goto("/customers/pool");
  const poolRow = repPage.getByTestId(`pool-row-${name}`);
  await expect(poolRow).toBeVisible();
  const tianfu = repPage.getByTestId("pool-row-成都天府餐饮管理有限公司");
  await tianfu.getByRole("checkbox").check();
  await poolRow.getByRole("checkbox").check();
  await screenshotsAtEveryWidth(repPage, "customer-pool");
  await repPage.getByTestId("pool-claim").click();
  const problems = repPage.getByTestId("pool-problems");
  await expect(problems).toContainText("成都天府餐饮管理有限公司：退回公海后 7 天内不能再次领取该客户");
  await expect(poolRow).toBeVisible();

  await tianfu.getByRole("checkbox").uncheck();
  await repPage.getByTestId("pool-claim").click();
  await expect(repPage.getByText("已领取 1 个客户")).toBeVisible();
  await expect(poolRow).toBeHidden();

  await repPage.goto("/customers");
  await searchList(repPage, name);
  const mine = repPage.getByTestId(`customer-row-${name}`);
  await expect(mine).toBeVisible();
  await expect(mine).toContainText("刘洋");
  await rep.close();
});

test("an administrator merges two duplicates, taking the phone number of the merged one", async ({ page }) => {
  const suffix = Date.now();
  const name = `E2E合并${suffix}科技有限公司`;
  const phoneA = `135${String(suffix).slice(-8)}`;
  const phoneB = `134${String(suffix).slice(-8)}`;
  await signIn(page, DEMO.admin);

  await createCustomer(page, name, phoneA);
  await expect(page.getByTestId("customer-detail-name")).toHaveText(name);
  const survivorUrl = page.url();

  // The same company again: the API names the match, and the user creates it anyway.
  await createCustomer(page, `${name.replace("有限公司", "")}`, phoneB);
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByTestId("customer-duplicates")).toContainText(name);
  await expect(dialog.getByTestId("customer-duplicates")).toContainText("相同：名称");
  await dialog.getByTestId("create-anyway").click();
  await expect(page.getByText("客户已创建")).toBeVisible();

  await page.goto(survivorUrl);
  await page.getByRole("button", { name: /查\s*重/ }).click();
  const match = page.getByTestId(`duplicate-${name.replace("有限公司", "")}`);
  await expect(match).toContainText("相同：名称");
  await match.getByRole("button", { name: /合\s*并/ }).click();

  await expect(page.getByTestId("merge-survivor")).toContainText(name);
  await page.getByTestId("merge-phone-merged").click();
  await page.getByTestId("merge-run").click();
  await page.locator(".ant-popconfirm").getByRole("button", { name: OK }).click();
  await expect(page.getByText(/已合并/)).toBeVisible();
  await expect(page.getByTestId("customer-detail-name")).toHaveText(name);
  await expect(page.getByTestId("customer-phone")).toHaveText(`134****${phoneB.slice(-4)}`);
  await expect(page.getByTestId("customer-timeline")).toContainText("合并了客户");
});
