import { expect, type Page } from "@playwright/test";

import { apiURL } from "../playwright.config";

export const DEMO_PASSWORD = "junlite-demo";
export const REP = "rep1@demo.junlite.cn";
export const REP2 = "rep2@demo.junlite.cn";

/** Signs in through the app's own screen, typing the server's address as a rep would. */
export async function signIn(page: Page, login = REP): Promise<void> {
  await page.goto("/");
  await page.getByLabel("服务器地址", { exact: true }).fill(apiURL);
  await page.getByLabel("邮箱或手机号", { exact: true }).fill(login);
  await page.getByLabel("密码", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByText("我的一天").first()).toBeVisible();
}

/** The API itself, as the rep (for assertions on what reached the server). */
export async function api<T>(page: Page, query: string, variables: Record<string, unknown> = {}, login = REP): Promise<T> {
  const signedIn = await page.request.post(`${apiURL}/graphql`, {
    data: { query: "mutation($input: LoginInput!) { login(input: $input) { accessToken } }", variables: { input: { login, password: DEMO_PASSWORD } } },
  });
  const token = ((await signedIn.json()) as { data: { login: { accessToken: string } } }).data.login.accessToken;
  const response = await page.request.post(`${apiURL}/graphql`, { headers: { Authorization: `Bearer ${token}` }, data: { query, variables } });
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** A real JPEG drawn by the browser (what a phone camera hands the app, only smaller). */
export async function jpeg(page: Page, label: string): Promise<Buffer> {
  const dataUrl = await page.evaluate((text) => {
    const canvas = document.createElement("canvas");
    canvas.width = 640;
    canvas.height = 480;
    const context = canvas.getContext("2d")!;
    context.fillStyle = "#3a7";
    context.fillRect(0, 0, 640, 480);
    context.fillStyle = "#fff";
    context.font = "48px sans-serif";
    context.fillText(text, 40, 240);
    return canvas.toDataURL("image/jpeg", 0.9);
  }, label);
  return Buffer.from(dataUrl.split(",")[1]!, "base64");
}

/** The sync state under the header of the tab on screen (each tab has its own header). */
export function syncBar(page: Page) {
  return page.getByTestId("sync-bar").filter({ visible: true });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(300);
  await page.screenshot({ path: `e2e-artifacts/screenshots/${name}.png`, fullPage: false });
}
