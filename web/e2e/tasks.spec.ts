import { type Browser, expect, type Page, test } from "@playwright/test";

import { DEMO, pickOption, screenshotsAtEveryWidth, signedInContext, signIn } from "./helpers";

/** The same API the page uses, with the signed-in user's token. */
async function api<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const token = await page.evaluate(() => JSON.parse(localStorage.getItem("junlite.session")!).accessToken as string);
  const response = await page.request.post("/graphql", { headers: { Authorization: `Bearer ${token}` }, data: { query, variables } });
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

async function userId(page: Page, displayName: string): Promise<string> {
  const data = await api<{ users: { nodes: { id: string; displayName: string }[] } }>(page, "{ users(first: 100) { nodes { id displayName } } }");
  return data.users.nodes.find((u) => u.displayName === displayName)!.id;
}

/** A lead of its own for a test, owned by the one named (the routing rules must not move it). */
async function createLead(page: Page, name: string, ownerId: string): Promise<string> {
  const phone = `139${String(Date.now()).slice(-8)}`;
  const data = await api<{ createLead: { lead: { id: string } | null; userErrors: unknown[] } }>(
    page,
    "mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id } userErrors { code message } } }",
    { input: { name, phone, ownerId } },
  );
  expect(data.createLead.userErrors).toEqual([]);
  return data.createLead.lead!.id;
}

/** Today's date and a later day, as the demo users (Asia/Shanghai) read them. */
function shanghaiDay(daysAhead: number): string {
  return new Date(Date.now() + daysAhead * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
}

async function pickDateTime(page: Page, label: string, value: string): Promise<void> {
  const input = page.getByRole("dialog").getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await page.locator(".ant-picker-dropdown:visible .ant-picker-ok button").click();
}

async function pickSubject(page: Page, name: string): Promise<void> {
  const search = page.getByRole("dialog").getByRole("combobox", { name: "关联对象" });
  await search.click();
  await search.fill(name);
  await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: name }).first().click();
}

/** The newest first (the server sorts), so a test's own task is on the first page. */
async function newestFirst(page: Page): Promise<void> {
  const header = page.getByRole("columnheader", { name: "创建时间" });
  await header.click();
  await expect(header).toHaveAttribute("aria-sort", "ascending");
  await header.click();
  await expect(header).toHaveAttribute("aria-sort", "descending");
}

async function openTask(page: Page, title: string) {
  await page.getByTestId(`task-row-${title}`).getByRole("button", { name: title }).click();
  const drawer = page.getByTestId("task-drawer");
  await expect(drawer.getByTestId("task-drawer-title")).toHaveText(title);
  return drawer;
}

async function repPage(browser: Browser) {
  return signedInContext(browser, DEMO.rep1);
}

// Two browsers and a busy machine: more than the default 90 s.
test.describe.configure({ timeout: 180_000 });

