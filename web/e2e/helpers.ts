import { type Browser, type BrowserContext, expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "junlite-demo";
export const DEMO = {
  admin: "admin@demo.junlite.cn",
  director: "director@demo.junlite.cn",
  manager: "manager@demo.junlite.cn",
  rep1: "rep1@demo.junlite.cn",
  rep2: "rep2@demo.junlite.cn",
  marketing: "marketing@demo.junlite.cn",
} as const;

export const WIDTHS = { desktop: 1440, tablet: 1024, phone: 390 } as const;

export async function signIn(page: Page, login: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/login");
  await page.getByLabel(/邮箱或手机号|Email or mobile number/).fill(login);
  await page.getByLabel(/^密码$|^Password$/).fill(password);
  await page.getByRole("button", { name: /登\s*录|Sign in/ }).click();
  await expect(page.getByTestId("user-menu")).toBeVisible();
}

export async function signedInContext(browser: Browser, login: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, login);
  return { context, page };
}

/** A full-page screenshot at each width, kept under e2e-artifacts/screenshots/. */
export async function screenshotsAtEveryWidth(page: Page, name: string): Promise<void> {
  for (const [label, width] of Object.entries(WIDTHS)) {
    await page.setViewportSize({ width, height: label === "phone" ? 844 : 900 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: `e2e-artifacts/screenshots/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: WIDTHS.desktop, height: 900 });
}
