import { expect, test } from "@playwright/test";

import { DEMO, pickOption, screenshotsAtEveryWidth, signedInContext, signIn } from "./helpers";

test("a manager creates a lead, assigns it to 刘洋, who hears of it live", async ({ page, browser }) => {
  const suffix = Date.now();
  const leadName = `E2E线索-${suffix}`;
  const phone = `139${String(suffix).slice(-8)}`;

  // 刘洋 keeps the console open meanwhile: the notification must arrive without a reload.
  const rep = await signedInContext(browser, DEMO.rep1);
  await expect(rep.page.getByTestId("workbench-title")).toContainText("刘洋");

  await signIn(page, DEMO.manager);
  await page.goto("/leads");
  await expect(page.getByRole("heading", { name: "线索" })).toBeVisible();

  await page.getByTestId("create-lead").click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: /确\s*定/ }).click();
  await expect(dialog.getByText("此项必填")).toBeVisible();
  await expect(dialog.getByText("手机号、邮箱或微信号至少填一项")).toBeVisible();
  await dialog.getByLabel("姓名").fill(leadName);
  await dialog.getByLabel("手机号").fill(phone);
  await dialog.getByLabel("公司").fill("深圳测试科技有限公司");
  // Owned by 张伟 himself first (the routing rules could have given it to 刘洋 already), so the
  // assignment to 刘洋 below is a real change of owner.
  await pickOption(page, page.getByRole("dialog"), "负责人", "张伟");
  await dialog.getByRole("button", { name: /确\s*定/ }).click();
  await expect(page.getByText("线索已创建")).toBeVisible();
  await expect(dialog).toBeHidden();

  const search = page.getByPlaceholder("搜索姓名、公司、手机号或邮箱");
  await search.fill(leadName);
  await search.press("Enter");
  const row = page.getByTestId(`lead-row-${leadName}`);
  await expect(row).toBeVisible();
  await expect(page.getByTestId("lead-pager")).toContainText("共 1 条");
  await expect(row).toContainText("张伟");
  await expect(row).toContainText("139****");

  await row.getByRole("checkbox").check();
  await expect(page.getByTestId("batch-bar")).toContainText("已选 1 条");
  await page.getByTestId("batch-assign").click();
  await expect(page.getByTestId("batch-confirm")).toHaveText("将 1 条线索分配给所选销售？");
  await pickOption(page, page.getByRole("dialog"), "负责人", "刘洋");
  await page.getByRole("dialog").getByRole("button", { name: /确\s*定/ }).click();
  await expect(page.getByText("已完成：1 条线索")).toBeVisible();
  await expect(row).toContainText("刘洋");
  await screenshotsAtEveryWidth(page, "leads-list");

  // The bell of 刘洋's open console: a toast, then the item in the bell's list.
  await expect(rep.page.locator(".ant-notification-notice", { hasText: leadName })).toBeVisible({ timeout: 30_000 });
  await rep.page.getByRole("button", { name: "通知" }).click();
  await expect(rep.page.getByTestId("notification-item").first()).toContainText(`新线索：${leadName}`);
  await rep.context.close();

  await row.getByRole("link", { name: leadName }).click();
  await expect(page.getByTestId("lead-detail-name")).toHaveText(leadName);
  await expect(page.getByTestId("lead-owner")).toHaveText("刘洋");
  await expect(page.getByTestId("lead-status")).toHaveText("新线索");
  await expect(page.getByTestId("lead-phone")).toHaveText(/^\+?8?6?139\*{4}\d{4}$|^139\*{4}\d{4}$/);
  await expect(page.getByTestId("lead-assignments")).toContainText("张伟 → 刘洋");
  await screenshotsAtEveryWidth(page, "lead-detail");
});

test("on a phone the lead list is cards, its filters a drawer that says how many are on, and a card can be selected", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, DEMO.manager);
  await page.goto("/leads");
  await expect(page.getByTestId("lead-cards")).toBeVisible();
  await expect(page.locator("table")).toHaveCount(0);

  await expect(page.getByTestId("open-filters")).toHaveText("筛选");
  await page.getByTestId("open-filters").click();
  const drawer = page.getByRole("dialog");
  await pickOption(page, drawer, "状态", "新线索");
  await page.keyboard.press("Escape"); // the options
  await drawer.locator(".ant-drawer-close").click();
  await expect(drawer).toBeHidden();
  await expect(page.getByTestId("open-filters")).toHaveText("筛选（1）");

  // Every card left is a new lead; ticking one offers the batch actions for it.
  const cards = page.getByTestId("lead-cards").locator(".ant-card");
  await expect(cards.first()).toBeVisible();
  const statuses = await page.getByTestId("lead-cards").locator(".ant-tag").allInnerTexts();
  expect(new Set(statuses)).toEqual(new Set(["新线索"]));
  await cards.first().getByRole("checkbox").check();
  await expect(page.getByTestId("batch-bar")).toContainText("已选 1 条");
});
