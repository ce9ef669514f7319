import { expect, test } from "@playwright/test";

import { api, REP2, screenshot, signIn, syncBar } from "./helpers";

// Every screen at a phone's size (kept as artefacts under e2e-artifacts/screenshots/), walked
// through with the actions a rep takes online: create a lead in the field, log a follow-up with
// the next one planned (it becomes a task in My day), try to claim from the public pool.
test("every screen, with a lead created, a follow-up planned and a refused claim explained", async ({ page }) => {
  const stamp = `E2E-${Date.now()}`;
  await page.goto("/");
  await expect(page.getByLabel("服务器地址", { exact: true })).toBeVisible();
  await screenshot(page, "login");
  await signIn(page);

  // A lead met at a trade fair: four fields and one tap.
  await page.getByRole("tab", { name: /线索/ }).click();
  await expect(page.getByLabel("搜索姓名、公司、电话", { exact: true })).toBeVisible();
  await screenshot(page, "leads");
  await page.getByRole("button", { name: "新建线索" }).click();
  await page.getByRole("button", { name: "保存线索" }).click();
  await expect(page.getByText("请填写姓名")).toBeVisible();
  await page.getByLabel("姓名", { exact: true }).fill(`王磊 ${stamp}`);
  await page.getByLabel("手机号", { exact: true }).fill("1391234");
  await page.getByLabel("公司", { exact: true }).fill("宁波海曙精密模具厂");
  await page.getByRole("button", { name: "保存线索" }).click();
  await expect(page.getByText("手机号应为 11 位数字")).toBeVisible();
  await page.getByLabel("手机号", { exact: true }).fill(`139${String(Date.now()).slice(-8)}`);
  await page.getByLabel("城市", { exact: true }).fill("宁波");
  await page.getByRole("radio", { name: "高" }).click();
  await screenshot(page, "lead-new");
  await page.getByRole("button", { name: "保存线索" }).click();
  await expect(page.getByText("宁波海曙精密模具厂", { exact: true })).toBeVisible();
  await expect(syncBar(page)).toHaveCount(0, { timeout: 30_000 });

  // Its follow-up, with the next one tomorrow: a task for the rep.
  await page.getByRole("button", { name: "写跟进" }).click();
  await page.getByRole("radio", { name: "微信" }).click();
  await page.getByLabel("内容", { exact: true }).fill(`${stamp} 加了微信，发了产品目录`);
  await page.getByRole("radio", { name: "有意向" }).click();
  await page.getByRole("radio", { name: "明天" }).click();
  await screenshot(page, "follow-up");
  await page.getByRole("button", { name: "保存跟进" }).click();
  await expect(page.getByTestId("timeline").getByText(new RegExp(`微信沟通（有意向）：${stamp} 加了微信`))).toBeVisible({ timeout: 30_000 });
  await screenshot(page, "lead-detail");

  const lead = await api<{ leads: { nodes: { id: string; name: string; phone: string; status: string; nextFollowUpAt: string | null }[] } }>(
    page,
    "query($search: String!) { leads(first: 5, filter: { search: $search }) { nodes { id name phone status nextFollowUpAt } } }",
    { search: stamp },
  );
  expect(lead.leads.nodes).toHaveLength(1);
  expect(lead.leads.nodes[0]!.name).toBe(`王磊 ${stamp}`);
  expect(lead.leads.nodes[0]!.nextFollowUpAt).not.toBeNull();

  await page.goBack();
  await page.getByRole("tab", { name: /我的一天/ }).click();
  await expect(page.getByText(`王磊 ${stamp} · 宁波海曙精密模具厂`)).toBeVisible({ timeout: 30_000 });
  await page.getByText(`王磊 ${stamp} · 宁波海曙精密模具厂`).click();
  await expect(page.getByRole("button", { name: "完成任务" })).toBeVisible();
  await screenshot(page, "task");
  await page.goBack();

  // Customers, one customer's page, the pool and a claim.
  await page.getByRole("tab", { name: /客户/ }).click();
  await expect(page.getByLabel("搜索客户名称、电话", { exact: true })).toBeVisible();
  await screenshot(page, "customers");
  await page.getByRole("link").first().click();
  await expect(page.getByTestId("timeline")).toBeVisible();
  await screenshot(page, "customer-detail");
  await page.goBack();
  await page.getByRole("button", { name: "公海" }).click();
  const claim = page.getByRole("button", { name: "领取" }).first();
  await expect(claim).toBeVisible();
  await screenshot(page, "pool");
  // The demo's pool holds two customers this rep released days ago: the 7-day rule refuses both,
  // the app says why, and nothing changes.
  const pool = await api<{ publicPool: { nodes: { id: string; name: string }[] } }>(page, "{ publicPool(first: 50) { nodes { id name } } }");
  for (const customer of pool.publicPool.nodes) {
    await page.getByTestId(`pool-${customer.id}`).getByRole("button", { name: "领取" }).click();
  }
  await expect(page.getByText("退回公海后 7 天内不能再次领取该客户")).toBeVisible();
  await expect(page.getByText("退回公海后 7 天内不能再次领取该客户")).toHaveCount(pool.publicPool.nodes.length);
  for (const customer of pool.publicPool.nodes) {
    const { node } = await api<{ node: { inPool: boolean } }>(page, "query($id: ID!) { node(id: $id) { ... on Customer { inPool } } }", { id: customer.id });
    expect(node.inPool).toBe(true);
  }
  await screenshot(page, "pool-refused");
  // Cancelling the refused claims clears them (and the sync list).
  for (const customer of pool.publicPool.nodes) await page.getByTestId(`pool-${customer.id}`).getByRole("button", { name: "取消" }).click();
  await expect(page.getByText("退回公海后 7 天内不能再次领取该客户")).toHaveCount(0);
  await page.goBack();

  await page.getByRole("tab", { name: /拜访/ }).click();
  await screenshot(page, "visits");
  await page.getByRole("button", { name: "签到" }).first().click();
  await expect(page.getByTestId("check-in-location").getByText(/精度 ±12 米/)).toBeVisible();
  await screenshot(page, "check-in-empty");
  await page.goBack();

  await page.getByRole("tab", { name: /我的$/ }).click();
  await screenshot(page, "me");
  await page.getByRole("button", { name: "同步" }).click();
  await expect(page.getByText("所有修改都已同步")).toBeVisible();
  await screenshot(page, "sync");
  await page.goBack();

  // English, from the Me screen.
  await page.getByRole("radio", { name: "English" }).click();
  await page.getByRole("tab", { name: /My day/ }).click();
  await expect(page.getByText(/Overdue|Today|Next 7 days/).first()).toBeVisible();
  await screenshot(page, "my-day-en");
});