test("a manager creates a task for 刘洋 and postpones it; 刘洋 completes it with an outcome; a batch reports what it could not do", async ({ page, browser }) => {
  const suffix = Date.now();
  const title = `E2E回访-${suffix}`;
  const leadName = `E2E任务线索-${suffix}`;
  await signIn(page, DEMO.manager);
  const liuYang = await userId(page, "刘洋");
  const leadId = await createLead(page, leadName, liuYang);

  await page.goto("/tasks");
  await expect(page.getByRole("heading", { name: "任务" })).toBeVisible();
  await page.getByTestId("create-task").click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: /确\s*定/ }).click();
  await expect(dialog.getByText("此项必填").first()).toBeVisible();
  await dialog.getByLabel("标题").fill(title);
  await pickSubject(page, leadName);
  await pickOption(page, page.getByRole("dialog"), "类型", "回访");
  await pickDateTime(page, "截止时间", `${shanghaiDay(1)} 10:00`);
  await pickOption(page, page.getByRole("dialog"), "负责人", "刘洋");
  await dialog.getByRole("button", { name: /确\s*定/ }).click();
  await expect(page.getByText("任务已创建")).toBeVisible();
  await expect(dialog).toBeHidden();

  // Not 张伟's own: it shows under 团队, assigned to 刘洋.
  await page.getByTestId("task-scope").getByText("团队").click();
  await newestFirst(page);
  const row = page.getByTestId(`task-row-${title}`);
  await expect(row).toContainText("刘洋");
  await expect(row).toContainText(`${shanghaiDay(1)} 10:00`);
  await expect(row).toContainText(leadName);
  await screenshotsAtEveryWidth(page, "tasks-list");

  const drawer = await openTask(page, title);
  await drawer.getByRole("button", { name: /^延\s*期$/ }).click();
  const postpone = page.getByRole("dialog").filter({ hasText: "延期到" });
  await pickDateTime(page, "延期到", `${shanghaiDay(3)} 15:30`);
  await postpone.getByLabel("原因").fill("客户出差，下周再约");
  await postpone.getByRole("button", { name: /确\s*定/ }).click();
  await expect(page.getByText("任务已延期")).toBeVisible();
  await expect(drawer.getByTestId("task-drawer-due")).toHaveText(`${shanghaiDay(3)} 15:30`);
  await expect(drawer).toContainText("已延期 1 次 · 客户出差，下周再约");
  await drawer.getByRole("button", { name: "Close" }).or(drawer.locator(".ant-drawer-close")).first().click();
  await expect(row).toContainText(`${shanghaiDay(3)} 15:30`);

  // 刘洋 finds it among his own open tasks and completes it with what happened.
  const rep = await repPage(browser);
  await rep.page.goto("/tasks");
  await newestFirst(rep.page);
  const repDrawer = await openTask(rep.page, title);
  await repDrawer.getByRole("button", { name: /^完\s*成$/ }).click();
  const complete = rep.page.getByRole("dialog").filter({ hasText: "结果" });
  await complete.getByLabel("结果").fill("客户同意下周签约");
  await complete.getByRole("button", { name: /确\s*定/ }).click();
  await expect(rep.page.getByText("任务已完成")).toBeVisible();
  await expect(repDrawer.getByTestId("task-drawer-outcome")).toHaveText("客户同意下周签约");
  await expect(repDrawer.getByRole("button", { name: /^重新打开$/ })).toBeVisible();
  await rep.context.close();

  // A batch with the done task and a new open one: the open one is completed, the done one is
  // reported by its title and why.
  const second = `E2E批量-${suffix}`;
  await api(page, "mutation($input: CreateTaskInput!) { createTask(input: $input) { task { id } userErrors { code } } }", {
    input: { title: second, subjectId: leadId, dueAt: `${shanghaiDay(2)}T11:00:00+08:00`, assigneeId: liuYang, reminders: [] },
  });
  await page.reload();
  await page.getByTestId("task-scope").getByText("团队").click();
  const statusFilter = page.getByTestId("filter-status");
  await statusFilter.hover();
  await statusFilter.locator(".ant-select-clear").click();
  await newestFirst(page);
  await page.getByTestId(`task-row-${title}`).getByRole("checkbox").check();
  await page.getByTestId(`task-row-${second}`).getByRole("checkbox").check();
  await expect(page.getByTestId("batch-bar")).toContainText("已选 2 条");
  await page.getByTestId("batch-complete").click();
  await page.getByRole("dialog").getByLabel("结果").fill("批量完成");
  await page.getByRole("dialog").getByRole("button", { name: /确\s*定/ }).click();
  const failures = page.getByTestId("batch-failures");
  await expect(failures).toContainText("已处理：1 个任务 · 以下任务未处理：");
  await expect(failures).toContainText(`${title}：该任务已完成或已取消，不能再执行此操作`);
  await page.getByRole("dialog").locator(".ant-modal-footer").getByRole("button", { name: /关\s*闭/ }).click();
  await expect(page.getByTestId(`task-row-${second}`)).toContainText("已完成");
});

