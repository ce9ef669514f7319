import { type Browser, type BrowserContext, expect, type Locator, type Page } from "@playwright/test";

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

/** The same API the page uses, with the signed-in user's token. */
export async function api<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const token = await page.evaluate(() => JSON.parse(localStorage.getItem("junlite.session")!).accessToken as string);
  const response = await page.request.post("/graphql", { headers: { Authorization: `Bearer ${token}` }, data: { query, variables } });
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

export async function roleId(page: Page, key: string): Promise<string> {
  const { roles } = await api<{ roles: { id: string; key: string }[] }>(page, "{ roles { id key } }");
  return roles.find((role) => role.key === key)!.id;
}

/** A fresh user of this test's own with the given role, created by the administrator signed in on `page`. */
export async function createUser(page: Page, name: string, role: string): Promise<string> {
  const email = `e2e-${Date.now()}-${Math.floor(Math.random() * 1e6)}@demo.junlite.cn`;
  const result = await api<{ createUser: { userErrors: unknown[] } }>(
    page,
    "mutation($input: CreateUserInput!) { createUser(input: $input) { userErrors { code } } }",
    { input: { displayName: name, email, password: DEMO_PASSWORD, roleId: await roleId(page, role) } },
  );
  expect(result.createUser.userErrors).toEqual([]);
  return email;
}

/**
 * Chooses `option` in the Ant Design select labelled `label` inside `scope`, and waits until the
 * select shows it. On a busy machine a click can land while the list is still opening, or before
 * its options have loaded; the choice is then made again, never twice (a second click on an
 * option of a multiple select would take it away).
 */
export async function pickOption(page: Page, scope: Locator, label: string, option: string | RegExp): Promise<void> {
  const field = scope.getByLabel(label, { exact: true });
  // `has` looks inside each .ant-select, so its locator starts from the page, not the scope.
  const select = scope.locator(".ant-select", { has: page.getByLabel(label, { exact: true }) });
  const shows = async () => {
    if ((await select.locator(".ant-select-placeholder").count()) > 0) return false;
    const text = await select.innerText();
    return typeof option === "string" ? text.includes(option) : option.test(text);
  };
  await expect(async () => {
    if (await shows()) return;
    await field.click();
    await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: option }).first().click({ timeout: 5_000 });
    expect(await shows()).toBe(true);
  }).toPass({ timeout: 45_000 });
}