test("the app follows the phone's dark theme", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "dark", viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  const page = await context.newPage();
  await signIn(page);
  await expect(page.getByTestId(/^task-/).first()).toBeVisible();
  const background = await page.getByTestId(/^task-/).first().evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(background).toBe("rgb(31, 31, 31)");
  await screenshot(page, "my-day-dark");
  await context.close();
});

test("a rep claims a customer from the public pool and finds it among their customers", async ({ page }) => {
  await signIn(page, REP2);
  const pool = await api<{ publicPool: { nodes: { id: string; name: string }[] } }>(page, "{ publicPool(first: 50) { nodes { id name } } }", {}, REP2);
  const customer = pool.publicPool.nodes[0]!;
  await page.getByRole("tab", { name: /客户/ }).click();
  await page.getByRole("button", { name: "公海" }).click();
  await page.getByTestId(`pool-${customer.id}`).getByRole("button", { name: "领取" }).click();
  await expect
    .poll(async () => (await api<{ node: { inPool: boolean; owner: { displayName: string } | null } }>(page, "query($id: ID!) { node(id: $id) { ... on Customer { inPool owner { displayName } } } }", { id: customer.id }, REP2)).node)
    .toEqual({ inPool: false, owner: { displayName: "陈静" } });
  await page.goBack();
  await page.getByLabel("搜索客户名称、电话", { exact: true }).fill(customer.name);
  await expect(page.getByRole("link", { name: new RegExp(customer.name) })).toBeVisible();
});
