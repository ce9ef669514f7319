import { type Browser, expect, type Page, test } from "@playwright/test";

import { api, createUser, DEMO, screenshotsAtEveryWidth, signIn } from "./helpers";

/** The console's look as the browser shows it. */
async function look(page: Page): Promise<{ theme: string | undefined; background: number[] }> {
  return page.evaluate(() => {
    const layout = document.querySelector(".app-layout") ?? document.body;
    const rgb = getComputedStyle(layout).backgroundColor.match(/\d+/g)?.slice(0, 3).map(Number) ?? [];
    return { theme: document.documentElement.dataset.theme, background: rgb };
  });
}

// The machine that runs the suite is shared and often busy: the settings screens get more time
// to render than the default.
test.setTimeout(240_000);
const SLOW = { timeout: 60_000 };

async function freshSignIn(browser: Browser, login: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, login);
  return { context, page };
}

test("a user's dark theme is saved on the server and follows them to a fresh browser", async ({ browser, page }) => {
  await signIn(page, DEMO.admin);
  const name = `夜间${Date.now() % 100000}`;
  const email = await createUser(page, name, "sales_rep");

  const first = await freshSignIn(browser, email);
  await first.page.getByTestId("user-menu").hover();
  await first.page.getByText("个人设置").click();
  await expect(first.page).toHaveURL(/\/settings\/profile$/);
  await expect(first.page.getByTestId("preferences-page")).toBeVisible(SLOW);
  await first.page.getByRole("menuitem", { name: "主题外观" }).click();
  expect((await look(first.page)).theme).toBe("light");

  // Choosing dark previews it at once, before anything is saved.
  await first.page.getByText("深色", { exact: true }).click();
  await expect.poll(async () => (await look(first.page)).theme).toBe("dark");
  await first.page.getByTestId("save-appearance").click();
  await expect(first.page.getByText("已保存")).toBeVisible();
  await first.page.getByRole("menuitem", { name: "我的偏好" }).click();
  await expect(first.page.getByTestId("preferences-page")).toBeVisible();
  await screenshotsAtEveryWidth(first.page, "settings-preferences-dark");

  await first.page.getByTestId("user-menu").hover();
  await first.page.getByText("退出登录").click();
  await expect(first.page).toHaveURL(/\/login$/);
  await first.context.close();

  // A browser that has never seen this user: the look comes from the server at sign-in.
  const second = await freshSignIn(browser, email);
  await expect.poll(async () => (await look(second.page)).theme).toBe("dark");
  expect(await second.page.evaluate(() => localStorage.getItem("junlite.appearance"))).toContain("DARK");
  const { background } = await look(second.page);
  expect(background).toHaveLength(3);
  expect(Math.max(...background)).toBeLessThan(60);
  await second.context.close();
});

test("an administrator adds a user and deactivates them", async ({ page }) => {
  await signIn(page, DEMO.admin);
  await page.goto("/settings/users");
  await expect(page.getByTestId("user-row-刘洋")).toBeVisible(SLOW);
  await screenshotsAtEveryWidth(page, "settings-users");

  const name = `新人${Date.now() % 100000}`;
  await page.getByTestId("create-user").click();
  const form = page.getByTestId("user-form");
  await form.getByLabel("姓名").fill(name);
  await form.getByLabel("邮箱").fill(`e2e-${Date.now()}@demo.junlite.cn`);
  await form.getByLabel("初始密码").fill("short");
  await form.getByLabel("角色").click();
  await page.getByTitle("销售代表").click();
  await page.getByRole("button", { name: /保\s*存/ }).click();
  // The API's own check, shown on the field.
  await expect(form.getByText("密码至少 8 个字符")).toBeVisible();
  await form.getByLabel("初始密码").fill("e2e-password-2026");
  await page.getByRole("button", { name: /保\s*存/ }).click();
  await expect(page.getByText("已创建用户")).toBeVisible();

  await page.getByTestId("user-search").locator("input").fill(name);
  const row = page.getByTestId(`user-row-${name}`);
  await expect(row).toContainText("销售代表");
  await expect(row).toContainText("在用");
  await row.getByRole("button", { name: /停\s*用/ }).click();
  await page.getByRole("button", { name: /确\s*定|OK/ }).click();
  await expect(row).toContainText("已停用");
});