test("the calendar shows a task on its day, by month and by week, and opens it", async ({ page }) => {
  const suffix = Date.now();
  const title = `E2E日历-${suffix}`;
  await signIn(page, DEMO.rep1);
  const customer = await api<{ createCustomer: { customer: { id: string } } }>(
    page,
    "mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } userErrors { code } } }",
    { input: { name: `E2E日历客户-${suffix}` } },
  );
  const day = shanghaiDay(0);
  await api(page, "mutation($input: CreateTaskInput!) { createTask(input: $input) { task { id } userErrors { code } } }", {
    input: { title, subjectId: customer.createCustomer.customer.id, dueAt: `${day}T23:00:00+08:00`, reminders: [] },
  });

  await page.goto("/tasks/calendar");
  const cell = page.getByTestId(`calendar-day-${day}`);
  await expect(cell.getByText(title)).toBeVisible();
  await expect(cell).toContainText("23:00");
  await screenshotsAtEveryWidth(page, "tasks-calendar");

  await page.getByTestId("calendar-view").getByText("周").click();
  const weekDay = page.getByTestId(`week-day-${day}`);
  await weekDay.getByText(title).click();
  await expect(page.getByTestId("task-drawer-title")).toHaveText(title);
  await expect(page.getByTestId("task-drawer-due")).toHaveText(`${day} 23:00`);
});

test("a manager keeps a plan template and applies it to a lead, whose tasks follow", async ({ page }) => {
  const suffix = Date.now();
  const planName = `E2E三步跟进-${suffix}`;
  const leadName = `E2E计划线索-${suffix}`;
  await signIn(page, DEMO.manager);
  await createLead(page, leadName, await userId(page, "张伟"));

  await page.goto("/tasks/plans");
  await page.getByTestId("create-template").click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("模板名称").fill(planName);
  await dialog.getByTestId("template-step-0").getByLabel("内容要点").fill("介绍新品");
  await page.getByTestId("add-template-step").click();
  const second = dialog.getByTestId("template-step-1");
  await second.getByLabel("第几天").fill("2");
  await second.getByLabel("方式").click();
  await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: "拜访" }).click();
  await second.getByLabel("内容要点").fill("上门演示");
  await dialog.getByRole("button", { name: /确\s*定/ }).click();
  await expect(page.getByText("已保存")).toBeVisible();
  const template = page.getByTestId(`template-${planName}`);
  await expect(template).toContainText("第 0 天 · 电话 · 介绍新品");
  await expect(template).toContainText("第 2 天 · 拜访 · 上门演示");

  await template.getByRole("button", { name: "应用到…" }).click();
  await pickSubject(page, leadName);
  await page.getByRole("dialog").getByRole("button", { name: /确\s*定/ }).click();
  await expect(page.getByText("跟进计划已启动，已生成 2 个任务")).toBeVisible();

  const run = page.getByTestId(`plan-run-${leadName}`);
  await expect(run).toContainText(`${planName} · 第 1 步：电话`);
  await expect(run).toContainText(`${planName} · 第 2 步：拜访`);
  await expect(run).toContainText(`${shanghaiDay(2)} 09:30`);
  await screenshotsAtEveryWidth(page, "tasks-plans");

  // The second step skipped: its task is cancelled, the run says so.
  await run.getByRole("row", { name: /第 2 步/ }).getByRole("button", { name: /^跳\s*过$/ }).click();
  await page.getByRole("dialog").getByRole("button", { name: /确\s*定/ }).click();
  await expect(page.getByText("步骤已跳过")).toBeVisible();
  await expect(run.getByRole("row", { name: /第 2 步/ })).toContainText("已跳过");

  // Its tasks are 张伟's own tasks like any other.
  await page.goto("/tasks");
  await newestFirst(page);
  await expect(page.getByTestId(`task-row-${planName} · 第 1 步：电话`)).toContainText(leadName);
});
