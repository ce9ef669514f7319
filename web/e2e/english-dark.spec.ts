import { expect, type Page, test } from "@playwright/test";

import { api, createUser, DEMO, signIn } from "./helpers";

// Every screen in English and in the dark theme: no word of the console's own left in Chinese,
// and a screenshot of each kept. A user of the test's own carries the choice, so the demo logins
// the other tests use keep Chinese and the light theme.
test.setTimeout(420_000);

const SCREENS = [
  "/",
  "/leads",
  "/leads/import",
  "/customers",
  "/customers/pool",
  "/customers/duplicates",
  "/customers/bin",
  "/pipeline",
  "/tasks",
  "/tasks/calendar",
  "/tasks/plans",
  "/tasks/visits",
  "/capture/routing",
  "/capture/scoring",
  "/capture/forms",
  "/capture/forms/new",
  "/capture/events",
  "/capture/webhooks",
  "/capture/wechat",
  "/settings/profile",
  "/settings/appearance",
  "/settings/users",
  "/settings/teams",
  "/settings/roles",
  "/settings/audit",
];

// The console's own words: menus, buttons, headings, column titles, labels, tabs, placeholders
// and empty states. Records' own values (names, regions, notes) are data and may be Chinese.
const CHROME =
  ".ant-menu-title-content, button, th, .ant-form-item-label, .ant-tabs-tab-btn, h1, h2, h3, h4, h5, .ant-empty-description, " +
  ".ant-select-selection-placeholder, .ant-segmented-item-label, .ant-radio-button-wrapper, .ant-alert-title, .ant-alert-description, " +
  ".ant-statistic-title, .ant-descriptions-item-label, .ant-breadcrumb, .ant-steps-item-title";

async function chineseChrome(page: Page, data: Set<string>): Promise<string[]> {
  const texts = await page.evaluate((selector) => {
    const own = [...document.querySelectorAll<HTMLElement>(selector)].map((element) => element.innerText.trim());
    const placeholders = [...document.querySelectorAll<HTMLElement>("[placeholder]")].map((element) => element.getAttribute("placeholder") ?? "");
    return [...own, ...placeholders];
  }, CHROME);
  const han = /\p{Script=Han}/u;
  return [...new Set(texts)].filter((text) => han.test(text) && !text.split(/\s*\n\s*|\s*·\s*/).every((part) => !han.test(part) || data.has(part)));
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle");
  await expect(page.locator(".ant-spin-spinning")).toHaveCount(0, { timeout: 60_000 });
}

test("every screen in English and dark shows no Chinese of its own", async ({ page }) => {
  await signIn(page, DEMO.admin);
  const email = await createUser(page, "Night Owl", "admin");
  // What the demo data holds in Chinese: team, user, stage and type names the screens show as values.
  const names = await api<{
    teams: { nodes: { name: string }[] };
    users: { nodes: { displayName: string }[] };
    pipelines: { name: string; stages: { name: string }[] }[];
    taskTypes: { name: string }[];
  }>(page, "{ teams(first: 100) { nodes { name } } users(first: 100) { nodes { displayName } } pipelines { name stages { name } } taskTypes { name } }");
  const data = new Set([
    ...names.teams.nodes.map((t) => t.name),
    ...names.users.nodes.map((u) => u.displayName),
    ...names.pipelines.flatMap((p) => [p.name, ...p.stages.map((s) => s.name)]),
    ...names.taskTypes.map((t) => t.name),
  ]);
  await page.getByTestId("user-menu").hover();
  await page.getByText("退出登录").click();

  await signIn(page, email);
  await api(page, "mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { userErrors { code } } }", {
    input: { locale: "en", appearance: { mode: "DARK" } },
  });
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");

  // One record of each kind for the detail screens; its own values are data too.
  const records = await api<{
    leads: { nodes: { id: string; name: string | null; company: string | null }[] };
    customers: { nodes: { id: string; name: string | null }[] };
  }>(page, "{ leads(first: 1) { nodes { id name company } } customers(first: 1) { nodes { id name } } }");
  const lead = records.leads.nodes[0]!;
  const customer = records.customers.nodes[0]!;
  const created = await api<{ createOpportunity: { opportunity: { id: string; name: string } } }>(
    page,
    "mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { id name } } }",
    { input: { name: "夜间商机", customerId: customer.id, amount: "12000.00" } },
  );
  const deal = created.createOpportunity.opportunity;
  for (const value of [lead.name, lead.company, customer.name, deal.name]) if (value) data.add(value);
  const details = [`/leads/${encodeURIComponent(lead.id)}`, `/customers/${encodeURIComponent(customer.id)}`, `/pipeline/opportunities/${encodeURIComponent(deal.id)}`];

  const found: Record<string, string[]> = {};
  for (const path of [...SCREENS, ...details]) {
    await page.goto(path);
    await settle(page);
    const chinese = await chineseChrome(page, data);
    if (chinese.length > 0) found[path] = chinese;
    const name = path === "/" ? "workbench" : details.includes(path) ? `${path.split("/")[1]}-detail` : path.slice(1).replaceAll("/", "-");
    await page.screenshot({ path: `e2e-artifacts/screenshots/en-dark-${name}-1440.png`, fullPage: true });
  }
  expect(found).toEqual({});
});