test("an administrator changes a role's permission cell and sees it saved", async ({ page }) => {
  await signIn(page, DEMO.admin);
  await page.goto("/settings/roles");
  await expect(page.getByTestId("permission-matrix")).toBeVisible(SLOW);

  const name = `客服${Date.now() % 100000}`;
  await page.getByTestId("create-role").click();
  await page.getByLabel("角色名称").fill(name);
  await page.getByRole("button", { name: /保\s*存/ }).click();
  await expect(page.getByText("已创建角色")).toBeVisible();
  await expect(page.getByRole("menuitem", { name: new RegExp(name) })).toHaveClass(/selected/);

  const cell = page.getByTestId("perm-customer-read");
  await expect(cell).not.toBeChecked();
  await cell.check();
  await expect(page.getByText("已保存「客户」的权限")).toBeVisible();
  await expect(cell).toBeChecked();
  await page.getByTestId("scope-customer").click();
  await page.getByTitle("本团队及下级").click();
  await expect(page.getByTestId("permission-matrix").getByText("本团队及下级")).toBeVisible();

  // Saved on the server: a fresh page shows it, and so does the API.
  await page.reload();
  await page.getByRole("menuitem", { name: new RegExp(name) }).click();
  await expect(page.getByTestId("perm-customer-read")).toBeChecked(SLOW);
  await expect(page.getByTestId("perm-customer-update")).not.toBeChecked();
  const { roles } = await api<{ roles: { name: string; permissions: { objectType: string; actions: string[]; rowScope: string }[] }[] }>(
    page,
    "{ roles { name permissions { objectType actions rowScope } } }",
  );
  expect(roles.find((role) => role.name === name)!.permissions).toEqual([
    { objectType: "customer", actions: ["read"], rowScope: "TEAM_TREE" },
  ]);
  await screenshotsAtEveryWidth(page, "settings-roles");
});

test("the audit log filters to a category, shows an event and exports", async ({ page }) => {
  await signIn(page, DEMO.admin);
  await page.goto("/settings/audit");
  await expect(page.getByTestId("audit-chain")).toContainText("审计链完整", SLOW);
  await expect(page.getByTestId("audit-category-cell").first()).toBeVisible();

  await page.getByRole("combobox", { name: "类别" }).click();
  await page.getByTitle("登录", { exact: true }).click();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("audit-category-cell").filter({ hasNotText: /^登录$/ })).toHaveCount(0);
  await expect(page.getByTestId("audit-category-cell").first()).toHaveText("登录");

  await page.getByTestId("audit-category-cell").first().click();
  const drawer = page.getByTestId("audit-detail");
  await expect(drawer).toContainText("请求 ID");
  await expect(drawer).toContainText("login.");
  await page.keyboard.press("Escape");
  await screenshotsAtEveryWidth(page, "settings-audit");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("audit-export").click()]);
  expect(download.suggestedFilename()).toMatch(/^audit-log-.*\.csv$/);
});

test("an administrator renames a team and moves it, its sub-team with it", async ({ page }) => {
  await signIn(page, DEMO.admin);
  const suffix = Date.now() % 100000;
  const { teams } = await api<{ teams: { nodes: { id: string; name: string }[] } }>(page, "{ teams(first: 100) { nodes { id name } } }");
  const sales = teams.nodes.find((team) => team.name === "销售部")!;
  const create = "mutation($input: CreateTeamInput!) { createTeam(input: $input) { team { id } userErrors { code } } }";
  const parent = await api<{ createTeam: { team: { id: string } } }>(page, create, { input: { name: `临时组${suffix}`, parentId: sales.id } });
  await api(page, create, { input: { name: `临时小队${suffix}`, parentId: parent.createTeam.team.id } });

  await page.goto("/settings/teams");
  await page.getByTestId("team-tree").getByText(`临时组${suffix}`, { exact: true }).click(SLOW);
  const dialog = page.getByRole("dialog", { name: "编辑团队" });
  await dialog.getByLabel("团队名称").fill(`渠道组${suffix}`);
  await dialog.getByLabel("上级团队").click();
  await page.getByTitle("市场部", { exact: true }).click();
  await dialog.getByRole("button", { name: /保\s*存/ }).click();
  await expect(page.getByText("已保存团队")).toBeVisible();
  await expect(page.getByTestId("team-tree").getByText(`渠道组${suffix}`, { exact: true })).toBeVisible();

  const moved = await api<{ teams: { nodes: { name: string; depth: number; parent: { name: string } | null }[] } }>(
    page,
    "{ teams(first: 100) { nodes { name depth parent { name } } } }",
  );
  const byName = new Map(moved.teams.nodes.map((team) => [team.name, team]));
  expect(byName.get(`渠道组${suffix}`)).toEqual({ name: `渠道组${suffix}`, depth: 1, parent: { name: "市场部" } });
  expect(byName.get(`临时小队${suffix}`)).toEqual({ name: `临时小队${suffix}`, depth: 2, parent: { name: `渠道组${suffix}` } });
});
