import { expect, test } from "@playwright/test";

import { apiURL } from "../playwright.config";
import { api, jpeg, screenshot, signIn, syncBar } from "./helpers";

interface Rep {
  me: { id: string };
  customers: { nodes: { id: string; name: string }[] };
}

// A rep's day in a basement: signed in and synced, the connection goes; they log a visit with a
// photo and complete a task; the app is even reloaded before the network returns. Back online,
// both reach the server exactly once, and the photo with the visit.
test("a visit and a completed task made offline arrive exactly once when the connection returns", async ({ page, context }) => {
  const stamp = `E2E-${Date.now()}`;
  const rep = await api<Rep>(page, "{ me { id } customers(first: 1, orderBy: NAME) { nodes { id name } } }");
  const customer = rep.customers.nodes[0]!;

  await signIn(page);
  await expect(page.getByText(/已逾期|今天|接下来 7 天/).first()).toBeVisible();
  await screenshot(page, "my-day");
  const firstTask = page.getByTestId(/^task-/).first();
  const taskId = (await firstTask.getAttribute("data-testid"))!.slice("task-".length);
  const taskTitle = (await firstTask.locator("div[dir=auto]").first().innerText()).trim();

  await context.setOffline(true);

  // The visit: whom, where (with the GPS accuracy), a photo, what happened.
  await page.getByRole("tab", { name: /拜访/ }).click();
  await page.getByRole("button", { name: "签到" }).first().click();
  await page.getByLabel("选择客户或线索", { exact: true }).fill(customer.name);
  await page.getByRole("button", { name: customer.name }).click();
  await expect(page.getByTestId("check-in-location").getByText(/精度 ±12 米/)).toBeVisible();
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "拍照" }).click();
  await (await chooser).setFiles({ name: "shop-front.jpg", mimeType: "image/jpeg", buffer: await jpeg(page, stamp) });
  await expect(page.getByText("照片 · 1")).toBeVisible();
  await page.getByLabel("拜访记录", { exact: true }).fill(`${stamp} 见了采购经理，看了样品`);
  await screenshot(page, "check-in");
  await page.getByRole("button", { name: "签到" }).last().click();
  await expect(page.getByText("今天的拜访")).toBeVisible();
  await expect(page.getByText(`${stamp} 见了采购经理，看了样品`)).toBeVisible();
  await screenshot(page, "visits-offline");

  // The task: completed with an outcome.
  await page.getByRole("tab", { name: /我的一天/ }).click();
  await page.getByTestId(`task-${taskId}`).getByRole("button", { name: "完成" }).click();
  await page.getByLabel("结果", { exact: true }).fill(`${stamp} 客户同意下周看样品`);
  await page.getByRole("button", { name: "完成任务" }).click();
  await expect(page.getByText("已完成（待同步）")).toBeVisible();
  await expect(syncBar(page)).toContainText("离线");
  await expect(syncBar(page)).toContainText("2 项待同步");
  await screenshot(page, "my-day-offline");

  // The app closes and opens again before the network returns (the page reloads; the API is still
  // out of reach): the writes are still on the phone, still pending.
  await page.route(`${apiURL}/**`, (route) => route.abort("internetdisconnected"));
  await context.setOffline(false);
  await page.reload();
  await expect(page.getByText("已完成（待同步）")).toBeVisible();
  await expect(syncBar(page)).toContainText("2 项待同步");
  await context.setOffline(true);
  await page.unroute(`${apiURL}/**`);

  // Back online: sent in order, the bar clears.
  await context.setOffline(false);
  await expect(syncBar(page)).toHaveCount(0, { timeout: 60_000 });
  await expect(page.getByText("已完成（待同步）")).toBeHidden();
  await expect(page.getByText(taskTitle, { exact: true })).toBeHidden();

  const server = await api<{
    node: { status: string; outcome: string };
    communications: { nodes: { channel: string; content: string; checkIn: { accuracyMeters: number; latitude: number; longitude: number; photos: { name: string; contentType: string; size: number }[] } }[] };
  }>(
    page,
    `query($task: ID!, $customer: ID!) {
      node(id: $task) { ... on Task { status outcome } }
      communications(first: 100, filter: { customerId: $customer, channel: VISIT }) { totalCount nodes { channel content checkIn { accuracyMeters latitude longitude photos { name contentType size } } } }
    }`,
    { task: taskId, customer: customer.id },
  );
  expect(server.node).toEqual({ status: "DONE", outcome: `${stamp} 客户同意下周看样品` });
  const visits = server.communications.nodes.filter((each) => each.content.startsWith(stamp));
  expect(visits).toHaveLength(1);
  expect(visits[0]!.content).toBe(`${stamp} 见了采购经理，看了样品`);
  expect(visits[0]!.checkIn.accuracyMeters).toBe(12);
  expect(visits[0]!.checkIn.latitude).toBeCloseTo(31.2304, 4);
  expect(visits[0]!.checkIn.photos).toHaveLength(1);
  expect(visits[0]!.checkIn.photos[0]!.contentType).toBe("image/jpeg");
  await screenshot(page, "my-day-synced");
});
