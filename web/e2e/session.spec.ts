import { expect, test } from "@playwright/test";

import { DEMO, screenshotsAtEveryWidth, signIn } from "./helpers";

test("a manager signs in, keeps the page across a reload, and signs out", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login$/);
  await screenshotsAtEveryWidth(page, "login");

  await page.getByLabel("邮箱或手机号").fill(DEMO.manager);
  await page.getByLabel("密码").fill("wrong password");
  await page.getByRole("button", { name: /登\s*录/ }).click();
  await expect(page.getByText("登录失败")).toBeVisible();

  await signIn(page, DEMO.manager);
  await expect(page.getByTestId("workbench-title")).toContainText("张伟");
  await page.reload();
  await expect(page.getByTestId("workbench-title")).toContainText("张伟");

  await page.getByTestId("user-menu").hover();
  await page.getByText("退出登录").click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login$/);
});

test("a session refreshes its expired access token without leaving the page", async ({ page }) => {
  await signIn(page, DEMO.rep1);
  // Age the stored access token: the next request must refresh it and carry on.
  await page.evaluate(() => {
    const stored = JSON.parse(localStorage.getItem("junlite.session")!);
    stored.accessTokenExpiresAt = new Date(Date.now() - 1000).toISOString();
    localStorage.setItem("junlite.session", JSON.stringify(stored));
  });
  const before = await page.evaluate(() => JSON.parse(localStorage.getItem("junlite.session")!).refreshToken);
  await page.reload();
  await expect(page.getByTestId("workbench-title")).toContainText("刘洋");
  const after = await page.evaluate(() => JSON.parse(localStorage.getItem("junlite.session")!).refreshToken);
  expect(after).not.toEqual(before);
});
