import { expect, test } from "@playwright/test";

import { api, signIn } from "./helpers";

const MANAGER = "manager@demo.junlite.cn";

// While the app is open, a task a manager assigns arrives over the live subscription: a banner
// with the task, and tapping it opens the task (push, when the app is closed, needs a device).
test("a task assigned by the manager arrives live and opens from the banner", async ({ page }) => {
  const stamp = `E2E-${Date.now()}`;
  await signIn(page);
  const { me, customers } = await api<{ me: { id: string }; customers: { nodes: { id: string }[] } }>(page, "{ me { id } customers(first: 1) { nodes { id } } }");
  await expect(page.getByTestId(/^task-/).first()).toBeVisible();

  const due = new Date(Date.now() + 3 * 3600_000).toISOString();
  const created = await api<{ createTask: { task: { id: string }; userErrors: unknown[] } }>(
    page,
    "mutation($input: CreateTaskInput!) { createTask(input: $input) { task { id } userErrors { code } } }",
    { input: { title: `${stamp} 今天下午去工厂看样`, subjectId: customers.nodes[0]!.id, dueAt: due, assigneeId: me.id, priority: "HIGH" } },
    MANAGER,
  );
  expect(created.createTask.userErrors).toEqual([]);

  const banner = page.getByTestId("notification-banner");
  await expect(banner).toContainText(`${stamp} 今天下午去工厂看样`, { timeout: 30_000 });
  await banner.getByRole("button", { name: "查看" }).click();
  await expect(page.getByRole("button", { name: "完成任务" })).toBeVisible();
  await expect(page.getByText(`${stamp} 今天下午去工厂看样`).last()).toBeVisible();
});
